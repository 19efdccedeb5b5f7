import Foundation
import GRDB
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

/// The SQLite connections behind a store.
///
/// Read-write: a pool in WAL mode, so readers go on while one session writes.
///
/// Read-only (`--read-only`, or an account that may not write the file or
/// its directory): one connection opened `SQLITE_OPEN_READONLY` that never
/// migrates, writes or creates `-wal`/`-shm` — a reader that created them
/// would own them and lock every writer out. While a writer has the
/// database open (its `-wal` and `-shm` exist) it reads through them and
/// sees each commit; otherwise the file is opened immutable (no locks, no
/// journal files) and opened again when it changes.
final class Connection: @unchecked Sendable {
  enum Kind: Equatable {
    case readWrite, readOnly, immutable
  }

  let path: String
  private let configuration: Configuration
  private let lock = NSLock()
  private var database: any DatabaseWriter
  private var kind: Kind
  private var stamp: FileStamp?
  /// How often the read-only connection was opened again; part of the data version.
  private var reopenings = 0

  /// The file opened read-write (its device and inode), to tell it from
  /// another moved over the path.
  private let opened: FileStamp?

  private init(
    path: String, configuration: Configuration, database: any DatabaseWriter, kind: Kind
  ) {
    self.path = path
    self.configuration = configuration
    self.database = database
    self.kind = kind
    self.stamp = FileStamp(path)
    self.opened = stamp
  }

  enum FileAtPath { case same, replaced, removed }

  /// Whether the path still names the file this connection opened. A
  /// read-only connection opens whatever is there by itself.
  var fileAtPath: FileAtPath {
    guard kind == .readWrite, let opened else { return .same }
    guard let now = FileStamp(path) else { return .removed }
    return now.device == opened.device && now.inode == opened.inode ? .same : .replaced
  }

  /// True when a `-wal` beside the database is older than the database
  /// file's last move: another session's journal of the file it replaced.
  static func hasStaleJournal(_ path: String) -> Bool {
    guard let journal = FileStamp(path + "-wal"), let database = FileStamp(path) else {
      return false
    }
    let (j, d) = (journal.changed, database.changed)
    return j.tv_sec < d.tv_sec || (j.tv_sec == d.tv_sec && j.tv_nsec < d.tv_nsec)
  }

  static func readWrite(_ path: String, configuration: Configuration) throws -> Connection {
    Connection(
      path: path, configuration: configuration,
      database: try DatabasePool(path: path, configuration: configuration), kind: .readWrite)
  }

  static func readOnly(_ path: String, configuration: Configuration) throws -> Connection {
    var configuration = configuration
    configuration.readonly = true
    let (database, kind) = try openReadOnly(path, configuration: configuration)
    return Connection(path: path, configuration: configuration, database: database, kind: kind)
  }

  var isReadOnly: Bool { lock.withLock { kind != .readWrite } }

  /// The connection to use now (a read-only one may have been replaced).
  var current: any DatabaseWriter { lock.withLock { database } }

  /// Reads; an immutable open that fails (the file was checkpointed under
  /// it) is opened again and tried once more.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    let (database, kind, _) = refreshed()
    do {
      return try database.read(body)
    } catch  where kind == .immutable {
      try lock.withLock { try reopen() }
      return try current.read(body)
    }
  }

  /// Changes whenever another connection commits, or — for an immutable
  /// open — whenever the file changes, which opens it again.
  func dataVersion() throws -> Int {
    let (database, kind, reopenings) = refreshed()
    let version: Int
    switch kind {
    case .readWrite:
      // The writer connection: always the same one, so its counter is comparable.
      version = try database.writeWithoutTransaction { db in
        try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
      }
    case .readOnly:
      version = try database.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    case .immutable:
      version = 0
    }
    return reopenings << 32 | version
  }

  func close() throws {
    try current.close()
  }

  /// The connection now, opened again first when it is an immutable open
  /// of a file that has changed since (a file caught mid-change is tried
  /// again at the next call).
  private func refreshed() -> (any DatabaseWriter, Kind, Int) {
    lock.lock()
    defer { lock.unlock() }
    if kind == .immutable, FileStamp(path) != stamp { try? reopen() }
    return (database, kind, reopenings)
  }

  /// Opens the read-only connection anew; on failure the old one stays.
  private func reopen() throws {
    let stampNow = FileStamp(path)
    let (fresh, freshKind) = try Self.openReadOnly(path, configuration: configuration)
    try? database.close()
    (database, kind, stamp) = (fresh, freshKind, stampNow)
    reopenings += 1
  }

  // MARK: Opening read-only

  private static func openReadOnly(_ path: String, configuration: Configuration) throws -> (
    any DatabaseWriter, Kind
  ) {
    let journals = [path + "-wal", path + "-shm"]
    if journals.allSatisfy({ FileStatus($0) != nil }),
      let queue = try? DatabaseQueue(path: path, configuration: configuration),
      (try? queue.read({ db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }))
        != nil
    {
      // The last writer may have closed (and removed them) in between, and
      // SQLite then made new ones, ours: give them back and read immutably.
      if !createdByThisAccount(journals, database: path) { return (queue, .readOnly) }
      try? queue.close()
      for journal in journals where FileStatus(journal)?.uid == geteuid() { unlink(journal) }
    }
    return (try DatabaseQueue(path: immutableURI(path), configuration: configuration), .immutable)
  }

  private static func createdByThisAccount(_ journals: [String], database: String) -> Bool {
    let me = geteuid()
    guard let owner = FileStatus(database)?.uid, owner != me else { return false }
    return journals.contains { FileStatus($0)?.uid == me }
  }

  /// An SQLite URI filename for an immutable open (Debian's SQLite accepts
  /// URI filenames: it is built with SQLITE_USE_URI).
  static func immutableURI(_ path: String) -> String {
    let absolute =
      path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "?#%")
    let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
    return "file:\(escaped)?immutable=1"
  }
}

/// What changes when a database file (or its journal) is written or replaced.
struct FileStamp: Equatable {
  let device: UInt64
  let inode: UInt64
  let size: Int64
  let modified: timespec
  let changed: timespec
  let hasJournal: Bool

  init?(_ path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    modified = info.st_mtim
    changed = info.st_ctim
    hasJournal = access(path + "-wal", F_OK) == 0
  }

  static func == (a: FileStamp, b: FileStamp) -> Bool {
    a.device == b.device && a.inode == b.inode && a.size == b.size && a.hasJournal == b.hasJournal
      && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
      && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
  }
}
