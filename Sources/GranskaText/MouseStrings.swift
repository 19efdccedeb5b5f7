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

extension MouseKey: Wording {
  public var swedish: String {
    switch self {
    case .heading: "Mus"
    case .click: "Klick"
    case .clickDoes: "väljer raden och dess panel"
    case .clickTab: "Klick på flik"
    case .clickTabDoes: "byter vy"
    case .wheel: "Hjul"
    case .wheelDoes: "rullar panelen under pekaren"
    }
  }

  public var english: String {
    switch self {
    case .heading: "Mouse"
    case .click: "Click"
    case .clickDoes: "selects the row and its pane"
    case .clickTab: "Click on a tab"
    case .clickTabDoes: "switches view"
    case .wheel: "Wheel"
    case .wheelDoes: "scrolls the pane under the pointer"
    }
  }
}
