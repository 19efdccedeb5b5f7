/// Words that give a pane its context: as of when, changed by whom, where a
/// link leads. Read with `strings.context(.key)`; a value a key carries
/// is words it is worded with.
public enum ContextKey: Hashable, Sendable {
  case asOf(date: String)
  case lastChanged(time: String, who: String)
  case goTo(id: String)
  case back(id: String)
  case goToTitle, onlyOneAudit
  case due(date: String)
}

extension Strings {
  public func context(_ key: ContextKey) -> String { self(key) }
}

extension ContextKey: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .asOf(let date): language("Läge per \(date)", "As of \(date)")
    case .lastChanged(let time, let who):
      language("Senast ändrad \(time) av \(who)", "Last changed \(time) by \(who)")
    case .goTo(let id): language("Enter går till \(id)", "Enter goes to \(id)")
    case .back(let id):
      language("Backspace eller Esc: tillbaka till \(id)", "Backspace or Esc: back to \(id)")
    case .goToTitle: language("Gå till", "Go to")
    case .onlyOneAudit:
      language("Databasen har bara en granskning", "The database holds only one audit")
    case .due(let date): language("klart senast \(date)", "due \(date)")
    }
  }
}
