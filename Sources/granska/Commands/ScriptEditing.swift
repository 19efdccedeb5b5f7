import ArgumentParser
import GranskaDomain
import GranskaStore

/// The audit a script command works on: `--audit`, or the only one there is.
struct AuditOption: ParsableArguments {
  @Option(help: "The audit (default: the database's only audit).")
  var audit: String?

  func resolve(in store: AuditStore) throws -> String {
    if let audit { return audit }
    let audits = try store.audits()
    guard audits.count == 1 else {
      throw CommandFailure(
        message: "the database holds \(audits.count) audits; name one with --audit "
          + "(\(audits.map(\.id).joined(separator: ", ")))")
    }
    return audits[0].id
  }
}

/// Script edits: each changes fields from their current saved value, in one
/// transaction with its history. Should another session save the same field
/// between reading and writing, the edit is re-read and tried again.
enum ScriptEdit {
  static func apply(
    store: AuditStore, auditID: String, attempts: Int = 3,
    _ makeEdits: (Audit) throws -> [AuditEdit]
  ) throws {
    for attempt in 1...attempts {
      let audit = try store.audit(auditID)
      let edits = try makeEdits(audit)
      if edits.isEmpty { return }
      do {
        try store.apply(edits, to: auditID)
        return
      } catch {
        guard case .conflict = error, attempt < attempts else { throw error }
      }
    }
  }

  /// A change from the field's saved value to `new`.
  static func change(_ audit: Audit, _ entity: EntityRef, _ field: String, to new: String?) throws
    -> AuditEdit
  {
    do {
      return .set(FieldChange(entity, field, from: try audit.value(of: entity, field), to: new))
    } catch {
      throw CommandFailure(message: error.description)
    }
  }
}
