import Foundation
import GranskaDomain
import GranskaText

/// How much of an audit a reader needs: a command that only counts or
/// words history reads far fewer rows than the whole audit's.
public enum AuditParts: Sendable {
  /// Everything the audit holds.
  case whole
  /// All but the lists each recommendation carries (linked questions,
  /// evidence, notes): what `summary` counts.
  case counted
  /// The audit's own row, its scale and its rounds without their
  /// assessments: what history is worded with (`ChangeWords`).
  case wording
}

/// Writes a whole audit into its tables, and reads it back, in the order
/// the audit gives (kept in `position` columns so exports are stable).
enum AuditRows {
  static func insert(_ audit: Audit, position: Int, into db: any SQLDatabase) throws {
    try db.execute(
      """
      INSERT INTO audit (id, position, title, organisation, auditor, commissionedBy, year,
        period, purpose, overallLevel, overallAssessment, strategicGoals, criteria,
        replyDecisionDate, replyParagraph, replyDiaryNumber, trainingTitle, priorities, statuses)
      VALUES (\(audit.id), \(position), \(audit.title), \(audit.organisation), \(audit.auditor), \(audit.commissionedBy), \(audit.year), \(audit.period), \(audit.purpose), \(audit.overallLevel), \(audit.overallAssessment), \(try jsonText(audit.strategicGoals)), \(try jsonText(audit.criteria)), \(audit.boardReply?.decisionDate.description), \(audit.boardReply?.paragraph), \(audit.boardReply?.diaryNumber), \(audit.trainingTitle), \(try audit.priorities.map(jsonText)), \(try audit.statuses.map(jsonText)))
      """)
    let id = audit.id
    for (i, level) in audit.scale.enumerated() {
      try db.execute(
        "INSERT INTO level (auditId, id, position, label, role) VALUES (\(id), \(level.id), \(i), \(level.label), \(level.role.rawValue))"
      )
    }
    for (i, document) in audit.documents.enumerated() {
      try db.execute(
        """
        INSERT INTO document (auditId, position, title, issuedBy, date, reference, note)
        VALUES (\(id), \(i), \(document.title), \(document.issuedBy), \(document.date?.description), \(document.reference), \(document.note))
        """)
    }
    for (i, section) in audit.sections.enumerated() {
      try insert(section, position: i, auditID: id, into: db)
    }
    for (i, question) in audit.questions.enumerated() {
      try insert(question, position: i, auditID: id, into: db)
    }
    for (i, round) in audit.rounds.enumerated() {
      try insert(round, position: i, auditID: id, into: db)
    }
    for (i, recommendation) in audit.recommendations.enumerated() {
      try insert(recommendation, position: i, auditID: id, into: db)
    }
    for snapshot in audit.training {
      try insert(snapshot, auditID: id, into: db)
    }
    for (i, figure) in audit.keyFigures.enumerated() {
      try insert(figure, position: i, auditID: id, into: db)
    }
  }

  static func insert(_ figure: KeyFigure, position: Int, auditID: String, into db: any SQLDatabase)
    throws
  {
    try db.execute(
      """
      INSERT INTO keyFigure (auditId, id, position, name, value, unit, period, source, retired)
      VALUES (\(auditID), \(figure.id), \(position), \(figure.name), \(figure.value), \(figure.unit), \(figure.period), \(figure.source), \(figure.retired))
      """)
  }

  static func insert(
    _ section: ReportSection, position: Int, auditID: String, into db: any SQLDatabase
  ) throws {
    try db.execute(
      """
      INSERT INTO section (auditId, id, position, title, observations, assessment, retired)
      VALUES (\(auditID), \(section.id), \(position), \(section.title), \(section.observations), \(section.assessment), \(section.retired))
      """)
  }

  static func insert(
    _ question: Question, position: Int, auditID: String, into db: any SQLDatabase
  ) throws {
    try db.execute(
      """
      INSERT INTO question (auditId, id, position, sectionId, text, retired)
      VALUES (\(auditID), \(question.id), \(position), \(question.section), \(question.text), \(question.retired))
      """)
  }

  static func insert(
    _ round: AssessmentRound, position: Int, auditID: String, into db: any SQLDatabase
  )
    throws
  {
    try db.execute(
      "INSERT INTO round (auditId, id, position, title, date, kind, opinions) VALUES (\(auditID), \(round.id), \(position), \(round.title), \(round.date?.description), \(round.kind.rawValue), \(try round.opinions.map(jsonText)))"
    )
    for (i, assessment) in round.assessments.enumerated() {
      try db.execute(
        """
        INSERT INTO assessment (auditId, roundId, questionId, position, level, remark)
        VALUES (\(auditID), \(round.id), \(assessment.question), \(i), \(assessment.level), \(assessment.remark))
        """)
    }
  }

  static func insert(
    _ recommendation: Recommendation, position: Int, auditID: String, into db: any SQLDatabase
  ) throws {
    let id = recommendation.id
    try db.execute(
      """
      INSERT INTO recommendation (auditId, id, position, text, status, priority, owner, dueDate, plannedAction, retired,
        agreement, response, responded, officer, earlierDueDates)
      VALUES (\(auditID), \(id), \(position), \(recommendation.text), \(recommendation.status.rawValue), \(recommendation.priority), \(recommendation.owner), \(recommendation.dueDate?.description), \(recommendation.plannedAction), \(recommendation.retired),
        \(recommendation.response?.agreement.rawValue), \(recommendation.response?.text), \(recommendation.response?.date?.description), \(recommendation.response?.officer), \(recommendation.earlierDueDatesText))
      """)
    try insertLinks(recommendation, auditID: auditID, into: db)
    for (i, reference) in recommendation.evidence.enumerated() {
      try db.execute(
        "INSERT INTO evidence (auditId, recommendationId, position, reference) VALUES (\(auditID), \(id), \(i), \(reference))"
      )
    }
    for note in recommendation.notes {
      try db.execute(
        "INSERT INTO note (auditId, recommendationId, date, author, text) VALUES (\(auditID), \(id), \(note.date.description), \(note.author), \(note.text))"
      )
    }
  }

  /// The questions a recommendation answers, in its order.
  static func insertLinks(
    _ recommendation: Recommendation, auditID: String, into db: any SQLDatabase
  ) throws {
    for (i, question) in recommendation.questions.enumerated() {
      try db.execute(
        """
        INSERT INTO recommendationQuestion (auditId, recommendationId, questionId, position)
        VALUES (\(auditID), \(recommendation.id), \(question), \(i))
        """)
    }
  }

  static func insert(_ snapshot: TrainingSnapshot, auditID: String, into db: any SQLDatabase) throws
  {
    let date = snapshot.date.description
    try db.execute(
      """
      INSERT INTO trainingSnapshot (auditId, date, source, targetPercent, targetPeriod, illustrative)
      VALUES (\(auditID), \(date), \(snapshot.source), \(snapshot.targetPercent), \(snapshot.targetPeriod), \(snapshot.illustrative))
      """)
    for (i, section) in snapshot.sections.enumerated() {
      try insert(section, position: i, snapshot: snapshot.date, auditID: auditID, into: db)
    }
  }

  static func insert(
    _ section: SectionTraining, position: Int, snapshot: Day, auditID: String,
    into db: any SQLDatabase
  ) throws {
    try db.execute(
      """
      INSERT INTO trainingCount (auditId, snapshotDate, section, position, employees, completed, started, retired)
      VALUES (\(auditID), \(snapshot.description), \(section.section), \(position), \(section.employees), \(section.completed), \(section.started), \(section.retired))
      """)
  }

  // MARK: Reading
  //
  // The large tables are read only for the columns an audit holds: a
  // large audit is thousands of rows, and every save reads it.

  static func fetch(_ id: String, from db: any SQLDatabase, parts: AuditParts = .whole) throws
    -> Audit?
  {
    guard
      let row = try db.fetchOne("SELECT * FROM audit WHERE id = \(id)")
    else { return nil }
    var audit = Audit(
      id: row["id"], title: row["title"], organisation: row["organisation"],
      auditor: row["auditor"], commissionedBy: row["commissionedBy"], year: row["year"],
      period: row["period"], purpose: row["purpose"], overallLevel: row["overallLevel"],
      overallAssessment: row["overallAssessment"],
      strategicGoals: try decodeJSON(row["strategicGoals"]),
      criteria: try decodeJSON(row["criteria"]), scale: [],
      priorities: try (row["priorities"] as String?).map(decodeJSON),
      statuses: try (row["statuses"] as String?).map(decodeJSON),
      trainingTitle: row["trainingTitle"])
    if let date: String = row["replyDecisionDate"] {
      audit.boardReply = BoardReply(
        decisionDate: try day(date), paragraph: row["replyParagraph"],
        diaryNumber: row["replyDiaryNumber"])
    }
    audit.scale = try db.fetchAll(
      "SELECT * FROM level WHERE auditId = \(id) ORDER BY position"
    ).map { row in
      Level(id: row["id"], label: row["label"], role: try enumValue(row["role"]))
    }
    if parts == .wording {
      audit.rounds = try fetchRounds(auditID: id, from: db, withAssessments: false)
      return audit
    }
    audit.documents = try db.fetchAll(
      "SELECT * FROM document WHERE auditId = \(id) ORDER BY position"
    ).map { row in
      ReviewedDocument(
        title: row["title"], issuedBy: row["issuedBy"], date: try optionalDay(row["date"]),
        reference: row["reference"], note: row["note"])
    }
    audit.sections = try db.fetchAll(
      "SELECT * FROM section WHERE auditId = \(id) ORDER BY position"
    ).map { row in
      ReportSection(
        id: row["id"], title: row["title"], observations: row["observations"],
        assessment: row["assessment"], retired: row["retired"])
    }
    audit.questions = try db.fetchAll(
      "SELECT id, sectionId, text, retired FROM question WHERE auditId = \(id) ORDER BY position"
    ).map { row in
      Question(id: row["id"], section: row["sectionId"], text: row["text"], retired: row["retired"])
    }
    audit.rounds = try fetchRounds(auditID: id, from: db)
    audit.recommendations = try fetchRecommendations(
      auditID: id, from: db, withLists: parts == .whole)
    audit.training = try fetchTraining(auditID: id, from: db)
    audit.keyFigures = try db.fetchAll(
      "SELECT * FROM keyFigure WHERE auditId = \(id) ORDER BY position"
    ).map { row in
      KeyFigure(
        id: row["id"], name: row["name"], value: row["value"], unit: row["unit"],
        period: row["period"], source: row["source"], retired: row["retired"])
    }
    return audit
  }

  static func fetchRounds(
    auditID: String, from db: any SQLDatabase, withAssessments: Bool = true
  ) throws -> [AssessmentRound] {
    let assessments =
      withAssessments
      ? try Dictionary(
        grouping: db.fetchAll(
          """
          SELECT roundId, questionId, level, remark FROM assessment
          WHERE auditId = \(auditID) ORDER BY roundId, position
          """),
        by: { (row: SQLRow) -> String in row["roundId"] }) : [:]
    // In date order whatever order they were added in (see `inDateOrder`).
    return try db.fetchAll(
      "SELECT * FROM round WHERE auditId = \(auditID) ORDER BY position"
    ).map { row in
      let roundID: String = row["id"]
      return AssessmentRound(
        id: roundID, title: row["title"], date: try optionalDay(row["date"]),
        kind: try enumValue(row["kind"]),
        assessments: (assessments[roundID] ?? []).map { a in
          Assessment(question: a["questionId"], level: a["level"], remark: a["remark"])
        }, opinions: try (row["opinions"] as String?).map(decodeJSON))
    }.inDateOrder()
  }

  /// The recommendations, each with its linked questions, evidence and
  /// notes unless `withLists` is false.
  static func fetchRecommendations(
    auditID: String, from db: any SQLDatabase, withLists: Bool = true
  ) throws -> [Recommendation] {
    func byRecommendation(_ statement: SQL) throws -> [String: [SQLRow]] {
      guard withLists else { return [:] }
      return Dictionary(
        grouping: try db.fetchAll(statement), by: { (row: SQLRow) in row["recommendationId"] })
    }
    let links = try byRecommendation(
      """
      SELECT recommendationId, questionId FROM recommendationQuestion
      WHERE auditId = \(auditID) ORDER BY recommendationId, position
      """)
    let evidence = try byRecommendation(
      """
      SELECT recommendationId, reference FROM evidence
      WHERE auditId = \(auditID) ORDER BY recommendationId, position
      """)
    let notes = try byRecommendation(
      """
      SELECT recommendationId, date, author, text FROM note
      WHERE auditId = \(auditID) ORDER BY recommendationId, id
      """)
    return try db.fetchAll(
      """
      SELECT id, text, status, priority, owner, dueDate, plannedAction, retired,
        agreement, response, responded, officer, earlierDueDates FROM recommendation
      WHERE auditId = \(auditID) ORDER BY position
      """
    ).map { row in
      let id: String = row["id"]
      return Recommendation(
        id: id, text: row["text"], questions: (links[id] ?? []).map { $0["questionId"] },
        status: try enumValue(row["status"]), priority: row["priority"], owner: row["owner"],
        dueDate: try optionalDay(row["dueDate"]),
        earlierDueDates: try Audit.days(row["earlierDueDates"], field: "earlierDueDates"),
        plannedAction: row["plannedAction"],
        response: try response(row),
        evidence: (evidence[id] ?? []).map { $0["reference"] },
        notes: try (notes[id] ?? []).map { n in
          Note(date: try day(n["date"]), author: n["author"], text: n["text"])
        }, retired: row["retired"])
    }
  }

  static func fetchTraining(auditID: String, from db: any SQLDatabase) throws -> [TrainingSnapshot]
  {
    let counts = Dictionary(
      grouping: try db.fetchAll(
        """
        SELECT snapshotDate, section, employees, completed, started, retired FROM trainingCount
        WHERE auditId = \(auditID) ORDER BY snapshotDate, position
        """),
      by: { (row: SQLRow) -> String in row["snapshotDate"] })
    return try db.fetchAll(
      "SELECT * FROM trainingSnapshot WHERE auditId = \(auditID) ORDER BY date"
    ).map { row in
      let date: String = row["date"]
      return TrainingSnapshot(
        date: try day(date), source: row["source"], targetPercent: row["targetPercent"],
        targetPeriod: row["targetPeriod"], illustrative: row["illustrative"],
        sections: (counts[date] ?? []).map { c in
          SectionTraining(
            section: c["section"], employees: c["employees"], completed: c["completed"],
            started: c["started"], retired: c["retired"])
        })
    }
  }

  /// Management's response, where the row has one.
  private static func response(_ row: SQLRow) throws -> ManagementResponse? {
    guard let agreement: String = row["agreement"] else { return nil }
    return ManagementResponse(
      agreement: try enumValue(agreement), text: row["response"],
      date: try optionalDay(row["responded"]), officer: row["officer"])
  }

  // MARK: Values

  /// A list as its column holds it: JSON, keys in order, so the same
  /// list is always the same text.
  static func jsonText<T: Encodable>(_ list: [T]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return String(decoding: try encoder.encode(list), as: UTF8.self)
  }

  private static func decodeJSON<T: Decodable>(_ text: String) throws -> [T] {
    try JSONDecoder().decode([T].self, from: Data(text.utf8))
  }

  static func day(_ text: String) throws -> Day {
    guard let day = Day(text) else { throw StoreError.corrupt(value: text, expected: "YYYY-MM-DD") }
    return day
  }

  static func optionalDay(_ text: String?) throws -> Day? {
    try text.map(day)
  }

  static func enumValue<T: RawRepresentable>(_ text: String) throws -> T
  where T.RawValue == String {
    guard let value = T(rawValue: text) else {
      throw StoreError.corrupt(value: text, expected: "\(T.self)")
    }
    return value
  }
}
