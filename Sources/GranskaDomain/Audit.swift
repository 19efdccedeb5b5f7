/// One audit report and everything followed up from it: the auditor's
/// questions and assessments, the recommendations, training and key figures.
public struct Audit: Codable, Equatable, Sendable {
  public var id: String
  public var title: String
  public var organisation: String
  public var auditor: String
  public var commissionedBy: String
  public var year: Int
  /// The period the audit covers as the report words it ("2024/25"), when
  /// a year alone does not say it.
  public var period: String?
  public var purpose: String
  /// The overall assessment as a level of `scale` plus the auditor's wording.
  public var overallLevel: String
  public var overallAssessment: String
  public var strategicGoals: [String]
  public var criteria: [String]
  public var documents: [ReviewedDocument]
  public var boardReply: BoardReply?
  public var scale: [Level]
  /// The audit's own priority words for recommendations, highest first
  /// ("Hög", "Medel", "Låg"); nil where the audit gives no priorities.
  public var priorities: [String]?
  /// The audit's own status words beside the four every audit has
  /// ("Delvis genomförd", "Risk accepterad"); nil where it gives none.
  public var statuses: [DeclaredStatus]?
  public var sections: [ReportSection]
  public var questions: [Question]
  public var rounds: [AssessmentRound]
  public var recommendations: [Recommendation]
  /// What the training followed up is, as the report names it ("Utbildning
  /// i informationssäkerhet"); nil shows the interface's general word.
  public var trainingTitle: String?
  public var training: [TrainingSnapshot]
  public var keyFigures: [KeyFigure]

  public init(
    id: String, title: String, organisation: String, auditor: String, commissionedBy: String,
    year: Int, period: String? = nil, purpose: String, overallLevel: String,
    overallAssessment: String,
    strategicGoals: [String] = [], criteria: [String] = [], documents: [ReviewedDocument] = [],
    boardReply: BoardReply? = nil, scale: [Level], priorities: [String]? = nil,
    statuses: [DeclaredStatus]? = nil, sections: [ReportSection] = [],
    questions: [Question] = [], rounds: [AssessmentRound] = [],
    recommendations: [Recommendation] = [], trainingTitle: String? = nil,
    training: [TrainingSnapshot] = [], keyFigures: [KeyFigure] = []
  ) {
    self.id = id
    self.title = title
    self.organisation = organisation
    self.auditor = auditor
    self.commissionedBy = commissionedBy
    self.year = year
    self.period = period
    self.purpose = purpose
    self.overallLevel = overallLevel
    self.overallAssessment = overallAssessment
    self.strategicGoals = strategicGoals
    self.criteria = criteria
    self.documents = documents
    self.boardReply = boardReply
    self.scale = scale
    self.priorities = priorities
    self.statuses = statuses
    self.sections = sections
    self.questions = questions
    self.rounds = rounds
    self.recommendations = recommendations
    self.trainingTitle = trainingTitle
    self.training = training
    self.keyFigures = keyFigures
  }
}

/// A governing document the auditor reviewed, with the date the report gives
/// (nil where it gives none; the note then says why, e.g. "Ej daterad").
public struct ReviewedDocument: Codable, Equatable, Sendable {
  public var title: String
  public var issuedBy: String
  public var date: Day?
  public var reference: String?
  public var note: String?

  public init(
    title: String, issuedBy: String, date: Day? = nil, reference: String? = nil,
    note: String? = nil
  ) {
    self.title = title
    self.issuedBy = issuedBy
    self.date = date
    self.reference = reference
    self.note = note
  }
}

/// The board's formal reply to the audit, when it has been given.
public struct BoardReply: Codable, Equatable, Sendable {
  public var decisionDate: Day
  public var paragraph: String?
  public var diaryNumber: String?

  public init(decisionDate: Day, paragraph: String? = nil, diaryNumber: String? = nil) {
    self.decisionDate = decisionDate
    self.paragraph = paragraph
    self.diaryNumber = diaryNumber
  }
}

/// A chapter of the report's results ("3.1 Styrande dokument och mål").
public struct ReportSection: Codable, Equatable, Sendable, Identifiable {
  public var id: String
  public var title: String
  public var observations: String
  public var assessment: String
  /// Why the section no longer applies; nil while it does.
  public var retired: String?

  public init(
    id: String, title: String, observations: String, assessment: String, retired: String? = nil
  ) {
    self.id = id
    self.title = title
    self.observations = observations
    self.assessment = assessment
    self.retired = retired
  }
}

/// An audit question ("revisionsfråga"), under one report section.
public struct Question: Codable, Equatable, Sendable, Identifiable {
  public var id: String
  public var section: String
  public var text: String
  /// Why the question no longer applies; nil while it does.
  public var retired: String?

  public init(id: String, section: String, text: String, retired: String? = nil) {
    self.id = id
    self.section = section
    self.text = text
    self.retired = retired
  }
}

/// A figure the report gives, such as IT-support calls answered in time.
public struct KeyFigure: Codable, Equatable, Sendable, Identifiable {
  public var id: String
  public var name: String
  public var value: Double
  public var unit: String
  /// The date or period the figure refers to, as the report words it.
  public var period: String
  public var source: String
  /// Why the figure no longer applies; nil while it does.
  public var retired: String?

  public init(
    id: String, name: String, value: Double, unit: String, period: String, source: String,
    retired: String? = nil
  ) {
    self.id = id
    self.name = name
    self.value = value
    self.unit = unit
    self.period = period
    self.source = source
    self.retired = retired
  }

  enum CodingKeys: String, CodingKey {
    case id, name, value, unit, period, source, retired
  }

  /// The value as history and the command line write it: a plain decimal
  /// with a point, the fewest digits that read back as the same number,
  /// without an exponent ("12.5", "3", "0.00001"), as PostgreSQL writes
  /// a stored double in its history check.
  public static func text(of value: Double) -> String {
    if let whole = Int(exactly: value), abs(whole) < 1 << 53 { return String(whole) }
    guard value.isFinite else { return value.description }
    return plainDecimal(value.description)
  }

  /// "1.5e-05" as "0.000015", "1e+20" as "100000000000000000000".
  static func plainDecimal(_ text: String) -> String {
    guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
      let exponent = Int(text[text.index(after: e)...].filter { $0 != "+" })
    else { return text }
    var mantissa = String(text[..<e])
    let negative = mantissa.hasPrefix("-")
    if negative { mantissa.removeFirst() }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let whole = String(parts[0])
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    var digits = whole + fraction
    var point = whole.count + exponent
    if point <= 0 {
      digits = String(repeating: "0", count: 1 - point) + digits
      point = 1
    }
    if point >= digits.count { digits += String(repeating: "0", count: point - digits.count) }
    var integer = String(digits.prefix(point))
    var decimals = String(digits.dropFirst(point))
    while decimals.hasSuffix("0") { decimals.removeLast() }
    while integer.count > 1 && integer.hasPrefix("0") { integer.removeFirst() }
    return (negative ? "-" : "") + integer + (decimals.isEmpty ? "" : "." + decimals)
  }

  /// A value as typed: a point or a comma as the decimal mark, spaces
  /// between thousands left out ("1 234,5"); nil when it is no number.
  public static func value(from text: String) -> Double? {
    let plain = String(text.filter { !$0.isWhitespace }.map { $0 == "," ? "." : $0 })
    guard let value = Double(plain), value.isFinite else { return nil }
    return value
  }

  /// Whole numbers are written without a decimal part, so files stay readable.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(name, forKey: .name)
    if let whole = Int(exactly: value) {
      try c.encode(whole, forKey: .value)
    } else {
      try c.encode(value, forKey: .value)
    }
    try c.encode(unit, forKey: .unit)
    try c.encode(period, forKey: .period)
    try c.encode(source, forKey: .source)
    try c.encodeIfPresent(retired, forKey: .retired)
  }
}

/// The short description of an audit, for lists of audits.
public struct AuditHeader: Equatable, Sendable, Identifiable {
  public var id: String
  public var title: String
  public var organisation: String
  public var year: Int
  /// The period as the report words it ("2024/25"), where it gives one.
  public var period: String?

  public init(id: String, title: String, organisation: String, year: Int, period: String? = nil) {
    self.id = id
    self.title = title
    self.organisation = organisation
    self.year = year
    self.period = period
  }

  /// The period where the audit gives one, else its year.
  public var yearOrPeriod: String { period ?? String(year) }
}
