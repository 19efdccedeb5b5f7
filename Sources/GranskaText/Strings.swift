/// Every interface string. Each language is one exhaustive `switch` below,
/// so a new key does not compile until every language has it.
public enum TextKey: CaseIterable, Sendable {
  // Overview and summary
  case overallAssessment, assessments, auditRound, latestRound, purpose, commissionedBy
  case recommendations, overdue, training, trainingCompleted, trainingStarted, trainingNotStarted
  case target, illustrativeNote, keyFigures, noTraining, total, strategicGoals, criteria
  case documents, undated, boardReply, noBoardReply, questionsCount
  // Views
  case viewOverview, viewMatrix, viewRecommendations, viewTraining, viewHistory
  // Question matrix
  case question, section, remark, observations, sectionAssessment, linkedRecommendations, none
  // Recommendations
  case id, text, status, owner, dueDate, linkedQuestions, plannedAction, evidence, notes
  case showing, filterOpen, filterAll, filterOverdue, sortedBy, sortID, sortStatus, sortDue
  case noRecommendations, overdueMarker
  // Training
  case employees, orgSection, snapshot, change, source, illustrativeBanner, percentPoints
  // History
  case time, account, entity, field, changeColumn, noHistory
  // Status values
  case statusNotStarted, statusInProgress, statusDone, statusNotApplicable
  // Keys
  case keyViews, keyNextPane, keyPreviousPane, keyMove, keyPage, keyJump, keyOpen, keyCancel
  case keySearch, keyNextMatch, keyPreviousMatch, keyHelp, keyQuit, keyFilter, keySort
  case keySnapshot, keyAudits, keyScrollSideways
  // Messages and overlays
  case tooSmall, searchPrompt, noMatch, matchOf, helpTitle, helpFooter, auditsTitle, pane
  case detail, list, keyColumn, actionColumn, notFound
}

/// The interface strings and number conventions of one language.
public struct Strings: Sendable {
  public let language: Language

  public subscript(_ key: TextKey) -> String {
    switch language {
    case .sv: Self.swedish(key)
    case .en: Self.english(key)
    }
  }

  public var thousandsSeparator: String { language == .sv ? " " : "," }
  public var decimalMark: String { language == .sv ? "," : "." }
  public var percentSpacing: String { language == .sv ? " " : "" }

  static func swedish(_ key: TextKey) -> String {
    switch key {
    case .overallAssessment: "Samlad bedömning"
    case .assessments: "Bedömningar per nivå"
    case .auditRound: "Granskningen"
    case .latestRound: "Senaste uppföljning"
    case .purpose: "Syfte"
    case .commissionedBy: "Beställd av"
    case .recommendations: "Rekommendationer"
    case .overdue: "Försenade"
    case .training: "Utbildning i informationssäkerhet"
    case .trainingCompleted: "Genomfört"
    case .trainingStarted: "Påbörjat"
    case .trainingNotStarted: "Ej påbörjat"
    case .target: "Mål"
    case .illustrativeNote: "fördelningen per sektion är illustrativ"
    case .keyFigures: "Nyckeltal"
    case .noTraining: "Inga utbildningsuppgifter"
    case .total: "Totalt"
    case .strategicGoals: "Strategiska mål"
    case .criteria: "Revisionskriterier"
    case .documents: "Granskade styrdokument"
    case .undated: "ej daterad"
    case .boardReply: "Kommunstyrelsens svar"
    case .noBoardReply: "inget beslut registrerat"
    case .questionsCount: "frågor"
    case .viewOverview: "Översikt"
    case .viewMatrix: "Frågor"
    case .viewRecommendations: "Rekommendationer"
    case .viewTraining: "Utbildning"
    case .viewHistory: "Historik"
    case .question: "Fråga"
    case .section: "Avsnitt"
    case .remark: "Anmärkning"
    case .observations: "Iakttagelser"
    case .sectionAssessment: "Bedömning"
    case .linkedRecommendations: "Rekommendationer"
    case .none: "–"
    case .id: "Id"
    case .text: "Rekommendation"
    case .status: "Status"
    case .owner: "Ansvarig"
    case .dueDate: "Klart senast"
    case .linkedQuestions: "Frågor"
    case .plannedAction: "Planerad åtgärd"
    case .evidence: "Underlag"
    case .notes: "Anteckningar"
    case .showing: "Visar"
    case .filterOpen: "öppna"
    case .filterAll: "alla"
    case .filterOverdue: "försenade"
    case .sortedBy: "sorterat på"
    case .sortID: "id"
    case .sortStatus: "status"
    case .sortDue: "datum"
    case .noRecommendations: "Inga rekommendationer att visa"
    case .overdueMarker: "FÖRSENAD"
    case .employees: "Anställda"
    case .orgSection: "Sektion"
    case .snapshot: "Mätning"
    case .change: "Förändring"
    case .source: "Källa"
    case .illustrativeBanner: "Illustrativ fördelning per sektion – rapporten anger bara totaler"
    case .percentPoints: "p.e."
    case .time: "Tid"
    case .account: "Vem"
    case .entity: "Vad"
    case .field: "Fält"
    case .changeColumn: "Ändring"
    case .noHistory: "Inga ändringar sparade ännu"
    case .statusNotStarted: "Ej påbörjad"
    case .statusInProgress: "Pågår"
    case .statusDone: "Klar"
    case .statusNotApplicable: "Ej tillämplig"
    case .keyViews: "byt vy"
    case .keyNextPane: "nästa panel / vy"
    case .keyPreviousPane: "föregående panel / vy"
    case .keyMove: "flytta"
    case .keyPage: "sida upp / ner"
    case .keyJump: "första / sista"
    case .keyOpen: "öppna"
    case .keyCancel: "avbryt / stäng"
    case .keySearch: "sök"
    case .keyNextMatch: "nästa träff"
    case .keyPreviousMatch: "föregående träff"
    case .keyHelp: "hjälp"
    case .keyQuit: "avsluta"
    case .keyFilter: "filter"
    case .keySort: "sortera"
    case .keySnapshot: "byt mätning"
    case .keyAudits: "välj granskning"
    case .keyScrollSideways: "rulla i sidled"
    case .tooSmall: "Terminalen är för liten"
    case .searchPrompt: "Sök: "
    case .noMatch: "Ingen träff för"
    case .matchOf: "av"
    case .helpTitle: "Hjälp"
    case .helpFooter: "Esc eller ? stänger"
    case .auditsTitle: "Välj granskning"
    case .pane: "panel"
    case .detail: "Detaljer"
    case .list: "Lista"
    case .keyColumn: "Tangent"
    case .actionColumn: "Gör"
    case .notFound: "finns inte"
    }
  }

  static func english(_ key: TextKey) -> String {
    switch key {
    case .overallAssessment: "Overall assessment"
    case .assessments: "Assessments by level"
    case .auditRound: "Audit"
    case .latestRound: "Latest follow-up"
    case .purpose: "Purpose"
    case .commissionedBy: "Commissioned by"
    case .recommendations: "Recommendations"
    case .overdue: "Overdue"
    case .training: "Information-security training"
    case .trainingCompleted: "Completed"
    case .trainingStarted: "Started"
    case .trainingNotStarted: "Not started"
    case .target: "Target"
    case .illustrativeNote: "the split per section is illustrative"
    case .keyFigures: "Key figures"
    case .noTraining: "No training figures"
    case .total: "Total"
    case .strategicGoals: "Strategic goals"
    case .criteria: "Audit criteria"
    case .documents: "Documents reviewed"
    case .undated: "undated"
    case .boardReply: "The board's reply"
    case .noBoardReply: "no decision recorded"
    case .questionsCount: "questions"
    case .viewOverview: "Overview"
    case .viewMatrix: "Questions"
    case .viewRecommendations: "Recommendations"
    case .viewTraining: "Training"
    case .viewHistory: "History"
    case .question: "Question"
    case .section: "Section"
    case .remark: "Remark"
    case .observations: "Observations"
    case .sectionAssessment: "Assessment"
    case .linkedRecommendations: "Recommendations"
    case .none: "–"
    case .id: "Id"
    case .text: "Recommendation"
    case .status: "Status"
    case .owner: "Owner"
    case .dueDate: "Due"
    case .linkedQuestions: "Questions"
    case .plannedAction: "Planned action"
    case .evidence: "Evidence"
    case .notes: "Notes"
    case .showing: "Showing"
    case .filterOpen: "open"
    case .filterAll: "all"
    case .filterOverdue: "overdue"
    case .sortedBy: "sorted by"
    case .sortID: "id"
    case .sortStatus: "status"
    case .sortDue: "due date"
    case .noRecommendations: "No recommendations to show"
    case .overdueMarker: "OVERDUE"
    case .employees: "Employees"
    case .orgSection: "Section"
    case .snapshot: "Snapshot"
    case .change: "Change"
    case .source: "Source"
    case .illustrativeBanner: "Illustrative split per section – the report gives totals only"
    case .percentPoints: "pp"
    case .time: "Time"
    case .account: "Who"
    case .entity: "What"
    case .field: "Field"
    case .changeColumn: "Change"
    case .noHistory: "No changes saved yet"
    case .statusNotStarted: "Not started"
    case .statusInProgress: "In progress"
    case .statusDone: "Done"
    case .statusNotApplicable: "Not applicable"
    case .keyViews: "switch view"
    case .keyNextPane: "next pane / view"
    case .keyPreviousPane: "previous pane / view"
    case .keyMove: "move"
    case .keyPage: "page up / down"
    case .keyJump: "first / last"
    case .keyOpen: "open"
    case .keyCancel: "cancel / close"
    case .keySearch: "search"
    case .keyNextMatch: "next match"
    case .keyPreviousMatch: "previous match"
    case .keyHelp: "help"
    case .keyQuit: "quit"
    case .keyFilter: "filter"
    case .keySort: "sort"
    case .keySnapshot: "switch snapshot"
    case .keyAudits: "choose audit"
    case .keyScrollSideways: "scroll sideways"
    case .tooSmall: "The terminal is too small"
    case .searchPrompt: "Search: "
    case .noMatch: "No match for"
    case .matchOf: "of"
    case .helpTitle: "Help"
    case .helpFooter: "Esc or ? closes"
    case .auditsTitle: "Choose audit"
    case .pane: "pane"
    case .detail: "Details"
    case .list: "List"
    case .keyColumn: "Key"
    case .actionColumn: "Does"
    case .notFound: "not found"
    }
  }
}
