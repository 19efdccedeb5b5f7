/// Every interface string, one table per language. Adding a field here makes
/// the compiler ask for it in each language.
public struct Strings: Sendable {
  public let thousandsSeparator: String
  public let decimalMark: String
  public let percentSpacing: String

  public let overallAssessment: String
  public let assessments: String
  public let auditRound: String
  public let latestRound: String
  public let recommendations: String
  public let overdue: String
  public let training: String
  public let trainingCompleted: String
  public let trainingStarted: String
  public let trainingNotStarted: String
  public let target: String
  public let illustrativeNote: String
  public let keyFigures: String
  public let noTraining: String
  public let total: String

  public let statusNotStarted: String
  public let statusInProgress: String
  public let statusDone: String
  public let statusNotApplicable: String

  public static let swedish = Strings(
    thousandsSeparator: " ", decimalMark: ",", percentSpacing: " ",
    overallAssessment: "Samlad bedömning",
    assessments: "Bedömningar per nivå",
    auditRound: "Granskningen",
    latestRound: "Senaste uppföljning",
    recommendations: "Rekommendationer",
    overdue: "Försenade",
    training: "Utbildning i informationssäkerhet",
    trainingCompleted: "Genomfört",
    trainingStarted: "Påbörjat",
    trainingNotStarted: "Ej påbörjat",
    target: "Mål",
    illustrativeNote: "fördelningen per sektion är illustrativ",
    keyFigures: "Nyckeltal",
    noTraining: "Inga utbildningsuppgifter",
    total: "Totalt",
    statusNotStarted: "Ej påbörjad",
    statusInProgress: "Pågår",
    statusDone: "Klar",
    statusNotApplicable: "Ej tillämplig")

  public static let english = Strings(
    thousandsSeparator: ",", decimalMark: ".", percentSpacing: "",
    overallAssessment: "Overall assessment",
    assessments: "Assessments by level",
    auditRound: "Audit",
    latestRound: "Latest follow-up",
    recommendations: "Recommendations",
    overdue: "Overdue",
    training: "Information-security training",
    trainingCompleted: "Completed",
    trainingStarted: "Started",
    trainingNotStarted: "Not started",
    target: "Target",
    illustrativeNote: "the split per section is illustrative",
    keyFigures: "Key figures",
    noTraining: "No training figures",
    total: "Total",
    statusNotStarted: "Not started",
    statusInProgress: "In progress",
    statusDone: "Done",
    statusNotApplicable: "Not applicable")
}
