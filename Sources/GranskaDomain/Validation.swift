/// A rule an audit breaks, with the field path where it happens
/// (e.g. `recommendations[2].questions[0]`), so a message can point there.
public struct ValidationIssue: Error, Hashable, Sendable {
  public var path: String
  public var problem: AuditProblem

  public init(path: String, _ problem: AuditProblem) {
    self.path = path
    self.problem = problem
  }
}

extension Audit {
  /// The longest text (in characters) any field may hold: the interchange
  /// format refuses longer ones, and the dashboard's fields stop there.
  public static let maximumTextLength = 100_000

  /// Every rule the audit breaks; empty when it is consistent.
  public func validate() -> [ValidationIssue] {
    var issues: [ValidationIssue] = []
    func check(_ ok: Bool, _ path: String, _ problem: @autoclosure () -> AuditProblem) {
      if !ok { issues.append(ValidationIssue(path: path, problem())) }
    }
    func checkUnique(_ ids: [String], _ list: String, _ kind: AuditProblem.Kind) {
      var seen = Set<String>()
      for (i, id) in ids.enumerated() {
        check(!id.isEmpty, "\(list)[\(i)].id", .emptyID(kind))
        check(seen.insert(id).inserted, "\(list)[\(i)].id", .duplicateID(kind, id))
      }
    }

    check(!id.isEmpty, "id", .emptyID(.audit))
    check(!title.isEmpty, "title", .emptyTitle)
    check(!scale.isEmpty, "scale", .noLevels)
    checkUnique(scale.map(\.id), "scale", .level)
    checkUnique(sections.map(\.id), "sections", .section)
    checkUnique(questions.map(\.id), "questions", .question)
    checkUnique(rounds.map(\.id), "rounds", .round)
    checkUnique(recommendations.map(\.id), "recommendations", .recommendation)
    checkUnique(keyFigures.map(\.id), "keyFigures", .keyFigure)

    let levelIDs = Set(scale.map(\.id))
    let sectionIDs = Set(sections.map(\.id))
    let questionIDs = Set(questions.map(\.id))
    let knownLevels = scale.map(\.id)
    // Empty: a new audit entered before its overall assessment is.
    check(
      overallLevel.isEmpty || levelIDs.contains(overallLevel), "overallLevel",
      .unknownLevel(overallLevel, scale: knownLevels))

    for (i, question) in questions.enumerated() {
      check(!question.text.isEmpty, "questions[\(i)].text", .emptyQuestionText)
      check(
        sectionIDs.contains(question.section), "questions[\(i)].section",
        .unknownSection(question.section))
    }

    for (r, round) in rounds.enumerated() {
      check(
        round.kind != .audit || r == 0, "rounds[\(r)].kind", .auditRoundNotFirst)
      check(
        round.kind == .audit || round.date != nil, "rounds[\(r)].date", .followUpNeedsDate)
      var judged = Set<String>()
      for (o, opinion) in (round.opinions ?? []).enumerated() {
        let path = "rounds[\(r)].opinions[\(o)]"
        check(
          sectionIDs.contains(opinion.section), "\(path).section",
          .unknownSection(opinion.section))
        check(
          judged.insert(opinion.section).inserted, "\(path).section",
          .opinionTwice(section: opinion.section))
        check(
          levelIDs.contains(opinion.level), "\(path).level",
          .unknownLevel(opinion.level, scale: knownLevels))
      }
      var assessed = Set<String>()
      for (a, assessment) in round.assessments.enumerated() {
        let path = "rounds[\(r)].assessments[\(a)]"
        check(
          questionIDs.contains(assessment.question), "\(path).question",
          .unknownQuestion(assessment.question))
        check(
          assessed.insert(assessment.question).inserted, "\(path).question",
          .assessedTwice(question: assessment.question))
        check(
          levelIDs.contains(assessment.level), "\(path).level",
          .unknownLevel(assessment.level, scale: knownLevels))
      }
    }

    let declared = priorities ?? []
    for (i, priority) in declared.enumerated() {
      check(!priority.isEmpty, "priorities[\(i)]", .emptyText)
      check(
        declared.firstIndex(of: priority) == i, "priorities[\(i)]",
        .duplicateID(.priority, priority))
    }

    let ownStatuses = statuses ?? []
    for (i, status) in ownStatuses.enumerated() {
      check(!status.id.isEmpty, "statuses[\(i)].id", .emptyID(.status))
      check(!status.label.isEmpty, "statuses[\(i)].label", .emptyText)
      // A built-in status's id is taken too: "done" means the built-in one.
      check(
        ownStatuses.firstIndex { $0.id == status.id } == i
          && !RecommendationStatus(rawValue: status.id).isBuiltIn,
        "statuses[\(i)].id", .duplicateID(.status, status.id))
    }
    let offered = statusChoices

    for (i, recommendation) in recommendations.enumerated() {
      check(!recommendation.text.isEmpty, "recommendations[\(i)].text", .emptyText)
      check(
        offered.contains(recommendation.status), "recommendations[\(i)].status",
        .unknownStatus(recommendation.status.rawValue, declared: ownStatuses.map(\.label)))
      if let priority = recommendation.priority {
        check(
          declared.contains(priority), "recommendations[\(i)].priority",
          .undeclaredPriority(priority, declared: declared))
      }
      for (q, question) in recommendation.questions.enumerated() {
        check(
          questionIDs.contains(question), "recommendations[\(i)].questions[\(q)]",
          .unknownQuestion(question))
      }
    }

    var snapshotDates = Set<Day>()
    for (s, snapshot) in training.enumerated() {
      let path = "training[\(s)]"
      check(
        snapshotDates.insert(snapshot.date).inserted, "\(path).date",
        .snapshotExists(snapshot.date))
      check(
        (0...100).contains(snapshot.targetPercent), "\(path).targetPercent",
        .targetOutOfRange(snapshot.targetPercent))
      var names = Set<String>()
      for (i, section) in snapshot.sections.enumerated() {
        let sectionPath = "\(path).sections[\(i)]"
        check(!section.section.isEmpty, "\(sectionPath).section", .emptySectionName)
        check(
          names.insert(section.section).inserted, "\(sectionPath).section",
          .sectionTwice(section.section))
        issues += section.validate().map {
          ValidationIssue(path: "\(sectionPath).\($0.path)", $0.problem)
        }
      }
    }
    return issues
  }
}

extension SectionTraining {
  /// Counts must be possible: none negative, and no more trained than employed.
  public func validate() -> [ValidationIssue] {
    var issues: [ValidationIssue] = []
    for field in TrainingField.counts where self[field] < 0 {
      issues.append(ValidationIssue(path: field.rawValue, .negativeCount(field, self[field])))
    }
    if completed + started > employees {
      issues.append(
        ValidationIssue(
          path: TrainingField.completed.rawValue,
          .countsExceedEmployees(completed: completed, started: started, employees: employees)))
    }
    return issues
  }
}
