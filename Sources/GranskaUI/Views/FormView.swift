import GranskaText

/// An open form, drawn over the view: one line per field, the focused field
/// highlighted with its cursor, and why a save was refused.
struct FormView {
  let form: Form
  let strings: Strings

  func render(into grid: inout CellGrid) {
    let size = grid.size
    let width = min(size.width - 2, 78)
    let labelWidth = min(26, (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 10) + 2)
    let inner = width - 4
    let errorLines = form.error.map { Wrap.lines($0, width: inner) } ?? []
    let height = form.fields.count + 2 + (errorLines.isEmpty ? 0 : errorLines.count + 1)
    let box = drawBox(into: &grid, width: width, height: height, title: form.title)
    for (index, field) in form.fields.enumerated() {
      let y = box.y + index
      let focused = index == form.focus
      grid.put(
        DisplayWidth.pad(field.label, to: labelWidth), x: box.x, y: y,
        style: Style(focused ? .accent : .normal, bold: focused))
      drawValue(
        field, focused: focused, into: &grid, x: box.x + labelWidth, y: y,
        width: box.width - labelWidth)
    }
    for (index, line) in errorLines.enumerated() {
      grid.put(line, x: box.x, y: box.y + form.fields.count + 1 + index, style: Style(.error))
    }
  }

  private func drawValue(
    _ field: FormField, focused: Bool, into grid: inout CellGrid, x: Int, y: Int, width: Int
  ) {
    let style = focused ? Style(.selection) : Style(.normal, underline: true)
    grid.fill(x: x, y: y, width: width, height: 1, style: style)
    switch field.kind {
    case .text:
      let (text, cursor) = field.input.visible(width: width - 1)
      grid.put(text, x: x, y: y, style: style, width: width)
      if focused {
        let cell = grid[min(x + cursor, x + width - 1), y]
        grid[min(x + cursor, x + width - 1), y] = Cell(
          cell.isContinuation ? " " : cell.character, style: Style(.cursor))
      }
    case .choice(let choices):
      let label = choices.isEmpty ? "" : choices[field.choice].label
      grid.put(focused ? "‹ \(label) ›" : "  \(label)", x: x, y: y, style: style, width: width)
    }
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
