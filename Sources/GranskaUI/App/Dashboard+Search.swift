import GranskaText

/// Search: `/` types a query (the `SearchPrompt` layer), Enter finds the
/// next row that holds it (any case), `n`/`N` go on, Esc clears. Works in
/// every view's rows; a search belongs to its view and is cleared on
/// leaving it.
extension Dashboard {
  /// Enter in the search prompt: finds the next row that holds the text.
  mutating func commitSearch(_ text: String) {
    state.search.query = text
    state.search.view = state.view
    refreshMatches()
    if text.isEmpty { return }
    findMatch(forward: true, includingCurrent: true)
  }

  /// Rows of the current view, as text to search in.
  private var searchRows: [String] {
    let rows = current.rows(context())
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
    let here = currentCursor.selected
    let next: Int?
    if forward {
      next = matches.first { includingCurrent ? $0 >= here : $0 > here } ?? matches.first
    } else {
      next = matches.last { $0 < here } ?? matches.last
    }
    guard let next else {
      state.message = "\(strings[.noMatch]) ”\(query)”"
      return
    }
    setFocus(.list)
    select(next)
    scrollDetailToMatch()
  }

  /// A row may match in text only its detail pane shows (a section's
  /// observations, a note): the pane scrolls to the first line that holds
  /// the query, so the highlighted word says why the row was found.
  private mutating func scrollDetailToMatch() {
    state.detailRow = nil
    guard let document = detailDocument() else { return }
    let query = state.search.query
    let line = document.lines.indices.first {
      document.text(of: $0).range(of: query, options: .caseInsensitive) != nil
    }
    guard let line, line >= layout.detailRows else {
      state.detailScroll = 0
      return
    }
    state.detailScroll = min(line, max(0, document.lines.count - layout.detailRows))
  }

  /// "/nej  3 av 5 träffar" for the status bar.
  var searchStatus: String? {
    let query = state.search.query
    guard !query.isEmpty else { return nil }
    let matches = state.search.matches
    let position = matches.firstIndex(of: currentCursor.selected).map { $0 + 1 }
    return "/\(query)  \(strings.matches(matches.count, at: position))"
  }
}
