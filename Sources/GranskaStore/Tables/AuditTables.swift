import GranskaDomain

/// Where each part of an audit is stored: one description per table, the
/// only place its columns are named outside the migrations. A new field is
/// a migration that adds its column and one `Column` line here;
/// `TableTests` fails until both are there.
enum Tables {
  static let audit = Table<Audit>(
    "audit", placing: ["position"],
    blank: {
      Audit(
        id: "", title: "", organisation: "", auditor: "", commissionedBy: "", year: 0,
        purpose: "", overallLevel: "", overallAssessment: "", scale: [])
    },
    columns: [
      Column("id", \.id), Column("title", \.title), Column("organisation", \.organisation),
      Column("auditor", \.auditor), Column("commissionedBy", \.commissionedBy),
      Column("year", \.year), Column("period", \.period), Column("purpose", \.purpose),
      Column("overallLevel", \.overallLevel),
      Column("overallAssessment", \.overallAssessment),
      Column("strategicGoals", \.strategicGoals, as: .json),
      Column("criteria", \.criteria, as: .json),
      // The board's reply is there when its decision date is.
      Column(
        "replyDecisionDate", \.boardReply,
        as: .whole(\.decisionDate, .day) { BoardReply(decisionDate: $0) }),
      Column("replyParagraph", \.boardReply, \.paragraph),
      Column("replyDiaryNumber", \.boardReply, \.diaryNumber),
      Column("trainingTitle", \.trainingTitle),
      Column("priorities", \.priorities, as: .optional(.json)),
      Column("statuses", \.statuses, as: .optional(.json)),
    ])

  static let level = Table<Level>(
    "level", placing: ["auditId", "position"], blank: { Level(id: "", label: "", role: .none) },
    columns: [Column("id", \.id), Column("label", \.label), Column("role", \.role, as: .name)])

  static let document = Table<ReviewedDocument>(
    "document", placing: ["auditId", "position"],
    blank: { ReviewedDocument(title: "", issuedBy: "") },
    columns: [
      Column("title", \.title), Column("issuedBy", \.issuedBy),
      Column("date", \.date, as: .optional(.day)), Column("reference", \.reference),
      Column("note", \.note),
    ])

  static let section = Table<ReportSection>(
    "section", placing: ["auditId", "position"],
    blank: { ReportSection(id: "", title: "", observations: "", assessment: "") },
    columns: [
      Column("id", \.id), Column("title", \.title), Column("observations", \.observations),
      Column("assessment", \.assessment), Column("retired", \.retired),
    ])

  static let question = Table<Question>(
    "question", placing: ["auditId", "position"],
    blank: { Question(id: "", section: "", text: "") },
    columns: [
      Column("id", \.id), Column("sectionId", \.section), Column("text", \.text),
      Column("retired", \.retired),
    ])

  static let round = Table<AssessmentRound>(
    "round", placing: ["auditId", "position"],
    blank: { AssessmentRound(id: "", title: "", date: nil, kind: .followUp, assessments: []) },
    columns: [
      Column("id", \.id), Column("title", \.title), Column("date", \.date, as: .optional(.day)),
      Column("kind", \.kind, as: .name), Column("opinions", \.opinions, as: .optional(.json)),
    ])

  static let assessment = Table<Assessment>(
    "assessment", placing: ["auditId", "roundId", "position"], kept: ["version"],
    blank: { Assessment(question: "", level: "") },
    columns: [
      Column("questionId", \.question), Column("level", \.level), Column("remark", \.remark),
    ])

  static let recommendation = Table<Recommendation>(
    "recommendation", placing: ["auditId", "position"], kept: ["version"],
    blank: { Recommendation(id: "", text: "", questions: []) },
    columns: [
      Column("id", \.id), Column("text", \.text), Column("status", \.status, as: .name),
      Column("priority", \.priority), Column("owner", \.owner),
      Column("dueDate", \.dueDate, as: .optional(.day)),
      Column("earlierDueDates", \.earlierDueDates, as: .dayList),
      Column("plannedAction", \.plannedAction),
      // Management's response is there when its agreement is.
      Column(
        "agreement", \.response,
        as: .whole(\.agreement, .name) { ManagementResponse(agreement: $0) }),
      Column("response", \.response, \.text),
      Column("responded", \.response, \.date, as: .optional(.day)),
      Column("officer", \.response, \.officer),
      Column("retired", \.retired), Column("reference", \.reference),
    ])

  /// The questions a recommendation answers, in its order.
  static let recommendationQuestion = Table<String>(
    "recommendationQuestion", placing: ["auditId", "recommendationId", "position"],
    blank: { "" }, columns: [Column("questionId", \.self)])

  static let evidence = Table<String>(
    "evidence", placing: ["auditId", "recommendationId", "position"], blank: { "" },
    columns: [Column("reference", \.self)])

  /// Notes in the order they were added: by their row's number.
  static let note = Table<Note>(
    "note", placing: ["auditId", "recommendationId"], kept: ["id"],
    blank: { Note(date: Day(year: 2000, month: 1, day: 1)!, text: "") },
    columns: [
      Column("date", \.date, as: .day), Column("author", \.author), Column("text", \.text),
    ])

  static let trainingSnapshot = Table<TrainingSnapshot>(
    "trainingSnapshot", placing: ["auditId"],
    blank: {
      TrainingSnapshot(
        date: Day(year: 2000, month: 1, day: 1)!, source: "", targetPercent: 0, sections: [])
    },
    columns: [
      Column("date", \.date, as: .day), Column("source", \.source),
      Column("targetPercent", \.targetPercent), Column("targetPeriod", \.targetPeriod),
      Column("illustrative", \.illustrative),
    ])

  static let trainingCount = Table<SectionTraining>(
    "trainingCount", placing: ["auditId", "snapshotDate", "position"], kept: ["version"],
    blank: { SectionTraining(section: "", employees: 0, completed: 0, started: 0) },
    columns: [
      Column("section", \.section), Column("employees", \.employees),
      Column("completed", \.completed), Column("started", \.started),
      Column("retired", \.retired),
    ])

  static let keyFigure = Table<KeyFigure>(
    "keyFigure", placing: ["auditId", "position"],
    blank: { KeyFigure(id: "", name: "", value: 0, unit: "", period: "", source: "") },
    columns: [
      Column("id", \.id), Column("name", \.name), Column("value", \.value),
      Column("unit", \.unit), Column("period", \.period), Column("source", \.source),
      Column("retired", \.retired),
    ])
}
