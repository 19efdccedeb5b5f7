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
    setFocus(.list)
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
