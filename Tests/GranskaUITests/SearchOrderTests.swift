import GranskaDomain
import GranskaUI
import Testing

/// Search in Questions: from the top, a question whose own text holds the
/// words before one whose section's text does, levels as they are now.
@Suite struct SearchOrderTests {
  /// The questions a search lands on, in the order `n` visits them.
  func visited(_ data: DashboardData, _ start: String, _ query: String) -> [String] {
    var board = dashboard(data, keys: keys("2\(start)/\(query){enter}"))
    var ids: [String] = []
    for _ in board.state.search.matches {
      ids.append(board.selectedID ?? "")
      _ = board.handle(.key(.character("n")))
    }
    return ids
  }

  @Test func ownTextFirstFromTheTop() {
    // Started from the last row: the search still starts from the top.
    // Q2 and Q4 hold the name only in their section's text.
    #expect(visited(builtInData(), "G", "ulricehamns") == ["Q3", "Q5", "Q6", "Q13", "Q2", "Q4"])
  }

  /// No question's own text says "riskanalys": those under the section
  /// whose heading does come before those whose section's prose does.
  @Test func aSectionsHeadingBeforeItsProse() {
    let ids = visited(builtInData(), "", "riskanalys")
    #expect(ids.count == 7 && Array(ids.prefix(2)) == ["Q10", "Q11"], "\(ids)")
  }

  /// "nej" finds the questions that are Nej in the latest round, not those
  /// that were.
  @Test func aLevelIsSearchedInTheLatestRound() {
    let ids = visited(threeRoundsData(), "", "nej")
    #expect(ids.contains("Q9") && !ids.contains("Q8"), "\(ids)")
  }

  /// Tab in the search prompt looks for the level in every round: Q8, Nej
  /// in the audit and Ja now, is found too, and the status bar says so.
  @Test func tabSearchesTheLevelsOfEveryRound() {
    let board = dashboard(threeRoundsData(), keys: keys("2/nej{tab}{enter}"))
    var ids: [String] = []
    var copy = board
    for _ in board.state.search.matches {
      ids.append(copy.selectedID ?? "")
      _ = copy.handle(.key(.character("n")))
    }
    #expect(ids.contains("Q8") && ids.contains("Q9"), "\(ids)")
    #expect(statusBar(board).contains("/nej i alla omgångar"))
  }

  /// The prompt says what Tab does, only where there are earlier rounds.
  @Test func thePromptOffersEveryRoundInQuestions() {
    let prompt = statusBar(dashboard(threeRoundsData(), keys: keys("2/nej")))
    #expect(prompt.contains("Tab: nivåer i alla omgångar"), "\(prompt)")
    let toggled = statusBar(dashboard(threeRoundsData(), keys: keys("2/nej{tab}")))
    #expect(toggled.contains("Sök i alla omgångar: nej"), "\(toggled)")
    #expect(!statusBar(dashboard(threeRoundsData(), keys: keys("3/nej"))).contains("Tab:"))
  }

  /// A question found by its section's words says so in the status bar;
  /// one found by its own words needs no such word.
  @Test func theStatusBarSaysWhereARowMatched() {
    var board = dashboard(builtInData(), keys: keys("2/ulricehamns{enter}"))
    #expect(board.selectedID == "Q3")
    #expect(statusBar(board).contains("/ulricehamns  1 av 6 träffar"))
    #expect(!statusBar(board).contains(" · i "))
    for _ in 0..<4 { _ = board.handle(.key(.character("n"))) }
    #expect(board.selectedID == "Q2")
    #expect(
      statusBar(board).contains("5 av 6 träffar · i avsnittets iakttagelser"), "\(statusBar(board))"
    )
  }

  /// In Recommendations, a match in a note says "i anteckningar".
  @Test func aRecommendationFoundByItsNotesSaysSo() {
    var data = builtInData()
    data.audit.recommendations[1].notes = [
      Note(date: Day("2025-01-10")!, author: "Ann", text: "Väntar på Lex Sarah-utredningen")
    ]
    let board = dashboard(data, keys: keys("3/lex sarah{enter}"))
    #expect(board.selectedID == data.audit.recommendations[1].id)
    #expect(
      statusBar(board).contains("1 träff") && statusBar(board).contains("· i anteckningar"),
      "\(statusBar(board))")
  }

  private func statusBar(_ board: Dashboard) -> String {
    board.render().text.split(separator: "\n").last.map(String.init) ?? ""
  }
}
