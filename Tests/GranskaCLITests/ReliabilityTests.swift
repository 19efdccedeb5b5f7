import Foundation
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Long variants (many more kills and writers) with GRANSKA_LONG_TESTS=1.
let longTests = ProcessInfo.processInfo.environment["GRANSKA_LONG_TESTS"] != nil

/// What a database holds, read from outside Granska.
struct DatabaseCheck {
  let queue: DatabaseQueue

  init(_ path: String) throws {
    var config = Configuration()
    config.readonly = true
    // Writers may be at work (or just killed, leaving recovery to the next).
    config.busyMode = .timeout(5)
    queue = try DatabaseQueue(path: path, configuration: config)
  }

  /// A synchronous read, also from async tests.
  func read<T>(_ body: (Database) throws -> T) throws -> T { try queue.read(body) }

  var integrity: String {
    get throws { try queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") ?? "" } }
  }

  /// Texts of the notes that start with `prefix`.
  func notes(_ prefix: String) throws -> Set<String> {
    try queue.read { db in
      Set(
        try String.fetchAll(
          db, sql: "SELECT text FROM note WHERE text LIKE ?", arguments: [prefix + "%"]))
    }
  }

  /// The note texts the history says were added.
  func notesInHistory(_ prefix: String) throws -> Set<String> {
    try queue.read { db in
      Set(
        try String.fetchAll(
          db, sql: "SELECT newValue FROM history WHERE field = 'note' AND newValue LIKE ?",
          arguments: [prefix + "%"]
        ).compactMap { value in value.range(of: prefix).map { String(value[$0.lowerBound...]) } })
    }
  }
}

/// A `granska batch` of note-adding lines, started so it can be killed.
final class BatchProcess {
  let process = Process()
  let output = Pipe()
  let errors = Pipe()

  init(lines: [String], database: String, directory: String, name: String) throws {
    let file = directory + "/\(name).batch"
    try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: file))
    process.executableURL = GranskaRun.binary
    process.arguments = ["batch", file, "--db", database]
    process.standardOutput = output
    process.standardError = errors
    try process.run()
  }

  /// Lines reported as saved ("rad N: ok"), once the process has ended.
  func savedLines() -> [Int] {
    String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      .split(separator: "\n").compactMap { line in
        line.hasPrefix("rad ") ? Int(line.dropFirst(4).prefix { $0.isNumber }) : nil
      }
  }

  var errorText: String {
    String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  }
}

@Suite(.serialized) struct ReliabilityTests {
  /// Killed at random moments while saving: the file stays intact, every
  /// save reported as done is there, and no change is there without its
  /// history row (or the other way round).
  @Test func sigkillMidSaveLosesNothingReportedAndLeavesNoHalfChange() throws {
    let granska = GranskaRun()
    try granska("summary")
    let kills = longTests ? 300 : 40
    var random = SystemRandomNumberGenerator()
    var reported = Set<String>()
    for round in 0..<kills {
      let lines = (1...40).map {
        "set recommendation R\($0 % 8 + 1) --note \"kill-\(round)-\($0)\""
      }
      let batch = try BatchProcess(
        lines: lines, database: granska.database, directory: granska.directory, name: "k\(round)")
      // Every fourth process is killed only once it has saved something, so
      // that a busy machine (slow to start a process) still kills mid-run.
      if round % 4 == 0 { try waitForANote("kill-\(round)-", in: granska.database) }
      usleep(UInt32.random(in: 5_000...150_000, using: &random))
      kill(batch.process.processIdentifier, SIGKILL)
      batch.process.waitUntilExit()
      for line in batch.savedLines() { reported.insert("kill-\(round)-\(line)") }
    }
    let check = try DatabaseCheck(granska.database)
    #expect(try check.integrity == "ok")
    let notes = try check.notes("kill-")
    #expect(
      reported.isSubset(of: notes),
      "reported as saved but missing: \(reported.subtracting(notes).sorted().prefix(5))")
    #expect(
      try check.notesInHistory("kill-") == notes, "a note without its history row, or the reverse")
    #expect(!reported.isEmpty, "some saves finished before their process was killed")
    // The database still takes edits.
    #expect(try granska("set", "recommendation", "R1", "--owner", "efter").status == 0)
  }

  /// Writers at once, through batches of script commands and a dashboard:
  /// every edit is there with its history, nobody meets "database is locked".
  @Test func manyWritersAtOnceLoseNothing() async throws {
    let granska = GranskaRun()
    try granska("summary")
    let writers = longTests ? 16 : 8
    let edits = longTests ? 500 : 100
    let dashboard = try Tmux.granska(database: granska.database)
    try await dashboard.waitFor("Översikt")
    try dashboard.sendKeys("3", "G")
    var batches: [BatchProcess] = []
    for writer in 0..<writers {
      let lines = (1...edits).map { n in
        n % 10 == 0
          ? "training set --date 2023-11-16 --section Omsorg --started \(n % 50)"
          : "set recommendation R\(n % 7 + 1) --note \"w\(writer)-\(n)\""
      }
      batches.append(
        try BatchProcess(
          lines: lines, database: granska.database, directory: granska.directory, name: "w\(writer)"
        ))
    }
    // Meanwhile someone sets R8's status in the dashboard, again and again:
    // in progress (2), done (3), …, ending at in progress.
    for step in 0..<11 {
      try dashboard.sendKeys("s", step % 2 == 0 ? "2" : "3")
      try await Task.sleep(for: .milliseconds(150))
    }
    for batch in batches {
      batch.process.waitUntilExit()
      #expect(batch.process.terminationStatus == 0, "\(batch.errorText)")
      #expect(!batch.errorText.contains("locked"))
    }
    try dashboard.sendKeys("q")
    _ = try await dashboard.waitForExit()
    let check = try DatabaseCheck(granska.database)
    #expect(try check.integrity == "ok")
    let expected = writers * (edits - edits / 10)
    #expect(try check.notes("w").count == expected)
    #expect(try check.notesInHistory("w").count == expected)
    let (r8, r8History) = try check.read { db in
      (
        try String.fetchOne(db, sql: "SELECT status FROM recommendation WHERE id = 'R8'"),
        try Row.fetchAll(
          db,
          sql: "SELECT oldValue, newValue FROM history WHERE entityId = 'R8' AND field = 'status'"
        ).map { "\($0["oldValue"] as String? ?? "∅") → \($0["newValue"] as String? ?? "∅")" }
      )
    }
    #expect(r8 == "in-progress", "every choice in the dashboard saved")
    // One person's quick changes are one decision in the history.
    #expect(r8History == ["not-started → in-progress"])
    #expect(!dashboard.recordedOutput().contains("upptagen"))
  }

  /// Waits (up to 30 s) until the database holds a note starting with `prefix`.
  func waitForANote(_ prefix: String, in database: String) throws {
    let deadline = Date().addingTimeInterval(30)
    while try DatabaseCheck(database).notes(prefix).isEmpty, Date() < deadline {
      usleep(10_000)
    }
  }

  /// An SSH drop (SIGHUP) in the middle of filling in a form: what was saved
  /// stays, what was only typed is not half-saved, the file is intact.
  @Test func sighupDuringAnEditLosesNothingSaved() async throws {
    let granska = GranskaRun()
    try granska("summary")
    let tmux = try Tmux.granska(database: granska.database)
    try await tmux.waitFor("Översikt")
    try tmux.sendKeys("3", "s", "Enter")
    try await tmux.waitFor("Sparat")
    try tmux.sendKeys("j", "Enter")
    try await tmux.waitFor("Redigera R2")
    try tmux.sendKeys("Tab")
    try tmux.sendText("halvskrivet")
    try await tmux.waitFor("halvskrivet")
    kill(try tmux.programPID(), SIGHUP)
    #expect(try await tmux.waitForExit() == 128 + SIGHUP)
    let check = try DatabaseCheck(granska.database)
    #expect(try check.integrity == "ok")
    let (r1, r2) = try check.read { db in
      (
        try String.fetchOne(db, sql: "SELECT status FROM recommendation WHERE id = 'R1'"),
        try String.fetchOne(db, sql: "SELECT owner FROM recommendation WHERE id = 'R2'")
      )
    }
    #expect(r1 == "in-progress")
    #expect(r2 == nil)
  }
}
