import Foundation
import GranskaStore
import GranskaTestSupport
import GranskaText
import Testing

/// TLS as `psql` does it, against the tests' own server with a certificate
/// for `localhost` signed by a test CA made with openssl.
@Suite struct PostgresTLSTests {
  func url(
    _ database: TestDatabase, host: String = "localhost", _ parameters: String
  ) throws -> String {
    let server = try #require(database.server)
    return "postgresql://anna@\(host):\(server.port)/\(database.name)?\(parameters)"
  }

  func failure(_ url: String) -> StoreError? {
    do {
      _ = try AuditStore.open(at: url)
      return nil
    } catch {
      return error
    }
  }

  @Test func verifyFullConnectsToTheServerItsCertificateNames() throws {
    let database = try TestDatabase(.postgres)
    let server = try #require(database.server)
    _ = try database.open()
    let store = try AuditStore.open(
      at: try url(database, "sslmode=verify-full&sslrootcert=\(server.certificateAuthority)"))
    #expect(try store.audits().count == 1)
    let encrypted = try server.psql(
      """
      SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid)
      WHERE a.datname = '\(database.name)' AND a.application_name = 'granska' AND s.ssl
      """)
    #expect(encrypted.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    #expect(store.warnings.isEmpty)
  }

  @Test func aWrongHostAWrongAuthorityAndNoTLSEachHaveTheirOwnWords() throws {
    let database = try TestDatabase(.postgres)
    let server = try #require(database.server)
    _ = try database.open()
    let ca = server.certificateAuthority
    let byAddress = failure(
      try url(database, host: "127.0.0.1", "sslmode=verify-full&sslrootcert=\(ca)"))
    #expect(
      byAddress
        == .server(.wrongHostCertificate(server: "127.0.0.1:\(server.port)", host: "127.0.0.1")))
    #expect(
      byAddress?.message(in: .sv).hasPrefix(
        "PostgreSQL-serverns certifikat på 127.0.0.1:\(server.port) gäller inte värden 127.0.0.1")
        == true)
    // verify-ca does not check the name.
    _ = try AuditStore.open(
      at: try url(database, host: "127.0.0.1", "sslmode=verify-ca&sslrootcert=\(ca)"))

    let other = server.otherAuthority
    let untrusted = failure(try url(database, "sslmode=verify-full&sslrootcert=\(other)"))
    #expect(
      untrusted
        == .server(
          .untrustedCertificate(server: "localhost:\(server.port)", rootCertificate: other)))
    #expect(
      untrusted?.message(in: .sv).contains("är inte utfärdat av en betrodd certifikatutfärdare")
        == true)

    let missing = database.directory.file("no-such-root.crt")
    #expect(
      failure(try url(database, "sslmode=verify-ca&sslrootcert=\(missing)"))
        == .server(.noRootCertificate(path: missing, mode: "verify-ca")))
    #expect(
      failure(try url(database, "sslmode=sometimes"))
        == .server(.badTLSMode("sometimes")))
  }

  @Test func requireRefusesAServerWithoutTLS() throws {
    let plain: PostgresTestServer
    do {
      plain = try PostgresTestServer.start(tls: false)
    } catch {
      try Test.cancel("skipped: \(error)")
    }
    defer { plain.stop() }
    let name = try plain.createDatabase()
    let noTLS = failure("postgresql://anna@127.0.0.1:\(plain.port)/\(name)?sslmode=require")
    #expect(noTLS == .server(.noTLS(server: "127.0.0.1:\(plain.port)", mode: "require")))
    #expect(
      noTLS?.message(in: .sv).hasPrefix(
        "PostgreSQL-servern på 127.0.0.1:\(plain.port) erbjuder ingen kryptering (TLS)") == true)
    // prefer, the default, goes on without.
    _ = try AuditStore.open(
      at: "postgresql://granska_admin@127.0.0.1:\(plain.port)/\(name)", seed: builtIn)
  }

  @Test func settingsComeFromTheURLTheEnvironmentAndLibpqsPlaces() throws {
    let home = TemporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: home.file(".postgresql"), withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: home.file(".postgresql/root.crt"), contents: Data())
    let fromEnvironment = try #require(
      try PostgresAddress.parse(
        "postgresql://anna@db.example.org/audit",
        environment: ["PGSSLMODE": "verify-full", "HOME": home.path]))
    #expect(fromEnvironment.tls.mode == .verifyFull)
    #expect(fromEnvironment.tls.rootCertificate == home.file(".postgresql/root.crt"))
    let fromURL = try #require(
      try PostgresAddress.parse(
        "postgresql://anna@db.example.org/audit?sslmode=disable&sslrootcert=/etc/ca.crt",
        environment: ["PGSSLMODE": "verify-full", "HOME": home.path]))
    #expect(fromURL.tls.mode == .disable && fromURL.tls.rootCertificate == "/etc/ca.crt")
    #expect(
      try PostgresAddress.parse("postgresql://anna@h/a", environment: [:])?.tls.mode == .prefer,
      "prefer when nothing says, as libpq")
  }
}
