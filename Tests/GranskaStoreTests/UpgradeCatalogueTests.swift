import Foundation
import GranskaTestSupport
import Testing

@testable import GranskaStore

/// A database upgraded from an earlier schema version has exactly what a
/// new one has (issue 23): its catalogue — tables, columns, constraints,
/// indexes, triggers, functions and grants — compared part by part with
/// a new database's, on both backends. A migration that gives only new
/// databases something, or leaves a function at an older body, fails here.
@Suite struct UpgradeCatalogueTests {
  @Test(arguments: Backend.allCases)
  func anUpgradedDatabaseHasWhatANewOneHas(_ backend: Backend) throws {
    let new = try TestDatabase(backend)
    _ = try new.open("granska_admin")
    let expected = try new.catalogue()
    // A query that read nothing would compare nothing.
    #expect(expected.values.allSatisfy { !$0.isEmpty })
    for version in TestDatabase.earlierVersions(backend) {
      let old = try TestDatabase(backend)
      try old.make(at: version)
      let applied = try AuditStore.migrate(
        at: old.location(as: "granska_admin"), backup: old.directory.file("backup.sqlite"))
      #expect(applied == Array(Schema.migrations.map(\.id).drop { $0 != version }.dropFirst()))
      let upgraded = try old.catalogue()
      for (part, rows) in expected {
        let difference = Self.difference(upgraded[part] ?? [], from: rows)
        #expect(difference.isEmpty, "upgraded from \(version): \(part)")
      }
    }
  }

  /// What only one side has (or, when both have the same, that the order differs).
  static func difference(_ got: [String], from expected: [String]) -> [String] {
    let missing = expected.filter { !got.contains($0) }.map { "missing: \($0)" }
    let extra = got.filter { !expected.contains($0) }.map { "extra: \($0)" }
    if missing.isEmpty, extra.isEmpty, got != expected { return ["same rows, another order"] }
    return missing + extra
  }

}

extension TestDatabase {
  /// The earlier versions a database can be made at here. SQLite: every
  /// one, its migrations being frozen text. PostgreSQL: those Granska
  /// made databases at — v4 by its first PostgreSQL code (a fixture),
  /// v5 on as the first run of their day (`make(at:)`).
  static func earlierVersions(_ backend: Backend) -> [String] {
    let ids = Schema.migrations.map(\.id).dropLast()
    switch backend {
    case .sqlite: return Array(ids)
    case .postgres: return ["v4-people"] + ids.drop { $0 != "v5-training-title" }
    }
  }

  /// The database as a Granska of migration `version` made it. On
  /// PostgreSQL that Granska's first run, replayed (its migrations' texts
  /// are frozen), or v4's fixture, as the first PostgreSQL code made it:
  /// `makeOld` takes later columns off again but leaves functions at
  /// today's bodies, which would hide one an upgrade left at an older body.
  func make(at version: String) throws {
    guard let server else { return try makeOld(upTo: version) }
    if version == "v4-people" {
      let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/postgres-v4-people.sql")
      let sql = try String(contentsOf: fixture, encoding: .utf8)
      try server.psql(sql, database: name, as: "granska_admin")
      return
    }
    let last = try #require(Schema.migrations.firstIndex { $0.id == version })
    let migrations = Schema.migrations[...last]
    var statements = PostgresSchema.roles + migrations.flatMap(\.postgres)
    statements += migrations.map {
      "INSERT INTO granska_migrations (identifier) VALUES ('\($0.id)')"
    }
    // One psql run: one transaction, as the first run's.
    try server.psql(statements.joined(separator: ";\n"), database: name, as: "granska_admin")
  }

  /// The database's catalogue, part by part, each a list of rows with
  /// runs of white space as one space.
  func catalogue() throws -> [String: [String]] {
    let queries = server == nil ? Self.sqliteCatalogue : Self.postgresCatalogue
    return try queries.mapValues { sql in
      try rows(sql).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }
  }

  static let sqliteCatalogue = [
    "migrations": "SELECT identifier FROM grdb_migrations ORDER BY identifier",
    "objects": "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name",
    "columns": """
    SELECT m.name, c.name, c.type, c."notnull", c.dflt_value, c.pk
    FROM sqlite_master m JOIN pragma_table_info(m.name) c
    WHERE m.type = 'table' ORDER BY m.name, c.cid
    """,
  ]

  /// Names as text, so that rows sort by name, not by when they were made.
  ///
  /// Grants are read from the access lists themselves (`aclexplode`):
  /// they hold tables', sequences', functions' and the schema's alike,
  /// PUBLIC's too, which the information_schema views partly leave out.
  static let postgresCatalogue = [
    "migrations": "SELECT identifier FROM granska_migrations ORDER BY identifier",
    "relations": """
    SELECT relname, relkind, relpersistence, pg_get_userbyid(relowner) FROM pg_class
    WHERE relnamespace = 'public'::regnamespace ORDER BY relname
    """,
    "columns": """
    SELECT table_name, column_name, data_type, is_nullable, column_default, collation_name,
      is_identity FROM information_schema.columns WHERE table_schema = 'public'
    ORDER BY table_name, ordinal_position
    """,
    "constraints": """
    SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid) FROM pg_constraint
    WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2, 4
    """,
    "indexes":
      "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2",
    "triggers": """
    SELECT tgrelid::regclass::text, tgname, tgfoid::regprocedure::text, tgenabled, pg_get_triggerdef(oid)
    FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2
    """,
    "functions": """
    SELECT oid::regprocedure::text, pg_get_userbyid(proowner), md5(pg_get_functiondef(oid))
    FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1
    """,
    "grants": """
    SELECT what, coalesce(pg_get_userbyid(nullif(a.grantee, 0)), 'PUBLIC'), a.privilege_type,
      a.is_grantable
    FROM (
      SELECT relname::text, coalesce(relacl, acldefault(
        (CASE relkind WHEN 'S' THEN 's' ELSE 'r' END)::"char", relowner))
      FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S')
      UNION ALL
      SELECT oid::regprocedure::text, coalesce(proacl, acldefault('f', proowner))
      FROM pg_proc WHERE pronamespace = 'public'::regnamespace
      UNION ALL
      SELECT 'schema public', coalesce(nspacl, acldefault('n', nspowner))
      FROM pg_namespace WHERE nspname = 'public'
    ) AS object(what, acl), aclexplode(acl) AS a
    ORDER BY 1, 2, 3
    """,
  ]
}
