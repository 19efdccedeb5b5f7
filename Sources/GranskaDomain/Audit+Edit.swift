extension Audit {
  /// The current value of a field, as text (see `FieldChange`).
  public func value(of field: FieldRef) throws(EditError) -> String? {
    switch field {
    case .recommendation(let id, let field):
      let r = try recommendation(id)
      switch field {
      case .status: return r.status.rawValue
      case .owner: return r.owner
      case .dueDate: return r.dueDate?.description
      case .plannedAction: return r.plannedAction
      case .evidence: return r.evidence.isEmpty ? nil : r.evidence.joined(separator: "\n")
      case .text: return r.text
      case .questions: return r.questions.isEmpty ? nil : r.questions.joined(separator: "\n")
      case .retired: return r.retired
      case .priority: return r.priority
      case .agreement: return r.response?.agreement.rawValue
      case .response: return r.response?.text
      case .responded: return r.response?.date?.description
      case .officer: return r.response?.officer
      case .earlierDueDates: return r.earlierDueDatesText
      case .reference: return r.reference
      case .position: return String(try recommendationIndex(id))
      }
    case .assessment(let roundID, let questionID, let field):
      let assessment = try round(roundID).assessment(of: try question(questionID).id)
      switch field {
      // "Not assessed" is no value, whether the scale names it or not.
      case .level: return assessment.flatMap { isNotAssessed($0.level) ? nil : $0.level }
      case .remark: return assessment?.remark
      }
    case .round(let id, let field):
      let round = try round(id)
      switch field {
      case .title: return round.title
      case .date: return round.date?.description
      }
    case .snapshot(let date, let field):
      let snapshot = try snapshot(date)
      switch field {
      case .targetPercent: return String(snapshot.targetPercent)
      case .source: return snapshot.source
      }
    case .training(let date, let name, let field):
      let snapshot = try snapshot(date)
      let counts = try section(name, in: snapshot)
      switch field {
      case .retired: return counts.retired
      case .position:
        return String(snapshot.sections.firstIndex { $0.section == name } ?? 0)
      default: return String(counts[field])
      }
    case .keyFigure(let id, let field):
      let figure = try keyFigure(id)
      switch field {
      case .name: return figure.name
      case .value: return KeyFigure.text(of: figure.value)
      // As stored, "" when empty (the columns are never NULL), so that
      // history says what PostgreSQL's check reads from the row.
      case .unit: return figure.unit
      case .period: return figure.period
      case .source: return figure.source
      case .retired: return figure.retired
      case .position: return String(try keyFigureIndex(id))
      }
    case .section(let id, let field):
      let section = sections[try sectionIndex(id)]
      switch field {
      case .title: return section.title
      case .observations: return section.observations.nilIfEmpty
      case .assessment: return section.assessment.nilIfEmpty
      case .retired: return section.retired
      case .position: return String(try sectionIndex(id))
      }
    case .question(let id, let field):
      let question = try question(id)
      switch field {
      case .text: return question.text
      case .section: return question.section
      case .retired: return question.retired
      case .position:
        return String(try position(in: questions, of: .question(id)) { $0.id == id })
      }
    case .opinion(let roundID, let sectionID):
      _ = try sectionIndex(sectionID)
      return try round(roundID).opinion(of: sectionID)
    }
  }

  /// The audit with edits made, or the reason they cannot be. The result
  /// (not each step: counts may move together) is checked against every rule.
  /// With `checked: false` the rules are left for the caller to check once
  /// after a series of steps.
  public func applying(_ edits: [AuditEdit], checked: Bool = true) throws(EditError) -> Audit {
    var audit = self
    for edit in edits { audit = try audit.applyingUnchecked(edit) }
    if checked, let issue = audit.validate().first {
      throw .invalid(field: issue.path, issue.problem)
    }
    return audit
  }

  func applyingUnchecked(_ edit: AuditEdit) throws(EditError) -> Audit {
    for (field, text) in edit.texts {
      if let control = ControlCharacters.first(in: text) {
        throw .invalid(field: field, .controlCharacter(control))
      }
    }
    var audit = self
    switch edit {
    case .set(let change): try audit.set(change)
    case .addNote(let id, let note):
      let index = try audit.recommendationIndex(id)
      guard !note.text.trimmed.isEmpty else {
        throw .invalid(field: "note", .emptyNote)
      }
      audit.recommendations[index].notes.append(note)
    case .addRound(let round):
      guard round.kind == .followUp else { throw .auditorsRound(round.id) }
      // In date order: a round dated before others goes before them.
      let index = round.date.map { Self.dateOrderIndex(for: $0, in: audit.rounds) }
      audit.rounds.insert(round, at: index ?? audit.rounds.count)
    case .removeRound(let id):
      let round = try audit.round(id)
      guard round.kind == .followUp else { throw .auditorsRound(round.id) }
      audit.rounds.removeAll { $0.id == id }
    case .addSnapshot(let snapshot):
      audit.training.append(snapshot)
      audit.training.sort { $0.date < $1.date }
    case .removeSnapshot(let date):
      _ = try audit.snapshot(date)
      audit.training.removeAll { $0.date == date }
    case .addSection(let section): try audit.add(section)
    case .addQuestion(let question, let assessment): try audit.add(question, assessment)
    case .addRecommendation(let recommendation): try audit.add(recommendation)
    case .addKeyFigure(let figure): try audit.add(figure)
    case .addTrainingSection(let date, let counts): try audit.add(counts, to: date)
    case .correctAuditorsAssessment(let change):
      guard case .assessment(let roundID, let questionID, let field) = change.field else {
        throw .invalid(field: change.field.name, .auditRoundNotFirst)
      }
      try audit.set(
        field, of: questionID, in: roundID, to: change.new?.trimmed.nilIfEmpty, auditors: true)
    }
    return audit
  }

  private mutating func set(_ change: FieldChange) throws(EditError) {
    let new = change.new?.trimmed.nilIfEmpty
    switch change.field {
    case .recommendation(let id, let field):
      let i = try recommendationIndex(id)
      let name = field.rawValue
      switch field {
      case .status:
        recommendations[i].status = try offeredStatus(new)
      case .owner: recommendations[i].owner = new
      case .dueDate: recommendations[i].revise(dueDate: try Self.day(new, field: name))
      case .earlierDueDates: recommendations[i].earlierDueDates = try Self.days(new, field: name)
      case .plannedAction: recommendations[i].plannedAction = new
      case .evidence:
        recommendations[i].evidence = (new ?? "").split(separator: "\n").map { String($0).trimmed }
          .filter { !$0.isEmpty }
      case .text: recommendations[i].text = try Self.text(new, field: name)
      case .questions: recommendations[i].questions = try linkableQuestions(new)
      case .retired: recommendations[i].retired = new
      case .reference: recommendations[i].reference = new
      case .priority: recommendations[i].priority = try declaredPriority(new)
      case .agreement, .response, .responded, .officer:
        recommendations[i].response = try recommendations[i].response.changing(field, to: new)
      case .position: try Self.move(&recommendations, from: i, to: new, field: name)
      }
    case .assessment(let roundID, let questionID, let field):
      try set(field, of: questionID, in: roundID, to: new)
    case .round(let id, let field):
      let r = try followUpRoundIndex(id)
      switch field {
      case .title:
        guard let new else { throw .invalid(field: field.rawValue, .emptyTitle) }
        rounds[r].title = new
      case .date:
        guard new != nil else { throw .invalid(field: field.rawValue, .followUpNeedsDate) }
        rounds[r].date = try Self.day(new, field: field.rawValue)
        rounds = rounds.inDateOrder()
      }
    case .snapshot(let date, let field):
      let s = try snapshotIndex(date)
      switch field {
      case .targetPercent: training[s].targetPercent = try Self.count(new, field: field.rawValue)
      case .source: training[s].source = new ?? ""
      }
    case .training(let date, let name, let field):
      let s = try snapshotIndex(date)
      let c = try position(in: training[s].sections, of: .trainingSection(name, on: date)) {
        $0.section == name
      }
      switch field {
      case .retired: training[s].sections[c].retired = new
      case .position:
        try Self.move(&training[s].sections, from: c, to: new, field: field.rawValue)
      default: training[s].sections[c][field] = try Self.count(new, field: field.rawValue)
      }
    case .keyFigure(let id, let field):
      let k = try keyFigureIndex(id)
      switch field {
      case .name:
        guard let new else { throw .invalid(field: field.rawValue, .emptyTitle) }
        keyFigures[k].name = new
      case .value:
        guard let new, let value = KeyFigure.value(from: new) else {
          throw .invalid(field: field.rawValue, .notANumber(new ?? ""))
        }
        keyFigures[k].value = value
      case .unit: keyFigures[k].unit = new ?? ""
      case .period: keyFigures[k].period = new ?? ""
      case .source: keyFigures[k].source = new ?? ""
      case .retired: keyFigures[k].retired = new
      case .position: try Self.move(&keyFigures, from: k, to: new, field: field.rawValue)
      }
    case .section(let id, let field):
      let s = try sectionIndex(id)
      switch field {
      case .title:
        guard let new else { throw .invalid(field: field.rawValue, .emptyTitle) }
        sections[s].title = new
      case .observations: sections[s].observations = new ?? ""
      case .assessment: sections[s].assessment = new ?? ""
      case .retired: sections[s].retired = new
      case .position: try Self.move(&sections, from: s, to: new, field: field.rawValue)
      }
    case .question(let id, let field):
      let q = try position(in: questions, of: .question(id)) { $0.id == id }
      switch field {
      case .text:
        guard let new else { throw .invalid(field: field.rawValue, .emptyQuestionText) }
        questions[q].text = new
      case .section: questions[q].section = try sectionInForce(new, field: field.rawValue)
      case .retired: questions[q].retired = new
      case .position: try Self.move(&questions, from: q, to: new, field: field.rawValue)
      }
    case .opinion(let roundID, let sectionID):
      try setOpinion(of: sectionID, in: roundID, to: new)
    }
  }

  /// A round's opinion on a section: a level of the scale, or none. A
  /// round left with no opinion has none at all (nil), as one that never
  /// gave any, so the file it is written to gains no key.
  private mutating func setOpinion(of sectionID: String, in roundID: String, to new: String?)
    throws(EditError)
  {
    let r = try position(in: rounds, of: .round(roundID)) { $0.id == roundID }
    _ = try sectionIndex(sectionID)
    if let new, !scale.contains(where: { $0.id == new }) {
      throw .invalid(
        field: FieldRef.opinionField, .unknownLevel(new, scale: scale.map(\.id)))
    }
    var opinions = rounds[r].opinions ?? []
    if let new {
      if let o = opinions.firstIndex(where: { $0.section == sectionID }) {
        opinions[o].level = new
      } else {
        opinions.append(SectionOpinion(section: sectionID, level: new))
      }
    } else {
      opinions.removeAll { $0.section == sectionID }
    }
    rounds[r].opinions = opinions.isEmpty ? nil : opinions
  }

  /// A question's level or remark in a follow-up round, or (`auditors`:
  /// a correction of what was entered from the report) in the auditor's own.
  private mutating func set(
    _ field: AssessmentField, of questionID: String, in roundID: String, to new: String?,
    auditors: Bool = false
  ) throws(EditError) {
    let r = auditors ? try auditorsRoundIndex(roundID) : try followUpRoundIndex(roundID)
    _ = try question(questionID)
    var assessment =
      rounds[r].assessment(of: questionID) ?? Assessment(question: questionID, level: "")
    switch field {
    case .level:
      // No level is "not assessed".
      if let new, !scale.contains(where: { $0.id == new }) {
        throw .invalid(field: field.rawValue, .unknownLevel(new, scale: scale.map(\.id)))
      }
      assessment.level = new ?? ""
    case .remark: assessment.remark = new
    }
    if assessment.level.isEmpty, let none = scale.first(where: { $0.role == .none }) {
      assessment.level = none.id
    }
    // A scale without a "not assessed" level: the round leaves it out.
    if assessment.level.isEmpty {
      guard assessment.remark == nil else {
        throw .invalid(field: AssessmentField.level.rawValue, .remarkNeedsLevel)
      }
      rounds[r].assessments.removeAll { $0.question == questionID }
      return
    }
    if let a = rounds[r].assessments.firstIndex(where: { $0.question == questionID }) {
      rounds[r].assessments[a] = assessment
    } else {
      rounds[r].assessments.append(assessment)
    }
  }

  // MARK: Lookups

  /// The position of the first element that matches, or "… does not exist".
  func position<T>(in list: [T], of what: AuditItem, _ matches: (T) -> Bool)
    throws(EditError) -> Int
  {
    guard let index = list.firstIndex(where: matches) else { throw .notFound(what) }
    return index
  }

  func recommendation(_ id: String) throws(EditError) -> Recommendation {
    recommendations[try recommendationIndex(id)]
  }

  func recommendationIndex(_ id: String) throws(EditError) -> Int {
    try position(in: recommendations, of: .recommendation(id)) { $0.id == id }
  }

  func question(_ id: String) throws(EditError) -> Question {
    questions[try position(in: questions, of: .question(id)) { $0.id == id }]
  }

  func round(_ id: String) throws(EditError) -> AssessmentRound {
    rounds[try position(in: rounds, of: .round(id)) { $0.id == id }]
  }

  /// Follow-up rounds may be edited; the auditor's round is the record of the audit.
  func followUpRoundIndex(_ id: String) throws(EditError) -> Int {
    let index = try position(in: rounds, of: .round(id)) { $0.id == id }
    guard rounds[index].kind == .followUp else { throw .auditorsRound(id) }
    return index
  }

  func sectionIndex(_ id: String) throws(EditError) -> Int {
    try position(in: sections, of: .section(id)) { $0.id == id }
  }

  /// The auditor's round, for a correction of what was entered from the report.
  func auditorsRoundIndex(_ id: String) throws(EditError) -> Int {
    let index = try position(in: rounds, of: .round(id)) { $0.id == id }
    guard rounds[index].kind == .audit else {
      throw .invalid(field: "round", .auditRoundNotFirst)
    }
    return index
  }

  func keyFigure(_ id: String) throws(EditError) -> KeyFigure {
    keyFigures[try keyFigureIndex(id)]
  }

  func keyFigureIndex(_ id: String) throws(EditError) -> Int {
    try position(in: keyFigures, of: .keyFigure(id)) { $0.id == id }
  }

  func snapshot(_ date: Day) throws(EditError) -> TrainingSnapshot {
    training[try snapshotIndex(date)]
  }

  func snapshotIndex(_ date: Day) throws(EditError) -> Int {
    try position(in: training, of: .snapshot(date)) { $0.date == date }
  }

  func section(_ name: String, in snapshot: TrainingSnapshot) throws(EditError) -> SectionTraining {
    let what = AuditItem.trainingSection(name, on: snapshot.date)
    return snapshot.sections[try position(in: snapshot.sections, of: what) { $0.section == name }]
  }

  // MARK: Values

  static func day(_ text: String?, field: String) throws(EditError) -> Day? {
    guard let text else { return nil }
    guard let day = Day(text) else {
      throw .invalid(field: field, .notADate(text))
    }
    return day
  }

  /// Dates written as `value(of:)` writes them, ", " between (nil: none).
  public static func days(_ text: String?, field: String) throws(EditError) -> [Day]? {
    guard let text else { return nil }
    var days: [Day] = []
    for part in text.split(separator: ",") {
      guard let day = try day(String(part).trimmed, field: field) else { continue }
      days.append(day)
    }
    return days.isEmpty ? nil : days
  }

  /// A text that must say something: a question, a recommendation.
  static func text(_ text: String?, field: String) throws(EditError) -> String {
    guard let text, !text.trimmed.isEmpty else { throw .invalid(field: field, .emptyText) }
    return text
  }

  /// Moves a part to a place among its kind (0 first): the parts between
  /// move one place along.
  static func move<T>(_ list: inout [T], from index: Int, to place: String?, field: String)
    throws(EditError)
  {
    let place = try count(place, field: field)
    guard list.indices.contains(place) else {
      throw .invalid(field: field, .notACount(String(place)))
    }
    list.insert(list.remove(at: index), at: place)
  }

  static func count(_ text: String?, field: String) throws(EditError) -> Int {
    guard let text, let value = Int(text), value >= 0 else {
      throw .invalid(field: field, .notACount(text ?? ""))
    }
    return value
  }
}

extension String {
  var trimmed: String {
    var s = Substring(self)
    while let first = s.first, first.isWhitespace { s.removeFirst() }
    while let last = s.last, last.isWhitespace { s.removeLast() }
    return String(s)
  }

  var nilIfEmpty: String? { isEmpty ? nil : self }
}
