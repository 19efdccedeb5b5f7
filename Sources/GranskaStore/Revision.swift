import Foundation
import GranskaDomain

/// An audit's revision: a number the database raises, by trigger, with
/// every change to the audit's rows or its history — Granska's saves and
/// imports, another session's, a raw edit in `sqlite3` or `psql`. Two reads
/// that find the same number found the same audit and history, so a save
/// need not read the whole audit again to check what the editor saw, nor
/// the dashboard its history after the save (`RememberedReading`).
///
/// SQLite counts up; PostgreSQL stamps the writing transaction's id, so a
/// transaction that changes a thousand rows updates the number once. The
/// table and its triggers came with migration v6 (`Schema.v06Revision`).
enum Revision {
  /// The audit's revision as this transaction sees it; 0 before its first change.
  static func of(_ auditID: String, in db: any SQLDatabase) throws -> Int64 {
    try db.value(Int64.self, "SELECT number FROM revision WHERE auditId = \(auditID)") ?? 0
  }
}

/// What this store last read or saved of one audit — the audit, and the
/// newest of its history a dashboard shows — with the audit's revision
/// then. While the revision stands, a save starts from this audit instead
/// of reading thousands of rows, and the dashboard's reading after it
/// reads neither the audit nor its history again: any other change, by
/// anyone and by any path, raised the number, and both are read afresh.
final class RememberedReading: @unchecked Sendable {
  struct History {
    /// Newest first, as `HistoryQuery` reads them.
    var entries: [HistoryEntry]
    /// How many the audit's history holds.
    var total: Int
    /// How many were asked for.
    var limit: Int
  }

  /// A committed save: the audit from revision `before` to `after`, the
  /// history rows it added (nil when no history was remembered to add
  /// them to) and the ids of those it merged away.
  struct Save {
    var audit: Audit
    var before: Int64
    var after: Int64
    var addedHistory: [HistoryEntry]?
    var forgottenHistory: [Int64]
  }

  private let lock = NSLock()
  private var audit: Audit?
  private var revision: Int64 = 0
  private var history: History?

  /// The remembered audit, when it is `auditID` at `revision`.
  func audit(_ auditID: String, at revision: Int64) -> Audit? {
    lock.withLock { remembers(auditID, at: revision) ? audit : nil }
  }

  /// The remembered history, when it is `auditID`'s at `revision`, `limit` long.
  func history(_ auditID: String, at revision: Int64, limit: Int) -> History? {
    lock.withLock {
      guard remembers(auditID, at: revision), let history, history.limit == limit else {
        return nil
      }
      return history
    }
  }

  /// The newest history row's id remembered (0 for none), when there is a
  /// remembered history of `auditID` at `revision`: rows after it are new.
  func newestHistoryID(_ auditID: String, at revision: Int64) -> Int64? {
    lock.withLock {
      guard remembers(auditID, at: revision), let history else { return nil }
      return history.entries.first?.id ?? 0
    }
  }

  /// Remembers what was read at `revision`: only ever a state the database
  /// holds or held, never one of a transaction that may yet roll back.
  func keep(_ audit: Audit, at revision: Int64, history: History? = nil) {
    lock.withLock { (self.audit, self.revision, self.history) = (audit, revision, history) }
  }

  /// Remembers a committed save. The history follows it when it was
  /// remembered at the revision the save started from: then the save's
  /// own rows are all that changed.
  func keep(_ save: Save) {
    lock.withLock {
      var history: History? = nil
      if remembers(save.audit.id, at: save.before), var kept = self.history,
        let added = save.addedHistory
      {
        let forgotten = Set(save.forgottenHistory)
        kept.entries = Array(
          (added + kept.entries.filter { !forgotten.contains($0.id) }).prefix(kept.limit))
        kept.total += added.count - forgotten.count
        history = kept
      }
      (audit, revision, self.history) = (save.audit, save.after, history)
    }
  }

  private func remembers(_ auditID: String, at revision: Int64) -> Bool {
    audit?.id == auditID && self.revision == revision
  }
}
