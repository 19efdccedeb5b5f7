import Foundation
import GranskaDomain
import GranskaText

extension AuditStore {
  /// Saves edits to an audit in one transaction, each with its history rows.
  /// A field change whose `old` value is no longer the saved one was raced
  /// by another save: nothing is saved and `StoreError.conflict` names who
  /// changed it and when (unless the saved value is already the wanted
  /// one: nothing to do). Returns the audit as saved.
  @discardableResult
  public func apply(_ edits: [AuditEdit], to auditID: String) throws(StoreError) -> Audit {
    try apply(to: auditID) { _ in edits }
  }

  /// Saves the edits `build` makes from the audit as it is inside the
  /// transaction — for scripts, which set values whatever they were, so no
  /// other session can slip in between reading and writing.
  @discardableResult
  public func apply(to auditID: String, building build: (Audit) throws(EditError) -> [AuditEdit])
    throws(StoreError) -> Audit
  {
    let save = try write { db, history in
      // Where the database decides who may edit, it refuses by itself
      // (and `write` says why); elsewhere the store asks.
      if !backend.decidesAccess, let refusal = try editRefusal(in: db) { throw refusal }
      let before = try revision(of: auditID, in: db)
      guard let audit = try current(auditID, in: db, at: before) else {
        throw StoreError.auditNotFound(auditID)
      }
      let saved: Audit
      do {
        saved = try write(try build(audit), to: audit, db, history)
      } catch let error as EditError {
        throw StoreError.invalidEdit(error)
      }
      let after = try Self.afterSave(
        auditID, newest: remembered.newestHistoryID(auditID, at: before),
        mayBeMerged: history.mayBeMerged, db)
      return RememberedReading.Save(
        audit: saved, before: before,
        after: after.revision | Int64(backend.fileGeneration) << 48,
        addedHistory: after.added, forgottenHistory: history.forgotten + after.merged)
    }
    // Only once committed: the next save and reading may start from it.
    remembered.keep(save)
    return save.audit
  }

  /// What a save leaves to learn, in one read (one round trip on
  /// PostgreSQL): the audit's revision now, the history rows after
  /// `newest` (the save's own, for a remembered reading; nil when none is
  /// remembered), and which of the rows that `mayBeMerged` the database
  /// merged away.
  private static func afterSave(
    _ auditID: String, newest: Int64?, mayBeMerged: [Int64], _ db: any SQLDatabase
  ) throws -> (revision: Int64, added: [HistoryEntry]?, merged: [Int64]) {
    var wanted: [SQL] = []
    if let newest { wanted.append("h.id > \(newest)") }
    if !mayBeMerged.isEmpty {
      wanted.append("h.id IN (\(SQL.joined(mayBeMerged.map { "\($0)" }, separator: ", ")))")
    }
    let rows = try db.fetchAll(
      """
      SELECT r.number AS revisionNumber, \(raw: HistoryQuery.columns(of: "h")) FROM revision r
      LEFT JOIN history h ON h.auditId = r.auditId
        AND (\(SQL.joined(wanted.isEmpty ? ["1 = 0"] : wanted, separator: " OR ")))
      WHERE r.auditId = \(auditID) ORDER BY h.id DESC
      """)
    let entries = rows.filter { ($0[at: 1] as Int64?) != nil }.map {
      HistoryQuery.entry($0, from: 1)
    }
    let present = Set(entries.map(\.id))
    return (
      rows.first?["revisionNumber"] ?? 0,
      newest.map { newest in entries.filter { $0.id > newest } },
      mayBeMerged.filter { !present.contains($0) }
    )
  }

  /// Writes the edits to `audit`'s rows with their history, and returns
  /// the audit as saved. A field change whose `old` value is not the saved
  /// one throws `StoreError.conflict`, unless the saved value is already
  /// its `new` one: that change, like one that changes nothing, is skipped.
  private func write(
    _ edits: [AuditEdit], to audit: Audit, _ db: any SQLDatabase, _ history: HistoryWriter
  ) throws -> Audit {
    var audit = audit
    let saved = audit
    var made: [AuditEdit] = []
    for edit in edits {
      if let change = edit.fieldChange {
        let current = try audit.value(of: change.field)
        // Already what the editor wants, whoever set it: nothing to save.
        if normalised(current) == normalised(change.new) { continue }
        if normalised(current) != normalised(change.old) {
          throw try conflict(change, current: current, auditID: audit.id, db: db)
        }
      }
      let before = audit
      audit = try audit.applying([edit], checked: false)
      for row in EditRows.historyRows(edit, before: before, after: audit) {
        if edit.fieldChange != nil {
          try history.recordChange(
            db, auditID: audit.id, entity: row.entity, entityID: row.id, field: row.field,
            old: row.old, new: row.new)
        } else {
          try history.record(
            db, auditID: audit.id, entity: row.entity, entityID: row.id, field: row.field,
            old: row.old, new: row.new)
        }
      }
      made.append(edit)
    }
    // Checked as a whole: counts may only be possible together.
    audit = try saved.applying(made)
    for edit in made { try EditRows.persist(edit, in: audit, into: db) }
    return audit
  }

  /// The value as saved: blanks are "no value".
  private func normalised(_ value: String?) -> String? {
    guard let value else { return nil }
    let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : trimmed
  }

  private func conflict(
    _ change: FieldChange, current: String?, auditID: String, db: any SQLDatabase
  ) throws -> StoreError {
    // Who set the value now saved: the field's latest history row when it
    // ends in that value; else an import since (it replaced the audit);
    // else no one Granska knows of (a raw edit of the file): unnamed.
    let last = try db.fetchOne(
      """
      SELECT id, account, at, newValue FROM history
      WHERE auditId = \(auditID) AND entity = \(change.entity.kind) AND entityId = \(change.entity.id) AND field = \(change.field.name)
      ORDER BY id DESC LIMIT 1
      """)
    let setter: SQLRow?
    if let last, normalised(last["newValue"]) == normalised(current) {
      setter = last
    } else {
      setter = try db.fetchOne(
        """
        SELECT account, at FROM history
        WHERE auditId = \(auditID) AND entity = 'audit' AND field = 'import' AND id > \(last?["id"] ?? Int64(0))
        ORDER BY id DESC LIMIT 1
        """)
    }
    return .conflict(
      Conflict(
        entity: change.entity.kind, entityID: change.entity.id, field: change.field.name,
        account: setter?["account"], at: (setter?["at"] as String?).flatMap(Timestamp.date),
        savedValue: current))
  }

  /// Whether the save whose outcome was unknown (`ServerProblem.outcomeUnknown`)
  /// committed; nil while the server cannot tell yet.
  public func committed(transaction: Int64) throws(StoreError) -> Bool? {
    try backend.committed(transaction)
  }

  /// Cheap to call often: changes whenever another connection (another
  /// session, a script) commits to the database.
  public func dataVersion() throws(StoreError) -> Int {
    try backend.dataVersion()
  }
}
