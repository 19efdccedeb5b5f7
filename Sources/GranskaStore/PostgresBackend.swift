import Foundation
import GranskaText

#if PostgreSQL
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
#endif

#if canImport(Glibc)
import Glibc
#endif

#if PostgreSQL
/// How long Granska waits on a PostgreSQL server, so that a dead, stopped
/// or busy server never holds a screen or a command for long.
public struct PostgresLimits: Sendable, Equatable {
  /// A save's wait for another writer's turn (`lock_timeout`).
  public var turn: TimeInterval
  /// Longest one of Granska's statements may run on the server (`statement_timeout`).
  public var statement: TimeInterval = 10
  /// Longest Granska waits for any answer before it takes the server for
  /// gone and drops the connection: a server that is stopped never says so.
  public var answer: TimeInterval { max(statement, turn) + 3 }

  /// A person waits a few seconds at most; a script (whose limit on
  /// SQLite is long, for storms of writers) no longer than `longestTurn`
  /// on PostgreSQL, where writers queue for the turn in order.
  public init(turn: TimeInterval) { self.turn = min(turn, Self.longestTurn) }

  public static let longestTurn: TimeInterval = 8
}

/// The PostgreSQL backend: one connection through postgres-nio, used from
/// synchronous code (each query waits, with a deadline, for its answer off
/// the event loop), as every caller of the store is. A broken or silent
/// connection is closed — never asked to roll back — and opened again at
/// the next use; until then every use says the store is offline and
/// nothing is saved. Others' commits arrive as notifications on channel
/// `granska`: hints that make the next `dataVersion` read the revisions.
final class PostgresBackend: StoreBackend, @unchecked Sendable {
  let address: PostgresAddress
  var location: String { address.display }
  let limits: PostgresLimits
  /// What the user should know about this connection (a password sent in clear).
  private(set) var warnings: [StoreWarning] = []
  /// Roles and grants decide who may change what, for every client.
  var decidesAccess: Bool { true }

  /// Held while the connection is used.
  private let lock = NSLock()
  private var connection: PostgresConnection?
  /// Closed connections, kept until they are: postgres-nio insists.
  private var retired: [PostgresConnection] = []
  /// Once connected, a failure to reach the server again is "offline", not a bad address.
  private var everConnected = false
  private let changes = ChangeHints()
  private static let logger = Logger(label: "granska.postgres") { _ in SwiftLogNoOpLogHandler() }

  private init(address: PostgresAddress, limits: PostgresLimits) {
    self.address = address
    self.limits = limits
  }

  /// Connects, saying clearly why not: the server down (with host and
  /// port), a wrong or missing password, an unknown database or role, TLS
  /// that `sslmode` asks for and the server cannot give.
  static func connect(_ address: PostgresAddress, limits: PostgresLimits) throws(StoreError)
    -> PostgresBackend
  {
    let backend = PostgresBackend(address: address, limits: limits)
    try backend.locked { () throws(StoreError) in _ = try backend.connected() }
    return backend
  }

  // MARK: StoreBackend

  func read<T>(_ body: (any SQLDatabase) throws -> T) throws(StoreError) -> T {
    try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
  }

  /// Takes the writers' turn first: the row of `granska_turn`, which only
  /// editors can lock (a viewer cannot hold it), waited for no longer than
  /// `limits.turn`; the transaction's id is kept, to learn later whether a
  /// commit whose answer never came was made.
  func write<T>(_ body: (any SQLDatabase) throws -> T) throws(StoreError) -> T {
    try transaction("BEGIN", body) { db in
      // The turn, and the time history rows will be stamped with, in one trip.
      let row = try db.fetchOne(
        "SELECT public.granska_take_turn_now() AS tx, public.granska_next_at() AS at")
      writingSince = row.flatMap { Timestamp.date($0["at"]) }
      return row?["tx"]
    }
  }

  /// When the write under way took the turn, by the server's clock.
  private var writingSince: Date?

  /// A transaction that changes the schema (creating or upgrading it):
  /// before v7 there is no turn to take, so the schema's own lock is used.
  func migrating<T>(_ body: (any SQLDatabase) throws -> T) throws(StoreError) -> T {
    try transaction("BEGIN", body) { db in
      try db.execute(
        "SELECT pg_catalog.pg_advisory_xact_lock(\(raw: String(PostgresSchema.writeLock)))")
      return nil
    }
  }

  /// Moves when someone else may have committed: after a notification
  /// (a hint, not an order: the revisions are read, at most a few times a
  /// second, and only a change of them counts) and after reconnecting.
  func dataVersion() throws(StoreError) -> Int {
    try locked { () throws(StoreError) in
      _ = try connected()
      guard changes.shouldLook() else { return changes.version }
      do throws(StoreError) {
        let latest = try run { db in
          try db.value(
            String.self, "SELECT coalesce(max(number), 0) || '/' || count(*) FROM revision")
        }
        return changes.looked(found: latest ?? "")
      } catch {
        _ = changes.looked(found: nil)
        throw error
      }
    }
  }

  /// The server's clock, as `granska_stamp` will stamp the rows anyway:
  /// read as the write took its turn.
  func historyTime(_ db: any SQLDatabase) throws -> Date {
    if let writingSince { return writingSince }
    guard let text = try db.value(String.self, "SELECT public.granska_next_at()"),
      let date = Timestamp.date(text)
    else { return Date() }
    return date
  }

  /// Whether the transaction `id` committed: true or false once the server
  /// knows, nil while it cannot tell.
  func committed(_ id: Int64) throws(StoreError) -> Bool? {
    let status = try locked { () throws(StoreError) in
      _ = try connected()
      return try run { db in try db.value(String.self, "SELECT txid_status(\(id))") }
    }
    switch status {
    case "committed": return true
    case "aborted": return false
    default: return nil
    }
  }

  /// Only the schema's owner copies in: the tables' own triggers (which
  /// stamp history with the role and the time, and check each row against
  /// it) are off for the transaction, so history keeps its ids, times and
  /// accounts, and a large copy is not slowed by them row by row.
  func beginCopy(_ db: any SQLDatabase, tables: [String]) throws {
    guard try db.value(Bool.self, "SELECT public.granska_is_owner()") == true else {
      throw StoreError.server(
        .missingGrants(
          role: address.role, database: address.database,
          detail: "only the database's owner may copy into it"))
    }
    try db.execute("SET LOCAL statement_timeout = 0")
    for table in tables { try db.execute("ALTER TABLE public.\(raw: table) DISABLE TRIGGER USER") }
  }

  /// What the triggers would have kept: every audit's revision moves, the
  /// id sequences start after the copied ids; and the others hear of it.
  func endCopy(_ db: any SQLDatabase, tables: [String]) throws {
    // The deferred reference checks, now: a table with checks pending cannot be altered.
    try db.execute("SET CONSTRAINTS ALL IMMEDIATE")
    for table in tables { try db.execute("ALTER TABLE public.\(raw: table) ENABLE TRIGGER USER") }
    try db.execute(
      """
      INSERT INTO public.revision AS v (auditId, number)
        SELECT id, pg_catalog.txid_current() FROM public.audit
        UNION SELECT DISTINCT auditId, pg_catalog.txid_current() FROM public.history
      ON CONFLICT (auditId) DO UPDATE SET number = excluded.number
      """)
    try db.execute("UPDATE public.revision SET number = pg_catalog.txid_current()")
    for (sequence, table) in [("granska_history_id", "history"), ("granska_note_id", "note")] {
      try db.execute(
        """
        SELECT pg_catalog.setval('public.\(raw: sequence)',
          (SELECT coalesce(max(id), 0) + 1 FROM public.\(raw: table)), false)
        """)
    }
    try db.execute("SELECT pg_catalog.pg_notify('granska', '')")
  }

  func close() {
    lock.withLock {
      if let connection { retire(connection) }
      connection = nil
    }
  }

  deinit {
    if let connection { retire(connection) }
    // postgres-nio insists on a closed connection before it goes.
    for old in retired where !old.isClosed {
      if old.eventLoop.inEventLoop { continue }
      _ = try? old.closeFuture.wait()
    }
  }

  /// A descriptor that becomes readable when someone else may have committed.
  var server: String? { address.server }

  func changeSignal() throws(StoreError) -> (any ChangeSignal)? {
    try changes.signal()
  }

  /// Runs `body` holding the connection's lock (NSLock.withLock loses
  /// the error's type).
  private func locked<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }

  // MARK: Transactions

  /// One transaction: `begin`, then `prepare` (which may return the
  /// transaction's id), `body`, COMMIT. On failure a connection that still
  /// answers is rolled back; one that broke or fell silent is dropped, and
  /// if it broke at COMMIT the outcome is said to be unknown.
  private func transaction<T>(
    _ begin: SQL, _ body: (any SQLDatabase) throws -> T,
    prepare: (any SQLDatabase) throws -> Int64? = { _ in nil }
  ) throws(StoreError) -> T {
    try locked { () throws(StoreError) in
      let db = PostgresDatabase(backend: self, connection: try connected())
      var transactionID: Int64?
      var committing = false
      writingSince = nil
      do {
        try db.execute(begin)
        transactionID = try prepare(db)
        let result = try body(db)
        committing = true
        try db.execute("COMMIT")
        return result
      } catch {
        let problem = classify(error, connecting: false)
        if db.connection.isClosed || Self.isLost(problem) {
          drop()
          if committing, let transactionID {
            throw StoreError.server(
              .outcomeUnknown(server: address.server, transaction: transactionID))
          }
          throw problem
        }
        try? db.execute("ROLLBACK")
        if case .server(.turnHeld) = problem {
          let holder = try? db.value(String.self, "SELECT public.granska_turn_holder()")
          throw StoreError.server(.turnHeld(holder: holder ?? nil))
        }
        throw problem
      }
    }
  }

  /// One statement outside a transaction. Called with the lock held.
  private func run<T>(_ body: (PostgresDatabase) throws -> T) throws(StoreError) -> T {
    let db = PostgresDatabase(backend: self, connection: try connected())
    do {
      return try body(db)
    } catch {
      let problem = classify(error, connecting: false)
      if db.connection.isClosed || Self.isLost(problem) { drop() }
      throw problem
    }
  }

  static func isLost(_ problem: StoreError) -> Bool {
    switch problem {
    case .server(.offline), .server(.noAnswer): true
    default: false
    }
  }

  /// Waits for `work`'s answer at most `seconds`; past that the connection
  /// is closed (the server may be stopped or unreachable) and the wait ends.
  func answer<T: Sendable>(
    _ connection: PostgresConnection?, within seconds: TimeInterval,
    _ work: @escaping @Sendable () async throws -> T
  ) throws -> T {
    let outcome = Awaited<T>()
    let executor = connection.map { LoopExecutor.of($0.eventLoop) } ?? .any
    let task = Task(executorPreference: executor) {
      do {
        outcome.finish(.success(try await work()))
      } catch {
        outcome.finish(.failure(error))
      }
    }
    // A slow answer may be a dead server whose connections linger until
    // its processes notice: then nothing listens any more, which asking
    // for a new connection tells at once.
    let deadline = Date().addingTimeInterval(seconds)
    var slice = min(seconds, 2)
    while true {
      if let result = outcome.wait(slice) { return try result.get() }
      let left = deadline.timeIntervalSinceNow
      if left <= 0 { break }
      if connection != nil, ServerProbe.refuses(address) {
        task.cancel()
        if let connection { let _: EventLoopFuture<Void> = connection.close() }
        throw StoreError.server(.offline(server: address.server))
      }
      slice = min(left, 1)
    }
    task.cancel()
    if let connection { let _: EventLoopFuture<Void> = connection.close() }
    throw StoreError.server(.noAnswer(server: address.server, seconds: Int(seconds.rounded())))
  }

  /// The connection, opened again when it broke. Called with the lock held.
  private func connected() throws(StoreError) -> PostgresConnection {
    if let connection, !connection.isClosed { return connection }
    if let connection { retire(connection) }
    connection = nil
    let fresh: PostgresConnection
    do {
      fresh = try PostgresLink(address: address, limits: limits).open { [self] work in
        try answer(nil, within: Double(address.connectTimeout) + 1, work)
      }
    } catch {
      let problem = classify(error, connecting: true)
      // Once connected, a server that cannot be reached is offline; one that
      // answers and refuses (a dropped database, a revoked grant) says so.
      if everConnected, case .server(.unreachable) = problem {
        throw StoreError.server(.offline(server: address.server))
      }
      throw problem
    }
    do {
      try start(fresh)
    } catch {
      retire(fresh)
      throw classify(error, connecting: true)
    }
    connection = fresh
    if everConnected { changes.reconnected() }
    everConnected = true
    return fresh
  }

  /// What a fresh connection does first: listens for others' commits, and
  /// notes a password that went to another machine in clear.
  private func start(_ fresh: PostgresConnection) throws {
    let db = PostgresDatabase(backend: self, connection: fresh)
    let row = try db.fetchOne(
      """
      SELECT pg_catalog.pg_backend_pid() AS pid, coalesce((SELECT ssl FROM pg_catalog.pg_stat_ssl
        WHERE pid = pg_catalog.pg_backend_pid()), false) AS encrypted
      """)
    let pid: Int = row?["pid"] ?? 0
    let encrypted: Bool = row?["encrypted"] ?? false
    if !encrypted, address.password != nil, let host = address.host, !Self.isLoopback(host) {
      warnings = [.unencryptedPassword(server: address.server)]
    }
    changes.listen(on: fresh, ownPID: String(pid))
  }

  static func isLoopback(_ host: String) -> Bool {
    host == "localhost" || host == "::1" || host.hasPrefix("127.")
  }

  /// Closes the connection without waiting: a dead server never answers
  /// a ROLLBACK, and a stopped one holds it for as long as it is stopped.
  private func drop() {
    if let connection { retire(connection) }
    connection = nil
  }

  private func retire(_ old: PostgresConnection) {
    if !old.isClosed { let _: EventLoopFuture<Void> = old.close() }
    retired.removeAll { $0.isClosed }
    retired.append(old)
  }

  // MARK: Errors

  /// The error in the store's terms: each way of failing its own message.
  func classify(_ error: any Error, connecting: Bool) -> StoreError {
    if let error = error as? StoreError { return error }
    let server = address.server
    if let tls = PostgresLink.tlsProblem(error, address: address) { return .server(tls) }
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
      case "55P03": return .server(.turnHeld(holder: nil))
      case "40001", "40P01": return .busy(path: location)
      case "57014":
        return .server(.noAnswer(server: server, seconds: Int(limits.statement)))
      case "57P01", "57P02", "57P03", "08000", "08003", "08006":
        return .server(.offline(server: server))
      default: return .server(.server(database: location, detail: detail))
      }
    }
    switch error.code {
    case .authMechanismRequiresPassword:
      return .server(.noPassword(role: address.role, server: server))
    case .sslUnsupported:
      return .server(.noTLS(server: server, mode: address.tls.mode.rawValue))
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
    case let error as StoreError:
      if case .server(.noAnswer(_, let seconds)) = error { return .timedOut(seconds: seconds) }
      return .closed
    default:
      return .closed
    }
  }
}

/// One connection inside a transaction, as the shared store code sees it:
/// `?` placeholders become `$1, $2, …`, values travel as bigint, double
/// precision or text, and rows come back as `SQLRow`s. Every statement
/// waits for its answer no longer than the backend's limit.
struct PostgresDatabase: SQLDatabase {
  let backend: PostgresBackend
  let connection: PostgresConnection
  private static let logger = Logger(label: "granska.postgres") { _ in SwiftLogNoOpLogHandler() }

  init(backend: PostgresBackend, connection: PostgresConnection) {
    self.backend = backend
    self.connection = connection
  }

  var mergesHistory: Bool { true }

  func execute(_ statement: SQL) throws {
    _ = try fetchAll(statement)
  }

  func fetchAll(_ statement: SQL) throws -> [SQLRow] {
    let query = Self.query(statement)
    let connection = connection
    return try backend.answer(connection, within: backend.limits.answer) {
      let rows = try await connection.query(query, logger: Self.logger)
      var result: [SQLRow] = []
      var columns: SQLColumns?
      for try await row in rows {
        let names = columns ?? SQLColumns(row.map(\.columnName))
        columns = names
        result.append(SQLRow(columns: names, values: try row.map(Self.value)))
      }
      return result
    }
  }

  /// The statement as postgres-nio builds a query: its text through
  /// `PostgresQuery`'s own interpolation, each value a bind (`$n`).
  static func query(_ statement: SQL) -> PostgresQuery {
    var query = PostgresQuery.StringInterpolation(
      literalCapacity: 0, interpolationCount: statement.pieces.count)
    for piece in statement.pieces {
      switch piece {
      case .text(let text): query.appendLiteral(text)
      case .value(.null): query.appendInterpolation(String?.none)
      case .value(.integer(let number)): query.appendInterpolation(number)
      case .value(.real(let number)): query.appendInterpolation(number)
      case .value(.text(let text)): query.appendInterpolation(text)
      }
    }
    return PostgresQuery(stringInterpolation: query)
  }

  /// COPY … FROM STDIN in text format: the fastest way in.
  func insertRows(into table: String, columns: [String], rows: [[SQLValue]]) throws {
    guard !rows.isEmpty, !columns.isEmpty else { return }
    let connection = connection
    // COPY quotes the names it is given: PostgreSQL's own are lower case.
    let (name, names) = (table.lowercased(), columns.map { $0.lowercased() })
    try backend.answer(connection, within: Self.copyLimit) {
      try await connection.copyFrom(table: name, columns: names, logger: Self.logger) { writer in
        var buffer = ByteBuffer()
        buffer.reserveCapacity(1 << 20)
        for row in rows {
          Self.appendCopyLine(row, to: &buffer)
          if buffer.readableBytes >= 1 << 20 {
            try await writer.write(buffer)
            buffer.clear()
          }
        }
        if buffer.readableBytes > 0 { try await writer.write(buffer) }
      }
    }
  }

  /// How long a copy of a table may take.
  static let copyLimit: TimeInterval = 600

  /// One row of COPY's text format: tab between values, `\N` for NULL,
  /// and backslash, tab, newline and carriage return escaped.
  static func appendCopyLine(_ row: [SQLValue], to buffer: inout ByteBuffer) {
    for (index, value) in row.enumerated() {
      if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
      switch value {
      case .null: buffer.writeStaticString("\\N")
      case .integer(let number): buffer.writeString(String(number))
      case .real(let number): buffer.writeString("\(number)")
      case .text(let text):
        for byte in text.utf8 {
          switch byte {
          case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
          case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
          case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
          case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
          default: buffer.writeInteger(byte)
          }
        }
      }
    }
    buffer.writeInteger(UInt8(ascii: "\n"))
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

}

/// Where the async work the store waits for runs: on the connection's own
/// event loop, where its answers arrive anyway — not Swift's shared pool,
/// whose few threads may be the very ones waiting (a test, or any async
/// caller, that calls the store), and with no hop between threads but
/// the caller's. The work only awaits; it never blocks the loop.
final class LoopExecutor: TaskExecutor, @unchecked Sendable {
  private let loop: any EventLoop

  init(_ loop: any EventLoop) { self.loop = loop }

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
  }

  /// One per event loop of the group connections are made on.
  private static let all: [ObjectIdentifier: LoopExecutor] = Dictionary(
    uniqueKeysWithValues: MultiThreadedEventLoopGroup.singleton.makeIterator().map {
      (ObjectIdentifier($0), LoopExecutor($0))
    })

  static func of(_ loop: any EventLoop) -> LoopExecutor {
    all[ObjectIdentifier(loop)] ?? LoopExecutor(loop)
  }

  /// Where connecting runs (before there is a connection's loop).
  static var any: LoopExecutor { of(MultiThreadedEventLoopGroup.singleton.any()) }
}

/// The outcome of async work, waited for from synchronous code.
private final class Awaited<T>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var result: Result<T, any Error>?

  func finish(_ result: Result<T, any Error>) {
    self.result = result
    done.signal()
  }

  /// The result, or nil when it did not come within `seconds`.
  func wait(_ seconds: TimeInterval) -> Result<T, any Error>? {
    done.wait(timeout: .now() + seconds) == .success ? result : nil
  }
}

/// Others' commits, as the notifications on channel `granska` hint at
/// them: the listener marks a hint and wakes the signal, at most once per
/// `interval` however many come; `dataVersion` then reads the revisions,
/// and the version moves only when they changed.
final class ChangeHints: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var version = 0
  /// News not yet looked at.
  private var hinted = true
  /// The signal was woken (or will be, once due) and no one looked since:
  /// further hints need no wake of their own.
  private var wakePending = false
  private var lastLook = Date.distantPast
  private var found: String?
  private var made: NotificationSignal?
  private var listener: Task<Void, Never>?
  /// A flood of notifications costs at most this many reads and wakes a second.
  static let interval: TimeInterval = 0.25

  func signal() throws(StoreError) -> NotificationSignal {
    lock.lock()
    defer { lock.unlock() }
    if let made { return made }
    let fresh = try NotificationSignal()
    made = fresh
    return fresh
  }

  /// Listens on a fresh connection; a notification from our own backend
  /// (its process id is the payload) is no news.
  func listen(on connection: PostgresConnection, ownPID: String) {
    lock.withLock {
      listener?.cancel()
      listener = Task(executorPreference: LoopExecutor.of(connection.eventLoop)) { [weak self] in
        // Ends when the connection does; the next connection listens anew.
        try? await connection.listen(on: "granska") { notifications in
          for try await notification in notifications where notification.payload != ownPID {
            self?.hint()
          }
        }
      }
    }
  }

  func hint() {
    lock.withLock {
      hinted = true
      wakeWhenDue()
    }
  }

  /// After reconnecting: what others saved meanwhile was not announced.
  func reconnected() {
    lock.withLock {
      hinted = true
      found = nil
      version += 1
      wakePending = true
      made?.wake()
    }
  }

  /// True when the revisions should be read now (the news is then taken:
  /// a hint arriving during the read counts anew); a hint that comes too
  /// soon after the last read is kept, and the signal woken once it may.
  func shouldLook() -> Bool {
    lock.withLock {
      wakePending = false
      guard hinted else { return false }
      guard secondsUntilDue <= 0 else {
        wakeWhenDue()
        return false
      }
      hinted = false
      return true
    }
  }

  /// Records what the revisions say; the version moves when they changed.
  /// Nil (the read failed): the news stays to be looked at.
  func looked(found latest: String?) -> Int {
    lock.withLock {
      lastLook = Date()
      guard let latest else {
        hinted = true
        return version
      }
      if let found, found != latest { version += 1 }
      found = latest
      return version
    }
  }

  private var secondsUntilDue: TimeInterval { Self.interval - Date().timeIntervalSince(lastLook) }

  /// Wakes the signal now, or once `interval` has passed since the last
  /// read; not again while a wake is pending. Called with the lock held.
  private func wakeWhenDue() {
    guard !wakePending else { return }
    wakePending = true
    let wait = secondsUntilDue
    guard wait > 0 else {
      made?.wake()
      return
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + wait) { [weak self] in
      self?.lock.withLock { self?.made?.wake() }
    }
  }

  deinit {
    listener?.cancel()
  }
}

#endif

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
