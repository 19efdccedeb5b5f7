import GranskaDomain
import GranskaText
import Testing

/// A small, valid audit to break one rule at a time.
func sampleAudit() -> Audit {
  Audit(
    id: "a", title: "Granskning", organisation: "Kommun", auditor: "Revisor",
    commissionedBy: "Revisorerna", year: 2024, purpose: "Syfte", overallLevel: "ja",
    overallAssessment: "Bra",
    scale: [
      Level(id: "ja", label: "Ja", role: .good), Level(id: "nej", label: "Nej", role: .bad),
      Level(id: "ej", label: "Ej bedömd", role: .none),
    ],
    sections: [ReportSection(id: "3.1", title: "Mål", observations: "o", assessment: "b")],
    questions: [
      Question(id: "Q1", section: "3.1", text: "Finns mål?"),
      Question(id: "Q2", section: "3.1", text: "Finns planer?"),
    ],
    rounds: [
      AssessmentRound(
        id: "r0", title: "Revision", date: nil, kind: .audit,
        assessments: [Assessment(question: "Q1", level: "ja")])
    ],
    recommendations: [Recommendation(id: "R1", text: "Gör planer", questions: ["Q2"])],
    training: [
      TrainingSnapshot(
        date: Day("2024-01-01")!, source: "HR", targetPercent: 75,
        sections: [SectionTraining(section: "Omsorg", employees: 10, completed: 5, started: 2)])
    ])
}

@Suite struct ValidationTests {
  @Test func aConsistentAuditHasNoIssues() {
    #expect(sampleAudit().validate() == [])
  }

  private func issues(_ change: (inout Audit) -> Void) -> [String] {
    var audit = sampleAudit()
    change(&audit)
    return audit.validate().map { $0.message(in: .en) }
  }

  @Test func duplicateIDsAreRefused() {
    #expect(
      issues { $0.questions.append(Question(id: "Q1", section: "3.1", text: "igen")) }
        == ["questions[2].id: duplicate question id \"Q1\""])
    #expect(
      issues { $0.recommendations.append($0.recommendations[0]) }
        == ["recommendations[1].id: duplicate recommendation id \"R1\""])
  }

  @Test func levelsMustBelongToTheScale() {
    #expect(
      issues { $0.rounds[0].assessments[0].level = "kanske" }
        == [
          "rounds[0].assessments[0].level: unknown level \"kanske\" (the scale has: ja, nej, ej)"
        ])
    #expect(
      issues { $0.overallLevel = "delvis" }.first?.hasPrefix("overallLevel: unknown level") == true)
  }

  @Test func linksMustPointToExistingQuestions() {
    #expect(
      issues { $0.recommendations[0].questions = ["Q2", "Q9"] }
        == ["recommendations[0].questions[1]: unknown question \"Q9\""])
    #expect(
      issues { $0.questions[0].section = "9.9" } == [
        "questions[0].section: unknown section \"9.9\""
      ])
    #expect(
      issues { $0.rounds[0].assessments.append(Assessment(question: "Q1", level: "nej")) }
        == ["rounds[0].assessments[1].question: question \"Q1\" is assessed twice in this round"])
  }

  @Test func onlyTheFirstRoundIsTheAuditorsAndFollowUpsAreDated() {
    #expect(
      issues {
        $0.rounds.append(
          AssessmentRound(id: "r1", title: "Ny", date: nil, kind: .audit, assessments: []))
      } == ["rounds[1].kind: only the first round can be the auditor's"])
    #expect(
      issues {
        $0.rounds.append(
          AssessmentRound(id: "r1", title: "Ny", date: nil, kind: .followUp, assessments: []))
      } == ["rounds[1].date: a follow-up round needs a date"])
  }

  @Test func trainingCountsMustBePossible() {
    #expect(
      issues { $0.training[0].sections[0].completed = 9 }
        == ["training[0].sections[0].completed: completed (9) + started (2) exceeds employees (10)"]
    )
    #expect(
      issues { $0.training[0].sections[0].started = -1 }
        == ["training[0].sections[0].started: started cannot be negative (-1)"])
    #expect(
      issues { $0.training[0].targetPercent = 120 }
        == ["training[0].targetPercent: target must be 0–100 %, not 120"])
  }
}
