/// Where things go on a screen of a given size, for a view. The reducer and
/// the views share it, so "one page down" means the rows the user sees.
struct Layout {
  static let minimum = Size(width: 60, height: 16)
  /// From this width, list and detail panes stand side by side (in the views
  /// whose tables are narrow enough to share the width).
  static let sideBySideWidth = 120

  let size: Size
  let view: ViewID
  /// The focused pane: in the stacked matrix it gets the larger share.
  var focus: Pane = .list

  var isTooSmall: Bool { size.width < Self.minimum.width || size.height < Self.minimum.height }
  var tabBar: Rect { Rect(x: 0, y: 0, width: size.width, height: 1) }
  var statusBar: Rect { Rect(x: 0, y: size.height - 1, width: size.width, height: 1) }
  var content: Rect { Rect(x: 0, y: 1, width: size.width, height: size.height - 2) }

  var hasDetail: Bool { view != .overview }
  private var sideBySide: Bool {
    size.width >= Self.sideBySideWidth && (view == .matrix || view == .recommendations)
  }

  /// The list pane and, for views that have one, the detail pane. Each pane's
  /// first row is its title.
  var panes: (list: Rect, detail: Rect?) {
    let content = content
    guard hasDetail else { return (content, nil) }
    if sideBySide {
      let listWidth = size.width * 3 / 5
      return (
        Rect(x: 0, y: content.y, width: listWidth, height: content.height),
        Rect(
          x: listWidth + 1, y: content.y, width: size.width - listWidth - 1,
          height: content.height)
      )
    }
    let listHeight =
      view == .matrix && focus == .list
      ? content.height - Self.matrixPreviewRows(content.height)
      : max(5, content.height * 9 / 20)
    return (
      Rect(x: 0, y: content.y, width: size.width, height: listHeight),
      Rect(x: 0, y: content.y + listHeight, width: size.width, height: content.height - listHeight)
    )
  }

  /// The stacked matrix gives the questions the room (at 80×24 at least ten
  /// show) and keeps a few rows of the selected one below; Tab to the
  /// detail pane makes it the larger.
  static func matrixPreviewRows(_ height: Int) -> Int { max(3, height / 7) }

  /// Rows of the list pane left for data, below its title and headers.
  func listRows(headerRows: Int) -> Int { max(1, panes.list.height - headerRows) }

  /// Rows and columns of the detail pane left for text, below its title.
  var detailRows: Int { max(1, (panes.detail?.height ?? 1) - 1) }
  var detailWidth: Int { max(1, (panes.detail?.width ?? 1) - 2) }
}
