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

extension HistoryKey: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .recommendation: language("Rekommendation {id}", "Recommendation {id}")
    case .questionInRound: language("Fråga {question} i {round}", "Question {question} in {round}")
    case .questionInRemovedRound:
      language("Fråga {question} i en borttagen omgång", "Question {question} in a removed round")
    case .sectionInRound: language("Avsnitt {section} i {round}", "Section {section} in {round}")
    case .sectionInRemovedRound:
      language("Avsnitt {section} i en borttagen omgång", "Section {section} in a removed round")
    case .round: language("Omgången {round}", "The round {round}")
    case .snapshot: language("Mätningen {date}", "The snapshot of {date}")
    case .trainingSection:
      language("Utbildning {section}, mätningen {date}", "Training {section}, snapshot of {date}")
    case .theAudit: language("Granskningen", "The audit")
    case .account: language("Kontot {name}", "Account {name}")
    case .group: language("Gruppen {name}", "Group {name}")
    case .access: language("Behörighet", "Access")
    case .theDatabase: language("Databasen", "The database")
    case .restoredFrom: language("återställd från säkerhetskopia", "restored from backup")
    case .newRound: language("Ny omgång", "New round")
    case .removedRound: language("Borttagen omgång", "Removed round")
    case .newSnapshot: language("Ny mätning", "New snapshot")
    case .removedSnapshot: language("Borttagen mätning", "Removed snapshot")
    case .assessmentCount: language("{n} bedömningar", "{n} assessments")
    case .sectionCount: language("{n} sektioner", "{n} sections")
    case .completedOf:
      language("{completed} av {employees} har genomfört", "{completed} of {employees} completed")
    case .imported: language("Inläst", "Imported")
    case .builtInAudit: language("inbyggd granskning", "the built-in audit")
    case .fromFile: language("från filen {file}", "from the file {file}")
    case .fromAFile: language("från en fil", "from a file")
    case .replacedPrevious:
      language("ersatte den tidigare versionen", "replaced the earlier version")
    case .mayEdit: language("får ändra", "may edit")
    case .mayNotEdit: language("får inte ändra", "may not edit")
    case .illustrative: language("illustrativ", "illustrative")
    case .reminder: language("Påminnelse", "Reminder")
    case .reminderTo:
      language("Påminnelse till {owner} om {items}", "Reminder to {owner} about {items}")
    case .section: language("Avsnitt {id}", "Section {id}")
    case .question: language("Fråga {id}", "Question {id}")
    case .keyFigure: language("Nyckeltal {id}", "Key figure {id}")
    case .newKeyFigure: language("Nytt nyckeltal", "New key figure")
    case .newTrainingSection: language("Ny sektion i mätningen", "New section in the snapshot")
    case .newSection: language("Nytt avsnitt", "New section")
    case .newQuestion: language("Ny fråga", "New question")
    case .newRecommendation: language("Ny rekommendation", "New recommendation")
    case .newAudit: language("Ny granskning", "New audit")
    case .retiredItem: language("{subject} utgår: {reason}", "{subject} retired: {reason}")
    case .restoredItem: language("{subject} gäller igen", "{subject} restored")
    case .movedUp: language("flyttad upp", "moved up")
    case .movedDown: language("flyttad ned", "moved down")
    case .movedUpNeuter: language("flyttat upp", "moved up")
    case .movedDownNeuter: language("flyttat ned", "moved down")
    case .places: language("plats {old} → {new}", "place {old} → {new}")
    case .retired: language("Utgår", "Retired")
    case .restored: language("Gäller igen", "Restored")
    }
  }
}
