import GranskaDomain
import GranskaText

/// Every saved change, newest first: when (local time), who, what, old → new.
struct HistoryView {
  let data: DashboardData
  let strings: Strings

  var entries: [HistoryEntry] { data.history }

  var rowSpec: RowSpec {
    let entries = entries
    let words = ChangeWords(strings: strings, audit: data.audit)
    return RowSpec(
      count: entries.count,
      searchText: { i in
        let e = entries[i]
        return [
          e.account, words.entity(e.entity), e.entityID, words.field(e.field),
          words.value(e.oldValue, field: e.field), words.value(e.newValue, field: e.field),
        ].joined(separator: " ")
      })
  }

  func render(
    into grid: inout CellGrid, rect: Rect, cursor: ListCursor, focused: Bool, query: String
  ) {
    Chrome.paneTitle(
      into: &grid, rect: rect,
      title: [Span(" \(strings[.viewHistory]) "), Span("\(entries.count) ", Style(.muted))],
      focused: focused)
    let whoWidth = 12
    let whatWidth = rect.width >= 100 ? 28 : 16
    let fieldWidth = 14
    let changeWidth = max(1, rect.width - 1 - 17 - whoWidth - whatWidth - fieldWidth)
    let header =
      " " + DisplayWidth.pad(strings[.time], to: 17)
      + DisplayWidth.pad(strings[.account], to: whoWidth)
      + DisplayWidth.pad(strings[.entity], to: whatWidth)
      + DisplayWidth.pad(strings[.field], to: fieldWidth)
      + strings[.changeColumn]
    grid.put(header, x: rect.x, y: rect.y + 1, style: Style(.header), width: rect.width)
    if entries.isEmpty {
      grid.put(" " + strings[.noHistory], x: rect.x, y: rect.y + 2, style: Style(.muted))
    }
    for row in 0..<(rect.height - 2) {
      let i = cursor.top + row
      guard i < entries.count else { break }
      let entry = entries[i]
      let selected = i == cursor.selected
      let base = Style(selected ? .selection : .normal)
      let y = rect.y + 2 + row
      if selected { grid.fill(x: rect.x, y: y, width: rect.width, height: 1, style: base) }
      let words = ChangeWords(strings: strings, audit: data.audit)
      // Narrow: the id alone ("R1"); the kind is in the detail pane.
      let what =
        rect.width >= 100 ? "\(words.entity(entry.entity)) \(entry.entityID)" : entry.entityID
      let change =
        "\(words.value(entry.oldValue, field: entry.field)) → \(words.value(entry.newValue, field: entry.field))"
      let line: Line = [
        Span(selected ? "›" : " ", base),
        Span(
          DisplayWidth.pad(
            String(HistoryText.localTime(entry.at, timeZone: data.timeZone).prefix(16)), to: 17),
          Style(selected ? .selection : .muted)),
        Span(DisplayWidth.pad(entry.account, to: whoWidth), base),
        Span(
          DisplayWidth.pad(what, to: whatWidth), base),
        Span(DisplayWidth.pad(words.field(entry.field), to: fieldWidth), base),
        Span(DisplayWidth.pad(change, to: changeWidth), base),
      ]
      grid.draw(line, x: rect.x, y: y, width: rect.width)
      grid.highlight(query, x: rect.x + 18, y: y, width: rect.width - 18)
    }
  }

  /// One change in full: long old and new values wrap here.
  func detail(for row: Int, width: Int) -> Document {
    var doc = Document()
    guard entries.indices.contains(row) else { return doc }
    let entry = entries[row]
    doc.add(
      "\(HistoryText.localTime(entry.at, timeZone: data.timeZone)) · \(entry.account)",
      Style(.normal, bold: true))
    let words = ChangeWords(strings: strings, audit: data.audit)
    doc.add(
      "\(words.entity(entry.entity)) \(entry.entityID) · \(words.field(entry.field))",
      Style(.accent))
    doc.section("−", words.value(entry.oldValue, field: entry.field), width: width)
    doc.section("+", words.value(entry.newValue, field: entry.field), width: width)
    return doc
  }
}
