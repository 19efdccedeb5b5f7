/// A rule an audit breaks, with the field path where it happens
/// (e.g. `recommendations[2].questions[0]`), so a message can point there.
public struct ValidationIssue: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  public var message: String

  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

extension Audit {
  /// Every rule the audit breaks; empty when it is consistent.
  public func validate() -> [ValidationIssue] {
    var issues: [ValidationIssue] = []
    func check(_ ok: Bool, _ path: String, _ message: @autoclosure () -> String) {
      if !ok { issues.append(ValidationIssue(path: path, message: message())) }
    }
    func checkUnique(_ ids: [String], _ list: String, _ what: String) {
      var seen = Set<String>()
      for (i, id) in ids.enumerated() {
        check(!id.isEmpty, "\(list)[\(i)].id", "\(what) id is empty")
        check(seen.insert(id).inserted, "\(list)[\(i)].id", "duplicate \(what) id \"\(id)\"")
      }
    }

    check(!id.isEmpty, "id", "audit id is empty")
    check(!title.isEmpty, "title", "title is empty")
    check(!scale.isEmpty, "scale", "the assessment scale has no levels")
    checkUnique(scale.map(\.id), "scale", "level")
    checkUnique(sections.map(\.id), "sections", "section")
    checkUnique(questions.map(\.id), "questions", "question")
    checkUnique(rounds.map(\.id), "rounds", "round")
    checkUnique(recommendations.map(\.id), "recommendations", "recommendation")
    checkUnique(keyFigures.map(\.id), "keyFigures", "key figure")

    let levelIDs = Set(scale.map(\.id))
    let sectionIDs = Set(sections.map(\.id))
    let questionIDs = Set(questions.map(\.id))
    let knownLevels = scale.map(\.id).joined(separator: ", ")
    check(
      levelIDs.contains(overallLevel), "overallLevel",
      "unknown level \"\(overallLevel)\" (the scale has: \(knownLevels))")

    for (i, question) in questions.enumerated() {
      check(!question.text.isEmpty, "questions[\(i)].text", "question text is empty")
      check(
        sectionIDs.contains(question.section), "questions[\(i)].section",
        "unknown section \"\(question.section)\"")
    }

    for (r, round) in rounds.enumerated() {
      check(
        round.kind != .audit || r == 0, "rounds[\(r)].kind",
        "only the first round can be the auditor's")
      check(
        round.kind == .audit || round.date != nil, "rounds[\(r)].date",
        "a follow-up round needs a date")
      var assessed = Set<String>()
      for (a, assessment) in round.assessments.enumerated() {
        let path = "rounds[\(r)].assessments[\(a)]"
        check(
          questionIDs.contains(assessment.question), "\(path).question",
          "unknown question \"\(assessment.question)\"")
        check(
          assessed.insert(assessment.question).inserted, "\(path).question",
          "question \"\(assessment.question)\" is assessed twice in this round")
        check(
          levelIDs.contains(assessment.level), "\(path).level",
          "unknown level \"\(assessment.level)\" (the scale has: \(knownLevels))")
      }
    }

    for (i, recommendation) in recommendations.enumerated() {
      check(!recommendation.text.isEmpty, "recommendations[\(i)].text", "text is empty")
      for (q, question) in recommendation.questions.enumerated() {
        check(
          questionIDs.contains(question), "recommendations[\(i)].questions[\(q)]",
          "unknown question \"\(question)\"")
      }
    }

    var snapshotDates = Set<Day>()
    for (s, snapshot) in training.enumerated() {
      let path = "training[\(s)]"
      check(
        snapshotDates.insert(snapshot.date).inserted, "\(path).date",
        "a training snapshot for \(snapshot.date) already exists")
      check(
        (0...100).contains(snapshot.targetPercent), "\(path).targetPercent",
        "target must be 0–100 %, not \(snapshot.targetPercent)")
      var names = Set<String>()
      for (i, section) in snapshot.sections.enumerated() {
        let sectionPath = "\(path).sections[\(i)]"
        check(!section.section.isEmpty, "\(sectionPath).section", "section name is empty")
        check(
          names.insert(section.section).inserted, "\(sectionPath).section",
          "section \"\(section.section)\" appears twice")
        issues += section.validate().map {
          ValidationIssue(path: "\(sectionPath).\($0.path)", message: $0.message)
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
    for (field, value) in [
      ("employees", employees), ("completed", completed), ("started", started),
    ]
    where value < 0 {
      issues.append(ValidationIssue(path: field, message: "\(field) cannot be negative (\(value))"))
    }
    if completed + started > employees {
      issues.append(
        ValidationIssue(
          path: "completed",
          message:
            "completed (\(completed)) + started (\(started)) exceeds employees (\(employees))"))
    }
    return issues
  }
}
