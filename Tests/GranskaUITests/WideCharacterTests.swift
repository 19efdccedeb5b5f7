import GranskaDomain
import GranskaText
import GranskaUI
import Testing

/// CJK, emoji and combining marks take the columns the terminal gives them,
/// so tables stay aligned whatever the text.
@Suite struct WideCharacterTests {
  static let odd = [
    "監査と情報セキュリティ", "🔒🔑 Lås och nyckel", "Sa\u{308}kerhet o\u{308}versikt", "Ångström ÅÄÖ",
  ]

  func oddData() -> DashboardData {
    var data = builtInData()
    for (index, text) in Self.odd.enumerated() {
      data.audit.questions[index].text = text + " " + data.audit.questions[index].text
      data.audit.recommendations[index].text = text + " " + data.audit.recommendations[index].text
      data.audit.recommendations[index].owner = text
    }
    data.audit.training[0].sections[0].section = Self.odd[1]
    return data
  }

  /// The rows of the list pane: above the detail pane's title (stacked
  /// layout) or all rows (side by side, where the detail pane starts right).
  func listRows(_ grid: CellGrid) -> Range<Int> {
    let detail = grid.lines.firstIndex { $0.hasPrefix("  Detaljer") || $0.hasPrefix("▌ Detaljer") }
    return 0..<(detail ?? grid.size.height)
  }

  func listWidth(_ grid: CellGrid) -> Int {
    grid.size.width >= 120 ? grid.size.width * 3 / 5 : grid.size.width
  }

  /// The column where `marker` starts on each list line that holds it.
  func columns(of marker: String, in grid: CellGrid) -> [Int] {
    listRows(grid).compactMap { y in
      var column = 0
      var text = ""
      for x in 0..<listWidth(grid) where !grid[x, y].isContinuation {
        text.append(grid[x, y].character)
        if text.hasSuffix(marker) {
          column = x - DisplayWidth.of(marker) + 1
          return column
        }
      }
      return nil
    }
  }

  @Test(arguments: [80, 120])
  func theMatrixLevelColumnStaysAligned(_ width: Int) {
    let grid = dashboard(oddData(), width: width, height: 40, keys: keys("2")).render()
    let levelColumns = Set(
      listRows(grid).compactMap { y -> Int? in
        (0..<listWidth(grid)).first { grid[$0, y].style.role.rawValue.hasPrefix("level-") }
      })
    #expect(levelColumns.count == 1, "level cells start at \(levelColumns.sorted())")
    #expect(grid.text.contains("監査と情報"))
  }

  @Test(arguments: [80, 120])
  func theRecommendationStatusColumnStaysAligned(_ width: Int) {
    let grid = dashboard(oddData(), width: width, height: 30, keys: keys("3")).render()
    let statusColumns = Set(columns(of: "Ej påbörjad", in: grid))
    #expect(statusColumns.count == 1, "statuses start at \(statusColumns.sorted())")
  }

  @Test func combiningMarksTakeNoColumnOfTheirOwn() {
    var grid = CellGrid(size: Size(width: 12, height: 1))
    #expect(grid.put("Sa\u{308}kerhet", x: 0, y: 0) == 8)
    #expect(grid.lines[0] == "Sa\u{308}kerhet    ")
  }

  @Test func trainingBarsStayAligned() {
    let grid = dashboard(oddData(), width: 100, height: 30, keys: keys("4")).render()
    let barStarts = Set(
      listRows(grid).compactMap { y -> Int? in
        (0..<grid.size.width).first { grid[$0, y].style.role == .barCompleted }
      })
    #expect(barStarts.count == 1, "bars start at \(barStarts.sorted())")
  }
}
