/// The words of the history (History view, `granska log`, the report's
/// changes): what was changed, as people name it. Placeholders in braces
/// are filled by `Strings.fill`. Read with `strings.history(.key)`.
public enum HistoryKey: CaseIterable, Sendable {
  case recommendation, questionInRound, questionInRemovedRound, round, snapshot
  /// A round's opinion on a section, as history names what changed.
  case sectionInRound, sectionInRemovedRound
  case trainingSection, theAudit, account, group, access, theDatabase, restoredFrom
  case newRound, removedRound, newSnapshot, removedSnapshot, assessmentCount, sectionCount
  case completedOf, imported, builtInAudit, fromFile, fromAFile, replacedPrevious
  case mayEdit, mayNotEdit, illustrative
  case reminder, reminderTo
  case section, question, newSection, newQuestion, newRecommendation, newAudit
  case keyFigure, newKeyFigure, newTrainingSection
  case retiredItem, restoredItem, retired, restored
  /// A part moved one place or more up or down: "Fråga Q3 flyttad upp"
  /// (an "ett" word, "Avsnitt S2 flyttat upp", has its own), and from
  /// which place to which.
  case movedUp, movedDown, movedUpNeuter, movedDownNeuter, places
}

extension Strings {
  /// A history word (a method, not a subscript: its keys may share names with `TextKey`'s).
  public func history(_ key: HistoryKey) -> String { self(key) }

  /// A string with its `{name}` placeholders filled in.
  /// The template with each `{name}` replaced by its value, in one pass:
  /// a value that holds braces is not filled again. Braces naming no value stay.
  /// Braces are found among the bytes, not the characters: `log` fills
  /// a template or two for each of its lines.
  public func fill(_ template: String, _ values: [String: String]) -> String {
    var text = ""
    var rest = Substring(template)
    while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")) {
      text += rest[..<open]
      let afterOpen = rest.utf8.index(after: open)
      guard let close = rest.utf8[afterOpen...].firstIndex(of: UInt8(ascii: "}")),
        let value = values[String(rest[afterOpen..<close])]
      else {
        text += "{"
        rest = rest[afterOpen...]
        continue
      }
      text += value
      rest = rest[rest.utf8.index(after: close)...]
    }
    return text + rest
  }
}

extension HistoryKey: Wording {
  public var swedish: String {
    switch self {
    case .recommendation: "Rekommendation {id}"
    case .questionInRound: "Fråga {question} i {round}"
    case .questionInRemovedRound: "Fråga {question} i en borttagen omgång"
    case .sectionInRound: "Avsnitt {section} i {round}"
    case .sectionInRemovedRound: "Avsnitt {section} i en borttagen omgång"
    case .round: "Omgången {round}"
    case .snapshot: "Mätningen {date}"
    case .trainingSection: "Utbildning {section}, mätningen {date}"
    case .theAudit: "Granskningen"
    case .account: "Kontot {name}"
    case .group: "Gruppen {name}"
    case .access: "Behörighet"
    case .theDatabase: "Databasen"
    case .restoredFrom: "återställd från säkerhetskopia"
    case .newRound: "Ny omgång"
    case .removedRound: "Borttagen omgång"
    case .newSnapshot: "Ny mätning"
    case .removedSnapshot: "Borttagen mätning"
    case .assessmentCount: "{n} bedömningar"
    case .sectionCount: "{n} sektioner"
    case .completedOf: "{completed} av {employees} har genomfört"
    case .imported: "Inläst"
    case .builtInAudit: "inbyggd granskning"
    case .fromFile: "från filen {file}"
    case .fromAFile: "från en fil"
    case .replacedPrevious: "ersatte den tidigare versionen"
    case .mayEdit: "får ändra"
    case .mayNotEdit: "får inte ändra"
    case .illustrative: "illustrativ"
    case .reminder: "Påminnelse"
    case .reminderTo: "Påminnelse till {owner} om {items}"
    case .section: "Avsnitt {id}"
    case .question: "Fråga {id}"
    case .keyFigure: "Nyckeltal {id}"
    case .newKeyFigure: "Nytt nyckeltal"
    case .newTrainingSection: "Ny sektion i mätningen"
    case .newSection: "Nytt avsnitt"
    case .newQuestion: "Ny fråga"
    case .newRecommendation: "Ny rekommendation"
    case .newAudit: "Ny granskning"
    case .retiredItem: "{subject} utgår: {reason}"
    case .restoredItem: "{subject} gäller igen"
    case .movedUp: "flyttad upp"
    case .movedDown: "flyttad ned"
    case .movedUpNeuter: "flyttat upp"
    case .movedDownNeuter: "flyttat ned"
    case .places: "plats {old} → {new}"
    case .retired: "Utgår"
    case .restored: "Gäller igen"
    }
  }

  public var english: String {
    switch self {
    case .recommendation: "Recommendation {id}"
    case .questionInRound: "Question {question} in {round}"
    case .questionInRemovedRound: "Question {question} in a removed round"
    case .sectionInRound: "Section {section} in {round}"
    case .sectionInRemovedRound: "Section {section} in a removed round"
    case .round: "The round {round}"
    case .snapshot: "The snapshot of {date}"
    case .trainingSection: "Training {section}, snapshot of {date}"
    case .theAudit: "The audit"
    case .account: "Account {name}"
    case .group: "Group {name}"
    case .access: "Access"
    case .theDatabase: "The database"
    case .restoredFrom: "restored from backup"
    case .newRound: "New round"
    case .removedRound: "Removed round"
    case .newSnapshot: "New snapshot"
    case .removedSnapshot: "Removed snapshot"
    case .assessmentCount: "{n} assessments"
    case .sectionCount: "{n} sections"
    case .completedOf: "{completed} of {employees} completed"
    case .imported: "Imported"
    case .builtInAudit: "the built-in audit"
    case .fromFile: "from the file {file}"
    case .fromAFile: "from a file"
    case .replacedPrevious: "replaced the earlier version"
    case .mayEdit: "may edit"
    case .mayNotEdit: "may not edit"
    case .illustrative: "illustrative"
    case .reminder: "Reminder"
    case .reminderTo: "Reminder to {owner} about {items}"
    case .section: "Section {id}"
    case .question: "Question {id}"
    case .keyFigure: "Key figure {id}"
    case .newKeyFigure: "New key figure"
    case .newTrainingSection: "New section in the snapshot"
    case .newSection: "New section"
    case .newQuestion: "New question"
    case .newRecommendation: "New recommendation"
    case .newAudit: "New audit"
    case .retiredItem: "{subject} retired: {reason}"
    case .restoredItem: "{subject} restored"
    case .movedUp, .movedUpNeuter: "moved up"
    case .movedDown, .movedDownNeuter: "moved down"
    case .places: "place {old} → {new}"
    case .retired: "Retired"
    case .restored: "Restored"
    }
  }
}
