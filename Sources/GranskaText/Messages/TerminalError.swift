/// Why the dashboard cannot start on this terminal. Each message is short
/// enough for one line of an 80-column terminal after "granska: ".
public enum TerminalError: Error, Equatable, Sendable, Worded {
  case notATerminal
  case noTerminalType
  case dumbTerminal
  case unknownTerminal(String)
  case noCursorAddressing(String)

  public func message(in language: Language) -> String {
    switch (self, language) {
    case (.notATerminal, .sv): "helskärmsläget behöver en terminal; ”granska summary” skriver text"
    case (.notATerminal, .en): "the dashboard needs a terminal; 'granska summary' prints text"
    case (.noTerminalType, .sv):
      "TERM är inte satt; prova TERM=xterm-256color, eller ”granska summary”"
    case (.noTerminalType, .en): "TERM is not set; try TERM=xterm-256color, or 'granska summary'"
    case (.dumbTerminal, .sv): "TERM=dumb kan inte visa helskärmsläget; prova ”granska summary”"
    case (.dumbTerminal, .en): "TERM=dumb cannot show the dashboard; try 'granska summary'"
    case (.unknownTerminal(let name), .sv):
      "TERM=\(name) är okänd för terminfo; prova TERM=xterm-256color"
    case (.unknownTerminal(let name), .en):
      "TERM=\(name) is unknown to terminfo; try TERM=xterm-256color"
    case (.noCursorAddressing(let name), .sv):
      "TERM=\(name) kan inte flytta markören; prova ”granska summary”"
    case (.noCursorAddressing(let name), .en):
      "TERM=\(name) cannot move the cursor; try 'granska summary'"
    }
  }
}
