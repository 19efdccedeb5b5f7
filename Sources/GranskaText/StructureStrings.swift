/// Words of entering an audit in the dashboard: the new-audit form, and
/// the forms that add and edit sections and questions. Read with
/// `strings.structure(.key)`; placeholders are filled by `Strings.fill`.
public enum StructureWords: CaseIterable, Hashable, Sendable {
  case newAuditOption, newAuditTitle, auditID, auditTitle, organisation, auditor, period, date
  case orderedBy, scale, priorities, openStatuses, closedStatuses, auditCreated
  case newSectionTitle, editSectionTitle, newQuestionTitle, editQuestionTitle
  case partID, sectionHeading, sectionText, questionText, questionSection
  case auditorsLevel, auditorsRemark
  /// A scale typed level by level in the new-audit form, each with a colour role.
  case ownScale, bestLevel, level, levelRole, roleGood, roleFair, roleWarn, roleBad, roleNone
  /// The section's opinion in a round (by its date, or its title when
  /// undated), on the scale; optional.
  case sectionOpinion
  case keyNewSection, keyNewQuestion, keyEditQuestion, keyEditSection
  case noQuestionsYet, noSectionsYet, emptyAudit
}

extension Strings {
  public func structure(_ key: StructureWords) -> String { self(key) }
}

extension StructureWords: Wording {
  public var swedish: String {
    switch self {
    case .newAuditOption: "Ny granskning…"
    case .newAuditTitle: "Ny granskning"
    case .auditID: "Id"
    case .auditTitle: "Titel"
    case .organisation: "Organisation"
    case .auditor: "Revisor"
    case .period: "Period (frivillig)"
    case .date: "Datum"
    case .orderedBy: "Beställd av (frivillig)"
    case .scale: "Skala"
    case .priorities: "Prioriteter (frivillig)"
    case .openStatuses: "Egna statusar, öppna"
    case .closedStatuses: "Egna statusar, avslutade"
    case .auditCreated:
      "Granskningen {id} är skapad. Lägg till avsnitt och frågor i vyn Frågor: A nytt avsnitt, Q ny fråga."
    case .newSectionTitle: "Nytt avsnitt"
    case .editSectionTitle: "Ändra avsnitt {id}"
    case .newQuestionTitle: "Ny fråga"
    case .editQuestionTitle: "Ändra fråga {id}"
    case .partID: "Id"
    case .sectionHeading: "Rubrik"
    case .sectionText: "Iakttagelser (frivillig)"
    case .sectionOpinion: "Omdöme {round}"
    case .questionText: "Fråga"
    case .questionSection: "Avsnitt"
    case .auditorsLevel: "Revisorns bedömning"
    case .auditorsRemark: "Revisorns kommentar"
    case .ownScale: "Egen: skriv nivåerna nedan"
    case .bestLevel: "Nivå {n} (bäst)"
    case .level: "Nivå {n}"
    case .levelRole: "  färg"
    case .roleGood: "bra"
    case .roleFair: "godtagbar"
    case .roleWarn: "brister"
    case .roleBad: "dålig"
    case .roleNone: "ej bedömd"
    case .keyNewSection: "nytt avsnitt"
    case .keyNewQuestion: "ny fråga"
    case .keyEditQuestion: "ändra frågans text, avsnitt och revisorns bedömning"
    case .keyEditSection: "ändra avsnittets rubrik och iakttagelser"
    case .noQuestionsYet:
      "Inga frågor än. Tryck A för att lägga till ett avsnitt, sedan Q för en fråga i det."
    case .noSectionsYet: "Lägg först till ett avsnitt (A): en fråga hör till ett avsnitt."
    case .emptyAudit:
      "Granskningen är tom. Lägg till avsnitt och frågor i vyn Frågor (2): A nytt avsnitt, Q ny fråga."
    }
  }

  public var english: String {
    switch self {
    case .newAuditOption: "New audit…"
    case .newAuditTitle: "New audit"
    case .auditID: "Id"
    case .auditTitle: "Title"
    case .organisation: "Organisation"
    case .auditor: "Auditor"
    case .period: "Period (optional)"
    case .date: "Date"
    case .orderedBy: "Ordered by (optional)"
    case .scale: "Scale"
    case .priorities: "Priorities (optional)"
    case .openStatuses: "Own statuses, open"
    case .closedStatuses: "Own statuses, closed"
    case .auditCreated:
      "Audit {id} created. Add sections and questions in the Questions view: A new section, Q new question."
    case .newSectionTitle: "New section"
    case .editSectionTitle: "Edit section {id}"
    case .newQuestionTitle: "New question"
    case .editQuestionTitle: "Edit question {id}"
    case .partID: "Id"
    case .sectionHeading: "Heading"
    case .sectionText: "Observations (optional)"
    case .sectionOpinion: "Opinion {round}"
    case .questionText: "Question"
    case .questionSection: "Section"
    case .auditorsLevel: "Auditor's level"
    case .auditorsRemark: "Auditor's remark"
    case .ownScale: "Own: type the levels below"
    case .bestLevel: "Level {n} (best)"
    case .level: "Level {n}"
    case .levelRole: "  colour"
    case .roleGood: "good"
    case .roleFair: "fair"
    case .roleWarn: "shortcomings"
    case .roleBad: "bad"
    case .roleNone: "not assessed"
    case .keyNewSection: "new section"
    case .keyNewQuestion: "new question"
    case .keyEditQuestion: "edit the question's text, section and the auditor's level"
    case .keyEditSection: "edit the section's heading and observations"
    case .noQuestionsYet:
      "No questions yet. Press A to add a section, then Q to add a question to it."
    case .noSectionsYet: "Add a section first (A): a question belongs to a section."
    case .emptyAudit:
      "The audit is empty. Add sections and questions in the Questions view (2): A new section, Q new question."
    }
  }
}
