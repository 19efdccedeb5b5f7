import ArgumentParser
import Foundation
import GranskaDomain
import GranskaStore
import GranskaText

/// The audit a script command works on: `--audit`, or the only one there is.
struct AuditOption: ParsableArguments {
  @Option(help: argumentHelp(GlobalHelp.audit, value: .audit))
  var audit: String?

  func resolve(in store: AuditStore) throws -> String {
    if let audit { return audit }
    let audits = try store.audits()
    if audits.isEmpty { throw CommandFailure.noAudit }
    guard audits.count == 1 else {
      throw CommandFailure.chooseAudit(ids: audits.map(\.id))
    }
    return audits[0].id
  }
}

/// Script edits: each sets fields from whatever value they have now, built
/// and saved inside one transaction with its history, so no other session
/// can slip in between. A database held past the wait is tried again after a
/// short random pause.
enum ScriptEdit {
  static func apply(
    store: AuditStore, auditID: String, _ makeEdits: (Audit) throws(EditError) -> [AuditEdit]
  ) throws {
    try AuditStore.retryingWhenBusy { () throws(StoreError) in
      try store.apply(to: auditID, building: makeEdits)
    }
  }

  /// A change from the field's saved value to `new`. A status or a level
  /// may be given as the word people use for it; it is stored by its id
  /// (an unknown word is left for the domain to refuse, by name).
  static func change(_ audit: Audit, _ field: FieldRef, to new: String?) throws(EditError)
    -> AuditEdit
  {
    .set(
      FieldChange(field, from: try audit.value(of: field), to: new.map { stored($0, field, audit) })
    )
  }

  private static func stored(_ value: String, _ field: FieldRef, _ audit: Audit) -> String {
    switch field {
    case .recommendation(_, .status): Strings.status(named: value)?.rawValue ?? value
    case .assessment(_, _, .level): audit.levelID(named: value) ?? value
    case .recommendation(_, .priority): audit.priority(named: value) ?? value
    default: value
    }
  }
}
