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
/// transaction that changes a thousand rows updates the number once.
enum Revision {
  /// The tables whose rows belonged to an audit when revisions came (v6):
  /// each row by its `auditId`, the audit's own row by its `id`. Frozen: a
  /// table added later gets its triggers in the migration that adds it.
  static let tables = [
    "audit", "level", "document", "section", "question", "round", "assessment",
    "recommendation", "recommendationQuestion", "evidence", "note", "trainingSnapshot",
    "trainingCount", "keyFigure", "history",
  ]

  /// The audit's revision as this transaction sees it; 0 before its first change.
  static func of(_ auditID: String, in db: any SQLDatabase) throws -> Int64 {
    try db.value(Int64.self, "SELECT number FROM revision WHERE auditId = \(auditID)") ?? 0
  }

  /// The table, and a trigger per table and kind of change that raises
  /// the number of the audit the row belongs to (before and after, when an
  /// update moves a row to another audit).
  static var sqlite: String {
    let table = """
      CREATE TABLE revision (
        auditId TEXT PRIMARY KEY NOT NULL,
        number INTEGER NOT NULL
      );
      """
    let triggers = tables.flatMap { name in
      let key = name == "audit" ? "id" : "auditId"
      return [("insert", ["NEW"]), ("update", ["OLD", "NEW"]), ("delete", ["OLD"])].map {
        event, rows in
        let raises = rows.map { row in
          """
            INSERT INTO revision (auditId, number) VALUES (\(row).\(key), 1)
              ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
          """
        }
        return """
          CREATE TRIGGER \(name)_\(event)_revision AFTER \(event.uppercased()) ON \(name) BEGIN
          \(raises.joined(separator: "\n"))
          END;
          """
      }
    }
    return ([table] + triggers).joined(separator: "\n")
  }

  /// The same on PostgreSQL, where every statement that changes an audit
  /// also takes the writers' turn.
  static var postgres: [String] {
    [
      """
      CREATE TABLE revision (
        auditId text COLLATE "C" PRIMARY KEY NOT NULL,
        number BIGINT NOT NULL
      )
      """,
      // Runs as the schema's owner: editors change audits, never the number
      // itself. The audit's own table names it `id`, the others `auditId`.
      """
      CREATE FUNCTION granska_revise() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path FROM CURRENT AS $$
      DECLARE
        before_audit text;
        after_audit text;
      BEGIN
        IF TG_TABLE_NAME = 'audit' THEN
          IF TG_OP <> 'INSERT' THEN before_audit := OLD.id; END IF;
          IF TG_OP <> 'DELETE' THEN after_audit := NEW.id; END IF;
        ELSE
          IF TG_OP <> 'INSERT' THEN before_audit := OLD.auditId; END IF;
          IF TG_OP <> 'DELETE' THEN after_audit := NEW.auditId; END IF;
        END IF;
        INSERT INTO revision (auditId, number)
          SELECT DISTINCT audit, txid_current() FROM unnest(ARRAY[before_audit, after_audit]) audit
          WHERE audit IS NOT NULL
          ON CONFLICT (auditId) DO UPDATE SET number = excluded.number
          WHERE revision.number <> excluded.number;
        RETURN NULL;
      END
      $$
      """,
      // TRUNCATE fires no row trigger: every audit may have changed.
      """
      CREATE FUNCTION granska_revise_all() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path FROM CURRENT AS $$
      BEGIN
        INSERT INTO revision (auditId, number) SELECT id, txid_current() FROM audit
          ON CONFLICT (auditId) DO UPDATE SET number = excluded.number;
        UPDATE revision SET number = txid_current();
        RETURN NULL;
      END
      $$
      """,
      // Writers take turns, raw SQL included: every statement that changes
      // an audit takes the writers' lock before it touches a row, as
      // Granska's saves do at their start. Taken later, a raw edit would
      // hold rows (the revision's among them) while waiting for a save that
      // waits for those rows: a deadlock.
      """
      CREATE FUNCTION granska_take_turn() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(\(PostgresSchema.writeLock));
        RETURN NULL;
      END
      $$
      """,
      "REVOKE ALL ON revision FROM PUBLIC",
      "GRANT SELECT ON revision TO granska_viewer, granska_editor",
    ]
      + tables.flatMap { table in
        [
          """
          CREATE TRIGGER granska_revise AFTER INSERT OR UPDATE OR DELETE ON \(table)
            FOR EACH ROW EXECUTE FUNCTION granska_revise()
          """,
          """
          CREATE TRIGGER granska_revise_all AFTER TRUNCATE ON \(table)
            FOR EACH STATEMENT EXECUTE FUNCTION granska_revise_all()
          """,
          """
          CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
            ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION granska_take_turn()
          """,
        ]
      }
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
