import GranskaDomain
import GranskaText

/// Every saved change, newest first: when (local time), who, what, old → new.
struct HistoryView {
  let data: DashboardData
  let strings: Strings

  var entries: [HistoryEntry] { data.history }
  var words: ChangeWords { ChangeWords(strings: strings, audit: data.audit) }

  var rowSpec: RowSpec {
    let entries = entries
    let words = words
    return RowSpec(
      count: entries.count,
      searchText: { i in
        let change = words.describe(entries[i])
        return [entries[i].account, change.subject, change.what, change.change].joined(
          separator: " ")
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
    // Narrow: what and field share a column, so the change keeps its room.
    let wide = rect.width >= 100
    let fixed = wide ? [16, 11, 27, 15] : [16, 10, 26]
    var columns = [
      TableColumn(strings[.time], width: fixed[0]),
      TableColumn(strings[.account], width: fixed[1], searchable: true),
      TableColumn(strings[.entity], width: fixed[2], searchable: true),
    ]
    if wide { columns.append(TableColumn(strings[.field], width: fixed[3], searchable: true)) }
    columns.append(
      TableColumn(
        strings[.changeColumn], width: Table.remaining(rect.width, fixed: fixed), searchable: true))
    let table = Table(columns: columns)
    table.drawHeader(into: &grid, x: rect.x, y: rect.y + 1, width: rect.width)
    if entries.isEmpty {
      grid.put(" " + strings[.noHistory], x: rect.x, y: rect.y + 2, style: Style(.muted))
    }
    let words = words
    table.drawRows(
      into: &grid, rect: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2),
      count: entries.count, cursor: cursor, query: query
    ) { index in
      let entry = entries[index]
      let change = words.describe(entry)
      let time = String(HistoryText.localTime(entry.at, timeZone: data.timeZone).prefix(16))
      let what: [Line] =
        wide
        ? [[Span(change.subject)], [Span(change.what)]]
        : [[Span(change.subject), Span(" · \(change.what)", Style(.muted))]]
      // A value of several lines (a note) on one row, its lines apart by " / ".
      let oneLine = change.change.split(separator: "\n").joined(separator: " / ")
      return .cells(
        [[Span(time, Style(.muted))], [Span(entry.account)]] + what + [[Span(oneLine)]])
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
    let change = words.describe(entry)
    doc.paragraph("\(change.subject) · \(change.what)", Style(.accent), width: width)
    if let old = change.old {
      doc.section("−", old, width: width)
      doc.section("+", change.new, width: width)
    } else {
      doc.blank()
      doc.paragraph(change.new, width: width)
    }
    return doc
  }
}
