import Foundation
import GranskaTestSupport
import Testing

/// The real binary against the tests' own PostgreSQL server: dashboards
/// woken by NOTIFY, copies both ways, the Unix account as the role over the
/// socket, and a server that goes away and comes back.
@Suite struct PostgresEndToEndTests {
  let granska = GranskaRun()
  let server: PostgresTestServer
  let name: String

  init() throws {
    switch PostgresTestServer.shared {
    case .success(let shared): server = shared
    case .failure(let why): try Test.cancel("skipped: \(why)")
    }
    name = try server.createDatabase()
    // The first run, by the database's owner, creates it with the built-in audit.
    try expectSuccess(granska("--db", server.url(name, as: "granska_admin"), "summary"))
    try server.psql("GRANT granska_editor TO anna, bertil, root", database: name)
  }

  func row(_ screen: String, _ id: String) -> String {
    screen.split(separator: "\n").first { $0.dropFirst().hasPrefix(id + " ") }.map(String.init)
      ?? ""
  }

  @Test func anotherProcessesChangeShowsWithoutPolling() async throws {
    let dashboard = try Tmux.granska(database: server.url(name, as: "anna"))
    try await dashboard.waitFor("Översikt")
    try dashboard.sendKeys("3")
    // The detail pane catches up on a quiet moment: the screen is whole
    // once it shows.
    try await dashboard.waitFor("Finns tillhörande handlingsplaner")
    try await Task.sleep(for: .milliseconds(300))
    let quiet = dashboard.recordedOutput().utf8.count
    try await Task.sleep(for: .milliseconds(2500))
    #expect(dashboard.recordedOutput().utf8.count == quiet, "nothing happens: nothing is sent")

    // On PostgreSQL a dashboard hears of others' commits only through
    // NOTIFY (it never looks at the tables to find out): that the change
    // shows is the proof. How fast (within 2 s) is bench/postgres.py's.
    try expectSuccess(
      granska(
        "--db", server.url(name, as: "bertil"), "set", "recommendation", "R1", "--status",
        "in-progress"))
    _ = try await dashboard.waitUntil("R1 shows Pågår") { row($0, "R1").contains("Pågår") }
    // An edit in psql wakes it too, and leaves history naming the role.
    try server.psql(
      "UPDATE recommendation SET status = 'done' WHERE id = 'R2'", database: name, as: "bertil")
    _ = try await dashboard.waitUntil("R2 shows Klar") {
      row($0, "R2").contains("Klar")
    }
    let log = try granska("--db", server.url(name, as: "anna"), "log").output
    #expect(log.contains("  bertil  Rekommendation R2: Status Ej påbörjad → Klar"), "\(log)")
    #expect(log.contains("  bertil  Rekommendation R1: Status Ej påbörjad → Pågår"))
    try dashboard.sendKeys("q")
    #expect(try await dashboard.waitForExit() == 0)
  }

  @Test func peerAuthenticationNamesTheUnixAccount() throws {
    let socket = server.socketURL(name, as: "root")
    try expectSuccess(granska("--db", socket, "set", "recommendation", "R3", "--owner", "IT"))
    let entries = try granska("--db", socket, "log", "--format", "json").output
    #expect(entries.contains("\"account\" : \"root\"") || entries.contains("\"account\":\"root\""))
    let access = try granska("--db", socket, "--lang", "en", "access").output
    #expect(access.contains("may edit (granska_editor): anna, bertil, root"), "\(access)")
  }

  @Test func copyingThereAndBackIsLossless() throws {
    let source = granska.directory + "/source.sqlite"
    try expectSuccess(granska("--db", source, "set", "recommendation", "R1", "--owner", "Anna"))
    try expectSuccess(
      granska(
        "--db", source, "round", "add", "--title", "Uppföljning 2025", "--date",
        "2025-09-15", "--copy-previous"))
    try expectSuccess(granska("--db", source, "set", "assessment", "Q8", "--level", "delvis"))
    let target = try server.createDatabase()
    let admin = server.url(target, as: "granska_admin")
    try expectSuccess(granska("--db", source, "copy", "--to", admin))
    let back = granska.directory + "/back.sqlite"
    try expectSuccess(granska("--db", back, "copy", "--from", admin))
    let exports = try [source, admin, back].map {
      try granska("--db", $0, "export", "--format", "yaml").output
    }
    #expect(exports[0] == exports[1] && exports[1] == exports[2], "byte for byte")
    let logs = try [source, admin, back].map {
      try granska("--db", $0, "log", "--format", "json").output
    }
    #expect(logs[0] == logs[1] && logs[1] == logs[2], "history with its ids, times and accounts")
    // A target that holds something is refused, unless --replace.
    let again = try granska("--db", source, "copy", "--to", admin)
    #expect(again.status == 1 && again.error.contains("--replace"), "\(again.error)")
    try expectSuccess(granska("--db", source, "copy", "--to", admin, "--replace"))
  }

  @Test func theDashboardStaysUpOfflineAndReconnects() async throws {
    let (own, database) = try ownServer()
    defer { own.stop() }
    let dashboard = try Tmux.granska(database: own.url(database, as: "anna"))
    try await dashboard.waitFor("Översikt")
    try dashboard.sendKeys("3")
    try await dashboard.waitFor("Klart senast")
    try own.halt()
    try await dashboard.waitFor("FRÅNKOPPLAD")
    try dashboard.sendKeys("s")
    try await dashboard.waitFor("FRÅNKOPPLAD")
    // A key clears the message; the title bar still says so.
    try dashboard.sendKeys("j", "k")
    _ = try await dashboard.waitUntil("the title bar says offline and the message is gone") {
      let lines = $0.split(separator: "\n")
      return lines.first?.contains("FRÅNKOPPLAD") == true
        && lines.dropFirst().allSatisfy { !$0.contains("FRÅNKOPPLAD") }
    }
    try own.restart()
    try await dashboard.waitFor("ansluten igen")
    try dashboard.sendKeys("s", "Enter")
    _ = try await dashboard.waitUntil("R1 shows Pågår", timeout: .seconds(10)) {
      row($0, "R1").contains("Pågår")
    }
    try dashboard.sendKeys("q")
    #expect(try await dashboard.waitForExit() == 0)
    let log = try granska("--db", own.url(database, as: "anna"), "log").output
    #expect(log.contains("  anna  Rekommendation R1: Status Ej påbörjad → Pågår"))
  }

  /// A server that stops answering (SIGSTOP: its connections stay open
  /// and silent) holds no screen: a save says it is under way, `q` asks
  /// and quits at once; a command ends within its limit and says why.
  @Test func aStoppedServerNeverHoldsTheScreen() async throws {
    let (own, database) = try ownServer()
    defer { own.stop() }
    let dashboard = try Tmux.granska(database: own.url(database, as: "anna"))
    try await dashboard.waitFor("Översikt")
    try dashboard.sendKeys("3")
    try await dashboard.waitFor("Klart senast")
    own.freeze()
    defer { own.thaw() }
    try dashboard.sendKeys("s", "Enter")
    try await dashboard.waitFor("Sparar", timeout: .seconds(5))
    // Keys still answer: the question comes at once, and so does the end —
    // well before the server's answer limit (13 s), which a session held by
    // the save would wait out. (Generous for a loaded machine: tmux is polled.)
    let asked = ContinuousClock.now
    try dashboard.sendKeys("q")
    try await dashboard.waitFor("Avsluta ändå", timeout: .seconds(3))
    try dashboard.sendKeys("j")
    #expect(try await dashboard.waitForExit(timeout: .seconds(3)) == 0)
    #expect(ContinuousClock.now - asked < .seconds(6))

    let started = ContinuousClock.now
    let summary = try granska("--db", own.url(database, as: "anna"), "summary")
    #expect(summary.status == 1)
    #expect(summary.error.contains("svarar inte"), "\(summary.error)")
    #expect(ContinuousClock.now - started < .seconds(20))
  }

  /// The postmaster killed (SIGKILL) while ten `batch` runs save: each
  /// ends within 15 s with a message, and every line it reported saved
  /// is in the database once the server is back.
  @Test func aKilledServerEndsEveryBatchAndLosesNothingReported() async throws {
    let (own, database) = try ownServer()
    defer { own.stop() }
    let url = own.url(database, as: "anna")
    let batches = try (0..<10).map { writer in
      try BatchProcess(
        lines: (1...400).map { "set recommendation R\($0 % 8 + 1) --note \"pg-\(writer)-\($0)\"" },
        database: url, directory: granska.directory, name: "pg\(writer)")
    }
    // Once some lines are saved, the server dies.
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline,
      (try? own.psql("SELECT count(*) FROM note WHERE text LIKE 'pg-%'", database: database))
        .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0 < 20
    {
      usleep(20_000)
    }
    let killed = ContinuousClock.now
    own.killPostmaster()
    var reported = Set<String>()
    for (writer, batch) in batches.enumerated() {
      batch.process.waitUntilExit()
      #expect(ContinuousClock.now - killed < .seconds(15), "every process ends within 15 s")
      #expect(batch.process.terminationStatus != 0)
      #expect(!batch.errorText.isEmpty, "each says why")
      for line in batch.savedLines() { reported.insert("pg-\(writer)-\(line)") }
    }
    try own.restartAfterKill()
    let saved = Set(
      try own.psql("SELECT text FROM note WHERE text LIKE 'pg-%'", database: database)
        .split(separator: "\n").map(String.init))
    #expect(!reported.isEmpty)
    #expect(
      reported.isSubset(of: saved),
      "reported but missing: \(reported.subtracting(saved).sorted().prefix(5))")
  }

  @Test func aServerThatIsDownIsNamedWithHostAndPort() throws {
    let result = try granska("--db", "postgresql://anna@127.0.0.1:1/granska", "summary")
    #expect(result.status == 1)
    #expect(
      result.error
        == "granska: PostgreSQL-servern på 127.0.0.1:1 svarar inte (ingen tar emot anslutningar där); "
        + "är den igång, och är värd och port rätt?\n", "\(result.error)")
  }

  /// A server of the test's own, to stop, kill or freeze (`stop` it at the
  /// end), and a database its owner made, in which anna is an editor.
  private func ownServer() throws -> (PostgresTestServer, String) {
    let own: PostgresTestServer
    do {
      own = try PostgresTestServer.start()
    } catch {
      try Test.cancel("skipped: \(error)")
    }
    let database = try own.createDatabase()
    try expectSuccess(granska("--db", own.url(database, as: "granska_admin"), "summary"))
    try own.psql("GRANT granska_editor TO anna", database: database)
    return (own, database)
  }

  private func expectSuccess(_ result: GranskaRun.Result) {
    #expect(result.status == 0, "\(result.error)")
  }
}
