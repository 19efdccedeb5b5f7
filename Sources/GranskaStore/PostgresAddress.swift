import Foundation
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

/// Where a PostgreSQL database is and as whom to connect, read from
/// `postgresql://role[:password]@host[:port]/database[?host=/socket/dir]`
/// (or `postgres://…`) the way libpq reads it: a missing role is the Unix
/// account, a missing database the role's name, no host the Unix socket in
/// /var/run/postgresql, and a missing password comes from `PGPASSWORD` or
/// `~/.pgpass` (`PGPASSFILE`), which is ignored when others may read it.
public struct PostgresAddress: Equatable, Sendable {
  public var role: String
  public var password: String?
  /// A host name or address for TCP; nil for a Unix socket.
  public var host: String?
  public var port: Int
  /// The directory holding the server's socket, when connecting by socket.
  public var socketDirectory: String?
  public var database: String
  /// Whether and how the connection is encrypted, as libpq's `sslmode`.
  public var tls = PostgresTLS()
  /// How long connecting may take (libpq's `connect_timeout`), in seconds.
  public var connectTimeout = 5

  public static let defaultSocketDirectory = "/var/run/postgresql"

  /// True for text that means PostgreSQL rather than a file.
  public static func isURL(_ text: String) -> Bool {
    text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
  }

  /// The address in `text`, or nil when it is no PostgreSQL URL (a file path).
  public static func parse(
    _ text: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(StoreError) -> PostgresAddress? {
    guard isURL(text) else { return nil }
    let shown = Self.withoutPassword(text)
    func bad(_ reason: String) -> StoreError { .server(.badURL(url: shown, reason: reason)) }
    guard let url = URLComponents(string: text) else { throw bad("URL") }
    var address = PostgresAddress(
      role: url.user.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 }
        ?? currentAccount(),
      password: url.password?.removingPercentEncoding, host: nil, port: 5432,
      socketDirectory: nil, database: "")
    if let port = url.port {
      guard (1...65535).contains(port) else { throw bad("port \(port)") }
      address.port = port
    }
    let name = String(url.percentEncodedPath.drop { $0 == "/" })
    guard !name.contains("/") else { throw bad("database \(name)") }
    address.database =
      name.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 } ?? address.role
    let queryHost = url.queryItems?.first { $0.name == "host" }?.value
    let known = ["host", "port", "user", "dbname", "connect_timeout"] + PostgresTLS.parameters
    for item in url.queryItems ?? [] where !known.contains(item.name) {
      throw bad("?\(item.name)")
    }
    func parameter(_ name: String) -> String? {
      url.queryItems?.first { $0.name == name }?.value.flatMap { $0.isEmpty ? nil : $0 }
    }
    address.tls = try PostgresTLS(parameter: parameter, environment: environment)
    if let timeout = parameter("connect_timeout") {
      guard let seconds = Int(timeout), seconds >= 0 else {
        throw bad("connect_timeout \(timeout)")
      }
      // libpq: 0 waits forever, and less than 2 s means 2 s.
      address.connectTimeout = seconds == 0 ? 3600 : max(2, seconds)
    }
    if let user = url.queryItems?.first(where: { $0.name == "user" })?.value { address.role = user }
    if let port = url.queryItems?.first(where: { $0.name == "port" })?.value {
      guard let number = Int(port), (1...65535).contains(number) else { throw bad("port \(port)") }
      address.port = number
    }
    let host = queryHost ?? url.host.flatMap { $0.isEmpty ? nil : $0 }
    if let host, host.hasPrefix("/") {
      address.socketDirectory = host
    } else if let host {
      address.host = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
    } else {
      address.socketDirectory = defaultSocketDirectory
    }
    if address.password == nil {
      address.password =
        environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        ?? PasswordFile.lookup(address, environment: environment)
    }
    return address
  }

  /// The socket's path, for a socket connection.
  public var socketPath: String? { socketDirectory.map { "\($0)/.s.PGSQL.\(port)" } }

  /// "db.example.org:5432", or the socket's path: where the server should be.
  public var server: String {
    if let host { return host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
    return socketPath ?? ""
  }

  /// The URL without its password, as messages and the History name it.
  public var display: String {
    let role = Self.encode(role)
    let database = Self.encode(database)
    if let host {
      let shownHost = host.contains(":") ? "[\(host)]" : host
      return "postgresql://\(role)@\(shownHost):\(port)/\(database)"
    }
    let directory = socketDirectory ?? Self.defaultSocketDirectory
    let portPart = port == 5432 ? "" : "&port=\(port)"
    return "postgresql://\(role)@/\(database)?host=\(directory)\(portPart)"
  }

  private static func encode(_ text: String) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "@:/?#%")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
  }

  /// `text` with any password in it replaced, for messages.
  static func withoutPassword(_ text: String) -> String {
    guard let scheme = text.range(of: "://"),
      let at = text[scheme.upperBound...].firstIndex(of: "@"),
      let colon = text[scheme.upperBound..<at].firstIndex(of: ":")
    else { return text }
    return String(text[..<colon]) + ":…" + String(text[at...])
  }
}

/// `~/.pgpass`, read as libpq reads it: `host:port:database:role:password`
/// per line, `*` matching anything, `\:` and `\\` escaped; a socket
/// connection matches `localhost` too.
enum PasswordFile {
  static func lookup(_ address: PostgresAddress, environment: [String: String]) -> String? {
    let path =
      environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (homeDirectory(environment) + "/.pgpass")
    var info = stat()
    // libpq ignores a password file that others may read.
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o077 == 0,
      let text = try? String(contentsOfFile: path, encoding: .utf8)
    else { return nil }
    let hosts: [String] =
      address.host.map { [$0] } ?? [address.socketDirectory ?? "", "localhost"]
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let fields = split(String(line))
      guard fields.count == 5 else { continue }
      func matches(_ field: String, _ values: [String]) -> Bool {
        field == "*" || values.contains(field)
      }
      if matches(fields[0], hosts), matches(fields[1], [String(address.port)]),
        matches(fields[2], [address.database]), matches(fields[3], [address.role])
      {
        return fields[4]
      }
    }
    return nil
  }

  /// The line's fields, split at unescaped colons (the password keeps the rest).
  static func split(_ line: String) -> [String] {
    var fields: [String] = [""]
    var escaped = false
    for character in line {
      if escaped {
        fields[fields.count - 1].append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ":" && fields.count < 5 {
        fields.append("")
      } else {
        fields[fields.count - 1].append(character)
      }
    }
    return fields
  }

  private static func homeDirectory(_ environment: [String: String]) -> String {
    if let home = environment["HOME"], home.hasPrefix("/") { return home }
    if let entry = getpwuid(geteuid()), let dir = entry.pointee.pw_dir {
      return String(cString: dir)
    }
    return "/"
  }
}

/// TLS as libpq does it: `sslmode` (in the URL or `PGSSLMODE`; `prefer`
/// when neither says), and the files `sslrootcert`, `sslcert` and `sslkey`
/// (or `PGSSLROOTCERT`, `PGSSLCERT`, `PGSSLKEY`, else
/// `~/.postgresql/root.crt`, `postgresql.crt` and `postgresql.key`).
public struct PostgresTLS: Equatable, Sendable {
  public enum Mode: String, Sendable, CaseIterable {
    case disable, allow, prefer, require
    case verifyCA = "verify-ca"
    case verifyFull = "verify-full"
  }

  public var mode: Mode = .prefer
  /// The authorities to trust: the file named, or libpq's default place.
  public var rootCertificate: String?
  /// True when `rootCertificate` was named rather than found by default.
  public var rootCertificateNamed = false
  /// A client certificate and its key, when named or present where libpq looks.
  public var certificate: String?
  public var key: String?

  static let parameters = ["sslmode", "sslrootcert", "sslcert", "sslkey"]

  public init() {}

  init(parameter: (String) -> String?, environment: [String: String]) throws(StoreError) {
    func setting(_ name: String, _ variable: String) -> String? {
      parameter(name) ?? environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }
    if let text = setting("sslmode", "PGSSLMODE") {
      guard let mode = Mode(rawValue: text) else { throw .server(.badTLSMode(text)) }
      self.mode = mode
    }
    let home = Self.homeDirectory(environment) + "/.postgresql/"
    if let named = setting("sslrootcert", "PGSSLROOTCERT") {
      rootCertificate = named
      rootCertificateNamed = true
    } else {
      rootCertificate = home + "root.crt"
    }
    certificate = setting("sslcert", "PGSSLCERT") ?? Self.existing(home + "postgresql.crt")
    key = setting("sslkey", "PGSSLKEY") ?? Self.existing(home + "postgresql.key")
  }

  /// The root certificate file when it exists (libpq verifies the server's
  /// chain whenever it does, `require` included).
  var presentRootCertificate: String? {
    rootCertificate.flatMap(Self.existing)
  }

  private static func existing(_ path: String) -> String? {
    FileManager.default.fileExists(atPath: path) ? path : nil
  }

  private static func homeDirectory(_ environment: [String: String]) -> String {
    if let home = environment["HOME"], home.hasPrefix("/") { return home }
    if let entry = getpwuid(geteuid()), let dir = entry.pointee.pw_dir {
      return String(cString: dir)
    }
    return "/"
  }
}
