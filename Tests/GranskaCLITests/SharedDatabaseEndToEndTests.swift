import Foundation
import Testing

/// Several people on one database: dashboards in their own terminals and
/// scripts, all on one file, as during a board meeting.
@Suite struct SharedDatabaseEndToEndTests {
  let scripts = GranskaRun()
  var database: String { scripts.database }

  init() throws {
    // Create the shared database before any dashboard opens it.
    try scripts("summary")
  }

  func row(_ screen: String, _ id: String) -> String {
    screen.split(separator: "\n").first { $0.dropFirst().hasPrefix(id + " ") }.map(String.init)
      ?? ""
  }

  @Test func aSavedChangeAppearsInAnotherDashboardWithoutAKeypress() async throws {
    let watching = try Tmux.granska(database: database)
    try await watching.waitFor("Översikt")
    try watching.sendKeys("3")
    try await watching.waitFor("Klart senast")
    let before = watching.recordedOutput().utf8.count
    // Nothing changes: nothing is sent to the terminal.
    try await Task.sleep(for: .milliseconds(2500))
    #expect(watching.recordedOutput().utf8.count == before)

    let editing = try Tmux.granska(database: database)
    try await editing.waitFor("Översikt")
    try editing.sendKeys("3", "Enter")
    try await editing.waitFor("Redigera R1")
    try editing.sendKeys("Right", "Tab")
    try editing.sendText("Kommunchef")
    try editing.sendKeys("Tab")
    try editing.sendText("2025-06-30")
    try editing.sendKeys("Enter")
    try await editing.waitFor("Sparat")
    let saved = ContinuousClock.now

    let screen = try await watching.waitUntil("R1 shows the new status", timeout: .seconds(3)) {
      row($0, "R1").contains("Pågår") && row($0, "R1").contains("2025-06-30")
    }
    #expect(ContinuousClock.now - saved < .seconds(2))
    #expect(row(screen, "R1").contains("Pågår"))

    let log = try scripts("log", "--db", database, "--entity", "recommendation").output
    let account =
      try scripts("access", "show").output.split(separator: "\n").last?
      .split(separator: " ").first.map(String.init) ?? "?"
    #expect(log.contains("  \(account)  Rekommendation R1: Status Ej påbörjad → Pågår"))
    #expect(log.contains("Rekommendation R1: Ansvarig – → Kommunchef"))
  }

  @Test func twoSavesOfTheSameFieldAreAConflictAndNothingIsLost() async throws {
    let anna = try Tmux.granska(database: database)
    let bertil = try Tmux.granska(database: database)
    for session in [anna, bertil] {
      try await session.waitFor("Översikt")
      try session.sendKeys("3", "Enter")
      try await session.waitFor("Redigera R1")
      try session.sendKeys("Tab")
    }
    try anna.sendText("Anna")
    try anna.sendKeys("Enter")
    try await anna.waitFor("Sparat")
    try bertil.sendText("Bertil")
    try bertil.sendKeys("Enter")
    try await bertil.waitFor("ändrades av")
    // Bertil's input is still in his form; Enter re-applies it knowingly.
    #expect(try bertil.screen().contains("Bertil"))
    try bertil.sendKeys("Enter")
    try await bertil.waitFor("Sparat")
    // Both sessions run as the same account here: one person's two saves
    // of a field within minutes are one decision in the history.
    let log = try scripts("log", "--db", database).output
    #expect(log.contains("Rekommendation R1: Ansvarig – → Bertil"))
  }

  @Test func scriptsRecordTheirEditsInTheSameHistory() throws {
    try scripts("set", "recommendation", "R3", "--status", "done", "--note", "Utbildning genomförd")
    try scripts(
      "round", "add", "--title", "Uppföljning 2025", "--date", "2025-09-15", "--copy-previous")
    try scripts("set", "assessment", "Q9", "--level", "i-allt-vasentligt")
    let csv = try scripts.write(
      "hr.csv", "section;employees;completed;started\nLärande;420;300;20\nOmsorg;380;200;15\n")
    let load = try scripts("training", "load", csv, "--date", "2025-05-01", "--source", "HR")
    #expect(load.status == 0)
    let log = try scripts("log", "--since", "2000-01-01").output
    for expected in [
      "Rekommendation R3: Status Ej påbörjad → Klar",
      "Rekommendation R3: Ny anteckning: Utbildning genomförd",
      "Ny omgång: Uppföljning 2025, 2025-09-15, 15 bedömningar",
      "Fråga Q9 i Uppföljning 2025: Nivå Delvis → I allt väsentligt",
      "Ny mätning: 2025-05-01,",
    ] {
      #expect(log.contains(expected), "\(expected)")
    }
    #expect(try scripts("log", "--entity", "snapshot").output.split(separator: "\n").count == 1)
    #expect(try scripts("log", "--user", "nobody-at-all").output.isEmpty)
    #expect(try scripts("log", "--until", "2000-01-01").output.isEmpty)
    let today = String(log.prefix(10))
    #expect(try scripts("log", "--since", today, "--until", today).output == log)
    let summary = try scripts("summary").output
    #expect(summary.contains("Uppföljning 2025 (2025-09-15)"))
    #expect(summary.contains("Utbildning i informationssäkerhet 2025-05-01"))
  }

  @Test func aReadOnlySessionIsRefusedOnEveryPath() throws {
    let file = try scripts.write("again.yaml", try scripts("export").output)
    let attempts: [[String]] = [
      ["set", "recommendation", "R1", "--owner", "x"],
      ["set", "assessment", "Q1", "--level", "nej"],
      ["round", "add", "--title", "x", "--date", "2025-01-01"],
      ["training", "set", "--date", "2023-11-16", "--section", "Omsorg", "--completed", "1"],
      ["import", file],
    ]
    for attempt in attempts {
      let result = try scripts.run(attempt + ["--read-only"])
      #expect(result.status == 1, "\(attempt)")
      #expect(result.error.contains("skrivskyddat (--read-only)"), "\(attempt): \(result.error)")
    }
    #expect(try scripts("log").output.split(separator: "\n").count == 1, "only the first import")
  }
}
