/// Words that give a pane its context: as of when, changed by whom, where a
/// link leads. Read with `strings.context(.key)`; placeholders are filled
/// by `Strings.fill`.
public enum ContextKey: CaseIterable, Sendable {
  case asOf, lastChanged, goTo, back, goToTitle, onlyOneAudit, due
}

extension Strings {
  public func context(_ key: ContextKey) -> String { self(key) }
}

extension ContextKey: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .asOf: language("Läge per {date}", "As of {date}")
    case .lastChanged: language("Senast ändrad {time} av {who}", "Last changed {time} by {who}")
    case .goTo: language("Enter går till {id}", "Enter goes to {id}")
    case .back:
      language("Backspace eller Esc: tillbaka till {id}", "Backspace or Esc: back to {id}")
    case .goToTitle: language("Gå till", "Go to")
    case .onlyOneAudit:
      language("Databasen har bara en granskning", "The database holds only one audit")
    case .due: language("klart senast {date}", "due {date}")
    }
  }
}
