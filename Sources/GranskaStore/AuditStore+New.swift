import GranskaDomain
import GranskaText

extension AuditStore {
  /// Adds an audit entered by hand (`granska new`): never over one of the
  /// same id. It is saved as an import is, with one history row, so an
  /// import's checks and PostgreSQL's history check treat it alike.
  public func create(_ audit: Audit) throws(StoreError) {
    try requireEditor()
    if let issue = audit.validate().first { throw StoreError.invalidAudit(id: audit.id, issue) }
    _ = try write { db, history in
      if try db.value(Int.self, "SELECT count(*) FROM audit WHERE id = \(audit.id)") != 0 {
        throw StoreError.invalidAudit(id: audit.id, ValidationIssue(path: "id", .idTaken(audit.id)))
      }
      return try insert([audit], source: HistoryEntry.newAuditSource, db, history)
    }
  }
}
