import Foundation
import GRDB
import GranskaDomain
import GranskaText

#if canImport(Glibc)
  import Glibc
#endif

/// Granska's SQLite database: one file, several audits, and the history of
/// every change. WAL mode lets readers go on while one session writes.
public final class AuditStore: Sendable {
  public let path: String
  public let account: String
  /// Set when this session must not edit at all (`--read-only`).
  public let readOnlyReason: ReadOnlyReason?
  /// What the user should know about where the database lives.
  public var warnings: [StoreWarning] { DatabaseFile.warnings(path) }
  let pool: DatabasePool
  let now: @Sendable () -> Date

  init(
    path: String, pool: DatabasePool, account: String, readOnlyReason: ReadOnlyReason?,
    now: @escaping @Sendable () -> Date
  ) {
    self.path = path
    self.pool = pool
    self.account = account
    self.readOnlyReason = readOnlyReason
    self.now = now
  }

  /// How long a save waits for another session's write to finish before it
  /// gives up with `StoreError.busy` (nothing saved, a clear message).
  public static let defaultBusyTimeout: TimeInterval = 5

  /// Opens the database at `path`, creating it when missing. A new file is
  /// filled with the audits `seed` gives (called only then, since reading
  /// them has a cost). A file that is not Granska's, or was
  /// written by a newer Granska, is refused and left untouched.
  public static func open(
    at path: String, seed: (() throws -> [Audit])? = nil, account: String = currentAccount(),
    readOnlyReason: ReadOnlyReason? = nil, busyTimeout: TimeInterval = defaultBusyTimeout,
    now: @escaping @Sendable () -> Date = { Date() }
  ) throws(StoreError) -> AuditStore {
    let created = try DatabaseFile.createIfMissing(path)
    do throws(StoreError) {
      let store = try openExisting(
        path, account: account, readOnlyReason: readOnlyReason, busyTimeout: busyTimeout,
        now: now)
      if created, let seed {
        let audits: [Audit]
        do {
          audits = try seed()
        } catch {
          throw StoreError.builtInAudit(detail: "\(error)")
        }
        _ = try store.write { db, history in
          try store.insert(audits, source: "built-in", db, history)
        }
      }
      return store
    } catch {
      if created { DatabaseFile.remove(path) }
      throw error
    }
  }

  private static func openExisting(
    _ path: String, account: String, readOnlyReason: ReadOnlyReason?, busyTimeout: TimeInterval,
    now: @escaping @Sendable () -> Date
  ) throws(StoreError) -> AuditStore {
    // Look before writing: a file that is not ours, or is newer, must be
    // left byte for byte as it was, and opening a pool may already write.
    try inspect(path, busyTimeout: busyTimeout)
    var config = Configuration()
    config.busyMode = .timeout(busyTimeout)
    config.foreignKeysEnabled = true
    // A dashboard reads an audit once and then small changes: a small page
    // cache per connection keeps its memory low (the OS caches the file).
    config.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -512") }
    config.maximumReaderCount = 2
    let pool: DatabasePool
    do {
      pool = try DatabasePool(path: path, configuration: config)
      try Schema.migrator.migrate(pool)
    } catch {
      throw StoreError.from(error, path: path)
    }
    return AuditStore(
      path: path, pool: pool, account: account, readOnlyReason: readOnlyReason, now: now)
  }

  /// Refuses, through a read-only connection, a file that is not a SQLite
  /// database, is another program's database, or was written by a newer Granska.
  private static func inspect(_ path: String, busyTimeout: TimeInterval) throws(StoreError) {
    var config = Configuration()
    config.readonly = true
    config.busyMode = .timeout(busyTimeout)
    do {
      let queue = try DatabaseQueue(path: path, configuration: config)
      defer { try? queue.close() }
      let migrator = Schema.migrator
      try queue.read { db in
        let tables = try String.fetchAll(
          db,
          sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if !tables.isEmpty, !tables.contains("grdb_migrations") {
          throw StoreError.notGranska(path: path)
        }
        if try migrator.hasBeenSuperseded(db) {
          let known = Set(migrator.migrations)
          let unknown = try migrator.appliedIdentifiers(db).filter { !known.contains($0) }
          throw StoreError.newerSchema(path: path, unknown: unknown.sorted())
        }
      }
    } catch {
      throw StoreError.from(error, path: path)
    }
  }

  // MARK: Reading

  public func audits() throws(StoreError) -> [AuditHeader] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT id, title, organisation, year FROM audit ORDER BY position"
      ).map { row in
        AuditHeader(
          id: row["id"], title: row["title"], organisation: row["organisation"], year: row["year"])
      }
    }
  }

  public func audit(_ id: String) throws(StoreError) -> Audit {
    let audit = try read { db in try AuditRows.fetch(id, from: db) }
    guard let audit else { throw StoreError.auditNotFound(id) }
    return audit
  }

  /// Every audit in the database, in the order they were added.
  public func allAudits() throws(StoreError) -> [Audit] {
    try read { db in
      try String.fetchAll(db, sql: "SELECT id FROM audit ORDER BY position").compactMap {
        try AuditRows.fetch($0, from: db)
      }
    }
  }

  public func history(_ filter: HistoryFilter = HistoryFilter()) throws(StoreError)
    -> [HistoryEntry]
  {
    try read { db in try HistoryQuery.fetch(filter, from: db) }
  }

  /// How many changes an audit's history holds.
  public func historyCount(auditID: String) throws(StoreError) -> Int {
    try read { db in
      try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM history WHERE auditId = ?", arguments: [auditID])
        ?? 0
    }
  }

  // MARK: Writing

  public enum ImportOutcome: Equatable, Sendable {
    case added(String)
    case replaced(String)
  }

  /// Adds each audit, or replaces the audit with the same id, all in one
  /// transaction: on any error nothing is changed.
  public func importAudits(_ audits: [Audit], source: String) throws(StoreError) -> [ImportOutcome]
  {
    try requireEditor()
    for audit in audits {
      if let issue = audit.validate().first {
        throw StoreError.invalidAudit(id: audit.id, issue)
      }
    }
    return try write { db, history in try insert(audits, source: source, db, history) }
  }

  private func insert(_ audits: [Audit], source: String, _ db: Database, _ history: HistoryWriter)
    throws -> [ImportOutcome]
  {
    var outcomes: [ImportOutcome] = []
    for audit in audits {
      let oldPosition = try Int.fetchOne(
        db, sql: "SELECT position FROM audit WHERE id = ?", arguments: [audit.id])
      let position: Int
      if let oldPosition {
        try db.execute(sql: "DELETE FROM audit WHERE id = ?", arguments: [audit.id])
        position = oldPosition
      } else {
        position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM audit")!
      }
      try AuditRows.insert(audit, position: position, into: db)
      try history.record(
        db, auditID: audit.id, entity: "audit", entityID: audit.id, field: "import",
        old: oldPosition == nil ? nil : "replaced", new: source)
      outcomes.append(oldPosition == nil ? .added(audit.id) : .replaced(audit.id))
    }
    return outcomes
  }

  // MARK: Transactions

  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try pool.read(body)
    } catch {
      throw StoreError.from(error, path: path)
    }
  }

  /// Runs `body` in one immediate transaction, with a history writer for
  /// this account and this moment.
  func write<T>(_ body: (Database, HistoryWriter) throws -> T) throws(StoreError) -> T {
    let history = HistoryWriter(account: account, at: now())
    do {
      return try pool.write { db in try body(db, history) }
    } catch {
      throw StoreError.from(error, path: path)
    }
  }
}

extension StoreError {
  static func from(_ error: any Error, path: String) -> StoreError {
    if let error = error as? StoreError { return error }
    guard let error = error as? DatabaseError else {
      return .sqlite(path: path, detail: "\(error)")
    }
    switch error.resultCode {
    case .SQLITE_NOTADB: return .notADatabase(path: path)
    case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
    case .SQLITE_CANTOPEN: return .cannotOpen(path: path, detail: error.message ?? "\(error)")
    case .SQLITE_READONLY: return .cannotUse(path: path, SystemError(EACCES))
    default: return .sqlite(path: path, detail: error.message ?? "\(error)")
    }
  }
}
