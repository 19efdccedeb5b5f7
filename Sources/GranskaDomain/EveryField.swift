extension Audit {
  /// One of every part with every optional field set: the interchange
  /// format learns its keys from it, and the tests hold the store, export
  /// and import to keep it whole. A new field is set here too
  /// (`EveryFieldTests` fails until it is), and then each of those paths
  /// either carries it or fails its test.
  public static var everyField: Audit {
    let day = Day(year: 2025, month: 1, day: 1)!
    return Audit(
      id: "a", title: "t", organisation: "o", auditor: "a", commissionedBy: "c", year: 2025,
      period: "p", purpose: "p", overallLevel: "l", overallAssessment: "o", strategicGoals: ["g"],
      criteria: ["c"],
      documents: [
        ReviewedDocument(title: "t", issuedBy: "i", date: day, reference: "r", note: "n")
      ],
      boardReply: BoardReply(decisionDate: day, paragraph: "§", diaryNumber: "d"),
      scale: [Level(id: "l", label: "L", role: .good)], priorities: ["its priority"],
      statuses: [DeclaredStatus(id: "s", label: "S", open: true)],
      sections: [
        ReportSection(id: "s", title: "t", observations: "o", assessment: "a", retired: "r")
      ],
      questions: [Question(id: "q", section: "s", text: "t", retired: "r")],
      rounds: [
        AssessmentRound(
          id: "r", title: "t", date: day, kind: .audit,
          assessments: [Assessment(question: "q", level: "l", remark: "r")],
          opinions: [SectionOpinion(section: "s", level: "l")])
      ],
      recommendations: [
        // Each text its own, so a test can tell each is shown.
        Recommendation(
          id: "r", text: "its text", questions: ["q"], priority: "its priority",
          owner: "its owner", dueDate: day, earlierDueDates: [day], plannedAction: "its action",
          response: ManagementResponse(
            agreement: .agreed, text: "its response", date: day, officer: "its officer"),
          evidence: ["its evidence"],
          notes: [Note(date: day, author: "a note's author", text: "its note")],
          retired: "why it is retired", reference: "its reference")
      ],
      trainingTitle: "t",
      training: [
        TrainingSnapshot(
          date: day, source: "s", targetPercent: 1, targetPeriod: "p", illustrative: true,
          sections: [
            SectionTraining(section: "s", employees: 1, completed: 0, started: 0, retired: "r")
          ])
      ],
      keyFigures: [
        KeyFigure(
          id: "k", name: "n", value: 1.5, unit: "u", period: "p", source: "s", retired: "r")
      ])
  }
}
