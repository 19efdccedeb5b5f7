import GranskaText

/// `/`: the search being typed, in the status bar. Enter searches, Esc or
/// Ctrl-C cancels (and clears the search); the text edits as a form's field.
/// Where rows carry earlier rounds' levels (Questions), Tab chooses whether
/// a level is looked for in every round or, as at first, the latest.
struct SearchPrompt: Layer {
  var input = TextInput()
  var allRounds = false

  static let docTitle = "Typing a search"
  static let bindings: [KeyBinding] = [
    KeyBinding([.enter], .search, .keySearch),
    KeyBinding([.tab], .nextField, label: .layer(.searchRounds)),
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
      let allRounds = allRounds
      return .close {
        $0.commitSearch(text, allRounds: allRounds)
        return []
      }
    case .nextField? where Self.offersRounds(dashboard):
      allRounds.toggle()
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

  private static func offersRounds(_ dashboard: Dashboard) -> Bool {
    Swift.type(of: dashboard.current).searchesEarlierRounds && dashboard.data.audit.rounds.count > 1
  }

  /// "/" and the text, over the status bar; where Tab chooses the rounds,
  /// which it searches and the choice at the right ("Tab: nivåer i …").
  func render(into grid: inout CellGrid, _ dashboard: Dashboard, _ layout: Layout) {
    let rect = layout.statusBar
    let strings = dashboard.strings
    grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: Style(.statusBar))
    let offersRounds = Self.offersRounds(dashboard)
    let prompt =
      offersRounds && allRounds ? strings.find(.searchPromptAllRounds) : strings[.searchPrompt]
    var right = rect.x + rect.width - 1
    if offersRounds {
      let hint = strings.find(allRounds ? .latestRoundHint : .allRoundsHint)
      right -= DisplayWidth.of(hint) + 1
      grid.put(hint, x: right + 1, y: rect.y, style: Style(.statusBar))
    }
    grid.put(prompt, x: rect.x + 1, y: rect.y, style: Style(.statusKey))
    let x = rect.x + 1 + DisplayWidth.of(prompt)
    TextField.draw(
      input, into: &grid, rect: Rect(x: x, y: rect.y, width: right - x - 1, height: 1),
      style: Style(.statusBar), focused: true)
  }
}
