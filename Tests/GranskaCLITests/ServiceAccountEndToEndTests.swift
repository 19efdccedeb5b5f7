import Foundation
import GranskaTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Service-account mode against real OpenSSH, set up as the docs say: a
/// service account made by `granska setup-service` (removed after the
/// test), its own sshd; anna is added as an editor and bertil as a viewer
/// by their keys, with `granska keys` run as the service account.
final class ServiceAccount {
  let accounts = TestAccounts()
  let home = NSTemporaryDirectory() + "granska-service-" + UUID().uuidString
  let account: String
  var database: String { home + "/granska.sqlite" }
  let server: SSHServer
  let anna: String
  let bertil: String

  init() throws {
    account = accounts.adopt("svc")
    let setup = try Program.run(
      [GranskaRun.binary.path, "setup-service", "--user", account, "--home", home],
      environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"])
    guard setup.status == 0 else { throw Spawn.Failure(description: setup.error) }
    server = try SSHServer(account: account)
    let annaKey = try server.keyPair("anna")
    let bertilKey = try server.keyPair("bertil")
    (anna, bertil) = (annaKey.path, bertilKey.path)
    try granska(
      ["keys", "add", "anna", "-", "--editor", "--full-name", "Anna Andersson"],
      input: annaKey.publicKey)
    try granska(["keys", "add", "bertil", "-"], input: bertilKey.publicKey)
  }

  deinit { try? FileManager.default.removeItem(atPath: home) }

  /// Runs granska on the database as the service account.
  @discardableResult
  func granska(_ arguments: [String], input: String? = nil) throws -> GranskaRun.Result {
    let result = try accounts.run(
      as: account, [GranskaRun.binary.path, "--db", database] + arguments,
      input: input.map { Data($0.utf8) }, directory: home)
    guard result.status == 0 else {
      throw Spawn.Failure(description: "granska \(arguments): \(result.error)")
    }
    return result
  }

  func ssh(_ key: String, _ command: String..., input: String? = nil) throws -> GranskaRun.Result {
    try server.ssh(key, command, input: input.map { Data($0.utf8) })
  }

  /// Everything the database holds and has recorded, to see that nothing changed.
  func contents() throws -> String {
    try granska(["export"]).output + granska(["log"]).output + granska(["keys", "list"]).output
  }
}

@Suite(.enabled(if: TestAccounts.canCreate && SSHServer.isAvailable, "needs root and sshd"))
struct ServiceAccountEndToEndTests {
  @Test func keysBecomeAuthorizedKeysLinesThatRunOnlyGranska() throws {
    let service = try ServiceAccount()
    // What setup-service made: everything the account's own, and private.
    for (path, mode) in [
      (service.home, 0o700), (service.home + "/.ssh", 0o700),
      (service.home + "/.ssh/authorized_keys", 0o600), (service.database, 0o600),
    ] {
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      #expect(attributes[.posixPermissions] as? Int == mode, "\(path)")
      #expect(attributes[.ownerAccountName] as? String == service.account, "\(path)")
    }
    let lines = try String(
      contentsOfFile: service.home + "/.ssh/authorized_keys", encoding: .utf8
    ).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(
      lines[0].hasPrefix(
        "command=\"\(GranskaRun.binary.resolvingSymlinksInPath().path) --db \(service.database) "
          + "--as anna\",restrict,pty ssh-ed25519 "))
    let list = try service.granska(["keys", "list"]).output
    #expect(list.contains("anna (Anna Andersson)  redigerare  ssh-ed25519 SHA256:"))
    #expect(list.contains("bertil                 läsare      ssh-ed25519 SHA256:"))
  }

  @Test func viewersReadEditorsWriteAndReportsComeHome() throws {
    let service = try ServiceAccount()
    let summary = try service.ssh(service.bertil, "summary")
    #expect(summary.status == 0, "\(summary.error)\n\(service.server.log)")
    #expect(summary.output.hasPrefix("Granskning av informations- och IT-säkerhetsarbetet"))
    let report = try service.ssh(service.bertil, "report", "--format", "html")
    #expect(report.output.hasPrefix("<!DOCTYPE html>"))
    #expect(report.output.contains("Uppföljning av revisionens rekommendationer, upprättad"))
    let csv = try service.ssh(
      service.bertil, "export", "--format", "csv", "--table", "recommendations")
    #expect(csv.status == 0)
    #expect(csv.output.split(whereSeparator: \.isNewline).count == 9)

    let before = try service.contents()
    let refused = try service.ssh(service.bertil, "set", "recommendation", "R1", "--owner", "B")
    #expect(refused.status != 0)
    #expect(refused.error.contains("”set” är inte tillåtet över ssh (roll: läsare)"))
    #expect(try service.contents() == before)

    let saved = try service.ssh(
      service.anna, "set", "recommendation", "R1", "--owner", "'Anna Andersson'", "--note",
      "'Beslut i KS'")
    #expect(saved.status == 0, "\(saved.error)")
    let log = try service.ssh(service.bertil, "log", "--limit", "2").output
    #expect(log.contains("  anna  Rekommendation R1: Ansvarig – → Anna Andersson"))
    #expect(log.contains("  anna  Rekommendation R1: Ny anteckning: Beslut i KS"))
    #expect(try service.granska(["export"]).output.contains("author: Anna Andersson"))

    let yaml = try service.granska(["export"]).output
    let imported = try service.ssh(service.anna, "import", "-", input: yaml)
    #expect(imported.status == 0, "\(imported.error)")
    #expect(
      imported.output.contains(
        "”Granskning av informations- och IT-säkerhetsarbetet” är oförändrad"))
  }

  @Test func nothingElseGetsThroughAndNothingChanges() throws {
    let service = try ServiceAccount()
    let before = try service.contents()
    for command: [String] in [
      ["bash", "-c", "id"], ["sh"], ["keys", "list"], ["access", "allow", "--account", "x"],
      ["--db", "/tmp/other.sqlite", "summary"], ["summary", "--as", "anna"],
      ["export", "-o", service.home + "/export.yaml"], ["scp", "-f", "/etc/passwd"],
      ["import", service.database], ["migrate"], ["backup", service.home + "/copy.sqlite"],
    ] {
      let result = try service.server.ssh(service.anna, command)
      #expect(result.status != 0, "\(command) was let through: \(result.output)")
      #expect(result.output.isEmpty, "\(command)")
      #expect(result.error.contains("över ssh"), "\(command): \(result.error)")
    }
    // `restrict`: no forwarding of any kind (here to sshd's own port).
    let forwarded = try service.server.ssh(
      service.anna, options: ["-W", "127.0.0.1:\(service.server.port)"])
    #expect(forwarded.status != 0)
    #expect(!forwarded.output.contains("SSH-2.0"))
    #expect(!FileManager.default.fileExists(atPath: service.home + "/export.yaml"))
    #expect(!FileManager.default.fileExists(atPath: service.home + "/copy.sqlite"))
    #expect(try service.contents() == before)
  }

  @Test func helpAndUsageErrorsOverSSHSpeakTheLinesLanguage() throws {
    let service = try ServiceAccount()
    let missing = try service.ssh(service.anna, "set", "recommendation")
    #expect(missing.status == 64 && missing.output.isEmpty)
    #expect(
      missing.error.hasPrefix(
        "granska: argumentet ”<id>” saknas\nHjälp: <id>  Rekommendationens id, t.ex. R1.\n"
          + "Användning: granska set recommendation [<flaggor>] <id>\n"),
      "\(missing.error)")
    let english = try service.ssh(service.anna, "set", "recommendation", "--lang", "en")
    #expect(english.status == 64)
    #expect(english.error.hasPrefix("granska: Missing expected argument '<id>'\n"))
    let invalid = try service.ssh(service.bertil, "log", "--format", "xml")
    #expect(invalid.status == 64)
    #expect(invalid.error.hasPrefix("granska: ogiltigt värde ”xml” för ”--format <format>”"))

    let help = try service.ssh(service.bertil, "help", "log")
    #expect(help.status == 0 && help.output.contains("ANVÄNDNING: granska log"), "\(help.error)")
    #expect(!help.output.contains("USAGE") && !help.output.contains("Show help"))
    let englishHelp = try service.ssh(service.anna, "--lang", "en", "help", "set")
    #expect(englishHelp.status == 0, "\(englishHelp.error)")
    #expect(englishHelp.output.hasPrefix("OVERVIEW: Change a recommendation or an assessment"))

    let unknown = try service.ssh(service.bertil, "frobnicate", "--lang", "en")
    #expect(unknown.status == 1)
    #expect(
      unknown.error.hasPrefix("granska: \"frobnicate\" is not allowed over ssh (role: viewer)"))
  }

  @Test func aViewersDashboardOverSSHCannotChangeAnything() async throws {
    let service = try ServiceAccount()
    let before = try service.contents()
    let tmux = try Tmux()
    try tmux.start(
      service.server.client(service.bertil, ["-tt"]),
      environment: ["PATH": "/usr/bin:/bin", "HOME": tmux.directory, "TERM": "xterm-256color"])
    try await tmux.waitFor("SKRIVSKYDDAD")
    try tmux.sendKeys("3")
    try await tmux.waitFor("Klart senast")
    try tmux.sendKeys("s")
    try await tmux.waitFor("bertil är läsare")
    try tmux.sendKeys("Enter")
    // The report form's files would land on the server: it says how to fetch it.
    try tmux.sendKeys("r")
    try await tmux.waitFor("Skriv uppföljningsrapporten")
    try tmux.sendKeys("Enter")
    try await tmux.waitFor("Hämta rapporten till din dator")
    try tmux.sendKeys("Escape")
    // Esc and q in one read would be Alt-q: wait for the form to close.
    try await tmux.waitUntil("the form closes") { !$0.contains("Skriv uppföljningsrapporten") }
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0)
    #expect(try service.contents() == before)
  }
}
