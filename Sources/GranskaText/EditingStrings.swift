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

extension EditingKey: Wording {
  public var swedish: String {
    switch self {
    case .undone: "Ångrade"
    case .redone: "Gjorde om"
    case .nothingToRedo: "Inget att göra om"
    case .undoRefused:
      "Ångrades inte: {what} ändrades av {who}{when} efter din ändring (nu {value}). Inget ändrades."
    case .redoRefused:
      "Gjordes inte om: {what} ändrades av {who}{when} (nu {value}). Inget ändrades."
    case .conflict: "{what} ändrades av {who}{when} (nu {value}): din ändring sparades inte."
    case .someone: "någon annan"
    case .notesStay: "anteckningen står kvar"
    case .statusChooserTitle: "Status för {id}"
    case .statusChooserFooter: "Enter väljer · Esc avbryter"
    case .dateFormat: "ÅÅÅÅ-MM-DD"
    case .olderRound:
      "En omgång {date} är äldre än {round} – lägga in den ändå? Enter lägger in den före."
    }
  }

  public var english: String {
    switch self {
    case .undone: "Undone"
    case .redone: "Redone"
    case .nothingToRedo: "Nothing to redo"
    case .undoRefused:
      "Not undone: {what} was changed by {who}{when} after your change (now {value}). Nothing was changed."
    case .redoRefused:
      "Not redone: {what} was changed by {who}{when} (now {value}). Nothing was changed."
    case .conflict: "{what} was changed by {who}{when} (now {value}): your change was not saved."
    case .someone: "someone else"
    case .notesStay: "the note stays"
    case .statusChooserTitle: "Status of {id}"
    case .statusChooserFooter: "Enter chooses · Esc cancels"
    case .dateFormat: "YYYY-MM-DD"
    case .olderRound:
      "A round on {date} is older than {round} – add it anyway? Enter adds it before."
    }
  }
}
