import Foundation
import GranskaText

extension AuditStore {
  /// Every table, in an order in which each row's references exist already.
  static let copiedTables =
    Schema.auditTables + ["history", "editor", "person", "personKey"]

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
    return try read { source in
      try target.backend.write { db in
        if target.isPostgres,
          try db.value(Bool.self, "SELECT granska_is_owner()") != true
        {
          throw StoreError.server(
            .missingGrants(
              role: target.account, database: target.path,
              detail: "only the database's owner may copy into it"))
        }
        let held = try db.value(
          Int.self, "SELECT (SELECT count(*) FROM audit) + (SELECT count(*) FROM history)")
        if held ?? 0 > 0 {
          guard replacing else { throw StoreError.server(.targetNotEmpty(target: target.path)) }
        }
        if replacing {
          for table in Self.copiedTables.reversed() { try db.execute("DELETE FROM \(table)") }
        }
        if target.isPostgres {
          // The copied history covers its audits: no row of theirs is a raw change.
          for audit in try source.values(String.self, "SELECT id FROM audit") {
            try db.execute("SELECT granska_mark(?)", [audit])
          }
        }
        for table in Self.copiedTables {
          try Self.copyRows(of: table, from: source, to: db)
        }
        if target.isPostgres {
          for table in ["history", "note"] {
            try db.execute(
              """
              SELECT setval(pg_get_serial_sequence('\(table)', 'id'),
                (SELECT coalesce(max(id), 0) + 1 FROM \(table)), false)
              """)
          }
        }
        return (
          try db.value(Int.self, "SELECT count(*) FROM audit") ?? 0,
          try db.value(Int.self, "SELECT count(*) FROM history") ?? 0
        )
      }
    }
  }

  /// Copies one table's rows by column name, a few hundred to a statement.
  private static func copyRows(
    of table: String, from source: any SQLDatabase, to target: any SQLDatabase
  ) throws {
    let rows = try source.fetchAll("SELECT * FROM \(table)")
    guard let columns = rows.first?.names else { return }
    let perStatement = max(1, 2000 / columns.count)
    let placeholders =
      "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
    var start = 0
    while start < rows.count {
      let batch = rows[start..<min(rows.count, start + perStatement)]
      try target.execute(
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
          + Array(repeating: placeholders, count: batch.count).joined(separator: ", "),
        batch.flatMap { $0.values })
      start += perStatement
    }
  }
}
