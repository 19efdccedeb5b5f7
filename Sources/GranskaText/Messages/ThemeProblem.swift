/// What is wrong on a line of a theme file (the line is skipped, and the
/// default theme's look used instead).
public enum ThemeProblem: Error, Hashable, Sendable, Worded {
  case expectedKeyValue
  case unknownKey(String)
  case notAColour(String)
  case notAColourOrAttribute(String)
  case onNeedsColour

  public func message(in language: Language) -> String {
    let q = { quoted($0, language) }
    return switch self {
    case .expectedKeyValue: language("här ska det stå ”nyckel = värde”", "expected \"key = value\"")
    case .unknownKey(let key): language("okänd nyckel \(q(key))", "unknown key \(q(key))")
    case .notAColour(let word): language("\(q(word)) är ingen färg", "\(q(word)) is not a colour")
    case .notAColourOrAttribute(let word):
      language("\(q(word)) är ingen färg eller egenskap", "\(q(word)) is not a colour or attribute")
    case .onNeedsColour:
      language("efter ”on” ska det stå en färg", "\"on\" must be followed by a colour")
    }
  }
}
