import GranskaDomain
import Testing

/// Fields are typed, but stored by the names history (and every history row
/// already saved) uses: the two must never drift apart.
@Suite struct FieldTests {
  let day = Day("2024-01-01")!

  var everyField: [FieldRef] {
    RecommendationField.allCases.map { .recommendation("R1", $0) }
      + AssessmentField.allCases.map { .assessment(round: "r1", question: "Q1", $0) }
      + RoundField.allCases.map { .round("r1", $0) }
      + SnapshotField.allCases.map { .snapshot(day, $0) }
      + TrainingField.allCases.map { .training(date: day, section: "Omsorg", $0) }
      + SectionField.allCases.map { .section("S1", $0) }
      + QuestionField.allCases.map { .question("Q1", $0) }
      + KeyFigureField.allCases.map { .keyFigure("K1", $0) }
  }

  @Test func theStoredNamesAreThoseOfEarlierVersions() {
    #expect(
      everyField.map { "\($0.entity.kind) \($0.entity.id) \($0.name)" } == [
        "recommendation R1 status", "recommendation R1 owner", "recommendation R1 dueDate",
        "recommendation R1 plannedAction", "recommendation R1 evidence",
        "recommendation R1 text", "recommendation R1 questions", "recommendation R1 retired",
        "recommendation R1 priority", "recommendation R1 agreement", "recommendation R1 response",
        "recommendation R1 responded", "recommendation R1 officer",
        "recommendation R1 earlierDueDates", "recommendation R1 reference",
        "recommendation R1 position",
        "assessment r1/Q1 level", "assessment r1/Q1 remark", "round r1 title", "round r1 date",
        "snapshot 2024-01-01 targetPercent", "snapshot 2024-01-01 source",
        "training 2024-01-01/Omsorg employees", "training 2024-01-01/Omsorg completed",
        "training 2024-01-01/Omsorg started", "training 2024-01-01/Omsorg retired",
        "training 2024-01-01/Omsorg position",
        // Named as their columns are: PostgreSQL's history check compares them.
        "section S1 title", "section S1 observations", "section S1 assessment",
        "section S1 retired", "section S1 position", "question Q1 text", "question Q1 sectionId",
        "question Q1 retired", "question Q1 position", "keyFigure K1 name",
        "keyFigure K1 value", "keyFigure K1 unit", "keyFigure K1 period", "keyFigure K1 source",
        "keyFigure K1 retired", "keyFigure K1 position",
      ])
  }

  @Test func aHistoryRowReadsBackAsTheFieldItRecords() {
    for field in everyField {
      let entity = EntityRef(kind: field.entity.kind, id: field.entity.id)
      #expect(entity == field.entity)
      #expect(entity.flatMap { FieldRef($0, field.name) } == field)
    }
    // A round id may hold "/"; a section name too: each splits where it must.
    #expect(
      EntityRef(kind: "assessment", id: "a/b/Q8") == .assessment(round: "a/b", question: "Q8"))
    #expect(
      EntityRef(kind: "training", id: "2024-01-01/Vård/omsorg")
        == .training(date: day, section: "Vård/omsorg"))
    // Events and what is no part of an audit are no fields.
    #expect(FieldRef(.recommendation("R1"), "note") == nil)
    #expect(EntityRef(kind: "editor", id: "account anna") == nil)
  }

  @Test func anEditIsRecordedAsHistoryAlwaysHasRecordedIt() {
    let audit = sampleAudit()
    let set = AuditEdit.set(FieldChange(.recommendation("R1", .owner), from: nil, to: "HR"))
    let change = set.historyChange(in: audit)
    #expect(
      [change.entity, change.entityID, change.field, change.old, change.new] == [
        "recommendation", "R1", "owner", nil, "HR",
      ])
    let note = AuditEdit.addNote(
      recommendation: "R1", Note(date: day, author: "anna", text: "Klart"))
    #expect(note.historyChange(in: audit).field == "note")
    let removed = AuditEdit.removeRound("r0").historyChange(in: audit)
    #expect(removed.field == "removed" && removed.old?.contains("\"title\":\"Revision\"") == true)
  }
}

/// Where new rounds and snapshots start from: one rule for the dashboard's
/// forms and the script commands.
@Suite struct FollowUpRulesTests {
  let day = Day("2025-09-15")!

  @Test func aNewRoundHasAnIdOfItsOwn() {
    var audit = sampleAudit()
    #expect(audit.newRoundID(on: day) == "uppfoljning-2025-09-15")
    audit.rounds.append(audit.newRound(title: "Höst", date: day, copyingLevels: true))
    #expect(audit.rounds.last?.assessments == audit.rounds[0].assessments)
    #expect(audit.newRoundID(on: day) == "uppfoljning-2025-09-15-2")
    audit.rounds.append(audit.newRound(title: "Höst igen", date: day, copyingLevels: false))
    #expect(audit.rounds.last?.id == "uppfoljning-2025-09-15-2")
    #expect(audit.rounds.last?.assessments == [])
    #expect(audit.validate().isEmpty)
  }

  @Test func aNewSnapshotKeepsTheTargetsPeriodOnlyForTheSameTarget() {
    var audit = sampleAudit()
    audit.training[0].targetPeriod = "2024"
    #expect(audit.latestSnapshot?.date == Day("2024-01-01"))
    #expect(audit.suggestedTargetPercent == 75)
    let same = audit.newSnapshot(date: day, source: "HR", illustrative: false, sections: [])
    #expect(same.targetPercent == 75 && same.targetPeriod == "2024")
    let other = audit.newSnapshot(
      date: day, source: "HR", targetPercent: 90, illustrative: false, sections: [])
    #expect(other.targetPercent == 90 && other.targetPeriod == nil)
    audit.training = []
    #expect(audit.suggestedTargetPercent == TrainingSnapshot.defaultTargetPercent)
  }
}

/// "Not assessed" is no value, whether a round leaves the question out or
/// names the scale's own "not assessed" level.
@Suite struct NotAssessedTests {
  @Test func theScalesNotAssessedLevelIsNoValue() throws {
    var audit = sampleAudit()
    audit.rounds[0].assessments.append(Assessment(question: "Q2", level: "ej"))
    #expect(audit.isNotAssessed("ej") && !audit.isNotAssessed("ja"))
    #expect(try audit.value(of: .assessment(round: "r0", question: "Q1", .level)) == "ja")
    #expect(try audit.value(of: .assessment(round: "r0", question: "Q2", .level)) == nil)
  }
}
