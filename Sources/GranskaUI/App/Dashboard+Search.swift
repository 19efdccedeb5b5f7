import GranskaText

/// Search: `/` types a query (the `SearchPrompt` layer), Enter finds the
/// first row that holds it (any case) from the top, those whose own words
/// hold it first; `n`/`N` go on in that order, Esc clears. Works in every
/// view's rows; a search belongs to its view and is cleared on leaving it.
extension Dashboard {
  /// Enter in the search prompt: finds the first row that holds the text.
  mutating func commitSearch(_ text: String, allRounds: Bool = false) {
    state.search.query = text
    state.search.view = state.view
    state.search.allRounds = allRounds
    refreshMatches()
    if text.isEmpty { return }
    findMatch(forward: true, fromTop: true)
  }

  /// Finds again the rows that hold the query, after anything that changes
  /// the rows (the view, the data, the filter, the width of the Overview):
  /// those whose own words hold it, then those by a short word they carry,
  /// then by longer text, each top down.
  mutating func refreshMatches() {
    let query = state.search.query
    guard !query.isEmpty else {
      state.search.matches = []
      return
    }
    let rows = current.rows(context())
    var found: [SearchField.Kind: [Int]] = [:]
    for row in 0..<rows.count where rows.isSelectable(row) {
      let fields = searchedFields(rows.searchFields(row))
      // One look through all its words first: most rows do not hold it.
      guard holds(fields.lazy.map(\.text).joined(separator: "\n")) else { continue }
      guard let best = fields.filter(holdsQuery).map(\.kind).min() else { continue }
      found[best, default: []].append(row)
    }
    state.search.matches = found.keys.sorted().flatMap { found[$0]! }
  }

  /// The fields searched: levels of earlier rounds only when asked for.
  private func searchedFields(_ fields: [SearchField]) -> [SearchField] {
    state.search.allRounds ? fields : fields.filter { $0.kind != .earlierRound }
  }

  private func holdsQuery(_ field: SearchField) -> Bool { holds(field.text) }

  private func holds(_ text: String) -> Bool {
    text.range(of: state.search.query, options: .caseInsensitive) != nil
  }

  /// Where the selected row holds the query, when not in the words it
  /// shows: "avsnittets iakttagelser", "nivån i Uppföljning våren 2025".
  private var matchedField: String? {
    let rows = current.rows(context())
    let selected = currentCursor.selected
    guard selected < rows.count else { return nil }
    let found = searchedFields(rows.searchFields(selected)).filter(holdsQuery)
    guard found.allSatisfy({ $0.name != nil }) else { return nil }
    return found.first?.name
  }

  /// The next match in the order found (from the first, with `fromTop`);
  /// from a row that is no match, the next one below or above it.
  mutating func findMatch(forward: Bool, fromTop: Bool = false) {
    let query = state.search.query
    guard !query.isEmpty else { return }
    let matches = state.search.matches
    let here = currentCursor.selected
    let next: Int?
    if fromTop {
      next = matches.first
    } else if let position = matches.firstIndex(of: here) {
      next = matches[(position + (forward ? 1 : matches.count - 1)) % matches.count]
    } else if forward {
      next = matches.sorted().first { $0 > here } ?? matches.first
    } else {
      next = matches.sorted().last { $0 < here } ?? matches.last
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

  /// "/nej  3 av 5 träffar" for the status bar, and where the selected
  /// row matched when it does not show it ("· i avsnittets rubrik").
  var searchStatus: String? {
    let query = state.search.query
    guard !query.isEmpty else { return nil }
    let matches = state.search.matches
    let position = matches.firstIndex(of: currentCursor.selected).map { $0 + 1 }
    let scope = state.search.allRounds ? " \(strings.find(.inAllRounds))" : ""
    let status = "/\(query)\(scope)  \(strings.matches(matches.count, at: position))"
    guard position != nil, let field = matchedField else { return status }
    return status + " · " + strings.find(.matchedIn(field: field))
  }
}
