/// What the keys of the modal layers do (help, the choosers, the search
/// prompt, a question), as help and docs/KEYBINDINGS.md say it.
public enum LayerKey: CaseIterable, Hashable, Sendable {
  case close, scroll, closeAndShowView, choose, chooseByNumber, nextOption, textCursor, yes, no
  case searchRounds
}

extension LayerKey: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .close: language("stäng", "close")
    case .scroll: language("rulla", "scroll")
    case .closeAndShowView: language("stäng och byt vy", "close and switch view")
    case .choose: language("välj", "choose")
    case .chooseByNumber:
      language(
        "välj alternativet med det numret (högst fem)",
        "choose the option of that number (five at most)")
    case .nextOption: language("nästa alternativ", "next option")
    case .textCursor: language("flytta markören, radera", "move the cursor, delete")
    case .yes: language("ja", "yes")
    case .no: language("nej (varje annan tangent också)", "no (any other key too)")
    case .searchRounds:
      language(
        "nivåer i alla omgångar eller bara i den senaste (Frågor)",
        "levels in every round or only the latest (Questions)")
    }
  }
}
