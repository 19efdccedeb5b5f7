import GranskaText

/// Search: `/` types a query, Enter finds the next row that holds it (any
/// case), `n`/`N` go on, Esc clears. Works in every view's list.
extension Dashboard {
  mutating func editSearch(_ key: Key) {
    switch key {
    case .enter:
      state.search.isEditing = false
      state.search.query = state.search.draft
      refreshMatches()
      if state.search.query.isEmpty { return }
      findMatch(forward: true, includingCurrent: true)
    case .escape, .control("c"):
      state.search = SearchState()
    case .backspace:
      if !state.search.draft.isEmpty { state.search.draft.removeLast() }
    case .character(let character):
      state.search.draft.append(contentsOf: Sanitize.line(String(character)))
    default:
      break
    }
  }

  /// Rows of the current view, as text to search in.
  private var searchRows: [String] {
    if state.view == .overview {
      let document = overviewView.document(width: overviewWidth)
      return document.lines.indices.map(document.text(of:))
    }
    guard let rows = rowSpec else { return [] }
    return (0..<rows.count).map { rows.isSelectable($0) ? rows.searchText($0) : "" }
  }

  /// Finds again the rows that hold the query, after anything that changes
  /// the rows (the view, the data, the filter, the width of the Overview).
  mutating func refreshMatches() {
    let query = state.search.query
    guard !query.isEmpty else {
      state.search.matches = []
      return
    }
    state.search.matches = searchRows.enumerated().compactMap { index, text in
      text.range(of: query, options: .caseInsensitive) != nil ? index : nil
    }
  }

  mutating func findMatch(forward: Bool, includingCurrent: Bool = false) {
    let query = state.search.query
    guard !query.isEmpty else { return }
    let matches = state.search.matches
    let current = currentCursor.selected
    let next: Int?
    if forward {
      next = matches.first { includingCurrent ? $0 >= current : $0 > current } ?? matches.first
    } else {
      next = matches.last { $0 < current } ?? matches.last
    }
    guard let next else {
      state.message = "\(strings[.noMatch]) ”\(query)”"
      return
    }
    state.focus = .list
    if state.view == .overview {
      let document = overviewView.document(width: overviewWidth)
      state.overviewScroll = clamp(next, document.maxScroll(visible: layout.content.height))
      return
    }
    guard let rows = rowSpec else { return }
    var cursor = currentCursor
    cursor.select(next, in: rows, visible: visibleRows)
    setCursor(cursor)
  }

  /// "/query 2 av 5" for the status bar.
  var searchStatus: String? {
    let query = state.search.query
    guard !query.isEmpty else { return nil }
    let matches = state.search.matches
    let position = (matches.firstIndex(of: currentCursor.selected) ?? -1) + 1
    let place = position > 0 ? "\(position) \(strings[.matchOf]) " : ""
    return "/\(query)  \(place)\(matches.count)"
  }
}

extension Dashboard {
  /// Keys while an overlay is open: the same table, read for the overlay.
  mutating func handleOverlay(_ action: Action) -> [Effect] {
    switch state.overlay {
    case .help(let scroll):
      switch action {
      case .cancel, .help, .quit: state.overlay = nil
      case .up: state.overlay = .help(scroll: max(0, scroll - 1))
      case .down: state.overlay = .help(scroll: scroll + 1)
      case .pageUp: state.overlay = .help(scroll: max(0, scroll - 10))
      case .pageDown: state.overlay = .help(scroll: scroll + 10)
      case .showView(let view):
        state.overlay = nil
        return apply(.showView(view))
      default: break
      }
    case .audits(var cursor):
      let rows = RowSpec(count: data.audits.count, searchText: { _ in "" })
      switch action {
      case .cancel, .quit, .chooseAudit: state.overlay = nil
      case .up: cursor.move(by: -1, in: rows, visible: 10)
      case .down: cursor.move(by: 1, in: rows, visible: 10)
      case .open:
        state.overlay = nil
        return [.loadAudit(data.audits[cursor.selected].id)]
      default: break
      }
      if state.overlay != nil { state.overlay = .audits(cursor) }
    case nil:
      break
    }
    return []
  }

  /// A click selects the row or tab under it and focuses its pane; the
  /// wheel moves through the pane under the pointer.
  mutating func handleMouse(_ mouse: MouseEvent) {
    guard !layout.isTooSmall, state.overlay == nil, !state.search.isEditing else { return }
    if mouse.y == 0, mouse.kind == .press {
      if let view = Chrome.tab(
        at: mouse.x, width: size.width, current: state.view, strings: strings)
      {
        show(view, focus: .list)
      }
      return
    }
    let panes = layout.panes
    if let detail = panes.detail, detail.contains(x: mouse.x, y: mouse.y) {
      state.focus = .detail
    } else if panes.list.contains(x: mouse.x, y: mouse.y) {
      if state.view != .overview { state.focus = .list }
      if mouse.kind == .press, let rows = rowSpec {
        let row = currentCursor.top + mouse.y - panes.list.y - headerRows
        if row >= currentCursor.top, row < rows.count, rows.isSelectable(row) {
          var cursor = currentCursor
          cursor.select(row, in: rows, visible: visibleRows)
          setCursor(cursor)
        }
      }
    } else {
      return
    }
    switch mouse.kind {
    case .wheelUp:
      _ = apply(.up)
      _ = apply(.up)
      _ = apply(.up)
    case .wheelDown:
      _ = apply(.down)
      _ = apply(.down)
      _ = apply(.down)
    default: break
    }
  }
}
