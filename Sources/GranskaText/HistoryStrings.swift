/// The words of the history (History view, `granska log`, the report's
/// changes): what was changed, as people name it. Read with
/// `strings.history(.key)`; a value a key carries is words it is worded with.
public enum HistoryKey: Hashable, Sendable {
  case recommendation(id: String)
  case questionInRound(question: String, round: String)
  case questionInRemovedRound(question: String)
  case round(round: String)
  case snapshot(date: String)
  /// A round's opinion on a section, as history names what changed.
  case sectionInRound(section: String, round: String)
  case sectionInRemovedRound(section: String)
  case trainingSection(section: String, date: String)
  case theAudit
  case account(name: String)
  case group(name: String)
  case access, theDatabase, restoredFrom
  case newRound, removedRound, newSnapshot, removedSnapshot
  case assessmentCount(n: String)
  case sectionCount(n: String)
  case completedOf(completed: String, employees: String)
  case imported, builtInAudit
  case fromFile(file: String)
  case fromAFile, replacedPrevious
  case mayEdit, mayNotEdit, illustrative
  case reminder
  case reminderTo(owner: String, items: String)
  case section(id: String)
  case question(id: String)
  case newSection, newQuestion, newRecommendation, newAudit
  case keyFigure(id: String)
  case newKeyFigure, newTrainingSection
  case retiredItem(subject: String, reason: String)
  case restoredItem(subject: String)
  case retired, restored
  /// A part moved one place or more up or down: "Fråga Q3 flyttad upp"
  /// (an "ett" word, "Avsnitt S2 flyttat upp", has its own), and from
  /// which place to which.
  case movedUp, movedDown, movedUpNeuter, movedDownNeuter
  case places(old: String, new: String)
}

extension Strings {
  /// A history word (a method, not a subscript: its keys may share names with `TextKey`'s).
  public func history(_ key: HistoryKey) -> String { self(key) }
}

extension HistoryKey: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .recommendation(let id): language("Rekommendation \(id)", "Recommendation \(id)")
    case .questionInRound(let question, let round):
      language("Fråga \(question) i \(round)", "Question \(question) in \(round)")
    case .questionInRemovedRound(let question):
      language("Fråga \(question) i en borttagen omgång", "Question \(question) in a removed round")
    case .sectionInRound(let section, let round):
      language("Avsnitt \(section) i \(round)", "Section \(section) in \(round)")
    case .sectionInRemovedRound(let section):
      language("Avsnitt \(section) i en borttagen omgång", "Section \(section) in a removed round")
    case .round(let round): language("Omgången \(round)", "The round \(round)")
    case .snapshot(let date): language("Mätningen \(date)", "The snapshot of \(date)")
    case .trainingSection(let section, let date):
      language(
        "Utbildning \(section), mätningen \(date)", "Training \(section), snapshot of \(date)")
    case .theAudit: language("Granskningen", "The audit")
    case .account(let name): language("Kontot \(name)", "Account \(name)")
    case .group(let name): language("Gruppen \(name)", "Group \(name)")
    case .access: language("Behörighet", "Access")
    case .theDatabase: language("Databasen", "The database")
    case .restoredFrom: language("återställd från säkerhetskopia", "restored from backup")
    case .newRound: language("Ny omgång", "New round")
    case .removedRound: language("Borttagen omgång", "Removed round")
    case .newSnapshot: language("Ny mätning", "New snapshot")
    case .removedSnapshot: language("Borttagen mätning", "Removed snapshot")
    case .assessmentCount(let n): language("\(n) bedömningar", "\(n) assessments")
    case .sectionCount(let n): language("\(n) sektioner", "\(n) sections")
    case .completedOf(let completed, let employees):
      language(
        "\(completed) av \(employees) har genomfört", "\(completed) of \(employees) completed")
    case .imported: language("Inläst", "Imported")
    case .builtInAudit: language("inbyggd granskning", "the built-in audit")
    case .fromFile(let file): language("från filen \(file)", "from the file \(file)")
    case .fromAFile: language("från en fil", "from a file")
    case .replacedPrevious:
      language("ersatte den tidigare versionen", "replaced the earlier version")
    case .mayEdit: language("får ändra", "may edit")
    case .mayNotEdit: language("får inte ändra", "may not edit")
    case .illustrative: language("illustrativ", "illustrative")
    case .reminder: language("Påminnelse", "Reminder")
    case .reminderTo(let owner, let items):
      language("Påminnelse till \(owner) om \(items)", "Reminder to \(owner) about \(items)")
    case .section(let id): language("Avsnitt \(id)", "Section \(id)")
    case .question(let id): language("Fråga \(id)", "Question \(id)")
    case .keyFigure(let id): language("Nyckeltal \(id)", "Key figure \(id)")
    case .newKeyFigure: language("Nytt nyckeltal", "New key figure")
    case .newTrainingSection: language("Ny sektion i mätningen", "New section in the snapshot")
    case .newSection: language("Nytt avsnitt", "New section")
    case .newQuestion: language("Ny fråga", "New question")
    case .newRecommendation: language("Ny rekommendation", "New recommendation")
    case .newAudit: language("Ny granskning", "New audit")
    case .retiredItem(let subject, let reason):
      language("\(subject) utgår: \(reason)", "\(subject) retired: \(reason)")
    case .restoredItem(let subject): language("\(subject) gäller igen", "\(subject) restored")
    case .movedUp: language("flyttad upp", "moved up")
    case .movedDown: language("flyttad ned", "moved down")
    case .movedUpNeuter: language("flyttat upp", "moved up")
    case .movedDownNeuter: language("flyttat ned", "moved down")
    case .places(let old, let new): language("plats \(old) → \(new)", "place \(old) → \(new)")
    case .retired: language("Utgår", "Retired")
    case .restored: language("Gäller igen", "Restored")
    }
  }
}
