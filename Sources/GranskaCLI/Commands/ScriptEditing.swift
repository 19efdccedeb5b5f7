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

/// Management's response to a recommendation, as `add`, `edit` and `set
/// recommendation` take it.
struct ResponseOptions: ParsableArguments {
  @Option(
    name: .customLong("response"),
    help: argumentHelp(StructureHelp.responseAgreement, value: .agreement))
  var agreement: String?
  @Option(help: argumentHelp(StructureHelp.responseText, value: .text)) var responseText: String?
  @Option(help: argumentHelp(StructureHelp.responseDate, value: .date)) var responseDate: String?
  @Option(help: argumentHelp(StructureHelp.responseOfficer, value: .name))
  var responseOfficer: String?

  /// The fields given, agreement first (the others need a response).
  var fields: [(RecommendationField, String?)] {
    [
      (.agreement, agreement), (.response, responseText), (.responded, responseDate),
      (.officer, responseOfficer),
    ]
  }

  /// A new recommendation's response; nil when none is given.
  func response() throws(EditError) -> ManagementResponse? {
    let others = [responseText, responseDate, responseOfficer]
    guard let agreement else {
      if others.contains(where: { $0 != nil }) {
        throw .invalid(field: "agreement", .responseNeedsAgreement)
      }
      return nil
    }
    guard let named = Strings.agreement(named: agreement) else {
      throw .invalid(field: "agreement", .unknownAgreement(agreement))
    }
    var date: Day?
    if let responseDate {
      guard let day = Day(responseDate) else {
        throw .invalid(field: "responded", .notADate(responseDate))
      }
      date = day
    }
    return ManagementResponse(
      agreement: named, text: responseText, date: date, officer: responseOfficer)
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
    case .recommendation(_, .status): Strings.status(named: value, in: audit)?.rawValue ?? value
    case .assessment(_, _, .level), .opinion: audit.levelID(named: value) ?? value
    case .recommendation(_, .priority): audit.priority(named: value) ?? value
    case .recommendation(_, .agreement): Strings.agreement(named: value)?.rawValue ?? value
    default: value
    }
  }
}
