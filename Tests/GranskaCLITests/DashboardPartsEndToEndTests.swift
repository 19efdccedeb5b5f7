import Foundation
import Testing

/// A recommendation added, one retired, and both taken back with `u`,
/// from the real dashboard in tmux into a real SQLite file: each a row of
/// history in words, the file as the export shows it; a viewer refused.
@Suite struct DashboardPartsEndToEndTests {
  let granska = GranskaRun()

  /// The hand-entered audit of `EnteredAuditCLITests`, with priorities.
  func enterAudit() throws -> String {
    var commands = EnteredAuditCLITests.commands
    commands[0] += ["--priorities", "Hög,Medel,Låg"]
    let database = granska.directory + "/audit.sqlite"
    for command in commands {
      let result = try granska.run(command + ["--db", database])
      #expect(result.status == 0, "\(command): \(result.error)")
    }
    return database
  }

  /// R1 retired, R5 added; the addition undone (R5 retired, its id kept),
  /// the retirement undone and made again. One person's steps on one
  /// field within minutes are one decision in the history.
  @Test func addRetireAndUndoReachTheDatabaseWithHistory() async throws {
    let database = try enterAudit()
    let tmux = try Tmux.granska(database: database)
    try await tmux.waitFor("Översikt")
    try tmux.sendKeys("3", "x")
    try await tmux.waitFor("R1 utgår")
    try tmux.sendText("Ersatt av R5")
    try tmux.sendKeys("Enter")
    try await tmux.waitFor("3/3")
    try tmux.sendKeys("+")
    try await tmux.waitFor("Ny rekommendation")
    try tmux.sendKeys("Tab")
    try tmux.sendText("Ta fram en kontinuitetsplan")
    try tmux.sendKeys("Tab")
    try tmux.sendText("Q4")
    try tmux.sendKeys("Tab", "Right", "Tab")
    try tmux.sendText("IT-chef")
    try tmux.sendKeys("Enter")
    try await tmux.waitFor("4/4")
    try tmux.sendKeys("u")
    try await tmux.waitFor("Ångrade: Ny rekommendation R5")
    try tmux.sendKeys("u")
    try await tmux.waitFor("Ångrade: Rekommendation R1 gäller igen")
    try tmux.sendKeys("C-r")
    try await tmux.waitFor("Gjorde om: Rekommendation R1 utgår: Ersatt av R5")
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0)

    let log = try granska.run(["log", "--db", database]).output
    for line in [
      "Ny rekommendation R5: Ta fram en kontinuitetsplan",
      "Rekommendation R5 utgår: tillägget ångrades", "Rekommendation R1 utgår: Ersatt av R5",
    ] {
      #expect(log.contains(line), "\(line)\n\(log)")
    }
    let exported = try granska.run(["export", "--db", database]).output
    #expect(
      exported.contains(
        "  - id: R5\n    text: Ta fram en kontinuitetsplan\n    questions:\n    - Q4\n"),
      "\(exported)")
    #expect(exported.contains("    priority: Hög\n"), "\(exported)")
    #expect(exported.contains("    retired: tillägget ångrades\n"), "\(exported)")
    #expect(exported.contains("    retired: Ersatt av R5\n"), "\(exported)")
  }

  /// A key figure added from the Overview's `K`, and a training section
  /// added to the snapshot shown and retired (`4`, `A`, `x`), from the
  /// real dashboard at 80×24: the export holds them, and history says
  /// each in words.
  @Test func aKeyFigureAndATrainingSectionFromTheKeyboard() async throws {
    let tmux = try Tmux.granska(database: granska.database)
    try await tmux.waitFor("K nyckeltal")
    try tmux.sendKeys("K")
    try await tmux.waitFor("Nytt nyckeltal…")
    try tmux.sendKeys("Enter")
    try await tmux.fill(
      form: "Nytt nyckeltal",
      [.replacing("incidents"), "Rapporterade incidenter", "12", "st", "2024", "Incidentloggen"])
    try await tmux.waitFor("Sparat")
    try tmux.sendKeys("4", "A")
    try await tmux.fill(
      form: "Ny sektion · 2023-11-16",
      ["Kultur och fritid", .replacing("40"), .replacing("10"), .replacing("5")])
    try await tmux.waitFor("Kultur och fritid")
    // The last section, just above the total.
    try tmux.sendKeys("G", "k", "x")
    try await tmux.waitFor("Kultur och fritid utgår")
    try tmux.sendText("Ingår i Samhälle")
    try tmux.sendKeys("Enter")
    try await tmux.waitUntil("the section leaves the list") { !$0.contains("Kultur och fritid") }
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0)

    let exported = try granska("export").output
    #expect(
      exported.contains(
        """
          - id: incidents
            name: Rapporterade incidenter
            value: 12
            unit: st
            period: '2024'
            source: Incidentloggen
        """), "\(exported)")
    #expect(
      exported.contains(
        """
            - section: Kultur och fritid
              employees: 40
              completed: 10
              started: 5
              retired: Ingår i Samhälle
        """), "\(exported)")
    let log = try granska("log", "-n", "3").output
    #expect(log.contains("Nytt nyckeltal incidents"), "\(log)")
    #expect(log.contains("Kultur och fritid"), "\(log)")
  }

  @Test func aViewerIsRefused() async throws {
    let database = try enterAudit()
    let tmux = try Tmux.granska(database: database, arguments: ["--read-only"])
    try await tmux.waitFor("Översikt")
    try tmux.sendKeys("3", "+")
    let screen = try await tmux.waitFor("skrivskyddat (--read-only)")
    #expect(!screen.contains("Ny rekommendation"), "\(screen)")
    try tmux.sendKeys("x")
    try await Task.sleep(for: .milliseconds(200))
    #expect(!(try tmux.screen()).contains("R1 utgår"))
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0)
    let log = try granska.run(["log", "--db", database]).output
    #expect(!log.contains("utgår") && !log.contains("R5"), "\(log)")
  }
}
