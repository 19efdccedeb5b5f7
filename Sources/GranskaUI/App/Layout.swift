import GranskaText

/// How a view uses the screen below the tab bar.
struct ViewShape: Sendable {
  enum Detail: Sendable {
    /// One pane only (the Overview).
    case none
    /// A detail pane below the list.
    case below
    /// Below the list, or beside it from `Layout.sideBySideWidth` columns
    /// (for tables narrow enough to share the width).
    case besideWhenWide
  }

  var detail: Detail
  /// Rows of the list pane above its first row: its title and headings.
  var headerRows = 2
  /// Rows below its last row (a legend).
  var footerRows = 0
  /// Stacked, the focused pane takes the larger share (the matrix).
  var focusedPaneGrows = false
}

/// A share of a rectangle along one axis, as ratatui's constraints.
enum Constraint {
  /// This many rows or columns (fewer when the rest is used up).
  case length(Int)
  /// What the lengths leave.
  case fill
}

extension Rect {
  enum Axis { case rows, columns }

  /// Consecutive rectangles down (rows) or across (columns), one per constraint.
  func split(_ axis: Axis, _ constraints: [Constraint]) -> [Rect] {
    let total = axis == .rows ? height : width
    let fixed = constraints.reduce(0) {
      if case .length(let n) = $1 { return $0 + max(0, n) }
      return $0
    }
    // Fills share what is left evenly; the last takes the remainder.
    let fills = constraints.count { if case .fill = $0 { true } else { false } }
    let left = max(0, total - fixed)
    var fillsSeen = 0
    var start = 0
    return constraints.map { constraint in
      var size: Int
      switch constraint {
      case .length(let n): size = max(0, n)
      case .fill:
        fillsSeen += 1
        size = fillsSeen == fills ? left - left / fills * (fills - 1) : left / fills
      }
      size = min(size, max(0, total - start))
      defer { start += size }
      return axis == .rows
        ? Rect(x: x, y: y + start, width: width, height: size)
        : Rect(x: x + start, y: y, width: size, height: height)
    }
  }

  /// The rectangle less `columns` on the left.
  func inset(left columns: Int) -> Rect {
    Rect(x: x + columns, y: y, width: width - columns, height: height)
  }
}

/// Where everything goes on a screen of a given size, for a view: every
/// rectangle computed here, in one place, so that drawing, moving ("one
/// page down") and the mouse all use the same ones.
struct Layout {
  static let minimum = Size(width: 60, height: 16)
  /// From this width, list and detail panes stand side by side (in the views
  /// whose tables are narrow enough to share the width).
  static let sideBySideWidth = 120

  /// A view's tab: its label as it fits, and where it is.
  struct Tab {
    var view: ViewID
    var label: String
    var rect: Rect
  }

  /// The list pane: its title row, column headings, rows, and a legend below.
  struct ListArea {
    var pane: Rect
    var title: Rect
    var header: Rect
    var body: Rect
    var footer: Rect
  }

  /// The detail pane: its title row, and the text below it.
  struct DetailArea {
    var pane: Rect
    var title: Rect
    var body: Rect
  }

  let size: Size
  let isTooSmall: Bool
  let tabBar: Rect
  let tabs: [Tab]
  let statusBar: Rect
  let content: Rect
  let list: ListArea
  let detail: DetailArea?

  /// - Parameters:
  ///   - marker: shown at the tab bar's right end (read-only): the tabs make room for it.
  ///   - listedRows: the rows the list holds, when known: a short list
  ///     stacked above its detail pane is no taller than they need.
  init(
    size: Size, shape: ViewShape, focus: Pane, current: ViewID, strings: Strings,
    marker: String?, listedRows: Int? = nil
  ) {
    self.size = size
    isTooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
    let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
    let rows = screen.split(.rows, [.length(1), .fill, .length(1)])
    (tabBar, content, statusBar) = (rows[0], rows[1], rows[2])
    tabs = Self.tabs(
      in: tabBar, reserved: marker.map { DisplayWidth.of($0) + 2 } ?? 0, current: current,
      strings: strings)
    let panes = Self.panes(of: content, shape: shape, focus: focus, listedRows: listedRows)
    let list = panes[0].split(
      .rows,
      [
        .length(min(1, shape.headerRows)), .length(max(0, shape.headerRows - 1)), .fill,
        .length(shape.footerRows),
      ])
    self.list = ListArea(
      pane: panes[0], title: list[0], header: list[1], body: list[2], footer: list[3])
    detail = panes.count > 1 ? Self.detailArea(panes[1]) : nil
  }

  /// The list pane and, for views that have one, the detail pane.
  private static func panes(of content: Rect, shape: ViewShape, focus: Pane, listedRows: Int?)
    -> [Rect]
  {
    switch shape.detail {
    case .none:
      return [content]
    case .besideWhenWide where content.width >= sideBySideWidth:
      let parts = content.split(.columns, [.length(content.width * 3 / 5), .length(1), .fill])
      return [parts[0], parts[2]]
    case .below, .besideWhenWide:
      let listHeight =
        shape.focusedPaneGrows && focus == .list
        ? content.height - matrixPreviewRows(content.height)
        : max(5, content.height * 9 / 20)
      let needed = listedRows.map { shape.headerRows + shape.footerRows + max(2, $0) }
      return content.split(.rows, [.length(min(listHeight, needed ?? listHeight)), .fill])
    }
  }

  private static func detailArea(_ pane: Rect) -> DetailArea {
    let parts = pane.split(.rows, [.length(1), .fill])
    return DetailArea(
      pane: pane, title: parts[0],
      body: Rect(x: pane.x + 1, y: parts[1].y, width: pane.width - 2, height: parts[1].height))
  }

  /// The stacked list that grows gives the rows the room (the matrix: at
  /// 80×24 at least ten questions show) and keeps a few rows of the selected
  /// one below; Tab to the detail pane makes it the larger.
  static func matrixPreviewRows(_ height: Int) -> Int { max(3, height / 7) }

  /// The tab labels and where each is; when the names do not fit, other
  /// views show only their number.
  private static func tabs(in bar: Rect, reserved: Int, current: ViewID, strings: Strings)
    -> [Tab]
  {
    let full = ViewID.allCases.map { ($0, " \($0.number) \(strings[$0.title]) ") }
    let fullWidth = full.reduce(0) { $0 + DisplayWidth.of($1.1) }
    let short = fullWidth > bar.width - reserved
    var x = bar.x
    return full.map { view, label in
      let shown = short && view != current ? " \(view.number) " : label
      let width = DisplayWidth.of(shown)
      defer { x += width }
      return Tab(view: view, label: shown, rect: Rect(x: x, y: bar.y, width: width, height: 1))
    }
  }

  /// Rows of the list pane for rows of data (at least one).
  var visibleRows: Int { max(1, list.body.height) }

  /// Rows and columns of the detail pane left for text.
  var detailRows: Int { max(1, detail?.body.height ?? 1) }
  var detailWidth: Int { max(1, detail?.body.width ?? 1) }
}
