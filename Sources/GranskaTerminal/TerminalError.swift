/// Why the dashboard cannot start on this terminal, worded for the user.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
  case notATerminal
  case noTerminalType
  case dumbTerminal
  case unknownTerminal(String)
  case noCursorAddressing(String)

  /// Short enough for one line of an 80-column terminal after "granska: ".
  public var description: String {
    switch self {
    case .notATerminal: "the dashboard needs a terminal; 'granska summary' prints text"
    case .noTerminalType: "TERM is not set; try TERM=xterm-256color, or 'granska summary'"
    case .dumbTerminal: "TERM=dumb cannot show the dashboard; try 'granska summary'"
    case .unknownTerminal(let name): "TERM=\(name) is unknown to terminfo; try TERM=xterm-256color"
    case .noCursorAddressing(let name): "TERM=\(name) cannot move the cursor; try 'granska summary'"
    }
  }
}
