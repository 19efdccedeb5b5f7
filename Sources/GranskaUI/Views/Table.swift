import GranskaText

/// One column of a `Table`: its title, its width in terminal columns, and
/// whether its text lines up on the right (numbers).
struct TableColumn {
  var title: String
  var width: Int
  var alignRight = false
  /// Search matches are highlighted in this column.
  var searchable = false

  init(_ title: String, width: Int, alignRight: Bool = false, searchable: Bool = false) {
    self.title = title
    self.width = max(0, width)
    self.alignRight = alignRight
    self.searchable = searchable
  }
}

/// A row of a `Table`.
enum TableRow {
  /// A cell per column. `marker` shows before an unselected row (e.g. "!"
  /// for overdue); `bold` for rows such as a total.
  case cells([Line], marker: Span? = nil, bold: Bool = false)
  /// A heading across all columns (e.g. a report section); not selectable.
  case heading(Line)
}

/// The widget every list view draws with: a header, then rows with each
/// cell padded or cut ("…") to its column, and search matches highlighted.
/// The selected row is marked "›" and its first cell highlighted — not the
/// whole row, so that moving the selection over a slow link redraws a few
/// cells rather than two full rows. Only visible rows are built.
struct Table {
  static let markerWidth = 1
  static let gap = 1

  var columns: [TableColumn]

  /// The width left for one flexible column beside `fixed` others.
  static func remaining(_ width: Int, fixed: [Int]) -> Int {
    max(1, width - markerWidth - fixed.reduce(0, +) - gap * fixed.count)
  }

  func drawHeader(into grid: inout CellGrid, x: Int, y: Int, width: Int) {
    var line: Line = [Span(String(repeating: " ", count: Self.markerWidth), Style(.header))]
    for column in columns {
      line += Self.fit(
        [Span(column.title, Style(.header))], to: column.width, alignRight: column.alignRight)
      line.append(Span(" ", Style(.header)))
    }
    grid.draw(line, x: x, y: y, width: width)
  }

  /// Draws rows `cursor.top…` into `rect`; `row(i)` builds row i.
  func drawRows(
    into grid: inout CellGrid, rect: Rect, count: Int, cursor: ListCursor, query: String,
    row: (Int) -> TableRow
  ) {
    for offset in 0..<rect.height {
      let index = cursor.top + offset
      guard index < count else { break }
      let y = rect.y + offset
      switch row(index) {
      case .heading(let line):
        grid.draw(line, x: rect.x, y: y, width: rect.width)
        grid.highlight(query, x: rect.x, y: y, width: rect.width)
      case .cells(let cells, let marker, let bold):
        let selected = index == cursor.selected
        var line: Line = [selected ? Span("›", Style(.accent, bold: true)) : (marker ?? Span(" "))]
        var x = rect.x + Self.markerWidth
        var highlights: [(x: Int, width: Int)] = []
        for (number, (column, cell)) in zip(columns, cells).enumerated() {
          let styled = cell.map { Self.restyle($0, selected: selected && number == 0, bold: bold) }
          line += Self.fit(styled, to: column.width, alignRight: column.alignRight)
          line.append(Span(" "))
          if column.searchable { highlights.append((x, column.width)) }
          x += column.width + Self.gap
        }
        grid.draw(line, x: rect.x, y: y, width: rect.width)
        for place in highlights { grid.highlight(query, x: place.x, y: y, width: place.width) }
      }
    }
  }

  /// The selected row's first cell takes the selection's look (the fill
  /// too); bold rows such as a total stay bold.
  static func restyle(_ span: Span, selected: Bool, bold: Bool) -> Span {
    var style = span.style
    if selected { style.role = .selection }
    if bold { style.bold = true }
    return Span(span.text, style)
  }

  /// A line padded with spaces, or cut with "…", to exactly `width` columns.
  static func fit(_ line: Line, to width: Int, alignRight: Bool = false) -> Line {
    let total = line.reduce(0) { $0 + DisplayWidth.of($1.text) }
    if total <= width {
      let fill = Span(String(repeating: " ", count: width - total), line.last?.style ?? .normal)
      return alignRight ? [fill] + line : line + [fill]
    }
    var result: Line = []
    var used = 0
    for span in line {
      let room = width - used
      if room <= 0 { break }
      let spanWidth = DisplayWidth.of(span.text)
      // Too long as a whole: the span that reaches the edge ends in "…".
      if spanWidth < room {
        result.append(span)
        used += spanWidth
      } else {
        let cut = DisplayWidth.truncate(span.text, to: room)
        result.append(Span(cut, span.style))
        used += DisplayWidth.of(cut)
        break
      }
    }
    if used < width { result.append(Span(String(repeating: " ", count: width - used), .normal)) }
    return result
  }
}
