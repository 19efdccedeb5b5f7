import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Sizes, terminal types and locales, each started for real in tmux: the
/// dashboard (or a clear message) and a clean quit, never a crash or garbage.
/// CI varies one dimension at a time; GRANSKA_LONG_TESTS=1 runs every
/// combination.
@Suite struct TerminalMatrixTests {
  static let sizes = [(20, 5), (40, 12), (59, 16), (60, 16), (80, 24), (132, 43), (300, 100)]
  static let terms: [String?] = [
    "xterm-256color", "xterm", "screen", "tmux-256color", "linux", "vt100", "dumb", "no-such-term",
    nil,
  ]
  static let locales: [String?] = ["sv_SE.UTF-8", "C.UTF-8", "C", "POSIX", nil]
  static let unusable: Set<String?> = ["dumb", "no-such-term", nil]

  struct Case: CustomStringConvertible, Sendable {
    var width: Int, height: Int, term: String?, lang: String?
    var description: String { "\(width)×\(height) TERM=\(term ?? "unset") LANG=\(lang ?? "unset")" }
  }

  /// Every combination, run one at a time (hundreds of tmux servers at once
  /// would only measure the machine).
  static var allCombinations: [Case] {
    sizes.flatMap { size in
      terms.flatMap { term in
        locales.map { Case(width: size.0, height: size.1, term: term, lang: $0) }
      }
    }
  }

  /// Each dimension varied on its own.
  static var cases: [Case] {
    sizes.map { Case(width: $0.0, height: $0.1, term: "xterm-256color", lang: "C.UTF-8") }
      + terms.map { Case(width: 80, height: 24, term: $0, lang: "C.UTF-8") }
      + locales.map { Case(width: 80, height: 24, term: "xterm-256color", lang: $0) }
  }

  @Test(arguments: cases)
  func startsAndQuitsCleanly(_ test: Case) async throws {
    try await check(test)
  }

  @Test(.serialized, .enabled(if: longTests), arguments: TerminalMatrixTests.allCombinations)
  func everyCombinationStartsAndQuitsCleanly(_ test: Case) async throws {
    try await check(test)
  }

  func check(_ test: Case) async throws {
    let tmux = try Tmux.granska(
      ["TERM": test.term, "LANG": test.lang, "LC_ALL": nil], width: test.width, height: test.height)
    if Self.unusable.contains(test.term) {
      #expect(try await tmux.waitForExit() == 1, "\(test)")
      #expect(try tmux.transcript().contains("granska: TERM"), "\(test)")
      return
    }
    let tooSmall = test.width < 60 || test.height < 16
    // The title, not the tab bar's "Översikt": a large frame can be seen
    // half drawn, its first rows before the rest.
    let screen = try await tmux.waitFor(tooSmall ? "liten" : "IT-säkerhetsarbetet")
    #expect(!screen.contains("\u{FFFD}") && !screen.contains("Ã"), "garbled: \(test)\n\(screen)")
    if !tooSmall {
      for key in ["2", "j", "Tab", "3", "4", "5", "?"] { try tmux.sendKeys(key) }
      try await tmux.waitFor("Hjälp – Historik")
      // Esc and the next key in one read would be Alt plus that key.
      try tmux.sendKeys("Escape")
      try await tmux.waitUntil("help closes") { !$0.contains("Hjälp –") }
    }
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0, "\(test)")
  }

  @Test func growingFromTooSmallRecovers() async throws {
    let tmux = try Tmux.granska(width: 40, height: 10)
    try await tmux.waitFor("liten")
    try tmux.resize(width: 80, height: 24)
    try await tmux.waitFor("Översikt")
    try tmux.resize(width: 20, height: 5)
    try await tmux.waitFor("liten")
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0)
  }
}

/// An account that may not edit changes nothing, by any path; files stay
/// private to their group.
@Suite struct PermissionTests {
  static var isRoot: Bool { geteuid() == 0 }

  /// Runs granska as the unprivileged account `nobody` (needs root to switch).
  func asNobody(_ arguments: [String], database: String) throws -> GranskaRun.Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
    process.arguments =
      ["-u", "nobody", "--", GranskaRun.binary.path] + arguments + ["--db", database]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    process.environment = ["PATH": "/usr/bin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8"]
    try process.run()
    let error = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return GranskaRun.Result(status: process.terminationStatus, output: "", error: error)
  }

  @Test(.enabled(if: isRoot && FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser")))
  func anAccountNotListedCanChangeNothing() throws {
    let granska = GranskaRun()
    try granska("summary")
    // A shared database everyone could write: only the editor list protects it.
    for path in [granska.directory, granska.database] { chmod(path, 0o777) }
    try granska("access", "allow", "--account", "root")
    let before = try granska("log").output
    let file = try granska.write("again.yaml", try granska("export").output)
    let csv = try granska.write(
      "hr.csv", "section,employees,completed,started\nOmsorg,380,200,10\n")
    for path in [file, csv] { chmod(path, 0o644) }
    for attempt: [String] in [
      ["set", "recommendation", "R1", "--owner", "nobody"],
      ["set", "assessment", "Q1", "--level", "nej", "--round", "kpmg-2024"],
      ["round", "add", "--title", "x", "--date", "2025-01-01"],
      ["training", "set", "--date", "2023-11-16", "--section", "Omsorg", "--completed", "1"],
      ["training", "load", csv, "--date", "2025-01-01"],
      ["import", file],
      ["access", "allow", "--account", "nobody"],
    ] {
      let result = try asNobody(attempt, database: granska.database)
      #expect(result.status == 1, "\(attempt): \(result.error)")
      #expect(
        result.error.contains("får inte ändra") || result.error.contains("bara ägaren"),
        "\(attempt): \(result.error)")
    }
    #expect(try granska("log").output == before, "nothing changed")
  }

  @Test func databaseFilesAreNeverWorldWritable() throws {
    let granska = GranskaRun()
    try granska("set", "recommendation", "R1", "--owner", "x")
    for file in ["granska.sqlite", "granska.sqlite-wal", "granska.sqlite-shm"] {
      let path = granska.directory + "/" + file
      guard
        let mode = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
          as? Int
      else { continue }
      #expect(mode & 0o002 == 0, "\(file) is world-writable")
    }
  }

  @Test func aWorldWritableDirectoryIsWarnedAbout() throws {
    let granska = GranskaRun()
    try FileManager.default.createDirectory(
      atPath: granska.directory + "/open", withIntermediateDirectories: true)
    chmod(granska.directory + "/open", 0o777)
    let result = try granska("summary", "--db", granska.directory + "/open/g.sqlite")
    #expect(result.status == 0)
    #expect(result.error.contains("granska: varning: "))
    #expect(result.error.contains("är skrivbar för alla"))
  }
}
