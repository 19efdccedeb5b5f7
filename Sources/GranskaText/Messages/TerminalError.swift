/// Why the dashboard cannot start on this terminal. Each message is short
/// enough for one line of an 80-column terminal after "granska: ".
public enum TerminalError: Error, Equatable, Sendable, Worded {
  case notATerminal
  case noTerminalType
  case dumbTerminal
  case unknownTerminal(String)
  case noCursorAddressing(String)

  public func message(in language: Language) -> String {
    switch self {
    case .notATerminal:
      language(
        "helskärmsläget behöver en terminal; ”granska summary” skriver text",
        "the dashboard needs a terminal; 'granska summary' prints text")
    case .noTerminalType:
      language(
        "TERM är inte satt; prova TERM=xterm-256color, eller ”granska summary”",
        "TERM is not set; try TERM=xterm-256color, or 'granska summary'")
    case .dumbTerminal:
      language(
        "TERM=dumb kan inte visa helskärmsläget; prova ”granska summary”",
        "TERM=dumb cannot show the dashboard; try 'granska summary'")
    case .unknownTerminal(let name):
      language(
        "TERM=\(name) är okänd för terminfo; prova TERM=xterm-256color",
        "TERM=\(name) is unknown to terminfo; try TERM=xterm-256color")
    case .noCursorAddressing(let name):
      language(
        "TERM=\(name) kan inte flytta markören; prova ”granska summary”",
        "TERM=\(name) cannot move the cursor; try 'granska summary'")
    }
  }
}
