import Foundation
import GranskaDomain
import GranskaText
import Testing

/// History in the reader's words, from rows as the database keeps them:
/// the entity and field names stored there are the contract, and rows
/// saved long ago must read as well as new ones.
@Suite struct ChangeWordsTests {
  let audit = Audit(
    id: "a", title: "Granskning", organisation: "Kommun", auditor: "Revisor",
    commissionedBy: "Revisorerna", year: 2024, purpose: "Syfte", overallLevel: "ja",
    overallAssessment: "Bra",
    scale: [
      Level(id: "ja", label: "Ja", role: .good), Level(id: "delvis", label: "Delvis", role: .warn),
      Level(id: "nej", label: "Nej", role: .bad),
    ],
    sections: [ReportSection(id: "3.1", title: "Mål", observations: "o", assessment: "b")],
    questions: [Question(id: "Q8", section: "3.1", text: "Finns mål?")],
    rounds: [
      AssessmentRound(
        id: "r0", title: "Revision", date: nil, kind: .audit,
        assessments: [Assessment(question: "Q8", level: "nej")]),
      AssessmentRound(
        id: "uppfoljning-2025-09-15", title: "Uppföljning hösten 2025", date: Day("2025-09-15"),
        kind: .followUp, assessments: [Assessment(question: "Q8", level: "delvis")]),
    ],
    recommendations: [Recommendation(id: "R1", text: "Gör planer", questions: ["Q8"])],
    training: [])

  func row(_ entity: String, _ id: String, _ field: String, _ old: String?, _ new: String?)
    -> HistoryEntry
  {
    HistoryEntry(
      id: 1, at: Date(timeIntervalSince1970: 0), account: "anna", auditID: "a", entity: entity,
      entityID: id, field: field, oldValue: old, newValue: new)
  }

  func sentence(_ entry: HistoryEntry, _ language: Language = .sv) -> String {
    ChangeWords(strings: language.strings, audit: audit).describe(entry).sentence
  }

  @Test func everyFieldIsNamedAsTheFormsNameItInBothLanguages() {
    let rows = [
      row("recommendation", "R1", "status", "not-started", "in-progress"),
      row("recommendation", "R1", "owner", nil, "Kommunchef"),
      row("recommendation", "R1", "dueDate", nil, "2025-06-30"),
      row("recommendation", "R1", "plannedAction", nil, "Plan"),
      row("recommendation", "R1", "evidence", nil, "KS 1\nKS 2"),
      row("assessment", "uppfoljning-2025-09-15/Q8", "level", "nej", "delvis"),
      row("assessment", "uppfoljning-2025-09-15/Q8", "remark", nil, "Bättre"),
      row("round", "uppfoljning-2025-09-15", "title", "Höst", "Uppföljning hösten 2025"),
      row("round", "uppfoljning-2025-09-15", "date", "2025-09-14", "2025-09-15"),
      row("snapshot", "2024-01-01", "targetPercent", "70", "75"),
      row("snapshot", "2024-01-01", "source", "HR", "HR-systemet"),
      row("training", "2024-01-01/Omsorg", "employees", "1000", "1200"),
      row("training", "2024-01-01/Omsorg", "completed", "10", "20"),
      row("training", "2024-01-01/Omsorg", "started", "1", "2"),
    ]
    #expect(
      rows.map { sentence($0) } == [
        "Rekommendation R1: Status Ej påbörjad → Pågår",
        "Rekommendation R1: Ansvarig – → Kommunchef",
        "Rekommendation R1: Klart senast – → 2025-06-30",
        "Rekommendation R1: Planerad åtgärd – → Plan",
        "Rekommendation R1: Underlag – → KS 1; KS 2",
        "Fråga Q8 i Uppföljning hösten 2025: Nivå Nej → Delvis",
        "Fråga Q8 i Uppföljning hösten 2025: Anmärkning – → Bättre",
        "Omgången Uppföljning hösten 2025: Rubrik Höst → Uppföljning hösten 2025",
        "Omgången Uppföljning hösten 2025: Datum 2025-09-14 → 2025-09-15",
        "Mätningen 2024-01-01: Mål 70 % → 75 %",
        "Mätningen 2024-01-01: Källa HR → HR-systemet",
        "Utbildning Omsorg, mätningen 2024-01-01: Anställda 1 000 → 1 200",
        "Utbildning Omsorg, mätningen 2024-01-01: Genomfört 10 → 20",
        "Utbildning Omsorg, mätningen 2024-01-01: Påbörjat 1 → 2",
      ])
    #expect(
      sentence(rows[0], .en) == "Recommendation R1: Status Not started → In progress")
    #expect(sentence(rows[11], .en).contains("1,000 → 1,200"))
  }

  /// Rows written before history kept plain facts still read as a round
  /// or a snapshot, not as raw text.
  @Test func oldRowsOfAddedRoundsAndSnapshotsStillReadRight() {
    let round = row(
      "round", "uppfoljning-2025-03-14", "created", nil,
      "Uppföljning våren 2025 2025-03-14 (15 assessments)")
    #expect(sentence(round) == "Ny omgång: Uppföljning våren 2025, 2025-03-14, 15 bedömningar")
    let snapshot = row("snapshot", "2025-05-01", "created", nil, "4 sections, 120/420 completed")
    #expect(sentence(snapshot) == "Ny mätning: 2025-05-01, 4 sektioner, 120 av 420 har genomfört")
  }

  @Test func notesImportsAndUnknownFieldsAreWordedToo() {
    #expect(
      sentence(row("recommendation", "R1", "note", nil, "Klart i KS"))
        == "Rekommendation R1: Ny anteckning: Klart i KS")
    #expect(sentence(row("audit", "a", "import", nil, "built-in")) == "Inläst: inbyggd granskning")
    // A field this version does not know is shown by its stored name.
    #expect(
      sentence(row("recommendation", "R1", "risk", "1", "2"))
        == "Rekommendation R1: risk 1 → 2")
  }
}

@Suite struct WrapTests {
  @Test func linesNeverPassTheWidthAndKeepEveryWord() {
    let text =
      "Tillse att riktade utbildningsinsatser i informationssäkerhet genomförs för förtroendevalda"
    for width in [10, 20, 33, 80] {
      let lines = Wrap.lines(text, width: width)
      #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(width)")
      #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "nothing lost")
      if width >= 20 {
        #expect(
          lines.joined(separator: " ").split(separator: " ") == text.split(separator: " "),
          "words whole where they fit")
      }
    }
  }
}
