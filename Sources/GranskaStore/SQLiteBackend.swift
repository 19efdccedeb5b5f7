import Foundation
import GRDB
import GRDBSQLite
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

/// The SQLite backend: one file in WAL mode, through GRDB. Readers go on
/// while one session writes; SQLite's write lock orders the writers.
///
/// The file is the one at the path, not the one opened: before every write
/// and every look for others' changes the path is checked. A file moved
/// over it (a backup restored with `mv`) is opened instead — once no other
/// session's journal of the old one is left beside it — and the write that
/// found it is refused, so nothing is saved to a file no longer there; a
/// removed file is said as such.
final class SQLiteBackend: StoreBackend, @unchecked Sendable {
  let path: String
  private let lock = NSLock()
  private var opened: Connection
  private let busyTimeout: TimeInterval
  /// How often another file was opened at the path.
  private var replacements = 0

  var location: String { path }

  var liveFile: (any DatabaseWriter)? { connection.current }

  func changeSignal() throws(StoreError) -> (any ChangeSignal)? {
    ChangeWatcher(databasePath: path)
  }

  var warnings: [StoreWarning] { DatabaseFile.warnings(path) }

  var connection: Connection { lock.withLock { opened } }

  init(path: String, connection: Connection, busyTimeout: TimeInterval) {
    self.path = path
    self.opened = connection
    self.busyTimeout = busyTimeout
  }

  func read<T>(_ body: (any SQLDatabase) throws -> T) throws(StoreError) -> T {
    do {
      return try connection.read { db in try body(GRDBDatabase(db)) }
    } catch {
      throw StoreError.from(error, path: path)
    }
  }

  func write<T>(_ body: (any SQLDatabase) throws -> T) throws(StoreError) -> T {
    try checkFile()
    do {
      return try connection.current.write { db in try body(GRDBDatabase(db)) }
    } catch {
      throw StoreError.from(error, path: path)
    }
  }

  func dataVersion() throws(StoreError) -> Int {
    do throws(StoreError) {
      try checkFile()
    } catch {
      // Opened anew: the version below moved with it.
      guard case .databaseReplaced = error else { throw error }
    }
    do {
      return try lock.withLock { replacements } << 40 | connection.dataVersion()
    } catch {
      throw StoreError.from(error, path: path)
    }
  }

  var fileGeneration: Int { lock.withLock { replacements } }

  func close() { try? connection.close() }

  /// Throws when the file at the path is no longer the one opened: gone,
  /// or replaced (then the new one is opened, when it safely can be).
  private func checkFile() throws(StoreError) {
    let current = connection
    switch current.fileAtPath {
    case .same: return
    case .removed: throw StoreError.databaseRemoved(path: path)
    case .replaced:
      lock.lock()
      defer { lock.unlock() }
      // Another thread may have opened the new file already.
      if opened === current { try reopen() }
      throw StoreError.databaseReplaced(path: path)
    }
  }

  /// Closes the old file and opens the one now at the path, checked as at
  /// opening. Not while another session's journal of the old file is there
  /// (a `-wal` older than the move): SQLite would read its pages into the
  /// new file. Those sessions let go of it at their next look, and the
  /// last one to close removes the journal.
  private func reopen() throws(StoreError) {
    try DatabaseFile.refusePlanted(path)
    if Connection.hasStaleJournal(path) { throw StoreError.databaseReplacedInUse(path: path) }
    try? opened.close()
    let pending = try Self.inspect(path, busyTimeout: busyTimeout)
    if !pending.isEmpty, !DatabaseFile.isPrivate(path) {
      throw StoreError.needsUpgrade(path: path, pending: pending)
    }
    do {
      let fresh = try Connection.readWrite(
        path, configuration: Self.configuration(busyTimeout: busyTimeout))
      if !pending.isEmpty { try Schema.migrator.migrate(fresh.current) }
      opened = fresh
      replacements += 1
    } catch {
      throw StoreError.from(error, path: path)
    }
  }

  // MARK: Opening

  static func configuration(busyTimeout: TimeInterval) -> Configuration {
    var config = Configuration()
    config.busyMode = .timeout(busyTimeout)
    config.foreignKeysEnabled = true
    // A dashboard reads an audit once and then small changes: a small page
    // cache per connection keeps its memory low (the OS caches the file).
    // Temporary files in memory: in a long transaction (an import) each
    // statement's journal otherwise went to a file once one had outgrown
    // memory, and the large set's import wrote 2.4 GB to it.
    config.prepareDatabase { db in
      try db.execute(sql: "PRAGMA cache_size = -512; PRAGMA temp_store = MEMORY")
    }
    config.maximumReaderCount = 2
    return config
  }

  /// Opens a file that exists (or was just created, `created`), upgrading
  /// its schema only when it is new or private.
  static func openExisting(_ path: String, created: Bool, busyTimeout: TimeInterval)
    throws(StoreError) -> SQLiteBackend
  {
    // Look before writing: a file that is not ours, or is newer, must be
    // left byte for byte as it was, and opening a pool may already write.
    let pending = try inspect(path, busyTimeout: busyTimeout)
    if !pending.isEmpty, !created, !DatabaseFile.isPrivate(path) {
      throw StoreError.needsUpgrade(path: path, pending: pending)
    }
    do {
      let connection = try Connection.readWrite(
        path, configuration: configuration(busyTimeout: busyTimeout))
      if !pending.isEmpty { try Schema.migrator.migrate(connection.current) }
      return SQLiteBackend(path: path, connection: connection, busyTimeout: busyTimeout)
    } catch {
      throw StoreError.from(error, path: path)
    }
  }

  static func openReadOnly(_ path: String, busyTimeout: TimeInterval) throws(StoreError)
    -> SQLiteBackend
  {
    do {
      let connection = try Connection.readOnly(
        path, configuration: configuration(busyTimeout: busyTimeout))
      let pending = try check(connection.current, path: path)
      if !pending.isEmpty { throw StoreError.needsUpgrade(path: path, pending: pending) }
      return SQLiteBackend(path: path, connection: connection, busyTimeout: busyTimeout)
    } catch {
      throw StoreError.from(error, path: path)
    }
  }

  /// Refuses, through a read-only connection, a file that is not a SQLite
  /// database, is another program's database, or was written by a newer
  /// Granska; returns the migrations it still needs.
  static func inspect(_ path: String, busyTimeout: TimeInterval) throws(StoreError) -> [String] {
    var config = Configuration()
    config.readonly = true
    config.busyMode = .timeout(busyTimeout)
    do {
      let queue = try DatabaseQueue(path: path, configuration: config)
      defer { try? queue.close() }
      return try check(queue, path: path)
    } catch {
      throw StoreError.from(error, path: path)
    }
  }

  static func check(_ reader: any DatabaseReader, path: String) throws -> [String] {
    let migrator = Schema.migrator
    return try reader.read { db in
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
      let applied = tables.isEmpty ? [] : try migrator.appliedIdentifiers(db)
      return migrator.migrations.filter { !applied.contains($0) }
    }
  }
}

/// GRDB's connection as the shared store code sees it.
struct GRDBDatabase: SQLDatabase {
  let db: Database

  init(_ db: Database) { self.db = db }

  func execute(_ statement: SQL) throws {
    // Compiled once per connection: compiling an insert also compiles the
    // table's triggers, which cost an import more than the inserts did.
    let (sql, values) = statement.withPlaceholders
    try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(values))
  }

  func fetchAll(_ statement: SQL) throws -> [SQLRow] {
    var rows: [SQLRow] = []
    try forEachRow(statement) { rows.append($0) }
    return rows
  }

  func forEachRow(_ statement: SQL, _ body: (SQLRow) throws -> Void) throws {
    let (sql, values) = statement.withPlaceholders
    let compiled = try db.cachedStatement(sql: sql)
    let columns = SQLColumns(compiled.columnNames)
    let cursor = try Row.fetchCursor(compiled, arguments: Self.arguments(values))
    let indices = 0..<Int32(columns.names.count)
    // One row, filled again at each step: a row that `body` did not keep
    // is refilled in place, without a list of values made for each.
    var row = SQLRow(columns: columns, values: [])
    row.values.reserveCapacity(indices.count)
    // GRDB steps (and says any error); the columns are read from SQLite
    // directly: its Row and DatabaseValues cost more than the rest of a read.
    while try cursor.next() != nil {
      row.values.removeAll(keepingCapacity: true)
      for index in indices {
        row.values.append(Self.column(index, of: compiled.sqliteStatement))
      }
      try body(row)
    }
  }

  var mergesHistory: Bool { false }

  /// The values as optionals: GRDB's initialiser for a list of one
  /// concrete type builds a key path at every call, which cost more than
  /// the statement it binds (an import runs hundreds of thousands).
  private static func arguments(_ values: [SQLValue]) -> StatementArguments {
    StatementArguments(
      values.map { value -> (any DatabaseValueConvertible)? in
        switch value {
        case .null: nil
        case .integer(let number): number
        case .real(let number): number
        case .text(let text): text
        }
      })
  }

  /// A column of the current row. Text is taken by its length (NUL and
  /// all), a blob as UTF-8 text, as SQLite's own text of it.
  private static func column(_ index: Int32, of statement: SQLiteStatement) -> SQLValue {
    switch sqlite3_column_type(statement, index) {
    case SQLITE_NULL: return .null
    case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, index))
    case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, index))
    default:
      guard let text = sqlite3_column_text(statement, index) else { return .text("") }
      let count = Int(sqlite3_column_bytes(statement, index))
      return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
    }
  }
}

extension StoreError {
  static func from(_ error: any Error, path: String) -> StoreError {
    if let error = error as? StoreError { return error }
    guard let error = error as? DatabaseError else {
      return .sqlite(path: path, detail: "\(error)")
    }
    let detail = error.message ?? "\(error)"
    switch error.resultCode {
    case .SQLITE_NOTADB: return .notADatabase(path: path)
    case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
    case .SQLITE_FULL: return .diskFull(path: path)
    case .SQLITE_IOERR:
      // SQLite says a full disk as an I/O error on some writes (of the
      // journal): the file system says whether there is room.
      return DatabaseFile.isFull(path) ? .diskFull(path: path) : .ioError(path: path)
    case .SQLITE_CANTOPEN:
      // The system's reason, in words, where SQLite's leaves it out.
      switch errno {
      case EMFILE, ENFILE, EACCES, EROFS, ENOSPC: return .cannotUse(path: path, .current)
      default: return .cannotOpen(path: path, detail: detail)
      }
    case .SQLITE_READONLY:
      return .cannotUse(path: path, SystemError(errno == EROFS ? EROFS : EACCES))
    default: return .sqlite(path: path, detail: "\(error.resultCode.rawValue): \(detail)")
    }
  }
}
