import GranskaText

/// `/`: the search being typed, in the status bar. Enter searches, Esc or
/// Ctrl-C cancels (and clears the search); the text edits as a form's field.
struct SearchPrompt: Layer {
  var input = TextInput()

  static let docTitle = "Typing a search"
  static let bindings: [KeyBinding] = [
    KeyBinding([.enter], .search, .keySearch),
    KeyBinding([.escape, .control("c")], .cancel, .keyCancel),
    KeyBinding(TextInput.editingKeys, .editText, label: .layer(.textCursor)),
    KeyBinding([.control("u")], .clearField, label: .input(.keyClearField)),
    KeyBinding([.control("w")], .deleteWord, label: .input(.keyDeleteWord)),
  ]

  var coversStatusBar: Bool { true }

  mutating func handle(_ key: Key, _ dashboard: Dashboard) -> LayerOutcome {
    switch Self.action(for: key) {
    case .search?:
      let text = input.text
      return .close {
        $0.commitSearch(text)
        return []
      }
    case .cancel?:
      return .close {
        $0.state.search = SearchState()
        return []
      }
    case .editText?: input.edit(key)
    case .clearField?: input.clear()
    case .deleteWord?: input.deleteWordBackward()
    default:
      if case .character(let character) = key { input.insert(String(character)) }
    }
    return .stay
  }

  mutating func type(_ text: String, _ dashboard: Dashboard) -> LayerOutcome? {
    input.insert(text)
    return .stay
  }

  mutating func paste(_ text: String, _ dashboard: Dashboard) -> LayerOutcome? {
    input.insert(TextInput.pasted(text, multiline: false))
    return .stay
  }

  /// "/" and the text, over the status bar.
  func render(into grid: inout CellGrid, _ dashboard: Dashboard, _ layout: Layout) {
    let rect = layout.statusBar
    grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: Style(.statusBar))
    let prompt = dashboard.strings[.searchPrompt]
    grid.put(prompt, x: rect.x + 1, y: rect.y, style: Style(.statusKey))
    let x = rect.x + 1 + DisplayWidth.of(prompt)
    TextField.draw(
      input, into: &grid,
      rect: Rect(x: x, y: rect.y, width: rect.x + rect.width - x - 1, height: 1),
      style: Style(.statusBar), focused: true)
  }
}
