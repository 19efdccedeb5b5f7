import Foundation
import GRDB
import GranskaDomain
import GranskaStore
import GranskaTestSupport
import Testing

/// The store's two backends: the shared suite runs on each.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case sqlite, postgres

  var testDescription: String { rawValue }
}

/// A fresh database on one backend, opened as different people: on SQLite
/// a file (the account is whoever we say), on PostgreSQL a database of the
/// tests' own server (the account is the role connected as). The first
/// open creates it with the built-in audit; on PostgreSQL as the
/// database's owner, `granska_admin`, who then makes anna and bertil editors.
final class TestDatabase {
  let backend: Backend
  let directory = TemporaryDirectory()
  let server: PostgresTestServer?
  let name: String
  private var created = false

  /// Skips the test, saying why, when there is no PostgreSQL to test on.
  init(_ backend: Backend) throws {
    self.backend = backend
    switch backend {
    case .sqlite:
      server = nil
      name = "db.sqlite"
    case .postgres:
      let shared = try Self.sharedServer()
      server = shared
      name = try shared.createDatabase()
    }
  }

  /// A database on a server of the test's own.
  init(server: PostgresTestServer) throws {
    backend = .postgres
    self.server = server
    name = try server.createDatabase()
  }

  private static func sharedServer() throws -> PostgresTestServer {
    switch PostgresTestServer.shared {
    case .success(let shared): return shared
    case .failure(let why): try Test.cancel("skipped: \(why)")
    }
  }

  /// Where `account` opens the database.
  func location(as account: String) -> String {
    server?.url(name, as: account) ?? directory.file(name)
  }

  /// Opens the database as `account`, creating it first when needed.
  func open(
    _ account: String = "anna", readOnly: Bool = false, busyTimeout: TimeInterval = 5,
    now: (@Sendable () -> Date)? = nil
  ) throws -> AuditStore {
    if let server, !created {
      _ = try AuditStore.open(at: server.url(name, as: "granska_admin"), seed: builtIn)
      try server.psql("GRANT granska_editor TO anna, bertil")
    }
    created = true
    return try AuditStore.open(
      at: location(as: account), seed: builtIn, account: account, readOnly: readOnly,
      busyTimeout: busyTimeout, now: now)
  }

  /// Waits (up to 5 s) until `condition` holds: a notification may take a moment.
  func eventually(_ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline {
      if try condition() { return true }
      usleep(20_000)
    }
    return try condition()
  }
}

extension TestDatabase {
  /// Changes the database behind Granska's back, as `sqlite3` or `psql`
  /// would: on PostgreSQL as `role`, an editor.
  func raw(_ sql: String, as role: String = "anna") throws {
    if let server {
      try server.psql(sql, database: name, as: role)
    } else {
      let queue = try DatabaseQueue(path: directory.file(name))
      try queue.write { db in try db.execute(sql: sql) }
      try queue.close()
    }
  }
}

extension TestDatabase {
  /// The rows a query returns as the database stores them, each its
  /// columns joined by "|" (NULL as nothing), as `psql -A -t` prints them.
  func rows(_ sql: String) throws -> [String] {
    if let server {
      return try server.psql(sql, database: name, as: "granska_admin")
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        .filter { !$0.isEmpty }
    }
    let queue = try DatabaseQueue(path: directory.file(name))
    defer { try? queue.close() }
    return try queue.read { db in
      try Row.fetchAll(db, sql: sql).map { row in
        row.databaseValues.map { value in
          switch value.storage {
          case .null: ""
          case .int64(let number): String(number)
          case .double(let number): String(number)
          case .string(let text): text
          case .blob(let data): data.base64EncodedString()
          }
        }.joined(separator: "|")
      }
    }
  }
}
