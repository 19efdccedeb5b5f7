import Foundation
import GranskaDomain
import GranskaFormat
import GranskaText
import GranskaUI
import Testing

/// An English internal-audit report (Tests/Corpus/english-internal-audit.yaml):
/// assurance opinions, priorities, management responses and a revised due
/// date, read in English. It must look native: no Swedish word, nothing
/// of the built-in audit, and what it carries shown where the user looks.
@Suite struct EnglishAuditTests {
  static func data() -> DashboardData {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Corpus/english-internal-audit.yaml")
    let audit = try! InterchangeDocument.decode(
      Data(contentsOf: file), format: .yaml, fileName: "english-internal-audit.yaml"
    ).audits[0]
    return DashboardData(
      audit: audit,
      audits: [
        AuditHeader(
          id: audit.id, title: audit.title, organisation: audit.organisation, year: audit.year)
      ],
      history: [], today: Day("2025-11-15")!)
  }

  /// Swedish words and letters, and the built-in audit's names.
  static let foreign = ["Tranemo", "KPMG", "kommun", " och ", " av ", "Ej ", "Klar", "Sparat"]

  static func foreignWords(in text: String) -> [String] {
    foreign.filter { text.contains($0) }
      + (text.contains { "åäöÅÄÖ".contains($0) } ? ["å/ä/ö"] : [])
  }

  @Test func everyViewAt80x24SpeaksEnglishOnly() {
    let sequences = [
      "1", "1G", "2", "2{tab}", "2{tab}G", "3", "3{tab}", "3j{tab}", "3G{tab}", "4", "5", "?",
      "3f", "3o", "3s", "3m", "a",
    ]
    for sequence in sequences {
      let text = dashboard(Self.data(), language: .en, keys: keys(sequence)).render().text
      #expect(
        Self.foreignWords(in: text).isEmpty, "\(sequence): \(Self.foreignWords(in: text))\n\(text)")
    }
  }

  @Test func theDetailPaneShowsPriorityResponseAndTheRevisedDate() {
    let text = dashboard(Self.data(), width: 100, height: 40, language: .en, keys: keys("3"))
      .render().text
    for expected in [
      "Priority: High", "Due: 2025-12-31 (originally 2025-06-30, changed once)",
      "Management response: Agreed", "Head of ICT", "Q3  No assurance →  Limited",
    ] {
      #expect(text.contains(expected), "\(expected)\n\(text)")
    }
  }

  /// `m` opens management's response to the selected recommendation. A
  /// changed agreement is one edit; a response taken away clears its
  /// date and officer before the agreement, so each edit holds.
  @Test func managementsResponseIsEditedAndTakenAwayInItsForm() throws {
    var board = dashboard(Self.data(), language: .en, keys: keys("3jjm"))
    Snapshot.assert(board.render(), named: "response-form-en-80x24", title: "80×24 keys: 3jjm")
    let r3 = FieldRef.recommendation("R3", .agreement)
    #expect(
      savedEdits(type("{right}{enter}", into: &board)) == [
        .set(FieldChange(r3, from: "agreed", to: "partly-agreed"))
      ])

    board = dashboard(Self.data(), language: .en, keys: keys("3jjm"))
    let edits = try #require(
      savedEdits(type("{left}{tab}{tab}{ctrl-u}{tab}{ctrl-u}{enter}", into: &board)))
    #expect(
      edits == [
        .set(FieldChange(.recommendation("R3", .responded), from: "2025-02-28", to: nil)),
        .set(
          FieldChange(
            .recommendation("R3", .officer), from: "Information Security Officer", to: nil)),
        .set(FieldChange(r3, from: "agreed", to: nil)),
      ])
    let audit = try Self.data().audit.applying(edits)
    #expect(audit.recommendations[2].response == nil)
  }

  /// At 100 columns the owners and statuses are whole; the text gives way.
  @Test func ownersAndStatusesAreWholeAt100Columns() {
    var data = Self.data()
    data.audit.recommendations[2].status = .notApplicable
    let text = dashboard(data, width: 100, height: 30, language: .en, keys: keys("3"))
      .render().text
    for owner in Set(data.audit.recommendations.compactMap(\.owner)) {
      #expect(text.contains(owner), "\(owner)\n\(text)")
    }
    #expect(text.contains("Not applicable"), "\(text)")
  }

  /// Four recommendations leave no empty rows above the detail pane: the
  /// pane takes them, and shows the whole recommendation.
  @Test func aShortListGivesTheDetailPaneTheRoom() {
    let board = dashboard(Self.data(), width: 100, height: 30, language: .en, keys: keys("3"))
    let lines = board.render().lines
    let details = lines.firstIndex { $0.contains("Details") } ?? 0
    #expect(
      details == 7, "tabs, title, header and four rows above it\n\(lines.joined(separator: "\n"))")
  }
}
