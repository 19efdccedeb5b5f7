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
    return switch (self, language) {
    case (.expectedKeyValue, .sv): "här ska det stå ”nyckel = värde”"
    case (.expectedKeyValue, .en): "expected \"key = value\""
    case (.unknownKey(let key), .sv): "okänd nyckel \(q(key))"
    case (.unknownKey(let key), .en): "unknown key \(q(key))"
    case (.notAColour(let word), .sv): "\(q(word)) är ingen färg"
    case (.notAColour(let word), .en): "\(q(word)) is not a colour"
    case (.notAColourOrAttribute(let word), .sv): "\(q(word)) är ingen färg eller egenskap"
    case (.notAColourOrAttribute(let word), .en): "\(q(word)) is not a colour or attribute"
    case (.onNeedsColour, .sv): "efter ”on” ska det stå en färg"
    case (.onNeedsColour, .en): "\"on\" must be followed by a colour"
    }
  }
}
