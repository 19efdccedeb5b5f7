/// Every interface string. Each key has its Swedish and English side by
/// side (`language("…", "…")`), so a new key does not compile without both.
public enum TextKey: Hashable, Sendable {
  // Overview and summary
  case overallAssessment, assessments, auditRound, latestRound, purpose, commissionedBy
  case recommendations, overdue, training, trainingCompleted, trainingStarted, trainingNotStarted
  case target, illustrativeNote, keyFigures, noTraining, total, strategicGoals, criteria
  case documents, undated, boardReply, noBoardReply, questionsCount, oneQuestion
  // Views
  case viewOverview, viewMatrix, viewRecommendations, viewTraining, viewHistory
  // Question matrix
  case question, section, remark, observations, sectionAssessment, linkedRecommendations, none
  /// A round's opinion on a section as a whole, on the scale.
  case opinion
  // Recommendations
  case id, text, status, owner, dueDate, linkedQuestions, plannedAction, evidence, notes
  case showing, filterOpen, filterAll, filterOverdue, sortedBy, sortID, sortStatus, sortDue
  case noRecommendations, overdueMarker
  // Training
  case employees, orgSection, snapshot, change
  case changeSince(date: String)
  case source, illustrativeBanner,
    percentPoints
  // History
  case time, account, entity, field, changeColumn, noHistory
  // Status values
  case statusNotStarted, statusInProgress, statusDone, statusNotApplicable
  // Keys
  case keyViews, keyNextPane, keyPreviousPane, keyMove, keyPage, keyJump, keyOpen, keyCancel
  case keySearch, keyNextMatch, keyPreviousMatch, keyHelp, keyQuit, keyFilter, keySort
  case keySnapshot, keyAudits, keyScrollSideways, keyRedo, keyBack
  // Messages and overlays
  case tooSmall, searchPrompt, noMatch, matchOf, helpTitle, helpFooter, auditsTitle
  case detail, list, keyColumn, actionColumn, notFound
  // Editing
  case level, newNote, noteDate, roundTitle, date, copyLevels, yes, no, illustrative, targetPercent
  case editTitle, newRoundTitle, newSnapshotTitle, followUpDefaultTitle
  case saved, undone, nothingToUndo, cannotUndo, needFollowUpRound, totalNotEditable
  case readOnlyMarker, offlineMarker, confirmQuit, saveAgain, at
  case saving, confirmQuitWhileSaving, waitToPaste
  case required, notADate, notACount, busy
  case countsExceedEmployees(completed: String, started: String, employees: String)
  case figureName, figureValue, figureUnit, figurePeriod
  // Reports and documents
  case reportTitle, drawnUp, auditLabel, organisation, auditor, year, latestNote
  case changesSince, noChanges, originalLevel, latestLevel, reportWritten
  case questions, sectionsTitle, valueColumn
  case periodColumn, nameColumn, fromColumn, toColumn
  case keyReport
  case keySave, keyNextField, keyPreviousField, keyCursor, keyChooseStatus, keyUndo, keyAdd
  // Structure (sections, questions and recommendations entered by hand)
  case heading, retired, period, priority, overdueByPriority
  case managementResponse, agreement, responseText, responded, officer, earlierDueDates
  case reportReference
  case agreed, partlyAgreed, notAgreed
  /// A part's place among its kind (history of a move).
  case position
}

/// The interface strings and number conventions of one language.
public struct Strings: Sendable {
  public let language: Language

  public subscript(_ key: TextKey) -> String {
    key.message(in: language)
  }

  public var thousandsSeparator: String { language(" ", ",") }
  public var decimalMark: String { language(",", ".") }
  public var percentSpacing: String { language(" ", "") }
}

extension TextKey: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .overallAssessment: language("Samlad bedömning", "Overall assessment")
    case .assessments: language("Bedömningar per nivå", "Assessments by level")
    case .auditRound: language("Granskningen", "Audit")
    case .latestRound: language("Senaste uppföljning", "Latest follow-up")
    case .purpose: language("Syfte", "Purpose")
    case .commissionedBy: language("Beställd av", "Commissioned by")
    case .recommendations: language("Rekommendationer", "Recommendations")
    case .overdue: language("Försenade", "Overdue")
    case .training: language("Utbildning", "Training")
    case .trainingCompleted: language("Genomfört", "Completed")
    case .trainingStarted: language("Påbörjat", "Started")
    case .trainingNotStarted: language("Ej påbörjat", "Not started")
    case .target: language("Mål", "Target")
    case .illustrativeNote:
      language("fördelningen per sektion är illustrativ", "the split per section is illustrative")
    case .keyFigures: language("Nyckeltal", "Key figures")
    case .noTraining: language("Inga utbildningsuppgifter", "No training figures")
    case .total: language("Totalt", "Total")
    case .strategicGoals: language("Strategiska mål", "Strategic goals")
    case .criteria: language("Revisionskriterier", "Audit criteria")
    case .documents: language("Granskade styrdokument", "Documents reviewed")
    case .undated: language("ej daterad", "undated")
    case .boardReply: language("Kommunstyrelsens svar", "The board's reply")
    case .noBoardReply: language("inget beslut registrerat", "no decision recorded")
    case .questionsCount: language("frågor", "questions")
    case .oneQuestion: language("fråga", "question")
    case .viewOverview: language("Översikt", "Overview")
    case .viewMatrix: language("Frågor", "Questions")
    case .viewRecommendations: language("Rekommendationer", "Recommendations")
    case .viewTraining: language("Utbildning", "Training")
    case .viewHistory: language("Historik", "History")
    case .question: language("Fråga", "Question")
    case .section: language("Avsnitt", "Section")
    case .remark: language("Anmärkning", "Remark")
    case .observations: language("Iakttagelser", "Observations")
    case .heading: language("Rubrik", "Title")
    case .retired: language("Utgår", "Retired")
    case .period: language("Period", "Period")
    case .priority: language("Prioritet", "Priority")
    case .overdueByPriority: language("Försenade per prioritet", "Overdue by priority")
    case .managementResponse: language("Ledningens svar", "Management response")
    case .agreement: language("Ställningstagande", "Agreement")
    case .responseText: language("Svar", "Response")
    case .responded: language("Svarsdatum", "Response date")
    case .officer: language("Ansvarig tjänsteperson", "Responsible officer")
    case .earlierDueDates: language("Tidigare klart senast", "Earlier due dates")
    case .reportReference: language("Rapportreferens", "Report reference")
    case .position: language("Plats", "Place")
    case .agreed: language("Instämmer", "Agreed")
    case .partlyAgreed: language("Instämmer delvis", "Partly agreed")
    case .notAgreed: language("Instämmer inte", "Not agreed")
    case .sectionAssessment: language("Bedömning", "Assessment")
    case .opinion: language("Omdöme", "Opinion")
    case .linkedRecommendations: language("Rekommendationer", "Recommendations")
    case .none: language("–", "–")
    case .id: language("Id", "Id")
    case .text: language("Rekommendation", "Recommendation")
    case .status: language("Status", "Status")
    case .owner: language("Ansvarig", "Owner")
    case .dueDate: language("Klart senast", "Due")
    case .linkedQuestions: language("Frågor", "Questions")
    case .plannedAction: language("Planerad åtgärd", "Planned action")
    case .evidence: language("Underlag", "Evidence")
    case .notes: language("Anteckningar", "Notes")
    case .showing: language("Visar", "Showing")
    case .filterOpen: language("öppna", "open")
    case .filterAll: language("alla", "all")
    case .filterOverdue: language("försenade", "overdue")
    case .sortedBy: language("sorterat på", "sorted by")
    case .sortID: language("i rapportens ordning", "in the report's order")
    case .sortStatus: language("status", "status")
    case .sortDue: language("datum", "due date")
    case .noRecommendations:
      language("Inga rekommendationer att visa", "No recommendations to show")
    case .overdueMarker: language("FÖRSENAD", "OVERDUE")
    case .employees: language("Anställda", "Employees")
    case .orgSection: language("Sektion", "Section")
    case .snapshot: language("Mätning", "Snapshot")
    case .change: language("Förändring", "Change")
    case .changeSince(let date): language("förändring sedan \(date)", "change since \(date)")
    case .source: language("Källa", "Source")
    case .illustrativeBanner:
      language(
        "Illustrativ fördelning per sektion – rapporten anger bara totaler",
        "Illustrative split per section – the report gives totals only")
    case .percentPoints: language("p.e.", "pp")
    case .time: language("Tid", "Time")
    case .account: language("Vem", "Who")
    case .entity: language("Vad", "What")
    case .field: language("Fält", "Field")
    case .changeColumn: language("Ändring", "Change")
    case .noHistory: language("Inga ändringar sparade ännu", "No changes saved yet")
    case .statusNotStarted: language("Ej påbörjad", "Not started")
    case .statusInProgress: language("Pågår", "In progress")
    case .statusDone: language("Klar", "Done")
    case .statusNotApplicable: language("Ej tillämplig", "Not applicable")
    case .keyViews: language("byt vy", "switch view")
    case .keyNextPane: language("nästa panel / vy", "next pane / view")
    case .keyPreviousPane: language("föregående panel / vy", "previous pane / view")
    case .keyMove: language("flytta", "move")
    case .keyPage: language("sida upp / ner", "page up / down")
    case .keyJump: language("första / sista", "first / last")
    case .keyOpen: language("öppna", "open")
    case .keyCancel: language("avbryt / stäng", "cancel / close")
    case .keySearch: language("sök", "search")
    case .keyNextMatch: language("nästa träff", "next match")
    case .keyPreviousMatch: language("föregående träff", "previous match")
    case .keyHelp: language("hjälp", "help")
    case .keyQuit: language("avsluta", "quit")
    case .keyFilter: language("filter", "filter")
    case .keySort: language("sortera", "sort")
    case .keySnapshot: language("byt mätning", "switch snapshot")
    case .keyAudits: language("välj granskning", "choose audit")
    case .keyScrollSideways: language("rulla i sidled", "scroll sideways")
    case .tooSmall: language("Terminalen är för liten", "The terminal is too small")
    case .searchPrompt: language("Sök: ", "Search: ")
    case .noMatch: language("Ingen träff för", "No match for")
    case .matchOf: language("av", "of")
    case .helpTitle: language("Hjälp", "Help")
    case .helpFooter: language("Esc eller ? stänger", "Esc or ? closes")
    case .auditsTitle: language("Välj granskning", "Choose audit")
    case .detail: language("Detaljer", "Details")
    case .list: language("Lista", "List")
    case .keyColumn: language("Tangent", "Key")
    case .actionColumn: language("Gör", "Does")
    case .notFound: language("finns inte", "not found")
    case .level: language("Nivå", "Level")
    case .newNote: language("Ny anteckning", "New note")
    case .noteDate: language("Daterad", "Dated")
    case .roundTitle: language("Rubrik", "Title")
    case .date: language("Datum", "Date")
    case .copyLevels: language("Utgå från föregående", "Start from previous")
    case .yes: language("Ja", "Yes")
    case .no: language("Nej", "No")
    case .illustrative: language("Illustrativ", "Illustrative")
    case .targetPercent: language("Mål (%)", "Target (%)")
    case .editTitle: language("Redigera", "Edit")
    case .newRoundTitle: language("Ny uppföljningsomgång", "New follow-up round")
    case .newSnapshotTitle:
      language("Ny mätning (kopia av den senaste)", "New snapshot (copy of the latest)")
    case .followUpDefaultTitle: language("Uppföljning", "Follow-up")
    case .saved: language("Sparat", "Saved")
    case .undone: language("Ångrat", "Undone")
    case .nothingToUndo:
      language("Inget att ångra i den här sessionen", "Nothing to undo in this session")
    case .cannotUndo:
      language(
        "Den senaste ändringen kan inte ångras (anteckningar står kvar)",
        "The last change cannot be undone (notes stay)")
    case .needFollowUpRound:
      language(
        "Granskningens egen omgång är skrivskyddad – lägg till en uppföljningsomgång med +",
        "The auditor's round is read-only – add a follow-up round with +")
    case .totalNotEditable:
      language(
        "Totalraden räknas fram – välj en sektion", "The total row is computed – choose a section")
    case .readOnlyMarker: language("SKRIVSKYDDAD", "READ-ONLY")
    case .offlineMarker: language("FRÅNKOPPLAD", "OFFLINE")
    case .confirmQuit:
      language(
        "Osparade ändringar i formuläret. Avsluta ändå? (j/n)",
        "Unsaved input in the form. Quit anyway? (y/n)")
    case .saving: language("Sparar …", "Saving …")
    case .confirmQuitWhileSaving:
      language(
        "Ändringen sparas än och servern har inte svarat. Avsluta ändå? Då är det okänt om den "
          + "sparades (granska log visar det). (j/n)",
        "The change is still being saved and the server has not answered. Quit anyway? Whether it "
          + "was saved is then unknown (granska log shows it). (y/n)")
    case .waitToPaste:
      language(
        "Vänta tills ändringen är sparad och klistra sedan in igen",
        "Wait until the change is saved, then paste again")
    case .saveAgain: language("Enter sparar din version ändå", "Enter saves your version anyway")
    case .at: language("den", "on")
    case .reportTitle:
      language(
        "Uppföljning av revisionens rekommendationer", "Follow-up of the audit's recommendations")
    case .drawnUp: language("upprättad", "drawn up")
    case .auditLabel: language("Granskning", "Audit")
    case .organisation: language("Organisation", "Organisation")
    case .auditor: language("Revisor", "Auditor")
    case .year: language("År", "Year")
    case .latestNote: language("Senaste anteckning", "Latest note")
    case .changesSince: language("Ändringar sedan", "Changes since")
    case .noChanges: language("Inga ändringar under perioden.", "No changes in the period.")
    case .originalLevel: language("Granskningens bedömning", "The audit's assessment")
    case .latestLevel: language("Senaste bedömning", "Latest assessment")
    case .reportWritten: language("Rapporten sparad", "Report written")
    case .questions: language("Revisionsfrågor", "Audit questions")
    case .sectionsTitle: language("Resultat per avsnitt", "Results by section")
    case .valueColumn: language("Värde", "Value")
    case .periodColumn: language("Period", "Period")
    case .nameColumn: language("Nyckeltal", "Key figure")
    case .fromColumn: language("Från", "From")
    case .toColumn: language("Till", "To")
    case .busy:
      language(
        "Databasen var upptagen av andra som sparade – inget sparades, försök igen",
        "The database stayed busy with others saving – nothing was saved, try again")
    case .figureName: language("Namn", "Name")
    case .figureValue: language("Värde", "Value")
    case .figureUnit: language("Enhet", "Unit")
    case .figurePeriod: language("Period", "Period")
    case .countsExceedEmployees(let completed, let started, let employees):
      language(
        "Genomfört (\(completed)) + påbörjat (\(started)) är fler än anställda (\(employees))",
        "Completed (\(completed)) + started (\(started)) exceed employees (\(employees))")
    case .required: language("måste fyllas i", "is required")
    case .notADate:
      language(
        "är inget datum (ÅÅÅÅ-MM-DD, en riktig dag)", "is not a date (YYYY-MM-DD, a real day)")
    case .notACount: language("är inget heltal ≥ 0", "is not a whole number ≥ 0")
    case .keyReport:
      language("skriv uppföljningsrapporten till fil", "write the follow-up report to a file")
    case .keySave: language("spara", "save")
    case .keyNextField: language("nästa fält", "next field")
    case .keyPreviousField: language("föregående fält", "previous field")
    case .keyCursor: language("markör / byt val", "cursor / change choice")
    case .keyChooseStatus: language("välj status", "choose status")
    case .keyUndo: language("ångra", "undo")
    case .keyRedo: language("gör om", "redo")
    case .keyBack: language("tillbaka efter Enter på en länk", "back after Enter on a link")
    case .keyAdd: language("ny omgång / mätning", "new round / snapshot")
    }
  }
}
