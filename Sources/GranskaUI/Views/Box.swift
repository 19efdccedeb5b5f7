import GranskaText

/// A box drawn over the view, centred, with a title: forms, help, the
/// choosers and long messages.
enum Box {
  /// Where a box of (at most) this size goes on a screen: the box, and its
  /// inside (two columns in, a row below the top border).
  static func place(width: Int, height: Int, on size: Size) -> (box: Rect, inside: Rect) {
    let w = max(4, min(width, size.width - 2))
    let h = max(3, min(height, size.height - 2))
    let box = Rect(
      x: max(0, (size.width - w) / 2), y: max(0, (size.height - h) / 2), width: w, height: h)
    return (box, Rect(x: box.x + 2, y: box.y + 1, width: w - 4, height: h - 2))
  }

  /// Draws the box; returns its inside.
  @discardableResult
  static func draw(into grid: inout CellGrid, width: Int, height: Int, title: String) -> Rect {
    let size = grid.size
    let (box, inside) = place(width: width, height: height, on: size)
    let (x, y, w, h) = (box.x, box.y, box.width, box.height)
    grid.fill(x: x, y: y, width: w, height: h)
    // A single column left between the box and the screen's edge (a form at
    // 80 columns) would show stray cells of the view behind: blank it.
    if x == 1 { grid.fill(x: 0, y: y, width: 1, height: h) }
    if x + w == size.width - 1 { grid.fill(x: x + w, y: y, width: 1, height: h) }
    let border = Style(.borderFocused)
    grid.put("┌" + String(repeating: "─", count: w - 2) + "┐", x: x, y: y, style: border)
    grid.put("└" + String(repeating: "─", count: w - 2) + "┘", x: x, y: y + h - 1, style: border)
    for row in (y + 1)..<(y + h - 1) {
      grid.put("│", x: x, y: row, style: border)
      grid.put("│", x: x + w - 1, y: row, style: border)
    }
    grid.put(" \(title) ", x: x + 2, y: y, style: Style(.title, bold: true), width: w - 4)
    return inside
  }

  /// One option of a list in a box: "› " and the selection's look when selected.
  static func option(
    _ label: String, selected: Bool, bold: Bool = false, into grid: inout CellGrid, x: Int,
    y: Int, width: Int
  ) {
    let style = Style(selected ? .selection : .normal, bold: bold)
    if selected { grid.fill(x: x, y: y, width: width, height: 1, style: style) }
    grid.draw([Span(selected ? "› " : "  ", style), Span(label, style)], x: x, y: y, width: width)
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
    let inner = Box.draw(
      into: &grid, width: width, height: lines.count + 4, title: strings.find(.messageTitle))
    for (row, line) in lines.prefix(max(1, inner.height - 2)).enumerated() {
      grid.put(line, x: inner.x, y: inner.y + row, style: Style(.error), width: inner.width)
    }
    grid.put(
      strings.find(.closeHint), x: inner.x, y: inner.y + inner.height - 1, style: Style(.muted),
      width: inner.width)
  }
}
