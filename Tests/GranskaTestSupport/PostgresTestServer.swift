import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A PostgreSQL server of the tests' own: `initdb` in a temporary
/// directory, listening on a free loopback port and a socket in that
/// directory, run as the `postgres` Unix account (the tests run as root,
/// as CI does), and stopped when the tests end. Without root or without
/// PostgreSQL (Debian's postgresql, which scripts/setup installs) there is
/// none, and `unavailable` says why, for the tests to skip with.
///
/// Roles: `granska_admin` (CREATEROLE) owns each test's database and runs
/// the first open; `anna` and `bertil` log in without a password over TCP
/// and are made editors; `pw_user` needs the password `secret`. Over the
/// socket every Unix account is its own role (peer authentication).
public final class PostgresTestServer: @unchecked Sendable {
  public let port: Int
  public let directory: String
  /// Whether the server speaks TLS, with a certificate for `localhost`
  /// signed by the test CA (`certificateAuthority`).
  public let tls: Bool
  private let binaries: String
  private let lock = NSLock()
  private var running = true

  /// The server the tests share, started at first use; or why there is none.
  public static let shared: Result<PostgresTestServer, Unavailable> = Result {
    () throws(Unavailable) in try PostgresTestServer.start()
  }

  public struct Unavailable: Error, CustomStringConvertible {
    public let description: String
  }

  /// Every server started and not yet stopped: stopped when the tests end,
  /// whatever a test did.
  nonisolated(unsafe) private static var started: [PostgresTestServer] = []
  private static let startedLock = NSLock()

  private static func remember(_ server: PostgresTestServer) {
    startedLock.withLock {
      if started.isEmpty { atexit { PostgresTestServer.stopAll() } }
      started.append(server)
    }
  }

  private static func stopAll() {
    for server in startedLock.withLock({ started }) { server.stop() }
  }

  private init(port: Int, directory: String, binaries: String, tls: Bool) {
    self.port = port
    self.directory = directory
    self.binaries = binaries
    self.tls = tls
  }

  /// The test CA's certificate, which signed the server's (for `localhost`).
  public var certificateAuthority: String { directory + "/tls/ca.crt" }
  /// Another CA's certificate, which signed nothing the server has.
  public var otherAuthority: String { directory + "/tls/other-ca.crt" }

  /// A new server, for a test that stops and starts it, or (`tls: false`)
  /// one that offers no encryption.
  public static func start(tls: Bool = true) throws(Unavailable) -> PostgresTestServer {
    guard geteuid() == 0 else {
      throw Unavailable(description: "PostgreSQL tests need root (to run the server as postgres)")
    }
    guard getpwnam("postgres") != nil, let binaries = binaryDirectory() else {
      throw Unavailable(
        description: "PostgreSQL is not installed (scripts/setup installs Debian's postgresql)")
    }
    let directory = NSTemporaryDirectory() + "granska-pg-" + UUID().uuidString.prefix(8)
    guard let port = try? freeLoopbackPort() else {
      throw Unavailable(description: "no free port on 127.0.0.1")
    }
    let server = PostgresTestServer(
      port: port, directory: directory, binaries: binaries, tls: tls)
    do {
      try server.initialise()
      remember(server)
      if tls { try server.makeCertificates() }
      try server.startServer()
      try server.createRoles()
    } catch {
      server.stop()
      throw Unavailable(description: "the test PostgreSQL server did not start: \(error)")
    }
    return server
  }

  /// A new, empty database owned by `granska_admin`.
  public func createDatabase() throws -> String {
    let name =
      "t_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
    try psql("CREATE DATABASE \(name) OWNER granska_admin")
    return name
  }

  /// A role of its own for one test (roles belong to the whole server).
  public func createRole(_ prefix: String) throws -> String {
    let name = prefix + "_" + UUID().uuidString.prefix(8).lowercased()
    try psql("CREATE ROLE \(name) LOGIN")
    return name
  }

  /// The URL to connect to `database` as `role` over TCP.
  public func url(_ database: String, as role: String, password: String? = nil) -> String {
    let secret = password.map { ":\($0)" } ?? ""
    return "postgresql://\(role)\(secret)@127.0.0.1:\(port)/\(database)"
  }

  /// The URL for peer authentication over the socket: the Unix account is the role.
  public func socketURL(_ database: String, as role: String) -> String {
    "postgresql://\(role)@/\(database)?host=\(directory)&port=\(port)"
  }

  /// Runs SQL as the superuser (or `role`), in `database`; throws with
  /// psql's words. `meanwhile` runs while psql does: what another session
  /// does while a transaction of psql's is open.
  /// `input` is what psql reads on standard input (for `COPY … FROM STDIN`).
  @discardableResult
  public func psql(
    _ sql: String, database: String = "postgres", as role: String = "postgres",
    input: String? = nil, meanwhile: () throws -> Void = {}
  ) throws -> String {
    let inputFile = input.map { text in
      let path = NSTemporaryDirectory() + "granska-pg-in-" + UUID().uuidString
      FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
      return path
    }
    defer { if let inputFile { unlink(inputFile) } }
    return try run(
      [
        "\(binaries)/psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
        "-p", "\(port)", "-U", role, "-d", database, "-c", sql,
      ], input: inputFile, meanwhile: meanwhile)
  }

  /// Stops the server now; the data stays for `restart`.
  public func halt() throws {
    try run(asPostgres(["\(binaries)/pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"]))
  }

  public func restart() throws { try startServer() }

  /// The postmaster's process id, from the data directory.
  public var postmasterPID: pid_t? {
    guard let text = try? String(contentsOfFile: data + "/postmaster.pid", encoding: .utf8),
      let first = text.split(separator: "\n").first
    else { return nil }
    return pid_t(first)
  }

  /// The postmaster and every process it started (the backends).
  private var processes: [pid_t] {
    guard let postmaster = postmasterPID else { return [] }
    let all = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    let children = all.compactMap(pid_t.init).filter { pid in
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { return false }
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      return fields.count > 1 && pid_t(fields[1]) == postmaster
    }
    return [postmaster] + children
  }

  /// Stops every process of the server (SIGSTOP): it answers nothing, and
  /// its connections stay open, as a hung or unreachable server's do.
  public func freeze() {
    for pid in processes { kill(pid, SIGSTOP) }
  }

  public func thaw() {
    for pid in processes { kill(pid, SIGCONT) }
  }

  /// Kills the postmaster alone (SIGKILL), as a crash would; its backends
  /// notice and end. `restart` recovers from what was written.
  public func killPostmaster() {
    let all = processes
    if let pid = postmasterPID { kill(pid, SIGKILL) }
    orphans = Array(all.dropFirst())
  }

  /// The backends left behind by `killPostmaster`: a new server starts
  /// only once they are gone.
  private var orphans: [pid_t] = []

  /// Starts the server again after `killPostmaster`, once its backends
  /// have noticed and ended (up to 30 s).
  public func restartAfterKill() throws {
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline, orphans.contains(where: { kill($0, 0) == 0 }) {
      usleep(50_000)
    }
    try startServer()
  }

  /// Stops the server and removes its directory.
  public func stop() {
    lock.lock()
    defer { lock.unlock() }
    guard running else { return }
    running = false
    _ = try? run(asPostgres(["\(binaries)/pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"]))
    try? FileManager.default.removeItem(atPath: directory)
  }

  // MARK: Starting

  private var data: String { directory + "/data" }

  private func initialise() throws {
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    guard let postgres = getpwnam("postgres") else { return }
    for path in [directory, data] {
      chown(path, postgres.pointee.pw_uid, postgres.pointee.pw_gid)
    }
    chmod(directory, 0o755)
    chmod(data, 0o700)
    try run(
      asPostgres([
        "\(binaries)/initdb", "-D", data, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8",
        "--auth-local=peer", "--auth-host=trust",
      ]))
    let access = """
      local all postgres peer
      local all all peer
      host all pw_user 127.0.0.1/32 scram-sha-256
      host all all 127.0.0.1/32 trust
      """
    try access.write(toFile: data + "/pg_hba.conf", atomically: true, encoding: .utf8)
    chown(data + "/pg_hba.conf", postgres.pointee.pw_uid, postgres.pointee.pw_gid)
  }

  private func startServer() throws {
    let options =
      // fsync off: a test survives the server's death, not the machine's;
      // commits are still written before they are reported, as by default.
      "-p \(port) -k \(directory) -c listen_addresses=127.0.0.1 -c fsync=off "
      + "-c full_page_writes=off -c max_connections=200"
      + (tls
        ? " -c ssl=on -c ssl_cert_file=\(directory)/tls/server.crt"
          + " -c ssl_key_file=\(directory)/tls/server.key" : "")
    try run(
      asPostgres([
        "\(binaries)/pg_ctl", "-D", data, "-l", directory + "/server.log", "-o", options, "-w",
        "start",
      ]))
  }

  /// A test CA, and a certificate for `localhost` it signs, made with
  /// openssl; and a second CA that signs nothing.
  private func makeCertificates() throws {
    let tls = directory + "/tls"
    try FileManager.default.createDirectory(atPath: tls, withIntermediateDirectories: true)
    let openssl = "/usr/bin/openssl"
    let key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    for name in ["ca", "other-ca"] {
      try run(
        [openssl, "req", "-x509"] + key + [
          "-keyout", "\(tls)/\(name).key", "-out", "\(tls)/\(name).crt", "-days", "30",
          "-subj", "/CN=Granska test \(name)", "-addext", "basicConstraints=critical,CA:TRUE",
          "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        ])
    }
    try run(
      [openssl, "req", "-new"] + key + [
        "-keyout", "\(tls)/server.key", "-out", "\(tls)/server.csr", "-subj", "/CN=localhost",
      ])
    try "subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\n".write(
      toFile: "\(tls)/server.ext", atomically: true, encoding: .utf8)
    try run([
      openssl, "x509", "-req", "-in", "\(tls)/server.csr", "-CA", "\(tls)/ca.crt", "-CAkey",
      "\(tls)/ca.key", "-CAcreateserial", "-days", "30", "-extfile", "\(tls)/server.ext",
      "-out", "\(tls)/server.crt",
    ])
    guard let postgres = getpwnam("postgres") else { return }
    chmod(tls, 0o755)
    for file in ["server.crt", "server.key"] {
      chown("\(tls)/\(file)", postgres.pointee.pw_uid, postgres.pointee.pw_gid)
    }
    chmod("\(tls)/server.key", 0o600)
    for file in ["ca.crt", "other-ca.crt"] { chmod("\(tls)/\(file)", 0o644) }
  }

  private func createRoles() throws {
    try psql(
      """
      CREATE ROLE granska_admin LOGIN CREATEROLE;
      CREATE ROLE anna LOGIN;
      CREATE ROLE bertil LOGIN;
      CREATE ROLE pw_user LOGIN PASSWORD 'secret';
      CREATE ROLE root LOGIN;
      """)
  }

  private func asPostgres(_ arguments: [String]) -> [String] {
    ["/usr/sbin/runuser", "-u", "postgres", "--"] + arguments
  }

  /// Debian puts the server's programs in /usr/lib/postgresql/VERSION/bin.
  private static func binaryDirectory() -> String? {
    let root = "/usr/lib/postgresql"
    let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    return versions.compactMap(Int.init).sorted().reversed().map { "\(root)/\($0)/bin" }
      .first { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") }
  }

  /// Runs a program to its end (through `Spawn`: Foundation's Process
  /// waits forever when a daemon such as the server inherits its pipe);
  /// its output, or an error with what it said.
  @discardableResult
  private func run(
    _ arguments: [String], input: String? = nil, meanwhile: () throws -> Void = {}
  ) throws -> String {
    let output = NSTemporaryDirectory() + "granska-pg-out-" + UUID().uuidString
    defer { unlink(output) }
    let child = try Spawn.start(
      arguments, environment: ProcessInfo.processInfo.environment, input: input, output: output,
      errors: output, directory: "/")
    let status: Int32
    do {
      try meanwhile()
    } catch {
      _ = try? Spawn.wait(child, name: arguments[0])
      throw error
    }
    status = try Spawn.wait(child, name: arguments[0])
    let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    guard status == 0 else {
      throw Failure(description: "\(arguments.joined(separator: " ")): \(text)")
    }
    return text
  }

  public struct Failure: Error, CustomStringConvertible {
    public let description: String
  }
}
