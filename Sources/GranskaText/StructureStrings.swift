/// Words of entering an audit in the dashboard: the new-audit form, and
/// the forms that add and edit sections and questions. Read with
/// `strings.structure(.key)`; a value a key carries
/// is words it is worded with.
public enum StructureWords: Hashable, Sendable {
  case newAuditOption, newAuditTitle, auditID, auditTitle, organisation, auditor, period, date
  case orderedBy, scale, priorities, openStatuses, closedStatuses
  case auditCreated(id: String)
  case newSectionTitle
  case editSectionTitle(id: String)
  case newQuestionTitle
  case editQuestionTitle(id: String)
  case partID, sectionHeading, sectionText, questionText, questionSection
  case auditorsLevel, auditorsRemark
  /// A scale typed level by level in the new-audit form, each with a colour role.
  case ownScale
  case bestLevel(n: String)
  case level(n: String)
  case levelRole, roleGood, roleFair, roleWarn, roleBad, roleNone
  /// The section's opinion in a round (by its date, or its title when
  /// undated), on the scale; optional.
  case sectionOpinion(round: String)
  case keyNewSection, keyNewQuestion, keyEditQuestion, keyEditSection
  case noQuestionsYet, noSectionsYet, emptyAudit
}

extension Strings {
  public func structure(_ key: StructureWords) -> String { self(key) }
}

extension StructureWords: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .newAuditOption: language("Ny granskning…", "New audit…")
    case .newAuditTitle: language("Ny granskning", "New audit")
    case .auditID: language("Id", "Id")
    case .auditTitle: language("Titel", "Title")
    case .organisation: language("Organisation", "Organisation")
    case .auditor: language("Revisor", "Auditor")
    case .period: language("Period (frivillig)", "Period (optional)")
    case .date: language("Datum", "Date")
    case .orderedBy: language("Beställd av (frivillig)", "Ordered by (optional)")
    case .scale: language("Skala", "Scale")
    case .priorities: language("Prioriteter (frivillig)", "Priorities (optional)")
    case .openStatuses: language("Egna statusar, öppna", "Own statuses, open")
    case .closedStatuses: language("Egna statusar, avslutade", "Own statuses, closed")
    case .auditCreated(let id):
      language(
        "Granskningen \(id) är skapad. Lägg till avsnitt och frågor i vyn Frågor: A nytt avsnitt, Q ny fråga.",
        "Audit \(id) created. Add sections and questions in the Questions view: A new section, Q new question."
      )
    case .newSectionTitle: language("Nytt avsnitt", "New section")
    case .editSectionTitle(let id): language("Ändra avsnitt \(id)", "Edit section \(id)")
    case .newQuestionTitle: language("Ny fråga", "New question")
    case .editQuestionTitle(let id): language("Ändra fråga \(id)", "Edit question \(id)")
    case .partID: language("Id", "Id")
    case .sectionHeading: language("Rubrik", "Heading")
    case .sectionText: language("Iakttagelser (frivillig)", "Observations (optional)")
    case .sectionOpinion(let round): language("Omdöme \(round)", "Opinion \(round)")
    case .questionText: language("Fråga", "Question")
    case .questionSection: language("Avsnitt", "Section")
    case .auditorsLevel: language("Revisorns bedömning", "Auditor's level")
    case .auditorsRemark: language("Revisorns kommentar", "Auditor's remark")
    case .ownScale: language("Egen: skriv nivåerna nedan", "Own: type the levels below")
    case .bestLevel(let n): language("Nivå \(n) (bäst)", "Level \(n) (best)")
    case .level(let n): language("Nivå \(n)", "Level \(n)")
    case .levelRole: language("  färg", "  colour")
    case .roleGood: language("bra", "good")
    case .roleFair: language("godtagbar", "fair")
    case .roleWarn: language("brister", "shortcomings")
    case .roleBad: language("dålig", "bad")
    case .roleNone: language("ej bedömd", "not assessed")
    case .keyNewSection: language("nytt avsnitt", "new section")
    case .keyNewQuestion: language("ny fråga", "new question")
    case .keyEditQuestion:
      language(
        "ändra frågans text, avsnitt och revisorns bedömning",
        "edit the question's text, section and the auditor's level")
    case .keyEditSection:
      language(
        "ändra avsnittets rubrik och iakttagelser", "edit the section's heading and observations")
    case .noQuestionsYet:
      language(
        "Inga frågor än. Tryck A för att lägga till ett avsnitt, sedan Q för en fråga i det.",
        "No questions yet. Press A to add a section, then Q to add a question to it.")
    case .noSectionsYet:
      language(
        "Lägg först till ett avsnitt (A): en fråga hör till ett avsnitt.",
        "Add a section first (A): a question belongs to a section.")
    case .emptyAudit:
      language(
        "Granskningen är tom. Lägg till avsnitt och frågor i vyn Frågor (2): A nytt avsnitt, Q ny fråga.",
        "The audit is empty. Add sections and questions in the Questions view (2): A new section, Q new question."
      )
    }
  }
}
