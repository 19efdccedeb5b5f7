/// What the keys of the modal layers do (help, the choosers, the search
/// prompt, a question), as help and docs/KEYBINDINGS.md say it.
public enum LayerKey: CaseIterable, Hashable, Sendable {
  case close, scroll, closeAndShowView, choose, chooseByNumber, nextOption, textCursor, yes, no
  case searchRounds
}

extension LayerKey: Wording {
  public var swedish: String {
    switch self {
    case .close: "stäng"
    case .scroll: "rulla"
    case .closeAndShowView: "stäng och byt vy"
    case .choose: "välj"
    case .chooseByNumber: "välj alternativet med det numret (högst fem)"
    case .nextOption: "nästa alternativ"
    case .textCursor: "flytta markören, radera"
    case .yes: "ja"
    case .no: "nej (varje annan tangent också)"
    case .searchRounds: "nivåer i alla omgångar eller bara i den senaste (Frågor)"
    }
  }

  public var english: String {
    switch self {
    case .close: "close"
    case .scroll: "scroll"
    case .closeAndShowView: "close and switch view"
    case .choose: "choose"
    case .chooseByNumber: "choose the option of that number (five at most)"
    case .nextOption: "next option"
    case .textCursor: "move the cursor, delete"
    case .yes: "yes"
    case .no: "no (any other key too)"
    case .searchRounds: "levels in every round or only the latest (Questions)"
    }
  }
}
