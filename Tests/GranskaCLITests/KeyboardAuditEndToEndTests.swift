import Foundation
import Testing

/// A whole audit entered from the real dashboard's keyboard only, at 80×24
/// (issue 24): a new audit with the three-level `uppfyllt` scale and
/// priorities and status words of its own, three sections, six questions
/// with the audit's own levels and a remark, four recommendations with
/// priorities, one closed by its own status word, and a follow-up
/// round whose levels are set. Its YAML export is the file kept in
/// Tests/Corpus, byte for byte (but for `asOf`, the time of the newest change).
@Suite struct KeyboardAuditEndToEndTests {
  let granska = GranskaRun()

  static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpus/keyboard-audit.yaml").path
  /// The same audit as commands, one a line.
  static let commands = URL(fileURLWithPath: expected).deletingPathExtension()
    .appendingPathExtension("batch").path

  @Test func aWholeAuditEnteredFromTheKeyboardExportsAsExpected() async throws {
    let tmux = try Tmux.granska(database: granska.database)
    try await tmux.waitFor("Översikt")
    try tmux.sendKeys("a")
    try await tmux.waitFor("Ny granskning…")
    try tmux.sendKeys("Down", "Enter")
    // Id, title, organisation, auditor, period, date (today suggested),
    // ordered by, scale (the second preset: uppfyllt), priorities, and
    // the audit's own statuses beside the four, an open and a closed one.
    try await tmux.fill(
      form: "Ny granskning",
      [
        "kontroll-2025", "Granskning av intern kontroll", "Exempelby kommun", "Revisionskontoret",
        "2025", .replacing("2025-04-10"), "", .keys(["Right"]), "Hög, Medel, Låg",
        "Delvis genomförd", "Risk accepterad",
      ])
    try await tmux.waitFor("Inga frågor än")
    // Sections and questions: a new question goes into the section still
    // without questions, else the selected question's. The level: Right
    // from none is the best, Left the worst.
    let uppfyllt = FormInput.keys(["Right"])
    let delvis = FormInput.keys(["Left", "Left"])
    let ej = FormInput.keys(["Left"])
    for (key, form, fields) in [
      ("A", "Nytt avsnitt", ["", "Styrning", "Kommunstyrelsen har en plan för intern kontroll."]),
      ("Q", "Ny fråga", ["", "", "Finns en antagen plan för intern kontroll?", uppfyllt]),
      (
        "Q", "Ny fråga",
        [
          "", "", "Är ansvaret för kontrollerna tydligt?", delvis,
          "Roller saknas i två förvaltningar",
        ]
      ),
      ("A", "Nytt avsnitt", ["", "Uppföljning"]),
      ("Q", "Ny fråga", ["", "", "Följs kontrollerna upp under året?", ej]),
      ("Q", "Ny fråga", ["", "", "Rapporteras avvikelser till nämnden?", delvis]),
      ("A", "Nytt avsnitt", ["", "Riskanalys"]),
      ("Q", "Ny fråga", ["", "", "Finns en dokumenterad riskanalys?", uppfyllt]),
      ("Q", "Ny fråga", ["", "", "Omfattar riskanalysen alla förvaltningar?"]),
    ] as [(String, String, [FormInput])] {
      try tmux.sendKeys(key)
      try await tmux.fill(form: form, fields)
    }
    // Recommendations: id, text, questions, priority (Right: Hög, the
    // highest), its reference in the report (none here), owner, due date.
    try tmux.sendKeys("3")
    for fields in [
      [
        "", "Tydliggör ansvaret för kontrollerna", "Q2", .keys(["Right"]), "", "Kommunchef",
        "2025-12-31",
      ],
      [
        "", "Följ upp kontrollerna varje kvartal", "Q3, Q4", .keys(["Right", "Right"]), "",
        "Ekonomichef",
      ],
      ["", "Rapportera avvikelser till nämnden", "Q4", .keys(["Left"]), "", "", "2026-03-31"],
      ["", "Utvidga riskanalysen till alla förvaltningar", "Q6", .keys(["Right"])],
    ] as [[FormInput]] {
      try tmux.sendKeys("+")
      try await tmux.fill(form: "Ny rekommendation", fields)
    }
    // The board accepts the risk R4 names: its own status word, the sixth,
    // four below the one after R4's.
    try tmux.sendKeys("G", "s")
    try await tmux.waitFor("Risk accepterad")
    try tmux.sendKeys("Down", "Down", "Down", "Down", "Enter")
    try await tmux.waitFor("Sparat")
    // A follow-up round, the auditor's levels copied; its title follows its date.
    try tmux.sendKeys("2", "+")
    try await tmux.fill(
      form: "Ny uppföljningsomgång",
      ["", .replacing("2026-03-15")])
    // Q3 is now partly met, with a remark; Q6 is assessed, not met.
    try tmux.sendKeys("g", "j", "j", "Enter")
    try await tmux.fill(form: "Q3 · ", [.keys(["Left"]), "Kvartalsvis från 2026"])
    try tmux.sendKeys("G", "Enter")
    try await tmux.fill(form: "Q6 · ", [.keys(["Left"])])
    try await tmux.waitFor("Ej uppfyllt")
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0)

    let result = try granska.run([
      "export", "--db", granska.database, "--audit", "kontroll-2025", "--format", "yaml",
    ])
    #expect(result.status == 0, "\(result.error)")
    let exported = result.output.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("asOf: ") }.joined(separator: "\n")
    if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] != nil {
      try exported.write(toFile: Self.expected, atomically: true, encoding: .utf8)
    }
    #expect(exported == (try String(contentsOfFile: Self.expected, encoding: .utf8)))
  }

  /// The same audit through `granska batch`, and through `granska new`,
  /// `add`, `set` and `round add` one process each (the lines run by the
  /// shell), exports the same bytes as from the keyboard.
  @Test func theSameAuditFromCommandsExportsTheSameBytes() throws {
    let batch = try granska.run(["batch", Self.commands])
    #expect(batch.status == 0, "\(batch.error)")
    let lines = try String(contentsOfFile: Self.commands, encoding: .utf8)
      .split(separator: "\n").filter { !$0.hasPrefix("#") }
    let separate = granska.directory + "/separate.sqlite"
    for line in lines {
      let run = try granska.run(
        ["-c", "\"$0\" \(line) --db \(separate)", GranskaRun.binary.path],
        program: URL(fileURLWithPath: "/bin/sh"))
      #expect(run.status == 0, "\(line): \(run.error)")
    }
    let expected = try String(contentsOfFile: Self.expected, encoding: .utf8)
    for database in [granska.database, separate] {
      let result = try granska.run(["export", "--db", database, "--format", "yaml"])
      #expect(result.status == 0, "\(result.error)")
      let exported = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.hasPrefix("asOf: ") }.joined(separator: "\n")
      #expect(exported == expected, "\(database)")
    }
  }
}
