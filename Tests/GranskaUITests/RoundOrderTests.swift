import Foundation
import GranskaDomain
import GranskaUI
import Testing

/// Rounds in date order as the meeting meets them at 80×24: a back-dated
/// round is asked about and placed by its date, and the matrix shows the
/// round a save added or changed.
@Suite struct RoundOrderTests {
  /// Keys typed into the dashboard; the edits it asks to save, applied to
  /// its data as the store would, are reported saved.
  func type(_ text: String, into board: inout Dashboard) -> [AuditEdit]? {
    var effects: [Effect] = []
    for key in keys(text) { effects += board.handle(.key(key)) }
    for case .save(_, let edits) in effects {
      var data = board.data
      data.audit = try! data.audit.applying(edits)
      board.saveSucceeded(data)
      return edits
    }
    return nil
  }

  /// The matrix's title line, which says which rounds show.
  func roundsShown(_ board: Dashboard) -> String {
    board.screen.first { $0.contains("av 4") || $0.contains("av 5") } ?? ""
  }

  @Test func aBackDatedRoundIsAskedAboutThenPlacedByDate() throws {
    var board = dashboard(threeRoundsData(), keys: keys("2+"))
    let date = "{tab}{end}" + String(repeating: "{bs}", count: 10) + "2025-06-01"
    #expect(type(date + "{enter}", into: &board) == nil, "asks first")
    #expect(
      board.state.form?.error
        == "En omgång 2025-06-01 är äldre än Uppföljning 2026 (2026-03-16) – lägga in den ändå? "
        + "Enter lägger in den före.")
    #expect(board.render().text.contains("En omgång 2025-06-01 är äldre än"))
    guard case .addRound(let round)? = type("{enter}", into: &board)?.first else {
      Issue.record("no round added")
      return
    }
    #expect(round.assessment(of: "Q8")?.level == "nej", "copied from spring 2025, not from 2026")
    #expect(
      board.data.audit.rounds.map(\.title) == [
        "KPMG 2024", "Uppföljning våren 2025", "Uppföljning 2025-06-01",
        "Uppföljning hösten 2025", "Uppföljning 2026",
      ])
    #expect(board.data.audit.latestRound?.title == "Uppföljning 2026")
  }

  /// A round dated after the newest is not asked about.
  @Test func aRoundAddedAt80x24ShowsItsColumn() {
    var board = dashboard(threeRoundsData(), keys: keys("2"))
    #expect(roundsShown(board).contains("omgångar 2–3 av 4 ▶"))
    #expect(type("+{enter}", into: &board) != nil)
    #expect(roundsShown(board).contains("◀ omgångar 4–5 av 5"), "\(roundsShown(board))")
    #expect(board.render().text.contains("Uppföljning 2026-11-29"))
  }

  @Test func aLevelSetInAHiddenRoundScrollsItIntoView() {
    var board = dashboard(threeRoundsData(), keys: keys("2j"))
    #expect(roundsShown(board).contains("omgångar 2–3 av 4 ▶"))
    guard let edits = type("{enter}{right}{enter}", into: &board) else {
      Issue.record("nothing saved")
      return
    }
    #expect(edits.count == 1)
    #expect(roundsShown(board).contains("◀ omgångar 3–4 av 4"), "\(roundsShown(board))")
  }
}
