import GranskaText

/// A yes/no question before typed input is lost: quitting (asked in the
/// status bar) or closing a form (asked in the form). Yes quits or closes
/// the form; any other key keeps everything as it was. It is answered even
/// while the terminal is too small, where it shows on its own.
struct Confirmation: Layer {
  enum Question: Sendable {
    case quit, discard
    /// Quitting while a save waits for the database's answer.
    case quitWhileSaving
  }

  let question: Question

  static let docTitle = "When asked (quit, or discard a form's input)"
  static let bindings: [KeyBinding] = [
    KeyBinding(
      [.character("j"), .character("y"), .character("J"), .character("Y")], .yes,
      label: .layer(.yes)),
    KeyBinding([.character("n"), .escape], .cancel, label: .layer(.no)),
  ]

  var coversStatusBar: Bool { question != .discard }

  /// The question, in the interface's language.
  func text(_ strings: Strings) -> String {
    switch question {
    case .quit: strings[.confirmQuit]
    case .quitWhileSaving: strings[.confirmQuitWhileSaving]
    case .discard: strings[.confirmDiscard]
    }
  }

  mutating func handle(_ key: Key, _ dashboard: Dashboard) -> LayerOutcome {
    guard Self.action(for: key) == .yes else { return .close }
    switch question {
    case .quit, .quitWhileSaving: return .close { _ in [.quit] }
    case .discard:
      return .close {
        $0.state.form = nil
        return []
      }
    }
  }

  /// A paste is no answer: it is ignored.
  mutating func paste(_ text: String, _ dashboard: Dashboard) -> LayerOutcome? { .stay }

  /// Quitting is asked in the status bar; discarding, in the form itself.
  func render(into grid: inout CellGrid, _ dashboard: Dashboard, _ layout: Layout) {
    guard question != .discard else { return }
    Chrome.statusLine(
      text(dashboard.strings), into: &grid, rect: layout.statusBar, style: Style(.error))
  }
}
