import Foundation
import GranskaDomain
import GranskaTestSupport
import GranskaText
import Testing

@testable import GranskaStore

/// A command that reads only the parts of an audit it needs (`AuditParts`)
/// says what it says of the whole audit: `summary` counts the same,
/// `log` words every change the same.
@Suite struct AuditPartsTests {
  /// The built-in audit with what the lighter readings leave out: notes,
  /// evidence and links on recommendations, a retired question, a remark.
  static func withLists() throws -> Audit {
    var audit = try builtIn()[0]
    audit.recommendations[0].notes = [
      Note(date: Day("2025-03-01")!, author: "anna", text: "Påbörjat")
    ]
    audit.recommendations[0].evidence = ["Protokoll 2025-03-01"]
    audit.recommendations[1].questions = [audit.questions[0].id, audit.questions[1].id]
    audit.questions[2].retired = "Ersatt"
    return audit
  }

  @Test(arguments: Backend.allCases)
  func countedPartsLeaveOutOnlyTheRecommendationsLists(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let store = try database.open("anna")
    let audit = try Self.withLists()
    _ = try store.importAudits([audit], source: "test", replacingNewer: true)

    var expected = try store.audit(audit.id)
    for index in expected.recommendations.indices {
      expected.recommendations[index].notes = []
      expected.recommendations[index].evidence = []
      expected.recommendations[index].questions = []
    }
    #expect(try store.audit(audit.id, parts: .counted) == expected)
    #expect(try store.allAudits(parts: .counted).first { $0.id == audit.id } == expected)
  }

  /// What `summary` prints of the counted parts is what it prints of the
  /// whole audit: a line that needs more must read more.
  @Test(arguments: Backend.allCases)
  func theSummaryOfTheCountedPartsIsTheSummaryOfTheWholeAudit(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let store = try database.open("anna")
    let audit = try Self.withLists()
    _ = try store.importAudits([audit], source: "test", replacingNewer: true)
    let today = Day("2026-01-15")!
    for language in [Language.sv, .en] {
      func summary(_ audit: Audit) -> String {
        SummaryText(audit: audit.inForce, today: today, strings: language.strings).render()
      }
      #expect(
        summary(try store.audit(audit.id, parts: .counted))
          == summary(try store.audit(audit.id)))
    }
  }

  /// Every change, worded with the wording parts, reads as worded with
  /// the whole audit: round titles, levels and the audit's own statuses.
  @Test(arguments: Backend.allCases)
  func historyWordedWithTheWordingPartsReadsAsWithTheWholeAudit(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let store = try database.open("anna")
    var audit = try Self.withLists()
    audit.statuses = [DeclaredStatus(id: "partly-done", label: "Delvis genomförd", open: true)]
    let auditors = audit.rounds[0]
    let round = AssessmentRound(
      id: "uppfoljning-2026", title: "Uppföljning 2026", date: Day("2026-03-16"),
      kind: .followUp, assessments: auditors.assessments)
    audit.rounds.append(round)
    _ = try store.importAudits([audit], source: "test", replacingNewer: true)
    let question = audit.questions[0].id
    let oldLevel = round.assessment(of: question)?.level
    let newLevel = audit.scale.first { $0.id != oldLevel }!.id
    let first = audit.recommendations[0]
    let level = FieldRef.assessment(round: round.id, question: question, .level)
    _ = try store.apply(
      [
        .set(
          FieldChange(
            .recommendation(first.id, .status), from: first.status.rawValue, to: "partly-done")),
        .set(FieldChange(level, from: oldLevel, to: newLevel)),
      ], to: audit.id)

    let wording = try store.audit(audit.id, parts: .wording)
    #expect(wording.scale == audit.scale && wording.statuses == audit.statuses)
    #expect(wording.rounds.map(\.title) == audit.rounds.map(\.title))
    #expect(wording.recommendations.isEmpty && wording.rounds.allSatisfy(\.assessments.isEmpty))
    let entries = try store.history(HistoryFilter(auditID: audit.id))
    #expect(entries.count >= 3)
    for language in [Language.sv, .en] {
      let whole = ChangeWords(strings: language.strings, audit: try store.audit(audit.id))
      let light = ChangeWords(strings: language.strings, audit: wording)
      #expect(entries.map { light.describe($0) } == entries.map { whole.describe($0) })
    }
  }
}
