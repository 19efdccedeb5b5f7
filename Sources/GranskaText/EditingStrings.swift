/// Words of undo, redo and the status chooser. Read with
/// `strings.editing(.key)`; a value a key carries
/// is words it is worded with.
public enum EditingKey: Hashable, Sendable {
  case undone, redone, nothingToRedo
  case undoRefused(what: String, who: String, when: String, value: String)
  case redoRefused(what: String, who: String, when: String, value: String)
  case conflict(what: String, who: String, when: String, value: String)
  case someone, notesStay
  case statusChooserTitle(id: String)
  case statusChooserFooter, dateFormat
  /// A new round dated before the newest: asked before it is added.
  case olderRound(date: String, round: String)
}

extension Strings {
  public func editing(_ key: EditingKey) -> String { self(key) }
}

extension EditingKey: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .undone: language("Ångrade", "Undone")
    case .redone: language("Gjorde om", "Redone")
    case .nothingToRedo: language("Inget att göra om", "Nothing to redo")
    case .undoRefused(let what, let who, let when, let value):
      language(
        "Ångrades inte: \(what) ändrades av \(who)\(when) efter din ändring (nu \(value)). Inget ändrades.",
        "Not undone: \(what) was changed by \(who)\(when) after your change (now \(value)). Nothing was changed."
      )
    case .redoRefused(let what, let who, let when, let value):
      language(
        "Gjordes inte om: \(what) ändrades av \(who)\(when) (nu \(value)). Inget ändrades.",
        "Not redone: \(what) was changed by \(who)\(when) (now \(value)). Nothing was changed.")
    case .conflict(let what, let who, let when, let value):
      language(
        "\(what) ändrades av \(who)\(when) (nu \(value)): din ändring sparades inte.",
        "\(what) was changed by \(who)\(when) (now \(value)): your change was not saved.")
    case .someone: language("någon annan", "someone else")
    case .notesStay: language("anteckningen står kvar", "the note stays")
    case .statusChooserTitle(let id): language("Status för \(id)", "Status of \(id)")
    case .statusChooserFooter:
      language("Enter väljer · Esc avbryter", "Enter chooses · Esc cancels")
    case .dateFormat: language("ÅÅÅÅ-MM-DD", "YYYY-MM-DD")
    case .olderRound(let date, let round):
      language(
        "En omgång \(date) är äldre än \(round) – lägga in den ändå? Enter lägger in den före.",
        "A round on \(date) is older than \(round) – add it anyway? Enter adds it before.")
    }
  }
}
