import Foundation
import GRDB
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

extension AuditStore {
  /// A copy of the database through SQLite's online backup API: one read
  /// transaction, so the copy is consistent while others edit. Written
  /// beside `target` and linked into place only when complete, so `target`
  /// is either absent or whole; an existing `target` is never replaced.
  public func backup(to target: String) throws(StoreError) {
    guard let live = backend.liveFile else {
      throw StoreError.server(.sqliteOnly(command: "backup"))
    }
    try Self.backup(live, to: target, source: path)
  }

  /// Upgrades the database's schema to this version's, after writing a
  /// backup to `backup`. Returns the migrations applied: none (and no
  /// backup) when it is up to date.
  public static func migrate(
    at path: String, backup: String, busyTimeout: TimeInterval = defaultBusyTimeout
  ) throws(StoreError) -> [String] {
    if PostgresAddress.isURL(path) {
      // Opening as the schema's owner upgrades it (no file to back up:
      // the server's own backups, or `copy --from`, keep the old one).
      do {
        _ = try open(at: path, readOnly: true, busyTimeout: busyTimeout)
        return []
      } catch {
        guard case .needsUpgrade(_, let pending) = error else { throw error }
        _ = try open(at: path, busyTimeout: busyTimeout)
        return pending
      }
    }
    try DatabaseFile.refusePlanted(path)
    let access = DatabaseAccess.check(path)
    guard FileStatus(path) != nil else { throw StoreError.readOnlyMissing(path: path) }
    if let problem = access.problem { throw StoreError.permission(problem) }
    let pending = try SQLiteBackend.inspect(path, busyTimeout: busyTimeout)
    guard !pending.isEmpty else { return [] }
    do {
      let connection = try Connection.readWrite(
        path, configuration: SQLiteBackend.configuration(busyTimeout: busyTimeout))
      defer { try? connection.close() }
      try Self.backup(connection.current, to: backup, source: path)
      try Schema.migrator.migrate(connection.current)
    } catch {
      throw StoreError.from(error, path: path)
    }
    return pending
  }

  /// The schema upgrades this version knows, oldest first.
  public static var schemaMigrations: [String] { Schema.migrations.map(\.id) }

  private static func backup(_ source: any DatabaseReader, to target: String, source path: String)
    throws(StoreError)
  {
    if FileStatus(target) != nil { throw StoreError.backupExists(path: target) }
    let partial = target + ".partial-\(getpid())"
    // Private until someone decides otherwise: a backup is a copy of everything.
    let fd = Glibc.open(partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      throw StoreError.cannotCreate(path: target, .current)
    }
    close(fd)
    do {
      let copy = try DatabaseQueue(path: partial)
      try source.backup(to: copy)
      try copy.close()
    } catch {
      DatabaseFile.remove(partial)
      throw StoreError.from(error, path: path)
    }
    // link() refuses an existing name, where rename() would replace it.
    let linked = link(partial, target) == 0
    let reason = SystemError.current
    DatabaseFile.remove(partial)
    guard linked else {
      throw reason.code == EEXIST
        ? StoreError.backupExists(path: target) : StoreError.cannotCreate(path: target, reason)
    }
  }
}

extension AuditStore {
  /// Puts a backup's contents in place of this database's, safely while
  /// others have it open: through SQLite's online backup into the live
  /// file, under its write lock, so every session sees one more commit
  /// (and reads it) rather than a file pulled from under it. The backup is
  /// first copied aside, upgraded to this version's schema, its revisions
  /// moved past every one the live file has given out (so no session takes
  /// it for what it remembers), and a history row added that says so.
  /// Only the file's owner (or root) may. Returns the audits it holds.
  public func restore(from backup: String) throws(StoreError) -> Int {
    try requireAdministrator()
    guard let live = backend.liveFile else {
      throw StoreError.server(.sqliteOnly(command: "restore"))
    }
    let pending = try SQLiteBackend.inspect(backup, busyTimeout: Self.defaultBusyTimeout)
    // Named as backup's partial files, which the next backup, migrate or
    // restore removes when a kill left one.
    let aside = path + ".partial-\(getpid())"
    DatabaseFile.remove(aside)
    defer { DatabaseFile.remove(aside) }
    do {
      let given = try live.read { db in
        try Int64.fetchOne(db, sql: "SELECT coalesce(max(number), 0) FROM revision") ?? 0
      }
      let copy = try DatabaseQueue(path: aside)
      try DatabaseQueue(path: backup, configuration: Self.readOnlyConfiguration).backup(to: copy)
      if !pending.isEmpty { try Schema.migrator.migrate(copy) }
      let at = try nextHistoryTime(inLive: live)
      try copy.write { db in
        try db.execute(sql: "UPDATE revision SET number = number + ?", arguments: [given + 1])
        try db.execute(
          sql: """
            INSERT INTO history (at, account, auditId, entity, entityId, field, oldValue, newValue)
            VALUES (?, ?, '', 'database', ?, 'restored', NULL, ?)
            """,
          arguments: [Timestamp.text(at), account, path, (backup as NSString).lastPathComponent])
      }
      try copy.backup(to: live)
      try copy.close()
      return try live.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit") ?? 0 }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError.from(error, path: path)
    }
  }

  private static var readOnlyConfiguration: Configuration {
    var configuration = Configuration()
    configuration.readonly = true
    return configuration
  }

  /// Now, or just after the live file's newest history row.
  private func nextHistoryTime(inLive live: any DatabaseWriter) throws -> Date {
    try live.read { db in try Self.after(lastIn: GRDBDatabase(db), clock?() ?? Date()) }
  }
}
