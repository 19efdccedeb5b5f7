import GranskaText

/// An open edit form over the view (Enter on an item, `+`, `r`). Typed
/// characters go into the focused field; Esc or Ctrl-C with typed input
/// asks first (`Confirmation`). The dashboard saves it (`submitForm`) and
/// closes it when the save went through.
struct FormLayer: Layer {
  var form: Form

  static let docTitle = "In a form"
  static let showsKeysInStatusBar = true
  static let bindings: [KeyBinding] = [
    KeyBinding([.enter], .save, .keySave, statusBar: true),
    KeyBinding([.escape], .cancel, .keyCancel, statusBar: true),
    KeyBinding([.tab, .down], .nextField, .keyNextField, statusBar: true, hint: "Tab"),
    KeyBinding([.backTab, .up], .previousField, .keyPreviousField),
    KeyBinding(TextInput.editingKeys, .editText, .keyCursor, statusBar: true, hint: "←→"),
    KeyBinding([.control("u")], .clearField, label: .input(.keyClearField)),
    KeyBinding([.control("w")], .deleteWord, label: .input(.keyDeleteWord)),
    KeyBinding([.control("j")], .newLine, label: .input(.keyNewLine)),
    KeyBinding([.control("c")], .quit, .keyQuit),
  ]

  mutating func handle(_ key: Key, _ dashboard: Dashboard) -> LayerOutcome {
    let count = form.fields.count
    let action = Self.action(for: key)
    switch action {
    case .nextField?: form.focus = (form.focus + 1) % count
    case .previousField?: form.focus = (form.focus + count - 1) % count
    case .cancel?:
      guard form.hasUnsavedInput else { return .close }
      return .stay { $0.ask(.discard) }
    case .quit?: return .stay { $0.quitAskingFirst() }
    case .save?: return .stay { $0.submitForm() }
    case .clearField?, .deleteWord?, .newLine?: form.edit(action!)
    default: form.edit(key)
    }
    form.fitTypedLevels(dashboard.strings)
    return .stay
  }

  mutating func type(_ text: String, _ dashboard: Dashboard) -> LayerOutcome? {
    if form.type(text) { noteCut(dashboard.strings) }
    form.fitTypedLevels(dashboard.strings)
    return .stay
  }

  mutating func paste(_ text: String, _ dashboard: Dashboard) -> LayerOutcome? {
    if form.paste(text) { noteCut(dashboard.strings) }
    form.fitTypedLevels(dashboard.strings)
    return .stay
  }

  /// Says that the field's limit cut what came.
  private mutating func noteCut(_ strings: Strings) {
    let limit = strings.number(form.fields[form.focus].limit)
    form.show(strings[.pasteCut(limit: limit)], at: form.focus)
  }

  func render(into grid: inout CellGrid, _ dashboard: Dashboard, _ layout: Layout) {
    let asking = dashboard.state.layers.top.map { ($0 as? Confirmation)?.question == .discard }
    let question = asking == true ? dashboard.strings[.confirmDiscard] : nil
    FormView(form: form, strings: dashboard.strings, question: question).render(into: &grid)
  }
}

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
    let labelWidth = min(28, (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 10) + 2)
    let inner = width - 4
    let note = question ?? form.error
    let noteLines = note.map { Wrap.lines($0, width: inner) } ?? []
    let fieldRows = form.fields.reduce(0) { $0 + $1.height }
    let height = fieldRows + 2 + (noteLines.isEmpty ? 0 : noteLines.count + 1)
    let box = Box.draw(into: &grid, width: width, height: height, title: form.title)
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
    switch field.kind {
    case .text:
      TextField.draw(field.input, into: &grid, rect: rect, style: style, focused: focused)
    case .choice(let choices):
      grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: style)
      let label = choices.isEmpty ? "" : choices[field.choice].label
      grid.put(
        focused ? "‹ \(label) ›" : "  \(label)", x: rect.x, y: rect.y, style: style,
        width: rect.width)
    }
  }
}

/// A text being edited, drawn into a rectangle (a form's field, the search
/// prompt): one line, or rows of a multi-line text, and the cursor when
/// focused.
enum TextField {
  static func draw(
    _ input: TextInput, into grid: inout CellGrid, rect: Rect, style: Style, focused: Bool
  ) {
    grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: style)
    if input.multiline {
      let (rows, cursor) = input.rows(width: rect.width, height: rect.height)
      for (row, text) in rows.enumerated() {
        grid.put(text, x: rect.x, y: rect.y + row, style: style, width: rect.width)
      }
      if focused { drawCursor(into: &grid, x: rect.x + cursor.x, y: rect.y + cursor.y, rect: rect) }
    } else {
      let (text, cursor) = input.visible(width: rect.width)
      grid.put(text, x: rect.x, y: rect.y, style: style, width: rect.width)
      if focused { drawCursor(into: &grid, x: rect.x + cursor, y: rect.y, rect: rect) }
    }
  }

  private static func drawCursor(into grid: inout CellGrid, x: Int, y: Int, rect: Rect) {
    let x = min(x, rect.x + rect.width - 1)
    guard y < rect.y + rect.height else { return }
    let cell = grid[x, y]
    grid[x, y] = Cell(cell.isContinuation ? " " : cell.character, style: Style(.cursor))
  }
}
