import GranskaText

/// An open form, drawn over the view: one line per field (three for a
/// multi-line text), the focused field highlighted with its cursor, text cut
/// at a field's edge marked "…", and below, why a save was refused or the
/// question asked before the input is discarded.
struct FormView {
  let form: Form
  let strings: Strings
  var question: String? = nil

  func render(into grid: inout CellGrid) {
    let size = grid.size
    let width = min(size.width - 2, 78)
    let labelWidth = min(26, (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 10) + 2)
    let inner = width - 4
    let note = question ?? form.error
    let noteLines = note.map { Wrap.lines($0, width: inner) } ?? []
    let fieldRows = form.fields.reduce(0) { $0 + $1.height }
    let height = fieldRows + 2 + (noteLines.isEmpty ? 0 : noteLines.count + 1)
    let box = drawBox(into: &grid, width: width, height: height, title: form.title)
    var y = box.y
    for (index, field) in form.fields.enumerated() {
      // Nothing is drawn past the box (a short terminal): no stray cells.
      let rows = min(field.height, box.y + box.height - y)
      guard rows > 0 else { break }
      let focused = index == form.focus
      grid.put(
        DisplayWidth.pad(field.label, to: labelWidth), x: box.x, y: y,
        style: Style(focused ? .accent : .normal, bold: focused))
      drawValue(
        field, focused: focused, into: &grid,
        rect: Rect(x: box.x + labelWidth, y: y, width: box.width - labelWidth, height: rows))
      y += field.height
    }
    for (index, line) in noteLines.enumerated() where y + 1 + index < box.y + box.height {
      grid.put(line, x: box.x, y: y + 1 + index, style: Style(.error), width: box.width)
    }
  }

  private func drawValue(_ field: FormField, focused: Bool, into grid: inout CellGrid, rect: Rect) {
    let style = focused ? Style(.selection) : Style(.normal, underline: true)
    grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: style)
    switch field.kind {
    case .text where field.input.multiline:
      let (rows, cursor) = field.input.rows(width: rect.width, height: rect.height)
      for (row, text) in rows.enumerated() {
        grid.put(text, x: rect.x, y: rect.y + row, style: style, width: rect.width)
      }
      if focused { drawCursor(into: &grid, x: rect.x + cursor.x, y: rect.y + cursor.y, rect: rect) }
    case .text:
      let (text, cursor) = field.input.visible(width: rect.width)
      grid.put(text, x: rect.x, y: rect.y, style: style, width: rect.width)
      if focused { drawCursor(into: &grid, x: rect.x + cursor, y: rect.y, rect: rect) }
    case .choice(let choices):
      let label = choices.isEmpty ? "" : choices[field.choice].label
      grid.put(
        focused ? "‹ \(label) ›" : "  \(label)", x: rect.x, y: rect.y, style: style,
        width: rect.width)
    }
  }

  private func drawCursor(into grid: inout CellGrid, x: Int, y: Int, rect: Rect) {
    let x = min(x, rect.x + rect.width - 1)
    guard y < rect.y + rect.height else { return }
    let cell = grid[x, y]
    grid[x, y] = Cell(cell.isContinuation ? " " : cell.character, style: Style(.cursor))
  }
}

/// A box drawn over the view, centred, with a title; returns its inside.
func drawBox(into grid: inout CellGrid, width: Int, height: Int, title: String) -> Rect {
  let size = grid.size
  let w = max(4, min(width, size.width - 2))
  let h = max(3, min(height, size.height - 2))
  let x = max(0, (size.width - w) / 2)
  let y = max(0, (size.height - h) / 2)
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
  return Rect(x: x + 2, y: y + 1, width: w - 4, height: h - 2)
}
