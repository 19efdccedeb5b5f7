/// The parts of an audit a coordinator enters from a report: sections,
/// questions and recommendations. They are added, edited, retired and
/// restored, never deleted, so each keeps its history and its id.
public enum StructureKind: String, CaseIterable, Sendable {
  case section, question, recommendation

  /// The letter of the ids Granska suggests: S1, Q1, R1.
  public var idPrefix: String {
    switch self {
    case .section: "S"
    case .question: "Q"
    case .recommendation: "R"
    }
  }

  var problemKind: AuditProblem.Kind {
    switch self {
    case .section: .section
    case .question: .question
    case .recommendation: .recommendation
    }
  }

  /// The field that holds why a part was retired.
  public func retiredField(_ id: String) -> FieldRef {
    switch self {
    case .section: .section(id, .retired)
    case .question: .question(id, .retired)
    case .recommendation: .recommendation(id, .retired)
    }
  }

  /// The part of this kind with the id, as "does not exist" names it.
  func item(_ id: String) -> AuditItem {
    switch self {
    case .section: .section(id)
    case .question: .question(id)
    case .recommendation: .recommendation(id)
    }
  }

  /// The field that holds a part's place among its kind.
  public func positionField(_ id: String) -> FieldRef {
    switch self {
    case .section: .section(id, .position)
    case .question: .question(id, .position)
    case .recommendation: .recommendation(id, .position)
    }
  }
}

/// A part that can be retired and restored: a section, question or
/// recommendation, a key figure, or a section of a training snapshot.
public enum RetirablePart: Hashable, Sendable {
  case structure(StructureKind, String)
  case keyFigure(String)
  case trainingSection(date: Day, section: String)

  /// The field that holds why it was retired.
  public var retiredField: FieldRef {
    switch self {
    case .structure(let kind, let id): kind.retiredField(id)
    case .keyFigure(let id): .keyFigure(id, .retired)
    case .trainingSection(let date, let section): .training(date: date, section: section, .retired)
    }
  }

  /// How it is named in forms and history: its id, or a training section's name.
  public var id: String {
    switch self {
    case .structure(_, let id), .keyFigure(let id): id
    case .trainingSection(_, let section): section
    }
  }
}

extension Audit {
  /// When the audit is of, as shown: its period where it gives one ("2024/25"), else its year.
  public var yearOrPeriod: String { period ?? String(year) }

  /// The ids of one kind of part, retired ones included.
  public func ids(of kind: StructureKind) -> [String] {
    switch kind {
    case .section: sections.map(\.id)
    case .question: questions.map(\.id)
    case .recommendation: recommendations.map(\.id)
    }
  }

  /// The id a new part is offered: its letter and one more than the
  /// highest number of that letter any part has had (retired ones count:
  /// an id is never given twice).
  public func suggestedID(for kind: StructureKind) -> String {
    let prefix = kind.idPrefix
    let numbers = ids(of: kind).compactMap { id in
      id.hasPrefix(prefix) ? Int(id.dropFirst(prefix.count)) : nil
    }
    return prefix + String((numbers.max() ?? 0) + 1)
  }

  /// The edit that retires a part, saying why; the part stays, with its
  /// history, and can be restored.
  public func retiring(_ kind: StructureKind, _ id: String, reason: String)
    throws(EditError) -> AuditEdit
  {
    try retiring(.structure(kind, id), reason: reason)
  }

  /// The edit that brings a retired part back.
  public func restoring(_ kind: StructureKind, _ id: String) throws(EditError) -> AuditEdit {
    try restoring(.structure(kind, id))
  }

  /// The edit that retires any part that can be, saying why.
  public func retiring(_ part: RetirablePart, reason: String) throws(EditError) -> AuditEdit {
    guard !reason.trimmed.isEmpty else { throw .invalid(field: "reason", .emptyReason) }
    let field = part.retiredField
    return .set(FieldChange(field, from: try value(of: field), to: reason))
  }

  /// The edit that brings back any retired part.
  public func restoring(_ part: RetirablePart) throws(EditError) -> AuditEdit {
    let field = part.retiredField
    return .set(FieldChange(field, from: try value(of: field), to: nil))
  }

  /// The edit that moves a part one place up (or down) among those shown
  /// with it: the sections, the recommendations, a question among its
  /// section's, all in force. It takes the place of the one it passes,
  /// which moves along with any retired between them. Nil at the edge.
  public func moving(_ kind: StructureKind, _ id: String, up: Bool) throws(EditError)
    -> AuditEdit?
  {
    let ids = self.ids(of: kind)
    guard let index = ids.firstIndex(of: id) else { throw .notFound(kind.item(id)) }
    let peers: [Bool]
    switch kind {
    case .section: peers = sections.map { $0.retired == nil }
    case .recommendation: peers = recommendations.map { $0.retired == nil }
    case .question:
      let section = questions[index].section
      peers = questions.map { $0.retired == nil && $0.section == section }
    }
    guard let place = Self.place(movingFrom: index, among: peers, up: up) else { return nil }
    return .set(FieldChange(kind.positionField(id), from: String(index), to: String(place)))
  }

  /// The edit that moves a key figure, or a section of a training
  /// snapshot, one place up (or down) among those in force with it, as
  /// `moving` does a section. Nil at the edge.
  public func moving(_ part: RetirablePart, up: Bool) throws(EditError) -> AuditEdit? {
    let inForce: [Bool]
    let index: Int
    let field: FieldRef
    switch part {
    case .structure(let kind, let id): return try moving(kind, id, up: up)
    case .keyFigure(let id):
      index = try keyFigureIndex(id)
      inForce = keyFigures.map { $0.retired == nil }
      field = .keyFigure(id, .position)
    case .trainingSection(let date, let name):
      let snapshot = try snapshot(date)
      _ = try section(name, in: snapshot)
      index = snapshot.sections.firstIndex { $0.section == name } ?? 0
      inForce = snapshot.sections.map { $0.retired == nil }
      field = .training(date: date, section: name, .position)
    }
    guard let place = Self.place(movingFrom: index, among: inForce, up: up) else { return nil }
    return .set(FieldChange(field, from: String(index), to: String(place)))
  }

  /// The place a part moves to: that of the nearest peer above (or
  /// below) it; nil at the edge.
  private static func place(movingFrom index: Int, among peers: [Bool], up: Bool) -> Int? {
    up
      ? peers.indices[..<index].last { peers[$0] }
      : peers.indices[(index + 1)...].first { peers[$0] }
  }

  /// The audit as it applies now: retired sections, questions and
  /// recommendations left out, with the questions of a retired section,
  /// their assessments and the links to them, and retired key figures and
  /// training sections (out of the totals too). Lists, counts, the
  /// overview and the report read this.
  public var inForce: Audit {
    guard hasRetiredParts else { return self }
    var audit = self
    audit.keyFigures.removeAll { $0.retired != nil }
    for s in audit.training.indices {
      audit.training[s].sections.removeAll { $0.retired != nil }
    }
    audit.sections.removeAll { $0.retired != nil }
    let sectionIDs = Set(audit.sections.map(\.id))
    audit.questions.removeAll { $0.retired != nil || !sectionIDs.contains($0.section) }
    let questionIDs = Set(audit.questions.map(\.id))
    for r in audit.rounds.indices {
      audit.rounds[r].assessments.removeAll { !questionIDs.contains($0.question) }
    }
    audit.recommendations.removeAll { $0.retired != nil }
    for r in audit.recommendations.indices {
      audit.recommendations[r].questions.removeAll { !questionIDs.contains($0) }
    }
    return audit
  }

  /// Whether any section, question, recommendation, key figure or
  /// training section is retired.
  public var hasRetiredParts: Bool {
    sections.contains { $0.retired != nil } || questions.contains { $0.retired != nil }
      || recommendations.contains { $0.retired != nil }
      || keyFigures.contains { $0.retired != nil }
      || training.contains { $0.sections.contains { $0.retired != nil } }
  }

  // MARK: Adding

  mutating func add(_ section: ReportSection) throws(EditError) {
    try checkNewID(section.id, of: .section)
    guard !section.title.trimmed.isEmpty else { throw .invalid(field: "title", .emptyTitle) }
    sections.append(section)
  }

  mutating func add(_ question: Question, _ assessment: Assessment?) throws(EditError) {
    try checkNewID(question.id, of: .question)
    _ = try sectionInForce(question.section, field: "section")
    guard !question.text.trimmed.isEmpty else {
      throw .invalid(field: "text", .emptyQuestionText)
    }
    questions.append(question)
    guard let assessment else { return }
    guard scale.contains(where: { $0.id == assessment.level }) else {
      throw .invalid(field: "level", .unknownLevel(assessment.level, scale: scale.map(\.id)))
    }
    guard let auditRound = rounds.firstIndex(where: { $0.kind == .audit }) else {
      throw .invalid(field: "level", .noRounds)
    }
    rounds[auditRound].assessments.append(assessment)
  }

  mutating func add(_ recommendation: Recommendation) throws(EditError) {
    try checkNewID(recommendation.id, of: .recommendation)
    _ = try Self.text(recommendation.text, field: "text")
    var recommendation = recommendation
    recommendation.questions = try linkableQuestions(
      recommendation.questions.joined(separator: "\n"))
    recommendation.priority = try declaredPriority(recommendation.priority)
    recommendations.append(recommendation)
  }

  mutating func add(_ figure: KeyFigure) throws(EditError) {
    guard !figure.id.trimmed.isEmpty else { throw .invalid(field: "id", .emptyID(.keyFigure)) }
    guard !keyFigures.contains(where: { $0.id == figure.id }) else {
      throw .invalid(field: "id", .idTaken(figure.id))
    }
    guard !figure.name.trimmed.isEmpty else { throw .invalid(field: "name", .emptyTitle) }
    guard figure.value.isFinite else {
      throw .invalid(field: "value", .notANumber(figure.value.description))
    }
    keyFigures.append(figure)
  }

  /// A section of the organisation in a training snapshot; its counts
  /// are checked with the whole audit (none negative, none above employees).
  mutating func add(_ counts: SectionTraining, to date: Day) throws(EditError) {
    let s = try snapshotIndex(date)
    guard !counts.section.trimmed.isEmpty else {
      throw .invalid(field: "section", .emptySectionName)
    }
    guard !training[s].sections.contains(where: { $0.section == counts.section }) else {
      throw .invalid(field: "section", .sectionTwice(counts.section))
    }
    training[s].sections.append(counts)
  }

  /// The id a new key figure is offered: K and the next free number.
  public var suggestedKeyFigureID: String {
    let numbers = keyFigures.compactMap { $0.id.hasPrefix("K") ? Int($0.id.dropFirst()) : nil }
    return "K" + String((numbers.max() ?? 0) + 1)
  }

  /// A new part's id: given, and never given before.
  private func checkNewID(_ id: String, of kind: StructureKind) throws(EditError) {
    guard !id.trimmed.isEmpty else { throw .invalid(field: "id", .emptyID(kind.problemKind)) }
    guard !ids(of: kind).contains(id) else { throw .invalid(field: "id", .idTaken(id)) }
  }

  // MARK: Places and links

  /// A priority as the audit declares it, named in any case
  /// ("hög" is "Hög"); nil is none.
  public func priority(named word: String) -> String? {
    let wanted = word.trimmed.lowercased()
    return (priorities ?? []).first { $0.lowercased() == wanted }
  }

  func declaredPriority(_ word: String?) throws(EditError) -> String? {
    guard let word else { return nil }
    guard let priority = priority(named: word) else {
      throw .invalid(
        field: RecommendationField.priority.rawValue,
        .undeclaredPriority(word, declared: priorities ?? []))
    }
    return priority
  }

  /// A section a question may be placed in: one that exists and is in force.
  func sectionInForce(_ id: String?, field: String) throws(EditError) -> String {
    guard let id, let section = sections.first(where: { $0.id == id }) else {
      throw .invalid(field: field, .unknownSection(id ?? ""))
    }
    guard section.retired == nil else { throw .invalid(field: field, .retiredItem(.section, id)) }
    return id
  }

  /// The questions a recommendation may link (ids, one a line or comma
  /// separated, each once): at least one, each existing and in force.
  func linkableQuestions(_ text: String?) throws(EditError) -> [String] {
    var ids: [String] = []
    for id in (text ?? "").split(whereSeparator: { $0 == "\n" || $0 == "," })
    where !ids.contains(String(id).trimmed) && !String(id).trimmed.isEmpty {
      ids.append(String(id).trimmed)
    }
    guard !ids.isEmpty else { throw .invalid(field: "questions", .noLinkedQuestion) }
    for id in ids {
      guard let question = questions.first(where: { $0.id == id }) else {
        throw .invalid(field: "questions", .unknownQuestion(id))
      }
      guard question.retired == nil else {
        throw .invalid(field: "questions", .retiredItem(.question, id))
      }
    }
    return ids
  }
}

extension Audit {
  /// Words typed on one line, separated by commas ("Hög, Medel, Låg"), as
  /// `granska new` and the new-audit form take priorities and statuses.
  public static func commaSeparated(_ text: String?) -> [String]? {
    text.map { $0.split(separator: ",").map(String.init) }
  }

  /// The id of the auditor's round of an audit entered by hand.
  public static let auditRoundID = "granskning"

  /// A new audit entered by hand: its facts and scale, and the auditor's
  /// round (titled by the auditor and the year, dated the report's day),
  /// still without sections, questions or recommendations. The overall
  /// assessment is left for later (an empty `overallLevel`).
  public static func entered(
    id: String, title: String, organisation: String, auditor: String, date: Day,
    period: String? = nil, commissionedBy: String? = nil, scale: [Level],
    priorities: [String]? = nil, openStatuses: [String] = [], closedStatuses: [String] = []
  ) throws(EditError) -> Audit {
    let texts =
      [
        ("id", id), ("title", title), ("organisation", organisation), ("auditor", auditor),
        ("period", period ?? ""), ("commissionedBy", commissionedBy ?? ""),
      ] + (priorities ?? []).map { ("priorities", $0) }
      + openStatuses.map { ("openStatuses", $0) } + closedStatuses.map { ("closedStatuses", $0) }
    for (field, text) in texts {
      if let control = ControlCharacters.first(in: text) {
        throw .invalid(field: field, .controlCharacter(control))
      }
    }
    let statuses = try ownStatuses(open: openStatuses, closed: closedStatuses)
    let round = AssessmentRound(
      id: auditRoundID, title: "\(auditor.trimmed) \(date.year)", date: date, kind: .audit,
      assessments: [])
    let audit = Audit(
      id: id.trimmed, title: title.trimmed, organisation: organisation.trimmed,
      auditor: auditor.trimmed, commissionedBy: commissionedBy?.trimmed ?? "", year: date.year,
      period: period?.trimmed.nilIfEmpty, purpose: "", overallLevel: "", overallAssessment: "",
      scale: scale, priorities: priorities?.map(\.trimmed),
      statuses: statuses.isEmpty ? nil : statuses, rounds: [round])
    if let issue = audit.validate().first { throw .invalid(field: issue.path, issue.problem) }
    return audit
  }

  /// A new audit's own status words, the open ones first, each refused
  /// under the field it was typed in: one without letters or digits, or
  /// one that is another's or a built-in status's.
  private static func ownStatuses(open: [String], closed: [String]) throws(EditError)
    -> [DeclaredStatus]
  {
    var statuses: [DeclaredStatus] = []
    for (field, labels, isOpen) in [
      ("openStatuses", open, true), ("closedStatuses", closed, false),
    ] {
      for label in labels where !label.trimmed.isEmpty {
        let status = DeclaredStatus(label: label, open: isOpen)
        guard !status.id.isEmpty else { throw .invalid(field: field, .emptyID(.status)) }
        guard !statuses.contains(where: { $0.id == status.id }),
          !RecommendationStatus(rawValue: status.id).isBuiltIn
        else { throw .invalid(field: field, .duplicateID(.status, status.label)) }
        statuses.append(status)
      }
    }
    return statuses
  }
}
