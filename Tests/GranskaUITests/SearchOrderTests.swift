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

  /// "nej" finds the questions that are Nej in the latest round, not those
  /// that were.
  @Test func aLevelIsSearchedInTheLatestRound() {
    let ids = visited(threeRoundsData(), "", "nej")
    #expect(ids.contains("Q9") && !ids.contains("Q8"), "\(ids)")
  }
}
