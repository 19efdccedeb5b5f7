import GranskaDomain

/// Writes one edit's rows, and describes it for the history.
enum EditRows {
  struct HistoryRow {
    var entity: String
    var id: String
    var field: String
    var old: String?
    var new: String?
  }

  static func persist(_ edit: AuditEdit, in audit: Audit, into db: any SQLDatabase) throws {
    let auditID = audit.id
    switch edit {
    case .set(let change), .correctAuditorsAssessment(let change):
      try persist(change.field, in: audit, into: db)
    case .addNote(let id, let note):
      try db.execute(Tables.note.insert(note, placed: [auditID, id]))
    case .addRound(let round):
      // After every round there is: of rounds of one date, the one added last
      // comes last (rounds are read in date order).
      let position = try db.value(
        Int.self, "SELECT COALESCE(MAX(position) + 1, 0) FROM round WHERE auditId = \(auditID)")
      try AuditRows.insert(round, position: position ?? 0, auditID: auditID, into: db)
    case .removeRound(let id):
      try db.execute("DELETE FROM round WHERE auditId = \(auditID) AND id = \(id)")
    case .addSnapshot(let snapshot):
      try AuditRows.insert(snapshot, auditID: auditID, into: db)
    case .removeSnapshot(let date):
      try db.execute(
        "DELETE FROM trainingSnapshot WHERE auditId = \(auditID) AND date = \(date.description)")
    // Each part as the audit holds it (links checked, each once), in its place.
    case .addSection(let added):
      guard let i = audit.sections.firstIndex(where: { $0.id == added.id }) else { return }
      try db.execute(Tables.section.insert(audit.sections[i], placed: [auditID, i]))
    case .addQuestion(let added, let assessment):
      guard let i = audit.questions.firstIndex(where: { $0.id == added.id }) else { return }
      try db.execute(Tables.question.insert(audit.questions[i], placed: [auditID, i]))
      if assessment != nil, let round = audit.rounds.first(where: { $0.kind == .audit }) {
        try persist(.assessment(round: round.id, question: added.id, .level), in: audit, into: db)
      }
    case .addRecommendation(let added):
      guard let i = audit.recommendations.firstIndex(where: { $0.id == added.id }) else { return }
      try AuditRows.insert(audit.recommendations[i], position: i, auditID: auditID, into: db)
    case .addKeyFigure(let added):
      guard let i = audit.keyFigures.firstIndex(where: { $0.id == added.id }) else { return }
      try db.execute(Tables.keyFigure.insert(audit.keyFigures[i], placed: [auditID, i]))
    case .addTrainingSection(let date, let added):
      guard let snapshot = audit.training.first(where: { $0.date == date }),
        let i = snapshot.sections.firstIndex(where: { $0.section == added.section })
      else { return }
      try db.execute(
        Tables.trainingCount.insert(snapshot.sections[i], placed: [auditID, date.description, i]))
    }
  }

  /// Rewrites the row(s) holding an edited field from the edited audit.
  private static func persist(_ field: FieldRef, in audit: Audit, into db: any SQLDatabase) throws {
    let auditID = audit.id
    // A move renumbers the parts it passed as well as the one moved.
    if field.name == "position" {
      try renumber(field.entity, in: audit, into: db)
      return
    }
    switch field.entity {
    case .recommendation(let id):
      guard let r = audit.recommendations.first(where: { $0.id == id }) else { return }
      if case .recommendation(_, .questions) = field {
        try db.execute(
          "DELETE FROM recommendationQuestion WHERE auditId = \(auditID) AND recommendationId = \(id)"
        )
        try AuditRows.insertLinks(r, auditID: auditID, into: db)
        return
      }
      if case .recommendation(_, .evidence) = field {
        try db.execute(
          "DELETE FROM evidence WHERE auditId = \(auditID) AND recommendationId = \(id)")
        try AuditRows.insertEvidence(r, auditID: auditID, into: db)
        return
      }
      try db.execute(Tables.recommendation.update(r, key: ["auditId": auditID, "id": id]))
    case .assessment(let roundID, let questionID):
      guard let round = audit.rounds.first(where: { $0.id == roundID }),
        let position = round.assessments.firstIndex(where: { $0.question == questionID })
      else { return }
      try db.execute(
        Tables.assessment.upsert(
          round.assessments[position], placed: [auditID, roundID, position],
          conflict: ["auditId", "roundId", "questionId"], also: "version = assessment.version + 1"))
    case .round(let id), .opinion(round: let id, section: _):
      guard let round = audit.rounds.first(where: { $0.id == id }) else { return }
      try db.execute(Tables.round.update(round, key: ["auditId": auditID, "id": id]))
    case .snapshot(let date):
      guard let snapshot = audit.training.first(where: { $0.date == date }) else { return }
      try db.execute(
        Tables.trainingSnapshot.update(
          snapshot, key: ["auditId": auditID, "date": date.description]))
    case .training(let date, let section):
      guard let snapshot = audit.training.first(where: { $0.date == date }),
        let counts = snapshot.sections.first(where: { $0.section == section })
      else { return }
      try db.execute(
        Tables.trainingCount.update(
          counts, key: ["auditId": auditID, "snapshotDate": date.description, "section": section],
          also: ", version = version + 1"))
    case .section(let id):
      guard let section = audit.sections.first(where: { $0.id == id }) else { return }
      try db.execute(Tables.section.update(section, key: ["auditId": auditID, "id": id]))
    case .keyFigure(let id):
      guard let figure = audit.keyFigures.first(where: { $0.id == id }) else { return }
      try db.execute(Tables.keyFigure.update(figure, key: ["auditId": auditID, "id": id]))
    case .question(let id):
      guard let question = audit.questions.first(where: { $0.id == id }) else { return }
      try db.execute(Tables.question.update(question, key: ["auditId": auditID, "id": id]))
    }
  }

  /// A part moved: each of its kind whose place changed gets its place in
  /// the audit's list (the one moved, and those it passed).
  private static func renumber(_ moved: EntityRef, in audit: Audit, into db: any SQLDatabase)
    throws
  {
    // The table, the column that names a part, the parts in their order,
    // and what else scopes them (a snapshot's sections: its date).
    let (table, key, ids, scope): (String, String, [String], SQL)
    switch moved {
    case .section: (table, key, ids, scope) = ("section", "id", audit.sections.map(\.id), "")
    case .question: (table, key, ids, scope) = ("question", "id", audit.questions.map(\.id), "")
    case .recommendation:
      (table, key, ids, scope) = ("recommendation", "id", audit.recommendations.map(\.id), "")
    case .keyFigure: (table, key, ids, scope) = ("keyFigure", "id", audit.keyFigures.map(\.id), "")
    case .training(let date, _):
      let sections = audit.training.first { $0.date == date }?.sections ?? []
      (table, key, ids, scope) = (
        "trainingCount", "section", sections.map(\.section),
        "AND snapshotDate = \(date.description)"
      )
    default: return
    }
    for (position, id) in ids.enumerated() {
      try db.execute(
        "UPDATE \(raw: table) SET position = \(position) WHERE auditId = \(audit.id) \(scope) AND \(raw: key) = \(id) AND position <> \(position)"
      )
    }
  }

  static func historyRows(_ edit: AuditEdit, before: Audit, after: Audit) -> [HistoryRow] {
    var change = edit.historyChange(in: before)
    if let set = edit.fieldChange {
      // The values as saved: trimmed, and "not assessed" as no value.
      change.old = (try? before.value(of: set.field)) ?? nil
      change.new = (try? after.value(of: set.field)) ?? nil
    }
    return [
      HistoryRow(
        entity: change.entity, id: change.entityID, field: change.field, old: change.old,
        new: change.new)
    ] + earlierDueDatesRow(edit, before, after) + auditorsAssessmentRows(edit, after)
  }

  /// A revised due date keeps the one it replaces: that is a field of its
  /// own, with a row of its own (PostgreSQL's history check wants one).
  private static func earlierDueDatesRow(_ edit: AuditEdit, _ before: Audit, _ after: Audit)
    -> [HistoryRow]
  {
    guard case .recommendation(let id, .dueDate) = edit.fieldChange?.field else { return [] }
    let field = FieldRef.recommendation(id, .earlierDueDates)
    let old = (try? before.value(of: field)) ?? nil
    let new = (try? after.value(of: field)) ?? nil
    guard old != new else { return [] }
    return [HistoryRow(entity: "recommendation", id: id, field: field.name, old: old, new: new)]
  }

  /// A question added with the auditor's assessment: that assessment's
  /// level and remark are rows of their own, as when a round sets them (so
  /// PostgreSQL's history check finds the assessment's row named).
  private static func auditorsAssessmentRows(_ edit: AuditEdit, _ audit: Audit) -> [HistoryRow] {
    guard case .addQuestion(let question, let assessment?) = edit,
      let round = audit.rounds.first(where: { $0.kind == .audit })
    else { return [] }
    let entity = EntityRef.assessment(round: round.id, question: question.id)
    let values: [(AssessmentField, String?)] = [
      (.level, assessment.level), (.remark, assessment.remark),
    ]
    return values.compactMap { field, value in
      value.map {
        HistoryRow(entity: entity.kind, id: entity.id, field: field.rawValue, old: nil, new: $0)
      }
    }
  }
}
