/// The mouse, as help and docs/KEYBINDINGS.md describe it. Read with
/// `strings.mouse(.key)`.
public enum MouseKey: CaseIterable, Sendable {
  case heading, click, clickDoes, clickTab, clickTabDoes, wheel, wheelDoes
}

extension Strings {
  public func mouse(_ key: MouseKey) -> String {
    switch language {
    case .sv: Self.swedish(key)
    case .en: Self.english(key)
    }
  }

  static func swedish(_ key: MouseKey) -> String {
    switch key {
    case .heading: "Mus"
    case .click: "Klick"
    case .clickDoes: "väljer raden och dess panel"
    case .clickTab: "Klick på flik"
    case .clickTabDoes: "byter vy"
    case .wheel: "Hjul"
    case .wheelDoes: "rullar panelen under pekaren"
    }
  }

  static func english(_ key: MouseKey) -> String {
    switch key {
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

/// What the mouse does, in the order help lists it: (what, does).
public let mouseBindings: [(MouseKey, MouseKey)] = [
  (.click, .clickDoes), (.clickTab, .clickTabDoes), (.wheel, .wheelDoes),
]
