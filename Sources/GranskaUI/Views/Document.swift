import GranskaDomain
import GranskaText

/// A scrollable text of styled lines: the Overview and every detail pane.
struct Document {
  var lines: [Line] = []

  mutating func add(_ line: Line) { lines.append(line) }
  mutating func add(_ text: String, _ style: Style = .normal) { lines.append([Span(text, style)]) }
  mutating func blank() { if !(lines.last?.isEmpty ?? true) { lines.append([]) } }

  /// A heading and wrapped text under it, skipped when the text is empty.
  mutating func section(_ heading: String, _ text: String?, width: Int) {
    guard let text, !text.isEmpty else { return }
    blank()
    add(heading, Style(.header))
    paragraph(text, width: width)
  }

  mutating func paragraph(_ text: String, _ style: Style = .normal, width: Int, indent: Int = 0) {
    let pad = String(repeating: " ", count: indent)
    for line in Wrap.lines(text, width: max(1, width - indent)) { add(pad + line, style) }
  }

  /// A list item: "• text", continuation lines indented under the text.
  mutating func bullet(_ text: String, width: Int, style: Style = .normal) {
    for (index, line) in Wrap.lines(text, width: max(1, width - 2)).enumerated() {
      add((index == 0 ? "• " : "  ") + line, style)
    }
  }

  func text(of line: Int) -> String { lines[line].map(\.text).joined() }

  /// Draws the lines from `scroll` into the rectangle.
  func draw(into grid: inout CellGrid, rect: Rect, scroll: Int, query: String) {
    for row in 0..<rect.height {
      let index = scroll + row
      guard index < lines.count else { break }
      grid.draw(lines[index], x: rect.x, y: rect.y + row, width: rect.width)
      grid.highlight(query, x: rect.x, y: rect.y + row, width: rect.width)
    }
  }

  func maxScroll(visible: Int) -> Int { max(0, lines.count - visible) }
}

extension Document {
  /// "Senast ändrad 2026-01-01 01:00 av anna", when the loaded history has it.
  mutating func lastChange(_ entry: HistoryEntry?, data: DashboardData, strings: Strings) {
    guard let entry else { return }
    let time = String(HistoryText.localTime(entry.at, timeZone: data.timeZone).prefix(16))
    add(
      strings.context(.lastChanged(time: time, who: entry.account)),
      Style(.muted))
  }

  /// "Enter går till R1", under the links of a focused detail pane.
  mutating func linkHint(_ ids: [String], strings: Strings) {
    guard !ids.isEmpty else { return }
    add(strings.context(.goTo(id: ids.joined(separator: ", "))), Style(.accent))
  }
}
