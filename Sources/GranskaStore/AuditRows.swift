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
    try db.execute(Tables.audit.insert(audit, placed: [position]))
    let id = audit.id
    for (i, level) in audit.scale.enumerated() {
      try db.execute(Tables.level.insert(level, placed: [id, i]))
    }
    for (i, document) in audit.documents.enumerated() {
      try db.execute(Tables.document.insert(document, placed: [id, i]))
    }
    for (i, section) in audit.sections.enumerated() {
      try db.execute(Tables.section.insert(section, placed: [id, i]))
    }
    for (i, question) in audit.questions.enumerated() {
      try db.execute(Tables.question.insert(question, placed: [id, i]))
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
      try db.execute(Tables.keyFigure.insert(figure, placed: [id, i]))
    }
  }

  static func insert(
    _ round: AssessmentRound, position: Int, auditID: String, into db: any SQLDatabase
  ) throws {
    try db.execute(Tables.round.insert(round, placed: [auditID, position]))
    for (i, assessment) in round.assessments.enumerated() {
      try db.execute(Tables.assessment.insert(assessment, placed: [auditID, round.id, i]))
    }
  }

  static func insert(
    _ recommendation: Recommendation, position: Int, auditID: String, into db: any SQLDatabase
  ) throws {
    try db.execute(Tables.recommendation.insert(recommendation, placed: [auditID, position]))
    try insertLinks(recommendation, auditID: auditID, into: db)
    try insertEvidence(recommendation, auditID: auditID, into: db)
    for note in recommendation.notes {
      try db.execute(Tables.note.insert(note, placed: [auditID, recommendation.id]))
    }
  }

  /// The questions a recommendation answers, in its order.
  static func insertLinks(
    _ recommendation: Recommendation, auditID: String, into db: any SQLDatabase
  ) throws {
    for (i, question) in recommendation.questions.enumerated() {
      try db.execute(
        Tables.recommendationQuestion.insert(question, placed: [auditID, recommendation.id, i]))
    }
  }

  static func insertEvidence(
    _ recommendation: Recommendation, auditID: String, into db: any SQLDatabase
  ) throws {
    for (i, reference) in recommendation.evidence.enumerated() {
      try db.execute(Tables.evidence.insert(reference, placed: [auditID, recommendation.id, i]))
    }
  }

  static func insert(_ snapshot: TrainingSnapshot, auditID: String, into db: any SQLDatabase) throws
  {
    try db.execute(Tables.trainingSnapshot.insert(snapshot, placed: [auditID]))
    for (i, section) in snapshot.sections.enumerated() {
      try db.execute(
        Tables.trainingCount.insert(section, placed: [auditID, snapshot.date.description, i]))
    }
  }

  // MARK: Reading
  //
  // The large tables are read only for the columns an audit holds: a
  // large audit is thousands of rows, and every save reads it.

  static func fetch(_ id: String, from db: any SQLDatabase, parts: AuditParts = .whole) throws
    -> Audit?
  {
    guard let audit = try fetchAll(Tables.audit, ["id": id], from: db).first else { return nil }
    return try fetchParts(of: audit, from: db, parts: parts)
  }

  private static func fetchParts(of audit: Audit, from db: any SQLDatabase, parts: AuditParts)
    throws -> Audit
  {
    var audit = audit
    let key = ["auditId": audit.id]
    audit.scale = try fetchAll(Tables.level, key, from: db)
    if parts == .wording {
      audit.rounds = try fetchRounds(auditID: audit.id, from: db, withAssessments: false)
      return audit
    }
    audit.documents = try fetchAll(Tables.document, key, from: db)
    audit.sections = try fetchAll(Tables.section, key, from: db)
    audit.questions = try fetchAll(Tables.question, key, from: db)
    audit.rounds = try fetchRounds(auditID: audit.id, from: db)
    audit.recommendations = try fetchRecommendations(
      auditID: audit.id, from: db, withLists: parts == .whole)
    audit.training = try fetchTraining(auditID: audit.id, from: db)
    audit.keyFigures = try fetchAll(Tables.keyFigure, key, from: db)
    return audit
  }

  /// The parts of the rows `key` names, in their place.
  private static func fetchAll<Part>(
    _ table: Table<Part>, _ key: [String: String], from db: any SQLDatabase,
    order: String = "position"
  ) throws -> [Part] {
    try SQLRow.read(table.select(key: key, order: order), in: db) { try table.read($0) }
  }

  /// The parts of the rows `key` names, grouped by their first `placing`
  /// column but the audit's (a recommendation's evidence by its id).
  private static func fetchGrouped<Part>(
    _ table: Table<Part>, by owner: String, _ key: [String: String], from db: any SQLDatabase,
    order: String
  ) throws -> [String: [Part]] {
    var grouped: [String: [Part]] = [:]
    try db.forEachRow(table.select(leading: [owner], key: key, order: order)) { row in
      grouped[row[at: 0], default: []].append(try table.read(row, from: 1))
    }
    return grouped
  }

  static func fetchRounds(
    auditID: String, from db: any SQLDatabase, withAssessments: Bool = true
  ) throws -> [AssessmentRound] {
    let key = ["auditId": auditID]
    let assessments =
      withAssessments
      ? try fetchGrouped(
        Tables.assessment, by: "roundId", key, from: db, order: "roundId, position") : [:]
    // In date order whatever order they were added in (see `inDateOrder`).
    return try fetchAll(Tables.round, key, from: db).map { round in
      var round = round
      round.assessments = assessments[round.id] ?? []
      return round
    }.inDateOrder()
  }

  /// The recommendations, each with its linked questions, evidence and
  /// notes unless `withLists` is false.
  static func fetchRecommendations(
    auditID: String, from db: any SQLDatabase, withLists: Bool = true
  ) throws -> [Recommendation] {
    let key = ["auditId": auditID]
    func byRecommendation<Part>(_ table: Table<Part>, order: String) throws -> [String: [Part]] {
      guard withLists else { return [:] }
      return try fetchGrouped(
        table, by: "recommendationId", key, from: db, order: "recommendationId, \(order)")
    }
    let links = try byRecommendation(Tables.recommendationQuestion, order: "position")
    let evidence = try byRecommendation(Tables.evidence, order: "position")
    let notes = try byRecommendation(Tables.note, order: "id")
    return try fetchAll(Tables.recommendation, key, from: db).map { recommendation in
      var recommendation = recommendation
      recommendation.questions = links[recommendation.id] ?? []
      recommendation.evidence = evidence[recommendation.id] ?? []
      recommendation.notes = notes[recommendation.id] ?? []
      return recommendation
    }
  }

  static func fetchTraining(auditID: String, from db: any SQLDatabase) throws -> [TrainingSnapshot]
  {
    let key = ["auditId": auditID]
    let counts = try fetchGrouped(
      Tables.trainingCount, by: "snapshotDate", key, from: db, order: "snapshotDate, position")
    return try fetchAll(Tables.trainingSnapshot, key, from: db, order: "date").map { snapshot in
      var snapshot = snapshot
      snapshot.sections = counts[snapshot.date.description] ?? []
      return snapshot
    }
  }
}
