import GranskaDomain
import GranskaText

/// `?`: the keys of the current view, straight from the key table.
struct HelpOverlay {
  let view: ViewID
  let strings: Strings

  var lines: [Line] {
    let groups = KeyBinding.groups(in: view)
    let keyTexts = groups.map { $0.keys.map(\.displayName).joined(separator: " ") }
    let keyWidth = keyTexts.map(DisplayWidth.of).max() ?? 0
    var lines: [Line] = [
      [
        Span(
          DisplayWidth.pad(strings[.keyColumn], to: keyWidth + 2) + strings[.actionColumn],
          Style(.header))
      ]
    ]
    for (group, keys) in zip(groups, keyTexts) {
      lines.append([
        Span(DisplayWidth.pad(keys, to: keyWidth + 2), Style(.accent)), Span(strings[group.label]),
      ])
    }
    // The mouse, where the terminal sends it.
    let mouseWidth = max(
      keyWidth, mouseBindings.map { DisplayWidth.of(strings.mouse($0.0)) }.max()!)
    lines.append([])
    lines.append([Span(strings.mouse(.heading), Style(.header))])
    for (what, does) in mouseBindings {
      lines.append([
        Span(DisplayWidth.pad(strings.mouse(what), to: mouseWidth + 2), Style(.accent)),
        Span(strings.mouse(does)),
      ])
    }
    return lines
  }

  func render(into grid: inout CellGrid, scroll: Int) {
    let lines = lines
    let width = (lines.map { $0.reduce(0) { $0 + DisplayWidth.of($1.text) } }.max() ?? 20) + 6
    let title = "\(strings[.helpTitle]) – \(strings[view.title])"
    let inner = drawBox(
      into: &grid, width: max(width, DisplayWidth.of(title) + 8), height: lines.count + 4,
      title: title)
    let visible = max(1, inner.height - 1)
    let start = min(scroll, max(0, lines.count - visible))
    for row in 0..<visible where start + row < lines.count {
      grid.draw(lines[start + row], x: inner.x, y: inner.y + row, width: inner.width)
    }
    grid.put(
      strings[.helpFooter], x: inner.x, y: inner.y + inner.height - 1, style: Style(.muted),
      width: inner.width)
  }
}

/// `a`: choose which of the database's audits to show.
struct AuditChooser {
  let data: DashboardData
  let strings: Strings

  func render(into grid: inout CellGrid, cursor: ListCursor) {
    let inner = drawBox(
      into: &grid, width: grid.size.width - 8, height: min(data.audits.count, 20) + 2,
      title: strings[.auditsTitle])
    var cursor = cursor
    cursor.scrollIntoView(
      rows: RowSpec(count: data.audits.count, searchText: { _ in "" }), visible: inner.height)
    for row in 0..<inner.height {
      let index = cursor.top + row
      guard index < data.audits.count else { break }
      let audit = data.audits[index]
      let selected = index == cursor.selected
      let style = Style(selected ? .selection : .normal)
      if selected {
        grid.fill(x: inner.x, y: inner.y + row, width: inner.width, height: 1, style: style)
      }
      grid.draw(
        [
          Span(selected ? "› " : "  ", style),
          Span("\(audit.organisation) \(audit.year) – \(audit.title)", style),
        ],
        x: inner.x, y: inner.y + row, width: inner.width)
    }
  }
}

/// A short list to choose one from (a status, a filter): the current
/// value marked ✓, numbered 1–5 when there are no more than five.
struct ChooserView {
  let title: String
  let options: [ChooserOption]
  let footer: String

  var numbered: Bool { options.count <= 5 }

  func render(into grid: inout CellGrid, choice: Int) {
    let labels = options.enumerated().map { index, option in
      (numbered ? "\(index + 1)  " : "") + option.label + (option.isCurrent ? "  ✓" : "")
    }
    let width =
      ([footer, title].map(DisplayWidth.of) + labels.map { DisplayWidth.of($0) + 2 }).max()! + 6
    let inner = drawBox(
      into: &grid, width: width, height: min(options.count, 16) + 4, title: title)
    let visible = max(1, inner.height - 2)
    let top = min(max(0, choice - visible + 1), max(0, options.count - visible))
    for row in 0..<visible where top + row < options.count {
      let index = top + row
      let selected = index == choice
      let style = Style(selected ? .selection : .normal, bold: options[index].isCurrent)
      if selected {
        grid.fill(x: inner.x, y: inner.y + row, width: inner.width, height: 1, style: style)
      }
      grid.draw(
        [Span(selected ? "› " : "  ", style), Span(labels[index], style)], x: inner.x,
        y: inner.y + row, width: inner.width)
    }
    grid.put(
      footer, x: inner.x, y: inner.y + inner.height - 1, style: Style(.muted), width: inner.width)
  }
}

/// A message too long for two lines of the status bar, in a box; the
/// next key closes it (Esc does nothing else).
struct MessageBox {
  let message: String
  let strings: Strings

  func render(into grid: inout CellGrid) {
    let width = grid.size.width - 2
    // The box's inside is 4 columns narrower than the box: wrap to that.
    let lines = Wrap.lines(message, width: max(1, width - 4))
    let inner = drawBox(
      into: &grid, width: width, height: lines.count + 4, title: strings.find(.messageTitle))
    for (row, line) in lines.prefix(max(1, inner.height - 2)).enumerated() {
      grid.put(line, x: inner.x, y: inner.y + row, style: Style(.error), width: inner.width)
    }
    grid.put(
      strings.find(.closeHint), x: inner.x, y: inner.y + inner.height - 1, style: Style(.muted),
      width: inner.width)
  }
}
