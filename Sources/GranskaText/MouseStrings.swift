/// The mouse, as help and docs/KEYBINDINGS.md describe it. Read with
/// `strings.mouse(.key)`.
public enum MouseKey: CaseIterable, Sendable {
  case heading, click, clickDoes, clickTab, clickTabDoes, wheel, wheelDoes
}

extension Strings {
  public func mouse(_ key: MouseKey) -> String { self(key) }
}

/// What the mouse does, in the order help lists it: (what, does).
public let mouseBindings: [(MouseKey, MouseKey)] = [
  (.click, .clickDoes), (.clickTab, .clickTabDoes), (.wheel, .wheelDoes),
]

extension MouseKey: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .heading: language("Mus", "Mouse")
    case .click: language("Klick", "Click")
    case .clickDoes: language("väljer raden och dess panel", "selects the row and its pane")
    case .clickTab: language("Klick på flik", "Click on a tab")
    case .clickTabDoes: language("byter vy", "switches view")
    case .wheel: language("Hjul", "Wheel")
    case .wheelDoes: language("rullar panelen under pekaren", "scrolls the pane under the pointer")
    }
  }
}
