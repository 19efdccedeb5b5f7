import Foundation
import GRDB
import GranskaText

/// Where a store keeps its data: a SQLite file (`SQLiteBackend`) or a
/// PostgreSQL database (`PostgresBackend`). The store's rules — history,
/// conflicts, merging, the import checks — are written once, in SQL both
/// run alike, against `SQLDatabase`; a backend only connects, runs
/// transactions and says when someone else committed.
protocol StoreBackend: AnyObject, Sendable {
  /// The database as messages name it: a path, or a URL without its password.
  var location: String { get }

  /// Reads in one consistent snapshot.
  func read<T>(_ body: (any SQLDatabase) throws -> T) throws(StoreError) -> T

  /// One transaction that no other writer interleaves with, so history
  /// times follow the order of saving and a field read in it is still the
  /// saved value when the transaction commits.
  func write<T>(_ body: (any SQLDatabase) throws -> T) throws(StoreError) -> T

  /// Changes whenever another session commits; cheap to ask often.
  func dataVersion() throws(StoreError) -> Int

  /// The time to stamp history with when the store was given no clock:
  /// now, and never at or before the newest history row's.
  func historyTime(_ db: any SQLDatabase) throws -> Date

  func close()

  /// The server as messages name it ("host:port"); nil for a file.
  var server: String? { get }

  /// What a waiting dashboard sleeps on until someone else commits: an
  /// inotify watch of the file, or the server's notifications; nil where
  /// neither can be had (the dashboard then looks every two seconds).
  func changeSignal() throws(StoreError) -> (any ChangeSignal)?

  /// The file's own live connection, for what only a file can have done
  /// to it (an online backup, a restore into it); nil on a server.
  var liveFile: (any DatabaseWriter)? { get }

  /// What the user should know about where the data lives.
  var warnings: [StoreWarning] { get }

  /// How often another database was opened in this one's place (a file
  /// moved over the path); 0 where that cannot happen.
  var fileGeneration: Int { get }

  /// True when the database itself decides who may change what (its
  /// roles and grants); false when the store's own lists do.
  var decidesAccess: Bool { get }

  /// Whether the transaction `id` committed, for a save whose answer never
  /// came: nil while that cannot be told (or where it never happens).
  func committed(_ id: Int64) throws(StoreError) -> Bool?

  /// Before `AuditStore.copy` fills `tables` in the transaction `db`:
  /// checks this session may write history as it was, and readies them.
  func beginCopy(_ db: any SQLDatabase, tables: [String]) throws

  /// After the copy: what the tables' triggers would have kept up
  /// (revisions, id sequences), and the news to other sessions.
  func endCopy(_ db: any SQLDatabase, tables: [String]) throws
}

extension StoreBackend {
  func historyTime(_ db: any SQLDatabase) throws -> Date {
    try AuditStore.after(lastIn: db, Date())
  }

  func committed(_ id: Int64) throws(StoreError) -> Bool? { nil }

  func beginCopy(_ db: any SQLDatabase, tables: [String]) throws {}

  var decidesAccess: Bool { false }

  var server: String? { nil }

  var liveFile: (any DatabaseWriter)? { nil }

  var fileGeneration: Int { 0 }

  func endCopy(_ db: any SQLDatabase, tables: [String]) throws {}
}
