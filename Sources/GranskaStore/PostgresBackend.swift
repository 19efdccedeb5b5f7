import Foundation
import GranskaText
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

#if canImport(Glibc)
  import Glibc
#endif

/// The PostgreSQL backend: one connection through postgres-nio, used
/// synchronously (each query waits for its answer off the event loop), as
/// every caller of the store is. A broken connection is opened again at
/// the next use; until then every use says the store is offline and
/// nothing is saved. Commits by others arrive as notifications on channel
/// `granska` and wake `changeSignal`, with no polling of the tables.
final class PostgresBackend: StoreBackend, @unchecked Sendable {
  let address: PostgresAddress
  var location: String { address.display }
  /// How long a save waits for another writer before giving up as busy.
  let busyTimeout: TimeInterval

  /// Held while the connection is used. The listener never takes it: it
  /// runs on the event loop that a waiting query needs.
  private let lock = NSLock()
  private var connection: PostgresConnection?
  /// Once connected, a failure to connect again is "offline", not a bad address.
  private var everConnected = false
  private var backendPID: Int32 = 0
  /// Guards what the listener touches.
  private let seen = NSLock()
  /// Others' commits seen, and reconnections: the data version.
  private var version = 0
  private var signal: NotificationSignal?
  private static let logger = Logger(label: "granska.postgres") { _ in SwiftLogNoOpLogHandler() }

  private init(address: PostgresAddress, busyTimeout: TimeInterval) {
    self.address = address
    self.busyTimeout = busyTimeout
  }

  /// Connects, saying clearly why not: the server down (with host and
  /// port), a wrong or missing password, an unknown database or role.
  static func connect(_ address: PostgresAddress, busyTimeout: TimeInterval) throws(StoreError)
    -> PostgresBackend
  {
    let backend = PostgresBackend(address: address, busyTimeout: busyTimeout)
    try backend.locked { () throws(StoreError) in _ = try backend.connected() }
    return backend
  }

  // MARK: StoreBackend

  func read<T>(_ body: (any SQLDatabase) throws -> T) throws(StoreError) -> T {
    try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
  }

  func write<T>(_ body: (any SQLDatabase) throws -> T) throws(StoreError) -> T {
    try transaction("BEGIN", body) { db in
      try db.execute("SET LOCAL lock_timeout = '\(Int(busyTimeout * 1000))ms'")
      try db.execute("SELECT pg_advisory_xact_lock(\(PostgresSchema.writeLock))")
    }
  }

  func dataVersion() throws(StoreError) -> Int {
    try locked { () throws(StoreError) in
      _ = try connected()
      return seen.withLock { version }
    }
  }

  func now(_ db: any SQLDatabase) throws -> Date {
    guard let text = try db.value(String.self, "SELECT granska_next_at()"),
      let date = Timestamp.date(text)
    else { return Date() }
    return date
  }

  func close() {
    lock.withLock {
      try? connection?.close().wait()
      connection = nil
    }
  }

  deinit {
    // postgres-nio insists on a closed connection before it goes.
    if let connection, !connection.isClosed {
      if connection.eventLoop.inEventLoop {
        let _: EventLoopFuture<Void> = connection.close()
      } else {
        try? connection.close().wait()
      }
    }
  }

  /// A descriptor that becomes readable when someone else commits.
  func changeSignal() throws(StoreError) -> any ChangeSignal {
    try locked { () throws(StoreError) in
      if let signal = seen.withLock({ signal }) { return signal }
      let made = try NotificationSignal()
      seen.withLock { signal = made }
      return made
    }
  }

  /// Runs `body` holding the connection's lock (NSLock.withLock loses
  /// the error's type).
  private func locked<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }

  // MARK: Transactions

  private func transaction<T>(
    _ begin: String, _ body: (any SQLDatabase) throws -> T,
    prepare: (any SQLDatabase) throws -> Void = { _ in }
  ) throws(StoreError) -> T {
    try locked { () throws(StoreError) in
      let db = PostgresDatabase(connection: try connected(), logger: Self.logger)
      do {
        try db.execute(begin)
        try prepare(db)
        let result = try body(db)
        try db.execute("COMMIT")
        return result
      } catch {
        try? db.execute("ROLLBACK")
        let problem = classify(error, connecting: false)
        if case .server(.offline) = problem { drop() }
        throw problem
      }
    }
  }

  /// The connection, opened again when it broke. Called with the lock held.
  private func connected() throws(StoreError) -> PostgresConnection {
    if let connection, !connection.isClosed { return connection }
    let reconnecting = everConnected
    connection = nil
    let fresh: PostgresConnection
    do {
      fresh = try PostgresConnection.connect(
        on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration(),
        id: 1, logger: Self.logger
      ).wait()
    } catch {
      throw reconnecting
        ? StoreError.server(.offline(server: address.server))
        : classify(error, connecting: true)
    }
    let db = PostgresDatabase(connection: fresh, logger: Self.logger)
    do {
      backendPID = Int32(try db.value(Int.self, "SELECT pg_backend_pid()") ?? 0)
      try listen(on: fresh)
    } catch {
      try? fresh.close().wait()
      throw classify(error, connecting: true)
    }
    connection = fresh
    everConnected = true
    if reconnecting {
      // What others saved meanwhile was not announced to us: look again.
      seen.withLock {
        version += 1
        signal?.wake()
      }
    }
    return fresh
  }

  private func drop() {
    try? connection?.close().wait()
  }

  private func configuration() -> PostgresConnection.Configuration {
    var configuration: PostgresConnection.Configuration
    if let host = address.host {
      configuration = .init(
        host: host, port: address.port, username: address.role, password: address.password,
        database: address.database, tls: .disable)
    } else {
      configuration = .init(
        unixSocketPath: address.socketPath ?? "", username: address.role,
        password: address.password, database: address.database)
    }
    configuration.options.connectTimeout = .seconds(5)
    return configuration
  }

  /// Others' commits move the version and wake the signal; our own do not.
  private func listen(on connection: PostgresConnection) throws(StoreError) {
    let pid = backendPID
    connection.addListener(channel: "granska") { [weak self] _, notification in
      guard let self, notification.backendPID != pid else { return }
      self.seen.withLock {
        self.version += 1
        self.signal?.wake()
      }
    }
    do {
      try PostgresDatabase(connection: connection, logger: Self.logger).execute("LISTEN granska")
    } catch {
      throw classify(error, connecting: false)
    }
  }

  // MARK: Errors

  /// The error in the store's terms: each way of failing its own message.
  func classify(_ error: any Error, connecting: Bool) -> StoreError {
    if let error = error as? StoreError { return error }
    let server = address.server
    guard let error = error as? PSQLError else {
      return connecting
        ? .server(.unreachable(server: server, why: Self.connectFailure(error)))
        : .server(.server(database: location, detail: "\(error)"))
    }
    if let state = error.serverInfo?[.sqlState] {
      let detail = error.serverInfo?[.message] ?? state
      switch state {
      case "28P01": return .server(.wrongPassword(role: address.role, server: server))
      case "28000": return .server(.refused(role: address.role, server: server, detail: detail))
      case "3D000": return .server(.unknownDatabase(name: address.database, server: server))
      case "42501":
        return .server(
          .missingGrants(role: address.role, database: address.database, detail: detail))
      case "55P03", "40001", "40P01": return .busy(path: location)
      case "57P01", "57P02", "57P03", "08000", "08003", "08006":
        return .server(.offline(server: server))
      default: return .server(.server(database: location, detail: detail))
      }
    }
    switch error.code {
    case .authMechanismRequiresPassword:
      return .server(.noPassword(role: address.role, server: server))
    case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
      return connecting
        ? .server(.unreachable(server: server, why: Self.connectFailure(error.underlying)))
        : .server(.offline(server: server))
    default:
      return .server(.server(database: location, detail: "\(error.code)"))
    }
  }

  /// Why connecting failed, from what NIO says, in words of our own.
  static func connectFailure(_ error: (any Error)?) -> ConnectFailure {
    switch error {
    case let error as NIOConnectionError:
      if let first = error.connectionErrors.first { return connectFailure(first.error) }
      return error.dnsAError != nil || error.dnsAAAAError != nil ? .unknownHost : .closed
    case let error as IOError:
      return error.errnoCode == ECONNREFUSED ? .refused : .system(SystemError(error.errnoCode))
    case is SocketAddressError, is SocketAddressError.UnknownHost:
      return .unknownHost
    case let error as ChannelError:
      if case .connectTimeout(let time) = error {
        return .timedOut(seconds: Int(time.nanoseconds / 1_000_000_000))
      }
      return .closed
    default:
      return .closed
    }
  }
}

/// One connection inside a transaction, as the shared store code sees it:
/// `?` placeholders become `$1, $2, …`, values travel as bigint, double
/// precision or text, and rows come back as `SQLRow`s.
struct PostgresDatabase: SQLDatabase {
  let connection: PostgresConnection
  let logger: Logger

  func execute(_ sql: String, _ arguments: [any SQLArgument]) throws {
    _ = try run(sql, arguments)
  }

  func fetchAll(_ sql: String, _ arguments: [any SQLArgument]) throws -> [SQLRow] {
    let result = try run(sql, arguments)
    guard let first = result.rows.first else { return [] }
    let columns = SQLColumns(first.map(\.columnName))
    return try result.rows.map { row in
      SQLRow(columns: columns, values: try row.map(Self.value))
    }
  }

  func forgetHistory(id: Int64) throws {
    try execute("SELECT granska_forget(?)", [id])
  }

  private func run(_ sql: String, _ arguments: [any SQLArgument]) throws -> PostgresQueryResult {
    var binds = PostgresBindings(capacity: arguments.count)
    for argument in arguments {
      switch argument.sqlValue {
      case .null: binds.appendNull()
      case .integer(let number): binds.append(number)
      case .real(let number): binds.append(number)
      case .text(let text): binds.append(text)
      }
    }
    let query = PostgresQuery(unsafeSQL: Self.numbered(sql), binds: binds)
    return try connection.query(query, logger: logger).wait()
  }

  private static func value(_ cell: PostgresCell) throws -> SQLValue {
    guard cell.bytes != nil else { return .null }
    switch cell.dataType {
    case .int2, .int4, .int8, .oid: return .integer(try cell.decode(Int64.self))
    case .float4, .float8: return .real(try cell.decode(Double.self))
    case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
    default: return .text(try cell.decode(String.self))
    }
  }

  /// `?` → `$n`, outside quoted text and identifiers.
  static func numbered(_ sql: String) -> String {
    var result = ""
    var count = 0
    var quote: Character?
    for character in sql {
      if let open = quote {
        if character == open { quote = nil }
        result.append(character)
      } else if character == "'" || character == "\"" {
        quote = character
        result.append(character)
      } else if character == "?" {
        count += 1
        result += "$\(count)"
      } else {
        result.append(character)
      }
    }
    return result
  }
}

/// Something a waiting session can sleep on until another process commits.
public protocol ChangeSignal: AnyObject {
  var descriptor: Int32 { get }
  /// Reads what woke it; true when it may concern the database.
  func drain() -> Bool
}

extension ChangeWatcher: ChangeSignal {}

/// A pipe the notification listener writes a byte into.
final class NotificationSignal: ChangeSignal, @unchecked Sendable {
  let descriptor: Int32
  private let writeEnd: Int32

  init() throws(StoreError) {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { throw StoreError.cannotUse(path: "pipe", .current) }
    for end in ends {
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    descriptor = ends[0]
    writeEnd = ends[1]
  }

  deinit {
    close(descriptor)
    close(writeEnd)
  }

  func wake() {
    var byte: UInt8 = 1
    _ = write(writeEnd, &byte, 1)
  }

  func drain() -> Bool {
    var buffer = [UInt8](repeating: 0, count: 64)
    var any = false
    while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {
      any = true
    }
    return any
  }
}
