import Foundation
import Testing

/// A follow-up meeting run from the real dashboard in a real terminal: three
/// follow-up rounds (different dates, a level changed in the last), read at
/// 80×24 and on a projector at 100×30.
@Suite struct MeetingEndToEndTests {
  let granska = GranskaRun()

  init() throws {
    let rounds = [
      ("Uppföljning våren 2025", "2025-03-14"), ("Uppföljning hösten 2025", "2025-09-15"),
      ("Uppföljning 2026", "2026-03-16"),
    ]
    for (title, date) in rounds {
      try granska("round", "add", "--title", title, "--date", date, "--copy-previous")
    }
    try granska("set", "assessment", "Q8", "--level", "delvis")
  }

  func row(_ screen: String, _ id: String) -> String {
    screen.split(separator: "\n").first { $0.dropFirst().hasPrefix(id + " ") }.map(String.init)
      ?? ""
  }

  @Test func roundsAreToldApartAndTheAuditColumnStays() async throws {
    let tmux = try Tmux.granska(database: granska.database)
    try await tmux.waitFor("Översikt")
    try tmux.sendKeys("2")
    // Under load the pane can be read between the header and the rows.
    var screen = try await tmux.waitUntil("at least 10 questions beside 2025-03") {
      $0.contains("2025-03")
        && $0.split(separator: "\n").filter {
          $0.range(of: "^.Q[0-9]+ ", options: .regularExpression) != nil
        }.count >= 10
    }
    #expect(screen.contains("KPMG 2024") && screen.contains("omgångar 2–3 av 4 ▶"))
    try tmux.sendKeys("l", "l")
    screen = try await tmux.waitFor("◀ omgångar 3–4 av 4")
    #expect(screen.contains("KPMG 2024") && screen.contains("2026-03"))
    #expect(row(screen, "Q8").contains("Delvis") && row(screen, "Q8").contains("↑"))
    // `/nej` lands on a question assessed Nej.
    try tmux.sendKeys("/")
    try tmux.sendText("nej")
    try tmux.sendKeys("Enter")
    screen = try await tmux.waitFor("träffar")
    let selected = screen.split(separator: "\n").first { $0.hasPrefix("›") } ?? ""
    #expect(selected.contains("Nej"), "\(selected)")
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0)

    let projector = try Tmux.granska(database: granska.database, width: 100, height: 30)
    try await projector.waitFor("Översikt")
    try projector.sendKeys("2")
    screen = try await projector.waitFor("2026-03")
    for date in ["2025-03", "2025-09", "2026-03"] { #expect(screen.contains(date)) }
    try projector.sendKeys("q")
    _ = try await projector.waitForExit()
  }

  /// Undo after moving away says what it undid and shows it; the report is
  /// written where asked and never over an earlier one without asking.
  @Test func undoShowsWhatItUndidAndTheReportAsksWhere() async throws {
    let tmux = try Tmux.granska(database: granska.database)
    try await tmux.waitFor("Översikt")
    try tmux.sendKeys("3", "s", "2")
    try await tmux.waitFor("Sparat")
    try tmux.sendKeys("1", "u")
    let screen = try await tmux.waitFor("Ångrade")
    #expect(screen.contains("Ångrade: Rekommendation R1: Status Pågår → Ej påbörjad"))
    #expect(screen.split(separator: "\n").contains { $0.hasPrefix("›R1") }, "back at R1")
    let folder = granska.directory + "/protokoll"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for attempt in 0..<2 {
      try tmux.sendKeys("r")
      try await tmux.waitFor("Skriv uppföljningsrapporten")
      try tmux.sendKeys("C-u")
      try tmux.sendText(folder)
      try tmux.sendKeys("Enter")
      if attempt == 1 {
        try await tmux.waitFor("finns redan")
        try tmux.sendKeys("Enter")
      }
      try await tmux.waitFor("Rapporten sparad")
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(files.count == 2 && files.allSatisfy { $0.hasPrefix("uppfoljning-") })
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0)
  }
}
