import Foundation
import GranskaDomain
import GranskaStore
import GranskaTestSupport
import GranskaText
import Testing

/// What only PostgreSQL does: roles and grants enforced by the database,
/// history written by it, and clear words for each way of failing to connect.
@Suite struct PostgresTests {
  let auditID = "tranemo-2024-informationssakerhet"

  /// Every table Granska has, as `psql` sees them.
  static let tables = [
    "audit", "level", "document", "section", "question", "round", "assessment",
    "recommendation", "recommendationQuestion", "evidence", "note", "trainingSnapshot",
    "trainingCount", "keyFigure", "history", "editor", "person", "personKey",
    "granska_migrations", "granska_recorded", "revision",
  ]

  @Test func aViewerCanChangeNoTableByAnyPath() throws {
    let database = try TestDatabase(.postgres)
    let server = try #require(database.server)
    let admin = try database.open("granska_admin")
    let viewer = try server.createRole("viewer")
    try admin.grant(role: viewer, readOnly: true, allowed: true)
    #expect(try admin.roleMembers().viewers.contains(viewer))

    var allowed: [String] = []
    for table in Self.tables {
      for sql in [
        "DELETE FROM \(table)", "UPDATE \(table) SET \(Self.someColumn(table)) = NULL",
        "INSERT INTO \(table) DEFAULT VALUES", "TRUNCATE \(table)",
      ] {
        do {
          try server.psql(sql, database: database.name, as: viewer)
          allowed.append(sql)
        } catch {
          if !"\(error)".contains("permission denied") { allowed.append("\(sql): \(error)") }
        }
      }
    }
    #expect(allowed == [], "every write is refused as a permission")
    #expect(throws: (any Error).self) {
      try server.psql("SELECT granska_forget(1)", database: database.name, as: viewer)
    }
    // The program says so too, before trying.
    let store = try AuditStore.open(at: database.location(as: viewer))
    let refusal = StoreError.server(.viewerRole(role: viewer))
    #expect(try store.editRefusal() == refusal)
    #expect(throws: refusal) {
      try store.apply(
        [.set(FieldChange(.recommendation("R1", .owner), from: nil, to: "x"))], to: auditID)
    }
    #expect(try admin.audit(auditID).recommendations[0].owner == nil)
  }

  @Test func anEditorsRawSQLLeavesHistoryNamingTheRole() throws {
    let database = try TestDatabase(.postgres)
    let server = try #require(database.server)
    let admin = try database.open("granska_admin")
    let editor = try server.createRole("editor")
    try admin.grant(role: editor, readOnly: false, allowed: true)
    try server.psql(
      "UPDATE recommendation SET status = 'done', owner = 'IT' WHERE id = 'R1'",
      database: database.name, as: editor)
    let rows = try admin.history(HistoryFilter(auditID: auditID)).prefix(2)
    #expect(
      rows.map {
        "\($0.account) \($0.entity) \($0.entityID) \($0.field) \($0.oldValue ?? "∅")→\($0.newValue ?? "∅")"
      }
      .sorted() == [
        "\(editor) recommendation R1 owner ∅→IT",
        "\(editor) recommendation R1 status not-started→done",
      ])
    // Nor can an editor write history in someone else's name, or delete it.
    try server.psql(
      """
      INSERT INTO history (at, account, auditId, entity, entityId, field, oldValue, newValue)
      VALUES ('2000-01-01T00:00:00.000Z', 'anna', '\(auditID)', 'recommendation', 'R2',
        'owner', NULL, 'x')
      """, database: database.name, as: editor)
    let forged = try #require(try admin.history().first)
    #expect(forged.account == editor && forged.at > Date().addingTimeInterval(-60))
    #expect(throws: (any Error).self) {
      try server.psql("DELETE FROM history", database: database.name, as: editor)
    }
    #expect(throws: (any Error).self) {
      try server.psql("SELECT granska_forget(1)", database: database.name, as: editor)
    }
    // Nor set an audit's revision back, so that a save trusts a stale audit.
    #expect(throws: (any Error).self) {
      try server.psql("UPDATE revision SET number = 0", database: database.name, as: editor)
    }
    // Taken away, the role may change nothing.
    try admin.grant(role: editor, readOnly: false, allowed: false)
    #expect(throws: (any Error).self) {
      try server.psql(
        "UPDATE recommendation SET owner = 'y' WHERE id = 'R1'", database: database.name,
        as: editor)
    }
  }

  /// Writers take turns, raw SQL included: a save while a `psql`
  /// transaction has changed the same audit waits for it, and a `psql`
  /// change while a save is under way waits for the save; both are saved,
  /// neither lost to a deadlock (over the audit's revision, or a row both
  /// change).
  @Test func aSaveAndARawTransactionTakeTurnsAndBothAreSaved() throws {
    let database = try TestDatabase(.postgres)
    let server = try #require(database.server)
    let anna = try database.open("anna")
    let r1 = { FieldRef.recommendation("R1", $0) }
    try server.psql(
      "BEGIN; UPDATE recommendation SET owner = 'Rå' WHERE id = 'R5'; SELECT pg_sleep(2); COMMIT",
      database: database.name, as: "bertil"
    ) {
      usleep(500_000)
      try anna.apply([.set(FieldChange(r1(.owner), from: nil, to: "Anna"))], to: auditID)
    }
    // The other way round: psql changes a row while a save is under way
    // (building its edits takes a while) that then changes the same row.
    try server.psql(
      "SELECT pg_sleep(0.5); UPDATE recommendation SET status = 'done' WHERE id = 'R1'",
      database: database.name, as: "bertil"
    ) {
      try anna.apply(to: auditID) { _ throws(EditError) in
        usleep(1_500_000)
        return [.set(FieldChange(r1(.dueDate), from: nil, to: "2026-06-30"))]
      }
    }
    let saved = try database.open("bertil").audit(auditID).recommendations
    #expect(saved[0].owner == "Anna" && saved[4].owner == "Rå")
    #expect(saved[0].dueDate == Day("2026-06-30") && saved[0].status == .done)
  }

  @Test func eachWayOfFailingToConnectHasItsOwnWords() throws {
    let database = try TestDatabase(.postgres)
    let server = try #require(database.server)
    _ = try database.open()
    func failure(_ url: String) -> StoreError? {
      do {
        _ = try AuditStore.open(at: url, seed: builtIn)
        return nil
      } catch {
        return error
      }
    }
    #expect(
      failure("postgresql://anna@127.0.0.1:1/\(database.name)")
        == .server(.unreachable(server: "127.0.0.1:1", why: .refused)))
    #expect(
      failure("postgresql://anna@no-such-host.invalid/x")
        == .server(.unreachable(server: "no-such-host.invalid:5432", why: .unknownHost)))
    #expect(
      failure("postgresql:///x?host=\(database.directory.path)")
        == .server(
          .unreachable(
            server: "\(database.directory.path)/.s.PGSQL.5432", why: .system(SystemError(ENOENT)))))
    #expect(
      failure(server.url(database.name, as: "pw_user", password: "wrong"))
        == .server(.wrongPassword(role: "pw_user", server: "127.0.0.1:\(server.port)")))
    #expect(
      failure(server.url(database.name, as: "pw_user"))
        == .server(.noPassword(role: "pw_user", server: "127.0.0.1:\(server.port)")))
    #expect(
      failure(server.url("no_such_db", as: "anna"))
        == .server(.unknownDatabase(name: "no_such_db", server: "127.0.0.1:\(server.port)")))
    let stranger = try server.createRole("stranger")
    guard case .server(.missingGrants(let role, _, _)) = failure(database.location(as: stranger))
    else {
      Issue.record("\(String(describing: failure(database.location(as: stranger))))")
      return
    }
    #expect(role == stranger)
    // The password from ~/.pgpass (PGPASSFILE), as libpq reads it.
    let passwords = database.directory.file("pgpass")
    try "127.0.0.1:\(server.port):*:pw_user:secret\n".write(
      toFile: passwords, atomically: true, encoding: .utf8)
    chmod(passwords, 0o600)
    let address = try #require(
      try PostgresAddress.parse(
        server.url(database.name, as: "pw_user"), environment: ["PGPASSFILE": passwords]))
    #expect(address.password == "secret")
    #expect(
      try PostgresAddress.parse(
        server.url(database.name, as: "pw_user"), environment: ["PGPASSWORD": "p"])?.password
        == "p")
    chmod(passwords, 0o644)
    #expect(
      try PostgresAddress.parse(
        server.url(database.name, as: "pw_user"), environment: ["PGPASSFILE": passwords])?
        .password == nil, "a password file others may read is ignored, as libpq does")
  }

  @Test func aStoppedServerLosesNothingSavedAndTheStoreReconnects() throws {
    let server: PostgresTestServer
    do {
      server = try PostgresTestServer.start()
    } catch {
      try Test.cancel("skipped: \(error)")
    }
    defer { server.stop() }
    let name = try server.createDatabase()
    _ = try AuditStore.open(at: server.url(name, as: "granska_admin"), seed: builtIn)
    try server.psql("GRANT granska_editor TO anna")
    let store = try AuditStore.open(at: server.url(name, as: "anna"))
    let r1 = FieldRef.recommendation("R1", .owner)
    try store.apply([.set(FieldChange(r1, from: nil, to: "Före"))], to: auditID)
    try server.halt()
    #expect(throws: StoreError.server(.offline(server: "127.0.0.1:\(server.port)"))) {
      try store.apply([.set(FieldChange(r1, from: "Före", to: "Under"))], to: auditID)
    }
    #expect(throws: StoreError.server(.offline(server: "127.0.0.1:\(server.port)"))) {
      _ = try store.dataVersion()
    }
    try server.restart()
    let before = try store.dataVersion()
    try store.apply([.set(FieldChange(r1, from: "Före", to: "Efter"))], to: auditID)
    #expect(try store.audit(auditID).recommendations[0].owner == "Efter")
    #expect(try store.history().prefix(1).map(\.newValue) == ["Efter"])
    #expect(try store.dataVersion() == before)
  }

  /// A database dropped, or a grant revoked, under an open session is
  /// said as such, not as a server that does not answer.
  @Test func aDroppedDatabaseAndARevokedGrantAreSaidAsSuch() throws {
    let database = try TestDatabase(.postgres)
    let server = try #require(database.server)
    let admin = try database.open("granska_admin")
    let editor = try server.createRole("revoked")
    try admin.grant(role: editor, readOnly: false, allowed: true)
    let store = try AuditStore.open(at: database.location(as: editor))
    try admin.grant(role: editor, readOnly: false, allowed: false)
    #expect(throws: StoreError.server(.viewerRole(role: editor))) {
      try store.apply(
        [.set(FieldChange(.recommendation("R1", .owner), from: nil, to: "x"))], to: auditID)
    }
    let reading = Result { () throws(StoreError) in try store.audits() }
    guard case .failure(.server(.missingGrants(let role, _, _))) = reading else {
      Issue.record("reading without grants is said as missing grants")
      return
    }
    #expect(role == editor)
    try server.psql("DROP DATABASE \(database.name) WITH (FORCE)")
    #expect(
      throws: StoreError.server(
        .unknownDatabase(name: database.name, server: "127.0.0.1:\(server.port)"))
    ) { try store.audits() }
  }

  @Test func addressesAreReadAsLibpqReadsThem() throws {
    let socket = try #require(
      try PostgresAddress.parse("postgres:///granska?host=/run/pg", environment: [:]))
    #expect(socket.socketPath == "/run/pg/.s.PGSQL.5432" && socket.database == "granska")
    #expect(socket.role == currentAccount())
    let tcp = try #require(
      try PostgresAddress.parse("postgresql://anna:s%40cret@db.example.org:5433/audit"))
    #expect(tcp.host == "db.example.org" && tcp.port == 5433 && tcp.password == "s@cret")
    #expect(tcp.display == "postgresql://anna@db.example.org:5433/audit", "never the password")
    #expect(try PostgresAddress.parse("/srv/granska.sqlite") == nil)
    #expect(throws: StoreError.self) {
      _ = try PostgresAddress.parse("postgresql://anna@host:99999/x")
    }
  }

  /// A column of the table to set to NULL (refused before any constraint).
  static func someColumn(_ table: String) -> String {
    switch table {
    case "history": "account"
    case "note": "text"
    case "granska_migrations": "identifier"
    case "granska_recorded": "tx"
    case "revision": "number"
    case "editor", "person", "personKey": "name"
    case "audit": "title"
    case "trainingSnapshot": "source"
    default: "position"
    }
  }
}
