import Foundation
import GranskaDomain
import GranskaFormat
import GranskaText
import GranskaUI
import Testing

/// An audit with status words of its own ("Delvis genomförd" open, "Risk
/// accepterad" and "Ersatt" closed) and opinions per section
/// (Tests/Corpus/own-words-audit.yaml), on the dashboard: counted and
/// shown as the audit declares them, and chosen like the four.
@Suite struct OwnWordsDashboardTests {
  static func audit() -> Audit {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Corpus/own-words-audit.yaml")
    return try! InterchangeDocument.decode(
      Data(contentsOf: file), format: .yaml, fileName: "own-words-audit.yaml"
    ).audits[0]
  }

  static func data(_ audit: Audit = audit()) -> DashboardData {
    DashboardData(
      audit: audit,
      audits: [
        AuditHeader(
          id: audit.id, title: audit.title, organisation: audit.organisation, year: audit.year)
      ],
      history: [], today: Day("2025-11-01")!)
  }

  /// The Overview counts the audit's own statuses on a line of their own,
  /// overdue only the open one, and gives the latest round's opinions.
  @Test func theOverviewCountsOwnStatusesAndGivesOpinions() {
    let text = dashboard(Self.data(), width: 100, height: 50, keys: keys("1")).render().text
    for expected in [
      "Klar 1   Pågår 0   Ej påbörjad 0   Ej tillämplig 0   Försenade 1",
      "Delvis genomförd 1   Risk accepterad 1   Ersatt 0",
      "! R2 Följ upp avtalstroheten varje kvartal.",
      "Omdöme per avsnitt · Uppföljning hösten 2025 (2025-10-01)",
      "S2 Avtalstrohet: Delvis uppfyllt",
    ] {
      #expect(text.contains(expected), "\(expected)\n\(text)")
    }
    #expect(!text.contains("R3 Inför"), "a closed status of its own is not overdue\n\(text)")
    // The audit's own under the four.
    let lines = text.split(separator: "\n")
    let four = lines.firstIndex { $0.contains("Klar 1   Pågår 0") }
    #expect(four.map { lines[$0 + 1].contains("Delvis genomförd 1") } == true, "\(text)")
    #expect(!text.contains("S1 Styrning:"), "the latest round gives S1 no opinion\n\(text)")
  }

  /// The built-in audit, which declares none, shows neither line.
  @Test func anAuditWithoutThemShowsNoneOfIt() {
    let text = dashboard(width: 100, height: 50, keys: keys("1")).render().text
    #expect(!text.contains("Omdöme per avsnitt") && !text.contains("Delvis genomförd"))
  }

  /// The list shows an own status by its label; the chooser offers the
  /// four and then the audit's own, and choosing one saves its id.
  @Test func theStatusChooserOffersTheAuditsOwnStatuses() {
    var board = dashboard(Self.data(), width: 100, height: 30, keys: keys("3"))
    #expect(board.row("R2")?.contains("Delvis genomförd") == true, "\(board.render().text)")
    #expect(board.row("R3")?.contains("Risk accepterad") == true)
    #expect(board.row("R2")?.contains("!") == true, "the open one is overdue")
    #expect(board.row("R3")?.contains("!") == false, "the closed one is not")
    _ = type("j", into: &board)
    #expect(type("s", into: &board).isEmpty)
    let chooser = board.render().text
    // Seven options: unnumbered (numbers go to five), the audit's own
    // after the four, R2's marked, the cursor on it (its own is no step on).
    let options = [
      "Ej påbörjad", "Pågår", "Klar", "Ej tillämplig", "› Delvis genomförd  ✓", "Risk accepterad",
      "Ersatt",
    ]
    let lines = chooser.split(separator: "\n").map(String.init)
    let shown = options.compactMap { option in
      lines.firstIndex { $0.contains("│ \(option)") || $0.contains("│   \(option)") }
    }
    #expect(shown == shown.sorted() && shown.count == options.count, "\(chooser)")
    let change = FieldChange(
      .recommendation("R2", .status), from: "delvis-genomford", to: "ersatt")
    #expect(savedEdits(type("jj{enter}", into: &board)) == [.set(change)])
  }

  /// The filter offers each of the audit's own statuses too.
  @Test func theFilterOffersOwnStatuses() {
    let chooser = dashboard(Self.data(), width: 100, height: 30, keys: keys("3f")).render().text
    #expect(chooser.contains("Status: Risk accepterad"), "\(chooser)")
    #expect(chooser.contains("Status: Ersatt"), "\(chooser)")
  }

  /// `S` on a question edits its section, the opinions on it of the
  /// audit's own round and the latest too: a level of the scale, or none.
  @Test func theSectionFormEditsTheAuditsAndTheLatestRoundsOpinion() {
    var board = dashboard(Self.data(), width: 100, height: 30, keys: keys("2GS"))
    let form = board.render().text
    #expect(form.contains("─ Ändra avsnitt S2 ─"), "\(form)")
    let lines = form.split(separator: "\n")
    let own = lines.first { $0.contains("│ Omdöme 2025-03-01 ") }
    let latest = lines.first { $0.contains("│ Omdöme 2025-10-01 ") }
    #expect(own?.contains(" Ej uppfyllt ") == true, "\(form)")
    #expect(latest?.contains(" Delvis uppfyllt ") == true, "\(form)")
    let opinion = { FieldRef.opinion(round: $0, section: "S2") }
    #expect(
      savedEdits(type("{tab}{tab}{left}{tab}{left}{enter}", into: &board))
        == [
          .set(FieldChange(opinion("revision-2025"), from: "ej-uppfyllt", to: "delvis")),
          .set(FieldChange(opinion("uppfoljning-2025"), from: "delvis", to: "uppfyllt")),
        ])
    // S1 has none in the latest round: it is given one.
    board = dashboard(Self.data(), width: 100, height: 30, keys: keys("2S"))
    let s1 = FieldRef.opinion(round: "uppfoljning-2025", section: "S1")
    #expect(
      savedEdits(type("{tab}{tab}{tab}{right}{right}{right}{enter}", into: &board))
        == [.set(FieldChange(s1, from: nil, to: "ej-uppfyllt"))])
  }

  /// Where the audit's own round is the only one, it has the one field.
  @Test func anAuditWithOneRoundHasOneOpinionField() {
    var audit = Self.audit()
    audit.rounds.removeLast()
    let form = dashboard(Self.data(audit), width: 100, height: 30, keys: keys("2S")).render().text
    #expect(form.contains("│ Omdöme 2025-03-01 ") && !form.contains("Omdöme 2025-10-01"), "\(form)")
  }
}
