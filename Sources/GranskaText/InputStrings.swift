/// The strings of safe input: pasting, leaving a form with typed input,
/// the terminal being too small, suspending, and the form's editing keys.
public enum InputText: Hashable, Sendable {
  case pasteOutsideField
  case pasteCut(limit: String)
  case confirmDiscard, tooSmallQuit
  case keySuspend, keyClearField, keyDeleteWord, keyNewLine
}

extension Strings {
  public subscript(_ key: InputText) -> String {
    key.message(in: language)
  }
}

extension InputText: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .pasteOutsideField:
      language(
        "Inklistrad text hamnar bara i ett formulär eller en sökning; inget gjordes",
        "Pasted text only goes into a form or a search; nothing was done")
    case .pasteCut(let limit):
      language(
        "Texten kortades till fältets gräns på \(limit) tecken",
        "The text was cut to the field's limit of \(limit) characters")
    case .confirmDiscard:
      language(
        "Kasta det du skrivit i formuläret? (j/n)", "Discard what you typed in the form? (y/n)")
    case .tooSmallQuit:
      language("Gör fönstret större; q avslutar", "Make the window larger; q quits")
    case .keySuspend: language("pausa (fg fortsätter)", "suspend (fg resumes)")
    case .keyClearField: language("töm fältet", "clear the field")
    case .keyDeleteWord: language("radera ord bakåt", "delete the word before")
    case .keyNewLine: language("ny rad (anteckning, åtgärd)", "new line (note, action)")
    }
  }
}
