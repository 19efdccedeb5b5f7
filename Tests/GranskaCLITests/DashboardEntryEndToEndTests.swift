import Foundation
import Testing

/// A small audit entered from the real dashboard's keyboard only (issue
/// 24): a new audit from the audit chooser, two sections, three questions;
/// its export is the same as that of the audit `granska new` and `granska
/// add` enter.
@Suite struct DashboardEntryEndToEndTests {
  let granska = GranskaRun()

  /// The same audit by commands.
  static let commands: [[String]] = [
    [
      "new", "--id", "it-2025", "--title", "Granskning av IT-styrningen", "--organisation",
      "Exempelby kommun", "--auditor", "Revisionskontoret", "--date", "2025-03-14", "--period",
      "2024/25", "--ordered-by", "De förtroendevalda revisorerna", "--scale", "uppfyllt",
    ],
    ["add", "section", "--title", "Styrning", "--text", "Det finns en IT-strategi."],
    ["add", "question", "--section", "S1", "--text", "Finns en antagen IT-strategi?"],
    ["add", "section", "--title", "Drift"],
    ["add", "question", "--section", "S2", "--text", "Följs avtalen upp?"],
    ["add", "question", "--section", "S1", "--text", "Är ansvaret tydligt?"],
  ]

  /// The audit's export, but for `asOf` (the time of the newest change).
  func export(_ database: String) throws -> String {
    let result = try granska.run(["export", "--db", database, "--audit", "it-2025"])
    #expect(result.status == 0, "\(result.error)")
    return result.output.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("asOf: ") }.joined(separator: "\n")
  }

  @Test func anAuditEnteredFromTheKeyboardExportsAsByCommands() async throws {
    let tmux = try Tmux.granska(database: granska.database)
    try await tmux.waitFor("Översikt")
    try tmux.sendKeys("a")
    try await tmux.waitFor("Ny granskning…")
    try tmux.sendKeys("Down", "Enter")
    try await tmux.waitFor("─ Ny granskning ─")
    // The date field suggests today: Ctrl-U clears it. The scale: the second preset.
    for (index, text) in [
      "it-2025", "Granskning av IT-styrningen", "Exempelby kommun", "Revisionskontoret", "2024/25",
    ].enumerated() {
      if index > 0 { try tmux.sendKeys("Tab") }
      try tmux.sendText(text)
    }
    try tmux.sendKeys("Tab", "C-u")
    try tmux.sendText("2025-03-14")
    try tmux.sendKeys("Tab")
    try tmux.sendText("De förtroendevalda revisorerna")
    try tmux.sendKeys("Tab", "Right", "Enter")
    try await tmux.waitFor("Inga frågor än")
    try tmux.sendKeys("A")
    try await tmux.fill(form: "Nytt avsnitt", ["", "Styrning", "Det finns en IT-strategi."])
    try tmux.sendKeys("Q")
    try await tmux.fill(form: "Ny fråga", ["", "", "Finns en antagen IT-strategi?"])
    try tmux.sendKeys("A")
    try await tmux.fill(form: "Nytt avsnitt", ["", "Drift"])
    // A new question goes into the section still without questions.
    try tmux.sendKeys("Q")
    try await tmux.fill(form: "Ny fråga", ["", "", "Följs avtalen upp?"])
    // Then into the selected question's (S2); Left chooses S1.
    try tmux.sendKeys("Q")
    try await tmux.waitFor("─ Ny fråga ─")
    try tmux.sendKeys("Tab", "Left")
    try await tmux.fill(form: "Ny fråga", ["", "Är ansvaret tydligt?"])
    let screen = try await tmux.waitFor("Är ansvaret tydligt?")
    #expect(screen.contains("S1 Styrning") && screen.contains("S2 Drift"), "\(screen)")
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0)

    for command in Self.commands {
      let result = try granska.run(command + ["--db", "commands.sqlite"])
      #expect(result.status == 0, "\(command): \(result.error)")
    }
    let byCommands = try export("commands.sqlite")
    #expect(byCommands.contains("Är ansvaret tydligt?"))
    #expect(try export(granska.database) == byCommands)
  }
}
