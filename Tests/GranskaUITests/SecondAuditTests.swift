import GranskaDomain
import GranskaText
import GranskaUI
import Testing

/// A second organisation's audit through every view: its own words only,
/// its three-level scale (no "not assessed" level), its three rounds and ten
/// training sections — as native as the built-in one.
@Suite struct SecondAuditTests {
  /// Words of the built-in audit that must never show for another one.
  static let foreign = ["Tranemo", "KPMG", "informationssäkerhet", "Ulricehamn", "kommun"]

  @Test(arguments: [Language.sv, .en])
  func everyViewShowsOnlyItsOwnWords(_ language: Language) {
    for sequence in ["1", "2", "2{tab}", "3", "3G{tab}", "4", "4{tab}", "5", "?"] {
      for (width, height) in [(80, 24), (120, 40), (60, 16)] {
        let text = dashboard(
          secondAuditData(), width: width, height: height, language: language, keys: keys(sequence)
        ).render().text
        for word in Self.foreign {
          #expect(!text.contains(word), "\(sequence) at \(width)×\(height): \(word)\n\(text)")
        }
      }
    }
  }

  @Test func theOverviewNamesItsTrainingAndCountsWhatIsNotAssessed() {
    let text = dashboard(secondAuditData()).render().text
    #expect(text.contains("Utbildning i dataskydd (GDPR) 2025-11-01"))
    // The last round assesses two of eight questions; the scale has no
    // level for the rest, so the table adds one, and the heading is whole.
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.contains("Bedömningar per nivå") && $0.contains("Revision 2025") })
    let notAssessed = lines.first { $0.contains("Ej bedömd") }
    #expect(notAssessed?.split(separator: " ").suffix(2) == ["0", "6"], "\(text)")
    let english = dashboard(secondAuditData(), language: .en).render().text
    #expect(english.contains("Not assessed"))
  }

  @Test func theMatrixShowsAnUnassessedQuestionAsNotAssessed() {
    let text = dashboard(secondAuditData(), width: 200, height: 40, keys: keys("2")).render().text
    let d1 = text.split(separator: "\n").first { $0.contains("D1 ") }.map(String.init) ?? ""
    #expect(d1.contains("Uppfyllt           Uppfyllt           –"), "\(d1)")
    // Whole labels where there is room.
    #expect(text.contains("Delvis uppfyllt ↑"))
    #expect(!text.contains("Delvis upp…"))
  }

  /// The suggested title follows the date typed, until the title is typed over.
  @Test func aNewRoundsSuggestedTitleFollowsItsDate() {
    var board = dashboard(secondAuditData(), keys: keys("2+"))
    let title = { board.state.form?.field(.round(.title))?.value }
    #expect(title() == "Uppföljning 2026-11-29")
    for key in keys("{tab}{bs}{bs}{bs}{bs}{bs}03-15") { _ = board.handle(.key(key)) }
    #expect(board.state.form?.field(.round(.date))?.value == "2026-03-15")
    #expect(title() == "Uppföljning 2026-03-15")
    for key in keys("{btab} våren{tab}{bs}{bs}16") { _ = board.handle(.key(key)) }
    #expect(title() == "Uppföljning 2026-03-15 våren", "typed over: it stays")
  }

  @Test func aNewRoundWithoutCopiedLevelsStartsUnassessed() {
    // "+" adds a round; the form's third field asks whether to copy levels.
    var board = dashboard(secondAuditData(), keys: keys("2+"))
    var added: AssessmentRound?
    for key in keys("{tab}{tab}{right}{enter}") {
      for case .save(_, let edits) in board.handle(.key(key)) {
        if case .addRound(let round) = edits.first { added = round }
      }
    }
    let round = try! #require(added)
    #expect(round.assessments.isEmpty, "no level given to any question")
    var data = secondAuditData()
    data.audit.rounds.append(round)
    board.saveSucceeded(data)
    #expect(AuditSummary(audit: data.audit, today: data.today).rounds.last?.rows == [0, 0, 0, 8])
    // Its assessment form starts on "not assessed": a remark alone is no level.
    board = dashboard(data, keys: keys("2{enter}"))
    #expect(board.state.form?.field(.assessment(.level))?.value == nil)
    #expect(board.render().text.contains("Ej bedömd"))
  }

  @Test func aRemarkAloneIsRefusedWhereTheScaleHasNoNotAssessedLevel() {
    var audit = secondAudit()
    let d1 = { FieldRef.assessment(round: "uppfoljning-2026-03", question: "D1", $0) }
    let change = FieldChange(
      .assessment(round: "uppfoljning-2026-03", question: "D1", .remark), from: nil, to: "x")
    #expect(throws: EditError.invalid(field: "level", .remarkNeedsLevel)) {
      _ = try audit.applying([.set(change)])
    }
    // With a level it is kept; choosing "not assessed" again clears it.
    let level = FieldChange(
      .assessment(round: "uppfoljning-2026-03", question: "D1", .level), from: nil,
      to: "uppfyllt")
    audit = try! audit.applying([.set(level), .set(change)])
    #expect(audit.rounds[2].assessment(of: "D1")?.remark == "x")
    let cleared = try! audit.applying([
      .set(FieldChange(d1(.remark), from: "x", to: nil)),
      .set(FieldChange(d1(.level), from: "uppfyllt", to: nil)),
    ])
    #expect(cleared.rounds[2].assessment(of: "D1") == nil)
  }

  @Test func theOverdueMarkStaysOnTheSelectedRow() {
    // A2 and A3 are overdue on 2026-11-29; select A2.
    let board = dashboard(secondAuditData(), keys: keys("3j"))
    let row = board.render().text.split(separator: "\n").first { $0.contains("A2 ") } ?? ""
    #expect(row.contains("›A2"), "selected: \(row)")
    #expect(row.contains("2026-02-28 !"), "still marked overdue: \(row)")
  }

  @Test(arguments: ["1", "2", "3", "4", "5"])
  func theAuditChooserWorksFromEveryView(_ view: String) {
    var board = dashboard(secondAuditData(), keys: keys(view + "a"))
    #expect(board.render().text.contains("Tranemo kommun"), "the chooser lists both")
    var effects: [Effect] = []
    for key in keys("{down}{enter}") { effects += board.handle(.key(key)) }
    #expect(effects == [.loadAudit("tranemo-2024-informationssakerhet")], "view \(view)")
  }
}
