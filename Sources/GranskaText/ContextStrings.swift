/// Words that give a pane its context: as of when, changed by whom, where a
/// link leads. Read with `strings.context(.key)`; placeholders are filled
/// by `Strings.fill`.
public enum ContextKey: CaseIterable, Sendable {
  case asOf, lastChanged, goTo, back, goToTitle, onlyOneAudit, due
}

extension Strings {
  public func context(_ key: ContextKey) -> String { self(key) }
}

extension ContextKey: Wording {
  public var swedish: String {
    switch self {
    case .asOf: "Läge per {date}"
    case .lastChanged: "Senast ändrad {time} av {who}"
    case .goTo: "Enter går till {id}"
    case .back: "Backspace eller Esc: tillbaka till {id}"
    case .goToTitle: "Gå till"
    case .onlyOneAudit: "Databasen har bara en granskning"
    case .due: "klart senast {date}"
    }
  }

  public var english: String {
    switch self {
    case .asOf: "As of {date}"
    case .lastChanged: "Last changed {time} by {who}"
    case .goTo: "Enter goes to {id}"
    case .back: "Backspace or Esc: back to {id}"
    case .goToTitle: "Go to"
    case .onlyOneAudit: "The database holds only one audit"
    case .due: "due {date}"
    }
  }
}
