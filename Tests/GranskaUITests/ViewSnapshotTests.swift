import Foundation
import GranskaDomain
import GranskaUI
import Testing

/// Every view at 80×24 and 120×40, reached by the keys a user would type.
@Suite struct ViewSnapshotTests {
  static let screens: [(name: String, keys: String)] = [
    ("overview", ""),
    ("overview-scrolled", "{pgdn}"),
    ("matrix", "2"),
    ("matrix-detail", "2jj{tab}{down}"),
    ("recommendations", "3jj"),
    ("recommendations-detail", "3G{tab}"),
    ("training", "4"),
    ("history", "5j"),
    ("help", "3?"),
    ("search", "2/kultur{enter}"),
    ("status-chooser", "3js"),
  ]

  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  @Test(arguments: screens)
  func screen(_ screen: (name: String, keys: String)) {
    for size in Self.sizes {
      let board = dashboard(
        historyData(), width: size.width, height: size.height, keys: keys(screen.keys))
      Snapshot.assert(
        board.render(), named: "\(screen.name)-\(size.width)x\(size.height)",
        title: "\(size.width)×\(size.height) keys: \(screen.keys)")
    }
  }

  @Test func tooSmallAndRecovers() {
    var board = dashboard(width: 40, height: 10)
    Snapshot.assert(board.render(), named: "too-small-40x10", title: "40×10")
    _ = board.handle(.resize(Size(width: 80, height: 24)))
    #expect(board.render().lines[0].contains("1 Översikt"))
  }

  /// Three follow-up rounds at the sizes a meeting uses: the rounds told
  /// apart by date, the audit's column kept when scrolling sideways.
  @Test func threeRounds() {
    for (size, keys) in [
      (Size(width: 80, height: 24), "2"), (Size(width: 80, height: 24), "2ll"),
      (Size(width: 100, height: 30), "2"),
    ] {
      let board = dashboard(
        threeRoundsData(), width: size.width, height: size.height, keys: GranskaUITests.keys(keys))
      Snapshot.assert(
        board.render(), named: "matrix-three-rounds-\(keys)-\(size.width)x\(size.height)",
        title: "\(size.width)×\(size.height) keys: \(keys)")
    }
  }

  @Test func english() {
    Snapshot.assert(
      dashboard(historyData(), language: .en, keys: keys("3")).render(),
      named: "recommendations-en-80x24",
      title: "80×24 --lang en keys: 3")
  }
}

/// The built-in audit with a follow-up round, a recommendation in progress
/// and overdue, and a little history, so every part of every view shows.
func historyData() -> DashboardData {
  var data = builtInData()
  var followUp = data.audit.rounds[0]
  followUp.id = "uppfoljning-2025"
  followUp.title = "Uppföljning 2025"
  followUp.kind = .followUp
  followUp.date = Day("2025-09-15")
  followUp.assessments = followUp.assessments.map { a in
    var a = a
    if a.question == "Q8" {
      a.level = "delvis"
      a.remark = "Handlingsplan under framtagande."
    }
    return a
  }
  data.audit.rounds.append(followUp)
  data.audit.recommendations[0].status = .inProgress
  data.audit.recommendations[0].owner = "Kommunchef"
  data.audit.recommendations[0].dueDate = Day("2025-06-30")
  data.audit.recommendations[0].plannedAction =
    "Handlingsplaner tas fram för varje strategiskt mål."
  data.audit.recommendations[0].evidence = ["KS 2025/112"]
  data.audit.recommendations[0].notes = [
    Note(
      date: Day("2025-03-01")!, author: "samordnare", text: "Utkast presenterat i ledningsgruppen.")
  ]
  data.audit.recommendations[6].status = .done
  let moment = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01 00:00 UTC
  data.history = [
    HistoryEntry(
      id: 2, at: moment.addingTimeInterval(3600), account: "anna", auditID: data.audit.id,
      entity: "recommendation", entityID: "R1", field: "status", oldValue: "not-started",
      newValue: "in-progress"),
    HistoryEntry(
      id: 1, at: moment, account: "root", auditID: data.audit.id, entity: "audit",
      entityID: data.audit.id, field: "import", oldValue: nil, newValue: "built-in"),
  ]
  data.timeZone = TimeZone(identifier: "UTC")!
  return data
}
