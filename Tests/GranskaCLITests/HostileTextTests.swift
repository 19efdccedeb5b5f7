import Foundation
import GRDB
import GranskaDomain
import GranskaFormat
import Testing

/// Text from the data that tries to command the terminal: it must be shown,
/// never obeyed — in the dashboard, summary, log, report and exports.
@Suite struct HostileTextTests {
  /// Each payload, and the byte sequence that must never reach the terminal raw.
  static let payloads: [(text: String, raw: String)] = [
    ("osc-title \u{1B}]0;PWNED\u{07}", "\u{1B}]0;PWNED"),
    ("osc-clipboard \u{1B}]52;c;cHduZWQ=\u{07}", "\u{1B}]52"),
    ("csi-clear \u{1B}[2J\u{1B}[H", "\u{1B}[2J\u{1B}[H"),
    ("csi-colour \u{1B}[31mRÖD", "\u{1B}[31mRÖD"),
    ("c1-csi \u{9B}31mC1", "\u{9B}"),
    ("bell \u{07}\u{07}", "\u{07}\u{07}"),
    ("backspace abc\u{08}\u{08}", "abc\u{08}"),
    ("bidi \u{202E}txet desrever", "\u{202E}"),
    ("zero\u{200B}width", "\u{200B}"),
    ("carriage\rreturn", "carriage\r"),
  ]

  /// A database whose texts hold every payload. No way in accepts control
  /// characters any more; a raw edit of the file (sqlite3, or psql on
  /// PostgreSQL) still can put them there, and every way out must hold.
  func hostileDatabase(_ granska: GranskaRun) throws {
    #expect(try granska("summary").status == 0)
    let all = Self.payloads.map(\.text).joined(separator: " | ")
    let p = Self.payloads.map(\.text)
    let queue = try DatabaseQueue(path: granska.database)
    try queue.write { db in
      func set(_ sql: String, _ values: [String]) throws {
        try db.execute(sql: sql, arguments: StatementArguments(values))
      }
      try set("UPDATE audit SET title = ?, organisation = ?", ["Ond " + p[0], p[3]])
      try set("UPDATE question SET text = ? WHERE position = 0", [all])
      try set("UPDATE section SET observations = ? WHERE position = 0", [all])
      try set(
        "UPDATE recommendation SET text = ?, owner = ?, plannedAction = ? WHERE id = 'R1'",
        [all, p[4], all])
      try set("UPDATE recommendation SET owner = ? WHERE id = 'R2'", [p[1]])
      try set(
        """
        INSERT INTO note (auditId, recommendationId, date, author, text)
        SELECT auditId, id, '2025-01-01', ?, ? FROM recommendation WHERE id = 'R1'
        """, [p[5], all])
      try set(
        "UPDATE trainingCount SET section = ? WHERE position = 0", [p[7]])
      try set("UPDATE keyFigure SET name = ? WHERE position = 0", [p[2]])
      try set("UPDATE round SET title = ? WHERE position = 0", [p[8]])
    }
    try queue.close()
  }

  func expectNothingRaw(_ bytes: String, _ what: String) {
    for payload in Self.payloads {
      #expect(!bytes.contains(payload.raw), "\(what) sent \(payload.raw.debugDescription)")
    }
    #expect(!bytes.contains("\u{1B}]"), "\(what) sent an OSC sequence")
    #expect(
      !bytes.unicodeScalars.contains { (0x80...0x9F).contains($0.value) },
      "\(what) sent a C1 control")
  }

  @Test func theDashboardShowsButNeverSendsThem() async throws {
    let granska = GranskaRun()
    try hostileDatabase(granska)
    let tmux = try Tmux.granska(database: granska.database, width: 100, height: 30)
    try await tmux.waitFor("Ond osc-title ␛]0;PWNED␇")
    for keys in [
      ["2"], ["Tab"], ["PageDown"], ["3"], ["Tab"], ["PageDown"], ["4"], ["Tab"], ["5"], ["Tab"],
      ["?"], ["Escape"], ["1"], ["PageDown"],
    ] {
      try tmux.sendKeys(keys[0])
      try await Task.sleep(for: .milliseconds(60))
    }
    try tmux.sendKeys("3")
    try await tmux.waitFor("csi-colour ␛[31mRÖD")
    try tmux.sendKeys("q")
    _ = try await tmux.waitForExit()
    expectNothingRaw(tmux.recordedOutput(), "the dashboard")
  }

  @Test func commandsWritingToATerminalShowButNeverSendThem() async throws {
    let granska = GranskaRun()
    try hostileDatabase(granska)
    let tmux = try Tmux()
    let binary = GranskaRun.binary.path
    let script =
      [
        "summary", "log", "report", "export --format yaml", "export --format json",
        "export --format markdown", "export --format csv --table notes",
        "export --format csv --table recommendations --raw",
      ]
      .map { "\(binary) \($0)" }.joined(separator: "; ") + "; echo FINISHED"
    try tmux.start(
      ["/bin/sh", "-c", script],
      environment: [
        "PATH": "/usr/bin:/bin", "HOME": tmux.directory, "TERM": "xterm-256color",
        "GRANSKA_DB": granska.database,
      ], width: 200, height: 50)
    _ = try await tmux.waitForExit()
    let output = tmux.recordedOutput()
    #expect(output.contains("FINISHED"))
    #expect(output.contains("␛]0;PWNED␇"))
    expectNothingRaw(output, "the commands")
  }

  @Test func exportsToAFileKeepTheDataExact() throws {
    let granska = GranskaRun()
    try hostileDatabase(granska)
    try granska("export", "--format", "json", "-o", "again.json")
    let json = try granska.read("again.json")
    #expect(!String(decoding: json, as: UTF8.self).unicodeScalars.contains { $0.value == 0x9B })
    let document = try JSONSerialization.jsonObject(with: json) as? [String: Any]
    let audits = document?["audits"] as? [[String: Any]]
    let recommendations = audits?.first?["recommendations"] as? [[String: Any]]
    #expect(
      recommendations?.first?["text"] as? String
        == Self.payloads.map(\.text).joined(separator: " | "), "escaped, not lost")
  }

  /// One rule at every way in: a control character is refused, naming
  /// the field (and the line or place), and nothing is saved.
  @Test func everyWayInRefusesControlCharacters() throws {
    let granska = GranskaRun()
    #expect(try granska("summary").status == 0)
    let before = try granska("log", "--format", "json").output
    let note = try granska("set", "recommendation", "R1", "--note", "osc \u{1B}]52;c;eA==\u{07}")
    #expect(note.status != 0)
    #expect(note.error.contains("U+001B (ESC)") && note.error.contains("note"), "\(note.error)")
    let owner = try granska("set", "recommendation", "R1", "--owner", "c1 \u{9B}31m")
    #expect(owner.status != 0 && owner.error.contains("U+009B (CSI)"), "\(owner.error)")
    let batch = try granska.write(
      "lines.batch", "set recommendation R2 --owner IT\nset recommendation R3 --note \"b\u{07}\"\n")
    let batched = try granska("batch", batch)
    #expect(batched.status != 0)
    #expect(batched.error.contains("lines.batch:2") && batched.error.contains("U+0007 (BEL)"))
    var audit = try BuiltInAudit.document().audits[0]
    audit.id = "other"
    audit.recommendations[0].plannedAction = "placeholder"
    let yaml = try InterchangeDocument(audits: [audit]).encoded(as: .yaml)
      .replacingOccurrences(of: "placeholder", with: "\"plan \\e[2J\"")
    let file = try granska.write("hostile.yaml", yaml)
    let imported = try granska("import", file)
    #expect(imported.status != 0)
    #expect(
      imported.error.contains("plannedAction") && imported.error.contains("U+001B (ESC)"),
      "\(imported.error)")
    let csv = try granska.write(
      "training.csv", "section,employees,completed,started\nOmsorg \u{1B}[31m,10,5,1\n")
    let loaded = try granska("training", "load", csv, "--date", "2026-01-01")
    #expect(loaded.status != 0 && loaded.error.contains("U+001B (ESC)"), "\(loaded.error)")
    // Joiners and bidi marks are text.
    #expect(
      try granska("set", "recommendation", "R4", "--owner", "👩‍💻 \u{200F}IT").status == 0)
    let after = try granska("log", "--format", "json").output
    #expect(
      after.components(separatedBy: "\"id\"").count == before.components(separatedBy: "\"id\"")
        .count + 2)
  }
}
