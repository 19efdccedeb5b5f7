import Foundation
import GranskaText

extension AuditStore {
  /// Every table, in an order in which each row's references exist already.
  static let copiedTables =
    Schema.auditTables + ["history", "editor", "person", "personKey", "owner"]

  /// Copies everything — audits, history with its ids, times and accounts,
  /// editors, people — into `target`: one read of this database, one
  /// transaction on the target. A target that holds audits or history is
  /// refused unless `replacing`, which empties it first (in the same
  /// transaction). On PostgreSQL only the schema's owner may copy in, since
  /// only the owner may write history as it was.
  public func copy(to target: AuditStore, replacing: Bool) throws(StoreError) -> (
    audits: Int, history: Int
  ) {
    try target.requireEditor()
    let tables = Self.copiedTables
    return try read { source in
      try target.backend.write { db in
        try target.backend.beginCopy(db, tables: tables)
        let held = try db.value(
          Int.self, "SELECT (SELECT count(*) FROM audit) + (SELECT count(*) FROM history)")
        if held ?? 0 > 0 {
          guard replacing else { throw StoreError.server(.targetNotEmpty(target: target.path)) }
          for table in tables.reversed() { try db.execute("DELETE FROM \(raw: table)") }
        }
        for table in tables { try Self.copyRows(of: table, from: source, to: db) }
        try target.backend.endCopy(db, tables: tables)
        return (
          try db.value(Int.self, "SELECT count(*) FROM audit") ?? 0,
          try db.value(Int.self, "SELECT count(*) FROM history") ?? 0
        )
      }
    }
  }

  /// Copies one table's rows by column name. A table of numbered rows
  /// (history, notes) is read a slice at a time, so that memory stays
  /// small whatever the history's length.
  private static func copyRows(
    of table: String, from source: any SQLDatabase, to target: any SQLDatabase
  ) throws {
    let numbered = ["history", "note"].contains(table)
    guard numbered else {
      let rows = try source.fetchAll("SELECT * FROM \(raw: table)")
      if let columns = rows.first?.names {
        try target.insertRows(into: table, columns: columns, rows: rows.map(\.values))
      }
      return
    }
    var after: Int64 = -1
    while true {
      let rows = try source.fetchAll(
        "SELECT * FROM \(raw: table) WHERE id > \(after) ORDER BY id LIMIT 20000")
      guard let last = rows.last, let columns = rows.first?.names else { return }
      try target.insertRows(into: table, columns: columns, rows: rows.map(\.values))
      after = last["id"]
    }
  }
}
