#if PostgreSQL
import Foundation
import GranskaDomain
import GranskaText

/// What the store does differently on PostgreSQL: who you are is the
/// database role (`session_user`), who may edit is what the database
/// grants, and the first run creates the schema and group roles.
extension AuditStore {
  static func openPostgres(
    _ address: PostgresAddress, seed: (() throws -> [Audit])?, person: String?, readOnly: Bool,
    busyTimeout: TimeInterval, now: (@Sendable () -> Date)?
  ) throws(StoreError) -> AuditStore {
    // People are roles in PostgreSQL: no one acts in another's name.
    if person != nil { throw StoreError.server(.sqliteOnly(command: "--as")) }
    let backend = try PostgresBackend.connect(address, limits: PostgresLimits(turn: busyTimeout))
    do throws(StoreError) {
      let role = try backend.read { db in try db.value(String.self, "SELECT session_user") } ?? ""
      let store = AuditStore(
        backend: backend, account: role, person: nil,
        readOnlyReason: readOnly ? .requested : nil, now: now)
      try store.prepareSchema(on: backend, seed: readOnly ? nil : seed)
      return store
    } catch {
      backend.close()
      throw error
    }
  }

  /// Checks the schema is Granska's and known to this version; creates it
  /// (with the group roles and, given `seed`, the built-in audit) in one
  /// transaction on a database that has none; upgrades it when this role
  /// owns it, and otherwise says who must (`granska migrate`).
  private func prepareSchema(on postgres: PostgresBackend, seed: (() throws -> [Audit])?)
    throws(StoreError)
  {
    let database = postgres.address.database
    if let pending = try read({ db in try Self.pendingMigrations(db, database: database) }) {
      if pending.isEmpty { return }
      guard try read({ db in try db.value(Bool.self, "SELECT granska_is_owner()") }) == true,
        readOnlyReason == nil
      else { throw StoreError.needsUpgrade(path: path, pending: pending) }
      try postgres.migrating { db in try Self.upgrade(db, database: database) }
      return
    }
    guard let seed else { throw StoreError.server(.noSchema(database: database)) }
    let audits: [Audit]
    do {
      audits = try seed()
    } catch {
      throw StoreError.builtInAudit(detail: "\(error)")
    }
    try postgres.migrating { db in
      // Another session may have been first, while this one waited.
      if try Self.pendingMigrations(db, database: database) != nil { return }
      for statement in PostgresSchema.roles {
        do {
          try db.execute(SQL(trusted: statement))
        } catch {
          throw StoreError.server(.cannotCreateRoles(role: account, database: database))
        }
      }
      for migration in Schema.migrations {
        for statement in migration.postgres { try db.execute(SQL(trusted: statement)) }
      }
      for migration in PostgresSchema.migrations {
        try db.execute("INSERT INTO granska_migrations (identifier) VALUES (\(migration))")
      }
      let history = HistoryWriter(account: account, at: try clock?() ?? backend.historyTime(db))
      _ = try insert(audits, source: "built-in", db, history)
    }
  }

  /// The migrations still to apply (none: up to date), or nil when the
  /// database has no Granska tables at all.
  private static func pendingMigrations(_ db: any SQLDatabase, database: String) throws
    -> [String]?
  {
    let tables = try db.values(
      String.self,
      "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
    guard tables.contains("granska_migrations") else {
      if tables.isEmpty { return nil }
      throw StoreError.server(.notGranska(database: database))
    }
    let applied = try db.values(String.self, "SELECT identifier FROM granska_migrations")
    let unknown = applied.filter { !PostgresSchema.migrations.contains($0) }
    if !unknown.isEmpty {
      throw StoreError.server(.newerSchema(database: database, unknown: unknown.sorted()))
    }
    return PostgresSchema.migrations.filter { !applied.contains($0) }
  }

  /// Applies the pending upgrades, inside the caller's transaction.
  private static func upgrade(_ db: any SQLDatabase, database: String) throws {
    let pending = try pendingMigrations(db, database: database) ?? []
    for migration in Schema.migrations where pending.contains(migration.id) {
      for statement in migration.postgres { try db.execute(SQL(trusted: statement)) }
      try db.execute("INSERT INTO granska_migrations (identifier) VALUES (\(migration.id))")
    }
  }

  /// The group roles' members: who may edit and who may only read.
  public func roleMembers() throws(StoreError) -> (editors: [String], viewers: [String]) {
    guard decidesAccess else { throw StoreError.server(.postgresOnly(command: "access")) }
    let rows = try read { db in
      try db.fetchAll(
        """
        SELECT member.rolname AS member, grouprole.rolname AS grouprole
        FROM pg_auth_members m
        JOIN pg_roles member ON member.oid = m.member
        JOIN pg_roles grouprole ON grouprole.oid = m.roleid
        WHERE grouprole.rolname IN ('granska_editor', 'granska_viewer')
        ORDER BY member.rolname
        """)
    }
    return (
      rows.filter { $0["grouprole"] == "granska_editor" }.map { $0["member"] },
      rows.filter { $0["grouprole"] == "granska_viewer" }.map { $0["member"] }
    )
  }

  /// Makes `role` an editor, or with `readOnly` a viewer (and not the
  /// other); with `allowed` false takes both away. Done as GRANTs, with a
  /// history row, in one transaction.
  public func grant(role: String, readOnly: Bool, allowed: Bool) throws(StoreError) {
    guard decidesAccess else { throw StoreError.server(.postgresOnly(command: "access")) }
    if let readOnlyReason { throw StoreError.readOnly(readOnlyReason) }
    guard !role.isEmpty else { throw StoreError.invalidEditor }
    let before = try roleMembers()
    let was =
      before.editors.contains(role) ? "editor" : before.viewers.contains(role) ? "viewer" : nil
    let now = allowed ? (readOnly ? "viewer" : "editor") : nil
    let quoted = "\"" + role.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    do {
      try write { db, history in
        guard
          try db.value(Bool.self, "SELECT count(*) = 1 FROM pg_roles WHERE rolname = \(role)")
            == true
        else { throw StoreError.server(.noSuchRole(role: role)) }
        for group in ["granska_editor", "granska_viewer"] {
          try db.execute("REVOKE \(raw: group) FROM \(raw: quoted)")
        }
        if let now { try db.execute("GRANT granska_\(raw: now) TO \(raw: quoted)") }
        try history.record(
          db, auditID: "", entity: "editor", entityID: "account \(role)", field: "role", old: was,
          new: now)
      }
    } catch {
      if case .server(.missingGrants) = error {
        throw StoreError.server(.cannotGrant(role: account))
      }
      throw error
    }
  }
}
#endif
