import Foundation
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

  /// The built-in audit with a payload in every kind of text the views show.
  static func hostileAudit() throws -> Audit {
    var audit = try BuiltInAudit.document().audits[0]
    let all = payloads.map(\.text).joined(separator: " | ")
    audit.title = "Ond " + payloads[0].text
    audit.organisation = payloads[3].text
    audit.questions[0].text = all
    audit.sections[0].observations = all
    audit.recommendations[0].text = all
    audit.recommendations[0].owner = payloads[4].text
    audit.recommendations[0].plannedAction = all
    audit.recommendations[0].notes = [
      Note(date: Day("2025-01-01")!, author: payloads[5].text, text: all)
    ]
    audit.training[0].sections[0].section = payloads[7].text
    audit.keyFigures[0].name = payloads[2].text
    audit.rounds[0].title = payloads[8].text
    return audit
  }

  func hostileDatabase(_ granska: GranskaRun) throws {
    let file = try granska.write(
      "hostile.yaml", try InterchangeDocument(audits: [try Self.hostileAudit()]).encoded(as: .yaml))
    #expect(try granska("import", file).status == 0)
    #expect(
      try granska("set", "recommendation", "R2", "--owner", Self.payloads[1].text).status == 0)
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
    try granska("export", "-o", "again.yaml")
    let reread = try InterchangeDocument.decode(
      try granska.read("again.yaml"), format: .yaml, fileName: "again.yaml")
    #expect(
      reread.audits[0].recommendations[0].text == (try Self.hostileAudit()).recommendations[0].text)
  }
}
