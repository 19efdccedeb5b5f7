import GranskaDomain
import GranskaText
import Testing

@testable import GranskaUI

/// The rectangles of a screen, worked out in one place: each test states a
/// property of the layout rather than a line number.
@Suite struct LayoutTests {
  let strings = Language.sv.strings

  func layout(
    _ view: any DashboardView.Type, width: Int = 80, height: Int = 24, focus: Pane = .list,
    marker: String? = nil
  ) -> Layout {
    Layout(
      size: Size(width: width, height: height), shape: view.shape, focus: focus, current: view.id,
      strings: strings, marker: marker)
  }

  @Test func aRectangleSplitsIntoLengthsAndWhatIsLeft() {
    let parts = Rect(x: 0, y: 0, width: 80, height: 24).split(
      .rows, [.length(1), .fill, .length(1)])
    #expect(parts.map(\.y) == [0, 1, 23])
    #expect(parts.map(\.height) == [1, 22, 1])
    #expect(parts.allSatisfy { $0.width == 80 })
    // Two fills share; lengths never reach past the rectangle.
    let columns = Rect(x: 5, y: 2, width: 11, height: 3).split(
      .columns, [.fill, .length(1), .fill])
    #expect(columns.map(\.x) == [5, 10, 11])
    #expect(columns.map(\.width) == [5, 1, 5])
    let cut = Rect(x: 0, y: 0, width: 10, height: 4).split(.rows, [.length(3), .length(3)])
    #expect(cut.map(\.height) == [3, 1])
  }

  @Test func theScreenIsTabsContentAndStatusBarWithNothingLeftOver() {
    for view in Registry.views {
      for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Layout.minimum] {
        let layout = layout(view, width: size.width, height: size.height)
        #expect(layout.tabBar.y == 0 && layout.statusBar.y == size.height - 1)
        #expect(layout.content.y == 1 && layout.content.height == size.height - 2)
        // The list pane: title, headings, rows, legend, one under the other.
        let list = layout.list
        #expect(list.title.y == list.pane.y)
        #expect(list.header.y + list.header.height == list.body.y)
        #expect(list.body.y + list.body.height == list.footer.y)
        #expect(list.footer.y + list.footer.height == list.pane.y + list.pane.height)
        #expect(list.body.y - list.pane.y == view.shape.headerRows)
        #expect(list.footer.height == view.shape.footerRows)
        guard let detail = layout.detail else {
          #expect(list.pane == layout.content, "\(view.id): one pane")
          continue
        }
        #expect(detail.body.y == detail.pane.y + 1 && detail.body.height == detail.pane.height - 1)
        #expect(!detail.pane.intersects(list.pane), "\(view.id)")
      }
    }
  }

  @Test func wideTablesShareTheWidthAndTheFocusedPaneGrows() {
    let wide = layout(RecommendationsView.self, width: 120, height: 40)
    #expect(wide.detail!.pane.x > wide.list.pane.x + wide.list.pane.width - 1)
    #expect(wide.detail!.pane.y == wide.list.pane.y)
    let training = layout(TrainingView.self, width: 120, height: 40)
    #expect(training.detail!.pane.y > training.list.pane.y, "Training stays stacked")
    let listFocused = layout(MatrixView.self)
    let detailFocused = layout(MatrixView.self, focus: .detail)
    #expect(listFocused.visibleRows >= 10, "ten questions at 80×24")
    #expect(detailFocused.detailRows > listFocused.detailRows + 5)
  }

  /// The tabs give way to a marker at the right (read-only), and a click
  /// finds a tab where it is drawn.
  @Test func tabsAreWhereTheyAreDrawn() {
    let marker = strings[.readOnlyMarker]
    let layout = layout(RecommendationsView.self, marker: marker)
    let labels = layout.tabs.map(\.label)
    #expect(labels.filter { $0.contains("Rekommendationer") }.count == 1)
    #expect(labels.contains(" 4 "), "other views only by number")
    for (tab, next) in zip(layout.tabs, layout.tabs.dropFirst()) {
      #expect(tab.rect.x + tab.rect.width == next.rect.x)
    }
    let last = layout.tabs.last!.rect
    #expect(last.x + last.width + DisplayWidth.of(marker) + 2 <= 80)
  }

  @Test func aReadOnlySessionsTabsAreClickedWhereTheyShow() {
    var data = builtInData()
    data.editRefusal = "Skrivskyddat läge"
    var board = dashboard(data, keys: keys("3"))
    #expect(board.render().lines[0].contains("SKRIVSKYDDAD"))
    let tab = board.render().lines[0].firstIndex(of: "4")!
    let x = board.render().lines[0].distance(from: board.render().lines[0].startIndex, to: tab)
    _ = board.handle(.mouse(MouseEvent(kind: .press, x: x, y: 0)))
    #expect(board.state.view == .training)
  }
}

extension Rect {
  func intersects(_ other: Rect) -> Bool {
    x < other.x + other.width && other.x < x + width && y < other.y + other.height
      && other.y < y + height
  }
}

/// The selection in a list: it skips headings, stays on screen, and jumps
/// half a screen at an edge (fewer bytes over a slow link).
@Suite struct ListCursorTests {
  /// Twelve rows; rows 0 and 5 are headings.
  let rows = RowSpec(count: 12, isSelectable: { $0 != 0 && $0 != 5 }, searchText: { _ in "" })

  @Test func movingSkipsHeadingsAndStopsAtTheEnds() {
    var cursor = ListCursor()
    cursor.select(0, in: rows, visible: 4)
    #expect(cursor.selected == 1, "a heading is not selected")
    cursor.move(by: 3, in: rows, visible: 4)
    #expect(cursor.selected == 4)
    cursor.move(by: 1, in: rows, visible: 4)
    #expect(cursor.selected == 6, "over the heading")
    cursor.move(by: 100, in: rows, visible: 4)
    #expect(cursor.selected == 11)
    cursor.move(by: -100, in: rows, visible: 4)
    #expect(cursor.selected == 1)
  }

  @Test func theSelectionStaysOnScreenWithItsHeadingAndJumpsHalfAScreen() {
    var cursor = ListCursor()
    cursor.select(1, in: rows, visible: 4)
    #expect(cursor.top == 0, "the heading above shows")
    for _ in 0..<3 { cursor.move(by: 1, in: rows, visible: 4) }
    #expect(cursor.selected == 4 && cursor.top == 2, "past the edge: a jump, not a row")
    cursor.move(by: 1, in: rows, visible: 4)
    #expect(cursor.selected == 6 && (cursor.top...cursor.top + 3).contains(5), "with its heading")
    cursor.select(11, in: rows, visible: 4)
    #expect(cursor.top == 8, "never past the end")
    for _ in 0..<5 {
      cursor.move(by: -1, in: rows, visible: 4)
      #expect(cursor.selected >= cursor.top && cursor.selected < cursor.top + 4)
    }
  }

  @Test func anEmptyListHasNothingSelected() {
    var cursor = ListCursor(selected: 3, top: 2)
    cursor.move(by: 1, in: RowSpec(count: 0, searchText: { _ in "" }), visible: 4)
    #expect(cursor == ListCursor())
  }
}

/// A table's cells: exactly their column's width, cut with "…".
@Suite struct TableFitTests {
  func text(_ line: Line) -> String { line.map(\.text).joined() }

  @Test func cellsArePaddedOrCutToTheirWidth() {
    #expect(text(Table.fit([Span("Ja")], to: 5)) == "Ja   ")
    #expect(text(Table.fit([Span("42")], to: 5, alignRight: true)) == "   42")
    #expect(text(Table.fit([Span("Informationssäkerhet")], to: 8)) == "Informa…")
    #expect(text(Table.fit([Span("監査監査")], to: 5)) == "監査…")
    #expect(DisplayWidth.of(text(Table.fit([Span("監査監査")], to: 4))) == 4)
  }

  @Test func aCutKeepsTheStylesBeforeIt() {
    let line = Table.fit([Span("Nej ", Style(.levelBad)), Span("↓", Style(.changeWorse))], to: 3)
    #expect(text(line) == "Ne…")
    #expect(line.first?.style.role == .levelBad)
    let fits = Table.fit([Span("Nej", Style(.levelBad)), Span(" ↓", Style(.changeWorse))], to: 6)
    #expect(text(fits) == "Nej ↓ " && fits.map(\.style.role).contains(.changeWorse))
  }
}

@Suite struct JumpTests {
  @Test func gAndGGoToTheFirstAndLastQuestion() {
    var board = dashboard(keys: keys("2G"))
    #expect(board.selectedID == "Q15")
    _ = board.handle(.key(.character("g")))
    #expect(board.selectedID == "Q1")
  }
}

@Suite struct AuditChooserTests {
  /// Thirty audits: the box shows twenty, and the list scrolls only when
  /// the selection leaves those twenty.
  @Test func theChooserScrollsAsItShows() {
    var data = builtInData()
    data.audits = (1...30).map {
      AuditHeader(id: "a\($0)", title: "Granskning \($0)", organisation: "Kommun", year: 2000 + $0)
    }
    var board = dashboard(data, keys: keys("a"))
    for _ in 0..<15 { _ = board.handle(.key(.down)) }
    var text = board.render().text
    #expect(text.contains("› Kommun 2001 – Granskning 1") == false)
    #expect(text.contains("Kommun 2001 – Granskning 1"), "the first still shows")
    #expect(text.contains("› Kommun 2016 – Granskning 16"))
    for _ in 0..<10 { _ = board.handle(.key(.down)) }
    text = board.render().text
    #expect(text.contains("› Kommun 2026 – Granskning 26"))
    #expect(!text.contains("Kommun 2001 – Granskning 1 "), "scrolled on")
    let effects = board.handle(.key(.enter))
    #expect(effects == [.loadAudit("a26")])
  }
}
