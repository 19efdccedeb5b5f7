/// The strings of safe input: pasting, leaving a form with typed input,
/// the terminal being too small, suspending, and the form's editing keys.
public enum InputText: CaseIterable, Sendable {
  case pasteOutsideField, pasteCut, confirmDiscard, tooSmallQuit
  case keySuspend, keyClearField, keyDeleteWord, keyNewLine
}

extension Strings {
  public subscript(_ key: InputText) -> String {
    switch language {
    case .sv: Self.swedish(key)
    case .en: Self.english(key)
    }
  }

  static func swedish(_ key: InputText) -> String {
    switch key {
    case .pasteOutsideField:
      "Inklistrad text hamnar bara i ett formulär eller en sökning; inget gjordes"
    case .pasteCut: "Texten kortades till fältets gräns på {limit} tecken"
    case .confirmDiscard: "Kasta det du skrivit i formuläret? (j/n)"
    case .tooSmallQuit: "Gör fönstret större; q avslutar"
    case .keySuspend: "pausa (fg fortsätter)"
    case .keyClearField: "töm fältet"
    case .keyDeleteWord: "radera ord bakåt"
    case .keyNewLine: "ny rad (anteckning, åtgärd)"
    }
  }

  static func english(_ key: InputText) -> String {
    switch key {
    case .pasteOutsideField: "Pasted text only goes into a form or a search; nothing was done"
    case .pasteCut: "The text was cut to the field's limit of {limit} characters"
    case .confirmDiscard: "Discard what you typed in the form? (y/n)"
    case .tooSmallQuit: "Make the window larger; q quits"
    case .keySuspend: "suspend (fg resumes)"
    case .keyClearField: "clear the field"
    case .keyDeleteWord: "delete the word before"
    case .keyNewLine: "new line (note, action)"
    }
  }
}
