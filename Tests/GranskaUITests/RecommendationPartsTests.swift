import Foundation
import GranskaDomain
import GranskaFormat
import GranskaTestSupport
import GranskaUI
import Testing

/// An audit entered by hand, with its own priorities: two sections, four
/// questions (Q4 retired), four recommendations (R3 retired, replaced by R4).
func prioritiesAudit() -> Audit {
  var audit = try! Audit.entered(
    id: "it-2025", title: "Granskning av IT-styrningen", organisation: "Exempelby kommun",
    auditor: "Revisionskontoret", date: Day("2025-03-14")!,
    scale: ScalePreset.uppfyllt.levels, priorities: ["Hög", "Medel", "Låg"])
  func recommendation(
    _ id: String, _ text: String, _ questions: [String], _ priority: String?, _ owner: String?,
    _ due: String?
  ) -> AuditEdit {
    .addRecommendation(
      Recommendation(
        id: id, text: text, questions: questions, priority: priority, owner: owner,
        dueDate: due.flatMap(Day.init)))
  }
  audit = try! audit.applying([
    .addSection(ReportSection(id: "S1", title: "Styrning", observations: "", assessment: "")),
    .addSection(ReportSection(id: "S2", title: "Drift", observations: "", assessment: "")),
    .addQuestion(
      Question(id: "Q1", section: "S1", text: "Finns en antagen IT-strategi?"),
      Assessment(question: "Q1", level: "delvis-uppfyllt")),
    .addQuestion(
      Question(id: "Q2", section: "S1", text: "Är ansvaret tydligt?"),
      Assessment(question: "Q2", level: "ej-uppfyllt")),
    .addQuestion(Question(id: "Q3", section: "S2", text: "Följs avtalen upp?"), nil),
    .addQuestion(Question(id: "Q4", section: "S2", text: "Finns en kontinuitetsplan?"), nil),
    recommendation("R1", "Anta en IT-strategi", ["Q1"], "Medel", "Kommunchef", "2025-12-31"),
    recommendation("R2", "Tydliggör ansvaret", ["Q2"], "Hög", "IT-chef", "2025-06-30"),
    recommendation("R3", "Följ upp avtalen", ["Q3", "Q4"], "Låg", nil, nil),
    recommendation("R4", "Följ upp avtalen årligen", ["Q3"], nil, "IT-chef", nil),
  ])
  audit = try! audit.applying([
    try! audit.retiring(.recommendation, "R3", reason: "ersatt av R4"),
    try! audit.retiring(.question, "Q4", reason: "ingår i Q3"),
  ])
  return audit
}

func prioritiesData() -> DashboardData {
  let audit = prioritiesAudit()
  return DashboardData(
    audit: audit,
    audits: [
      AuditHeader(
        id: audit.id, title: audit.title, organisation: audit.organisation, year: audit.year)
    ],
    history: [], today: Day("2026-11-29")!)
}

/// Recommendations added, edited, retired and restored from the dashboard,
/// and an audit's own priorities in the list: what the screen shows and
/// what the dashboard asks its runner to save.
@Suite struct RecommendationPartsTests {
  /// The list's rows (the lines that start with a recommendation's id).
  func rowIDs(_ board: Dashboard) -> [String] {
    board.render().lines.compactMap { line in
      let word = line.dropFirst().prefix { $0 != " " }
      return word.hasPrefix("R") && word.count <= 3 ? String(word) : nil
    }
  }

  @Test func theListHasAPriorityColumnAndLeavesRetiredOnesOut() {
    let board = dashboard(prioritiesData(), keys: keys("3"))
    Snapshot.assert(
      board.render(), named: "recommendations-priorities-80x24", title: "80×24 keys: 3")
    #expect(!board.render().text.contains("R3 "))
  }

  @Test func showRetiredListsThemMarkedWithTheReasonInTheDetail() {
    // The filter's last choice is "Visa utgångna"; R3 is the third row.
    var board = dashboard(prioritiesData(), keys: keys("3f{end}{enter}jj"))
    board.settle()
    Snapshot.assert(
      board.render(), named: "recommendations-retired-80x24", title: "80×24 keys: 3f{end}{enter}jj")
    #expect(board.render().text.contains("Utgår: ersatt av R4"))
  }

  /// In Questions the retired question shows under its section, marked,
  /// with the reason in the detail pane.
  @Test func showRetiredInQuestions() {
    var board = dashboard(prioritiesData(), keys: keys("2f{end}{enter}jjj{tab}"))
    board.settle()
    Snapshot.assert(
      board.render(), named: "matrix-retired-80x24", title: "80×24 keys: 2f{end}{enter}jjj{tab}")
    #expect(board.render().text.contains("Utgår: ingår i Q3"))
    #expect(!dashboard(prioritiesData(), keys: keys("2")).render().text.contains("Q4"))
  }

  @Test func inEnglish() {
    let list = dashboard(prioritiesData(), language: .en, keys: keys("3")).render().text
    #expect(list.contains("Priority"))
    let chooser = dashboard(prioritiesData(), language: .en, keys: keys("3f")).render().text
    #expect(chooser.contains("Priority: High") == false && chooser.contains("Show retired"))
    let form = dashboard(prioritiesData(), language: .en, keys: keys("3+")).render().text
    #expect(form.contains("New recommendation") && form.contains("Questions (Q1, Q2)"))
  }

  @Test func oSortsByPriorityAndFFiltersByOne() {
    let sorted = dashboard(prioritiesData(), keys: keys("3oooo"))
    #expect(sorted.render().text.contains("sorterat på prioritet"))
    #expect(rowIDs(sorted) == ["R2", "R1", "R4"])
    // All, open, overdue, four statuses, two owners, then Hög.
    let high = dashboard(prioritiesData(), keys: keys("3f" + String(repeating: "j", count: 9)))
    var board = high
    _ = type("{enter}", into: &board)
    #expect(board.render().text.contains("prioritet Hög"))
    #expect(rowIDs(board) == ["R2"])
  }

  @Test func theBuiltInAuditOffersNeitherPrioritiesNorRetired() {
    // Four presses of o go round to the report's order again: no priority order.
    let board = dashboard(keys: keys("3oooo"))
    #expect(board.render().text.contains("Visar alla · i rapportens ordning"))
    let chooser = dashboard(keys: keys("3f")).render().text
    #expect(!chooser.contains("Prioritet") && !chooser.contains("Visa utgångna"))
  }

  /// Everything a recommendation holds is in its detail pane: a field
  /// added to the model but not shown fails here.
  @Test func theDetailShowsEveryTextARecommendationHolds() {
    var audit = Audit.everyField
    audit.recommendations[0].retired = nil
    let data = DashboardData(
      audit: audit,
      audits: [
        AuditHeader(
          id: audit.id, title: audit.title, organisation: audit.organisation, year: audit.year)
      ], history: [], today: Day("2026-11-29")!)
    let screen = dashboard(data, width: 160, height: 60, keys: keys("3")).render().text
    for text in texts(in: audit.recommendations[0]) {
      #expect(screen.contains(text), "\(text) is not shown:\n\(screen)")
    }
  }

  /// Each field a person sets is in one of a recommendation's forms: the
  /// edit form (Enter) or the response's (`m`). A new field does not
  /// build here until its form is named.
  @Test func everyFieldPeopleSetIsInAForm() {
    enum Place { case edit, response, elsewhere }
    func place(of field: RecommendationField) -> Place {
      switch field {
      case .status, .owner, .dueDate, .plannedAction, .evidence, .text, .questions, .priority,
        .reference:
        .edit
      case .agreement, .response, .responded, .officer: .response
      // Retiring (`x`), moving and a revised due date's history have their own ways.
      case .retired, .position, .earlierDueDates: .elsewhere
      }
    }
    let edit = dashboard(prioritiesData(), keys: keys("3{enter}")).state.form
    let response = dashboard(prioritiesData(), keys: keys("3m")).state.form
    for field in RecommendationField.allCases {
      let form: Form? =
        switch place(of: field) {
        case .edit: edit
        case .response: response
        case .elsewhere: nil
        }
      if let form { #expect(form.field(.recommendation(field)) != nil, "\(field)") }
    }
  }

  /// A recommendation's own number in the report shows in its detail and
  /// finds it.
  @Test func theReportsReferenceShowsAndIsSearched() {
    var data = builtInData()
    data.audit.recommendations[1].reference = "Iakttagelse 4.2"
    let board = dashboard(data, keys: keys("3/4.2{enter}"))
    #expect(board.selectedID == "R2")
    #expect(board.render().text.contains("Rapportreferens: Iakttagelse 4.2"))
  }

  @Test func plusAddsARecommendationWithTheNextIdNeverGiven() {
    var board = dashboard(prioritiesData(), keys: keys("3+"))
    // R3 is retired, yet its id stays given: R5 is offered.
    #expect(board.render().text.contains("R5"))
    let effects = type(
      "{tab}Ta fram en kontinuitetsplan{tab}Q3, Q1{tab}{right}{tab}Rek. 4{tab}IT-chef{tab}2026-06-30{enter}",
      into: &board)
    #expect(
      savedEdits(effects) == [
        .addRecommendation(
          Recommendation(
            id: "R5", text: "Ta fram en kontinuitetsplan", questions: ["Q3", "Q1"], priority: "Hög",
            owner: "IT-chef", dueDate: Day("2026-06-30"), reference: "Rek. 4"))
      ])
  }

  @Test func aLinkToARetiredQuestionIsRefusedInTheForm() {
    var board = dashboard(prioritiesData(), keys: keys("3+"))
    let effects = type("{tab}Ny text{tab}Q4{enter}", into: &board)
    #expect(savedEdits(effects) == nil)
    #expect(board.state.form?.focus == 2)
    #expect(board.render().text.contains("Frågor (Q1, Q2): "))
  }

  @Test func enterEditsTextLinksAndPriority() {
    var board = dashboard(prioritiesData(), keys: keys("3{enter}"))
    // After status, owner, due date, planned action and evidence: text,
    // questions, priority.
    for _ in 0..<5 { _ = board.handle(.key(.tab)) }
    _ = type(" nu", into: &board)
    _ = board.handle(.key(.tab))
    _ = board.handle(.key(.control("u")))
    let effects = type("Q1, Q2{tab}{right}{enter}", into: &board)
    let r1 = { FieldRef.recommendation("R1", $0) }
    #expect(
      savedEdits(effects) == [
        .set(FieldChange(r1(.text), from: "Anta en IT-strategi", to: "Anta en IT-strategi nu")),
        .set(FieldChange(r1(.priority), from: "Medel", to: "Låg")),
        .set(FieldChange(r1(.questions), from: "Q1", to: "Q1\nQ2")),
      ])
  }

  @Test func xAsksWhyAndRetiresAndOnARetiredOneRestores() {
    var board = dashboard(prioritiesData(), keys: keys("3x"))
    #expect(board.render().text.contains("R1 utgår"))
    #expect(savedEdits(type("{enter}", into: &board)) == nil)
    #expect(board.render().text.contains("Skäl: "))
    #expect(
      savedEdits(type("beslutat av styrelsen{enter}", into: &board)) == [
        .set(FieldChange(.recommendation("R1", .retired), from: nil, to: "beslutat av styrelsen"))
      ])
    var shown = dashboard(prioritiesData(), keys: keys("3f{end}{enter}jj"))
    #expect(
      savedEdits(type("x", into: &shown)) == [
        .set(FieldChange(.recommendation("R3", .retired), from: "ersatt av R4", to: nil))
      ])
    var matrix = dashboard(prioritiesData(), keys: keys("2f{end}{enter}jjjjj"))
    #expect(
      savedEdits(type("x", into: &matrix)) == [
        .set(FieldChange(.question("Q4", .retired), from: "ingår i Q3", to: nil))
      ])
  }

  /// Undoing an addition retires what was added (its id stays given);
  /// redoing it restores it.
  @Test func undoOfAnAdditionRetiresItAndRedoRestoresIt() {
    var board = dashboard(prioritiesData(), keys: keys("3+"))
    let added = savedEdits(type("{tab}Ny{tab}Q1{enter}", into: &board))!
    var saved = prioritiesAudit()
    saved = try! saved.applying(added)
    var data = prioritiesData()
    data.replaceAudit(saved)
    board.saveSucceeded(data)
    let retire = FieldChange(.recommendation("R5", .retired), from: nil, to: "tillägget ångrades")
    #expect(savedEdits(type("u", into: &board)) == [.set(retire)])
    data.replaceAudit(try! saved.applying([.set(retire)]))
    board.saveSucceeded(data)
    #expect(board.render().text.contains("Ångrade: Ny rekommendation R5: Ny"))
    #expect(savedEdits(type("{ctrl-r}", into: &board)) == [.set(retire.reversed)])
  }

  @Test func viewersAreRefusedAddingRetiringAndRestoring() {
    var data = prioritiesData()
    data.editRefusal = "Skrivskyddat läge (--read-only): inget kan ändras"
    for path in ["3+", "3x", "2jx", "3f{end}{enter}jjx"] {
      var board = dashboard(data, keys: [])
      let effects = type(path, into: &board)
      #expect(effects.isEmpty, "\(path)")
      #expect(board.state.form == nil, "\(path)")
      #expect(board.render().text.contains("Skrivskyddat läge"), "\(path)")
    }
  }
}
