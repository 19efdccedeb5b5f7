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
    let count =
      entries.count < data.historyTotal
      ? "\(strings.number(entries.count)) \(strings[.matchOf]) \(strings.number(data.historyTotal))"
      : strings.number(entries.count)
    Chrome.paneTitle(
      into: &grid, rect: rect,
      title: [Span(" \(strings[.viewHistory]) "), Span(count + " ", Style(.muted))],
      focused: focused)
    let wide = rect.width >= 100
    let fixed = [16, 11, wide ? 27 : 15, 13]
    let table = Table(
      columns: [
        TableColumn(strings[.time], width: fixed[0]),
        TableColumn(strings[.account], width: fixed[1], searchable: true),
        TableColumn(strings[.entity], width: fixed[2], searchable: true),
        TableColumn(strings[.field], width: fixed[3], searchable: true),
        TableColumn(
          strings[.changeColumn], width: Table.remaining(rect.width, fixed: fixed), searchable: true
        ),
      ])
    table.drawHeader(into: &grid, x: rect.x, y: rect.y + 1, width: rect.width)
    if entries.isEmpty {
      grid.put(" " + strings[.noHistory], x: rect.x, y: rect.y + 2, style: Style(.muted))
    }
    let words = ChangeWords(strings: strings, audit: data.audit)
    table.drawRows(
      into: &grid, rect: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2),
      count: entries.count, cursor: cursor, query: query
    ) { index in
      let entry = entries[index]
      // Narrow: the id alone ("R1"); the kind is in the detail pane.
      let what = wide ? "\(words.entity(entry.entity)) \(entry.entityID)" : entry.entityID
      let change =
        "\(words.value(entry.oldValue, field: entry.field)) → \(words.value(entry.newValue, field: entry.field))"
      let time = String(HistoryText.localTime(entry.at, timeZone: data.timeZone).prefix(16))
      return .cells([
        [Span(time, Style(.muted))], [Span(entry.account)], [Span(what)],
        [Span(words.field(entry.field))], [Span(change)],
      ])
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
