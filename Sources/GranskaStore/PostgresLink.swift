#if PostgreSQL
import Foundation
import GranskaText
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

#if canImport(Glibc)
import Glibc
#endif

/// Opens a connection to a PostgreSQL server as libpq would: TLS as
/// `sslmode` says (the server's certificate checked against `sslrootcert`,
/// and its name against the host for `verify-full`; a client certificate
/// when there is one), TCP keepalive so that a vanished peer is noticed,
/// and Granska's limits sent as the session's settings, so that no
/// statement or wait for a lock runs unbounded on the server either.
struct PostgresLink {
  let address: PostgresAddress
  let limits: PostgresLimits
  private static let logger = Logger(label: "granska.postgres") { _ in SwiftLogNoOpLogHandler() }

  /// A new connection; `waiting` runs the async work with a deadline.
  func open(
    waiting: (@escaping @Sendable () async throws -> PostgresConnection) throws
      -> PostgresConnection
  ) throws -> PostgresConnection {
    let mode = address.tls.mode
    // allow: without TLS first, with it when the server insists.
    let first: PostgresConnection.Configuration.TLS =
      mode == .allow ? .disable : try tls(for: mode)
    do {
      return try waiting(connect(first))
    } catch let error as PSQLError where mode == .allow && Self.wantsEncryption(error) {
      return try waiting(connect(try tls(for: .prefer)))
    }
  }

  private func connect(_ tls: PostgresConnection.Configuration.TLS)
    -> @Sendable () async throws
    -> PostgresConnection
  {
    let address = address
    let parameters = [
      ("application_name", "granska"),
      ("lock_timeout", "\(Int(limits.turn * 1000))"),
      ("statement_timeout", "\(Int(limits.statement * 1000))"),
      // A session of ours stuck inside a transaction never holds the turn long.
      ("idle_in_transaction_session_timeout", "\(Int(limits.answer * 1000))"),
    ]
    return {
      let eventLoop = MultiThreadedEventLoopGroup.singleton.any()
      let channel = try await Self.channel(to: address, on: eventLoop)
      var configuration = PostgresConnection.Configuration(
        establishedChannel: channel, tls: tls, username: address.role,
        password: address.password, database: address.database)
      configuration.options.connectTimeout = .seconds(Int64(address.connectTimeout))
      configuration.options.additionalStartupParameters = parameters
      if let host = address.host, !Self.isAddress(host) {
        configuration.options.tlsServerName = host
      }
      let connection = try await PostgresConnection.connect(
        on: eventLoop, configuration: configuration, id: 1, logger: Self.logger)
      if Task.isCancelled {
        // Too late: whoever waited has given up on it.
        try? await connection.close()
        throw CancellationError()
      }
      return connection
    }
  }

  /// A connected channel: TCP with keepalive (a peer gone without a word
  /// is noticed in about half a minute), or the server's Unix socket.
  private static func channel(to address: PostgresAddress, on eventLoop: any EventLoop)
    async throws -> any Channel
  {
    let timeout = TimeAmount.seconds(Int64(address.connectTimeout))
    guard let host = address.host else {
      return try await ClientBootstrap(group: eventLoop).connectTimeout(timeout)
        .connect(unixDomainSocketPath: address.socketPath ?? "").get()
    }
    let tcp = SocketOptionLevel(IPPROTO_TCP)
    return try await ClientBootstrap(group: eventLoop).connectTimeout(timeout)
      .channelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
      .channelOption(ChannelOptions.socketOption(.so_keepalive), value: 1)
      .channelOption(ChannelOptions.socket(tcp, SocketOptionName(TCP_KEEPIDLE)), value: 10)
      .channelOption(ChannelOptions.socket(tcp, SocketOptionName(TCP_KEEPINTVL)), value: 5)
      .channelOption(ChannelOptions.socket(tcp, SocketOptionName(TCP_KEEPCNT)), value: 4)
      .connect(host: host, port: address.port).get()
  }

  /// The TLS a mode asks for. Like libpq, `prefer` and `require` check the
  /// server's chain when a root certificate is there; `verify-ca` and
  /// `verify-full` need one.
  private func tls(for mode: PostgresTLS.Mode) throws -> PostgresConnection.Configuration.TLS {
    if mode == .disable || address.host == nil { return .disable }
    let settings = address.tls
    var configuration = TLSConfiguration.makeClientConfiguration()
    let root: String?
    switch mode {
    case .verifyCA, .verifyFull:
      let path = settings.rootCertificate ?? "~/.postgresql/root.crt"
      guard let present = settings.presentRootCertificate else {
        throw StoreError.server(.noRootCertificate(path: path, mode: mode.rawValue))
      }
      root = present
    default:
      root = settings.presentRootCertificate
    }
    if let root {
      configuration.trustRoots = .file(root)
      configuration.certificateVerification =
        mode == .verifyFull ? .fullVerification : .noHostnameVerification
    } else {
      configuration.certificateVerification = .none
    }
    if let certificate = settings.certificate {
      let key = settings.key ?? certificate
      do {
        configuration.certificateChain = [
          .certificate(try NIOSSLCertificate(file: certificate, format: .pem))
        ]
      } catch {
        throw StoreError.server(.certificateFile(path: certificate, detail: "\(error)"))
      }
      try Self.checkKeyIsPrivate(key)
      do {
        configuration.privateKey = .privateKey(try NIOSSLPrivateKey(file: key, format: .pem))
      } catch {
        throw StoreError.server(.certificateFile(path: key, detail: "\(error)"))
      }
    }
    let context: NIOSSLContext
    do {
      context = try NIOSSLContext(configuration: configuration)
    } catch {
      throw StoreError.server(.certificateFile(path: root ?? "", detail: "\(error)"))
    }
    return mode == .allow || mode == .prefer ? .prefer(context) : .require(context)
  }

  /// libpq refuses a key file others may read.
  private static func checkKeyIsPrivate(_ path: String) throws {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw StoreError.server(
        .certificateFile(path: path, detail: SystemError.current.message(in: .en)))
    }
    if info.st_mode & 0o077 != 0 && info.st_uid == geteuid() {
      throw StoreError.server(
        .certificateFile(path: path, detail: "others may read the key (chmod 600 \(path))"))
    }
  }

  /// The server refused a connection without TLS (`hostssl` in pg_hba.conf).
  private static func wantsEncryption(_ error: PSQLError) -> Bool {
    error.serverInfo?[.sqlState] == "28000"
      && (error.serverInfo?[.message] ?? "").contains("no encryption")
  }

  private static func isAddress(_ host: String) -> Bool {
    var v4 = in_addr()
    var v6 = in6_addr()
    return inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1
  }

  /// What a failed TLS handshake means to a person: an untrusted
  /// certificate, or one for another host.
  static func tlsProblem(_ error: any Error, address: PostgresAddress) -> ServerProblem? {
    var underlying: (any Error)? = error
    if let error = error as? PSQLError { underlying = error.underlying ?? error }
    let text = String(describing: underlying ?? error)
    if underlying is NIOSSLExtraError,
      text.contains("failedToValidateHostname")
        || text.contains("hostname") && text.contains("valid")
    {
      return .wrongHostCertificate(server: address.server, host: address.host ?? "")
    }
    if let ssl = underlying as? NIOSSLError {
      if case .handshakeFailed = ssl, text.contains("CERTIFICATE_VERIFY_FAILED") {
        return .untrustedCertificate(
          server: address.server,
          rootCertificate: address.tls.rootCertificateNamed ? address.tls.rootCertificate : nil)
      }
    }
    return nil
  }
}

/// Whether anything still listens where the server should be: a connect
/// refused (or a socket file gone) means the server is dead. A stopped
/// server still accepts connections (its kernel does), so this never
/// takes a silent server for a dead one.
enum ServerProbe {
  static func refuses(_ address: PostgresAddress) -> Bool {
    if let host = address.host {
      var hints = addrinfo()
      hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
      var found: UnsafeMutablePointer<addrinfo>?
      guard getaddrinfo(host, String(address.port), &hints, &found) == 0, let first = found else {
        return false
      }
      defer { freeaddrinfo(found) }
      return refused(
        family: first.pointee.ai_family, first.pointee.ai_addr, first.pointee.ai_addrlen)
    }
    guard let path = address.socketPath else { return false }
    var unix = sockaddr_un()
    unix.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8.prefix(MemoryLayout.size(ofValue: unix.sun_path) - 1))
    withUnsafeMutableBytes(of: &unix.sun_path) { buffer in
      for (index, byte) in bytes.enumerated() { buffer[index] = byte }
    }
    return withUnsafePointer(to: &unix) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        refused(family: AF_UNIX, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
  }

  /// Connects without blocking for more than a second: true only when the
  /// answer is a refusal (or no socket at the path).
  private static func refused(
    family: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t
  ) -> Bool {
    let socket = Glibc.socket(
      family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
    guard socket >= 0 else { return false }
    defer { close(socket) }
    if connect(socket, address, length) == 0 { return false }
    if errno == ECONNREFUSED || errno == ENOENT { return true }
    guard errno == EINPROGRESS else { return false }
    var watched = pollfd(fd: socket, events: Int16(POLLOUT), revents: 0)
    guard poll(&watched, 1, 1000) == 1 else { return false }
    var problem: Int32 = 0
    var size = socklen_t(MemoryLayout<Int32>.size)
    getsockopt(socket, SOL_SOCKET, SO_ERROR, &problem, &size)
    return problem == ECONNREFUSED
  }
}
#endif
