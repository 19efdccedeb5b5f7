/// Words of undo, redo and the status chooser. Read with
/// `strings.editing(.key)`; placeholders are filled by `Strings.fill`.
public enum EditingKey: CaseIterable, Sendable {
  case undone, redone, nothingToRedo, undoRefused, redoRefused, conflict, someone, notesStay
  case statusChooserTitle, statusChooserFooter, dateFormat
  /// A new round dated before the newest: asked before it is added.
  case olderRound
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
    case .undoRefused:
      language(
        "Ångrades inte: {what} ändrades av {who}{when} efter din ändring (nu {value}). Inget ändrades.",
        "Not undone: {what} was changed by {who}{when} after your change (now {value}). Nothing was changed."
      )
    case .redoRefused:
      language(
        "Gjordes inte om: {what} ändrades av {who}{when} (nu {value}). Inget ändrades.",
        "Not redone: {what} was changed by {who}{when} (now {value}). Nothing was changed.")
    case .conflict:
      language(
        "{what} ändrades av {who}{when} (nu {value}): din ändring sparades inte.",
        "{what} was changed by {who}{when} (now {value}): your change was not saved.")
    case .someone: language("någon annan", "someone else")
    case .notesStay: language("anteckningen står kvar", "the note stays")
    case .statusChooserTitle: language("Status för {id}", "Status of {id}")
    case .statusChooserFooter:
      language("Enter väljer · Esc avbryter", "Enter chooses · Esc cancels")
    case .dateFormat: language("ÅÅÅÅ-MM-DD", "YYYY-MM-DD")
    case .olderRound:
      language(
        "En omgång {date} är äldre än {round} – lägga in den ändå? Enter lägger in den före.",
        "A round on {date} is older than {round} – add it anyway? Enter adds it before.")
    }
  }
}
