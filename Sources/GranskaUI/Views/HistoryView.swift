import GranskaDomain
import GranskaText

extension ViewID {
  public static let history = ViewID("history")
}

/// Every saved change, newest first: when (local time), who, what, old → new.
/// Enter shows one in full; older changes are loaded as the list reaches them.
struct HistoryView: ListingView {
  static let id = ViewID.history
  static let title = TextKey.viewHistory
  static let shape = ViewShape(detail: .below)
  static let bindings: [KeyBinding] = [
    KeyBinding([.enter], .open, .keyOpen, in: .item, statusBar: true, word: .details)
  ]

  var cursor = ListCursor()

  func listing(_ context: ViewContext) -> HistoryTable {
    HistoryTable(data: context.data, strings: context.strings)
  }

  mutating func perform(_ action: Action, _ context: ViewContext) -> ViewCommand {
    action == .open ? .focusDetail : .none
  }

  /// History is loaded a page at a time: near the end of what is loaded,
  /// ask for more.
  func afterMove(_ context: ViewContext) -> [Effect] {
    let data = context.data
    let loaded = data.history.count
    let page = max(1, context.layout.visibleRows - 1)
    guard loaded < data.historyTotal, cursor.selected >= loaded - page else { return [] }
    return [.loadHistory(auditID: data.audit.id, count: loaded + Dashboard.historyPage)]
  }
}

/// The history as a frame shows it.
struct HistoryTable: Listing {
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
    into grid: inout CellGrid, area: Layout.ListArea, cursor: ListCursor, focused: Bool,
    query: String
  ) {
    let rect = area.pane
    let count =
      entries.count < data.historyTotal
      ? "\(strings.number(entries.count)) \(strings[.matchOf]) \(strings.number(data.historyTotal))"
      : strings.number(entries.count)
    Chrome.paneTitle(
      into: &grid, rect: area.title,
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
    table.drawHeader(into: &grid, x: rect.x, y: area.header.y, width: rect.width)
    if entries.isEmpty {
      grid.put(" " + strings[.noHistory], x: rect.x, y: area.body.y, style: Style(.muted))
    }
    let words = words
    table.drawRows(
      into: &grid, rect: area.body,
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
  func detail(of row: Int, width: Int, linking: Bool = false) -> Document? {
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
