import GranskaDomain
import GranskaText
import GranskaUI
import Testing

/// What a user sees after what they do, read from the rendered screen.
@Suite struct DashboardBehaviourTests {
  private func screen(_ board: Dashboard) -> String { board.render().text }

  @Test func numberKeysAndTabReachEveryView() {
    let titles = ["Översikt", "Frågor", "Rekommendationer", "Utbildning", "Historik"]
    for (index, title) in titles.enumerated() {
      let board = dashboard(keys: keys("\(index + 1)"))
      #expect(board.state.view.number == index + 1)
      #expect(board.screen[0].contains(title), "the tab bar")
    }
    // Tab walks every pane of every view and comes back to the Overview.
    var board = dashboard()
    var visited: [ViewID] = []
    for _ in 0..<9 {
      _ = board.handle(.key(.tab))
      visited.append(board.state.view)
    }
    #expect(
      visited == [
        .matrix, .matrix, .recommendations, .recommendations, .training, .training, .history,
        .history, .overview,
      ])
    _ = board.handle(.key(.backTab))
    #expect(board.state.view == .history && board.state.focus == .detail)
  }

  /// Everything written in the detail pane of the selected row, paging to
  /// its end, as one line of words. The pane's title says which lines show
  /// ("Detaljer 13–24/92"), so overlapping pages are joined exactly.
  private func fullDetail(_ board: inout Dashboard) -> String {
    _ = board.handle(.key(.tab))
    var lines: [Int: String] = [:]
    var total = 1
    repeat {
      let screen = board.render().lines
      let titleRow = screen.firstIndex { $0.contains("Detaljer") }!
      var first = 1
      let numbers = screen[titleRow].split { !$0.isNumber }.compactMap { Int($0) }
      if numbers.count == 3 { (first, total) = (numbers[0], numbers[2]) } else { total = 0 }
      for (offset, line) in screen[(titleRow + 1)..<(screen.count - 1)].enumerated() {
        lines[first + offset] = line
      }
      _ = board.handle(.key(.pageDown))
    } while lines[total] == nil && total > 0
    _ = board.handle(.key(.backTab))
    let text = lines.keys.sorted().filter { total == 0 || $0 <= total }.map { lines[$0]! }
    return text.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test func everyQuestionCanBeReadInFullAt80x24() {
    let audit = builtInData().audit
    var board = dashboard(keys: keys("2"))
    var seen: [String] = []
    for _ in audit.questions {
      let detail = fullDetail(&board)
      let question = audit.questions.first { detail.hasPrefix($0.text) }
      #expect(question != nil, "detail starts with a full question: \(detail.prefix(80))")
      if let question {
        seen.append(question.id)
        let section = audit.sections.first { $0.id == question.section }!
        let assessment = section.assessment.split(whereSeparator: \.isWhitespace).joined(
          separator: " ")
        #expect(detail.contains(assessment), "\(question.id): the section's assessment in full")
      }
      _ = board.handle(.key(.down))
    }
    #expect(Set(seen) == Set(audit.questions.map(\.id)))
  }

  @Test func everyRecommendationCanBeReadInFullAt80x24() {
    let audit = builtInData().audit
    var board = dashboard(keys: keys("3"))
    for recommendation in audit.recommendations {
      let detail = fullDetail(&board)
      #expect(detail.hasPrefix(recommendation.text), "\(recommendation.id)")
      _ = board.handle(.key(.down))
    }
  }

  @Test func theRemarkOfTheFollowUpQuestionIsShown() {
    let board = dashboard(keys: keys("2G"))
    #expect(board.selectedID == "Q15")
    var detail = board
    let text = fullDetail(&detail)
    #expect(text.contains("Är sektionernas efterlevnad"))
    var q14 = dashboard(keys: keys("2Gk"))
    #expect(
      fullDetail(&q14).contains(
        "Anmärkning: Dock kan rapportering för kommunstyrelsen ej verifieras."))
  }

  @Test func searchFindsAndStepsThroughMatches() {
    var board = dashboard(keys: keys("3/utbildning{enter}"))
    // R2 holds "informationssäkerhetsutbildning".
    #expect(board.selectedID == "R2")
    #expect(board.statusBar.contains("/utbildning  1 av 2"))
    _ = board.handle(.key(.character("n")))
    #expect(board.selectedID == "R3")
    _ = board.handle(.key(.character("n")))
    #expect(board.selectedID == "R2", "wraps around")
    _ = board.handle(.key(.character("N")))
    #expect(board.selectedID == "R3")
    _ = board.handle(.key(.escape))
    #expect(!board.statusBar.contains("/utbildning"))
    board = dashboard(keys: keys("3/finns inte{enter}"))
    #expect(board.statusBar.contains("Ingen träff för ”finns inte”"))
  }

  @Test func searchWorksInTheOverview() {
    let board = dashboard(keys: keys("/revisionskriterier{enter}"))
    #expect(board.screen[1].contains("Revisionskriterier"), "scrolled to the top of the view")
  }

  @Test func filterAndSortChangeTheTable() {
    var data = historyData()
    data.audit.recommendations[3].dueDate = Day("2025-01-31")
    var board = dashboard(data, keys: keys("3f"))
    let chooser = board.render().text
    for option in [
      "Visa: Rekommendationer", "Alla  ✓", "Öppna", "Försenade", "Status: Ej påbörjad",
      "Status: Klar", "Ansvarig: Kommunchef", "Utan ansvarig",
    ] {
      #expect(chooser.contains(option), "\(option)")
    }
    _ = board.handle(.key(.character("j")))
    _ = board.handle(.key(.enter))
    #expect(board.render().text.contains("7/8 · Visar öppna"))
    #expect(!board.shownIDs.contains("R7"), "R7 is done")
    for key in keys("fj{enter}") { _ = board.handle(.key(key)) }
    #expect(board.render().text.contains("2/8 · Visar försenade"))
    #expect(board.shownIDs == ["R1", "R4"])
    #expect(board.screen.contains { $0.hasPrefix("›R1") })
    #expect(board.screen.contains { $0.hasPrefix("!R4") })
    // The owner's: the last but one choice (the last is those without one).
    for key in keys("fG{up}{enter}") { _ = board.handle(.key(key)) }
    #expect(board.render().text.contains("1/8 · Visar ansvarig Kommunchef"))
    #expect(board.shownIDs == ["R1"])
    // Kept when switching views and back.
    for key in keys("13") { _ = board.handle(.key(key)) }
    #expect(board.render().text.contains("Visar ansvarig Kommunchef"))
    for key in keys("f{home}{enter}oo") { _ = board.handle(.key(key)) }
    #expect(board.render().text.contains("sorterat på datum"))
    #expect(board.shownIDs.prefix(2) == ["R4", "R1"], "earliest due date first")
    _ = board.handle(.key(.character("o")))
    #expect(board.render().text.contains("sorterat på ansvarig"))
    #expect(board.shownIDs.first == "R1", "the one with an owner first")
  }

  /// At 100 columns a training section's name is whole; the bar gives way.
  @Test func trainingSectionsAreWholeAt100Columns() {
    let text = dashboard(builtInData(), width: 100, height: 30, keys: keys("4")).render().text
    #expect(text.contains("Ledning och verksamhetsstöd  "), "\(text)")
  }

  @Test func questionsAreFilteredByTheirLevelInTheLatestRound() {
    var board = dashboard(threeRoundsData(), keys: keys("2f"))
    let chooser = board.render().text
    for option in [
      "Visa: Frågor", "Alla  ✓", "Nej i senaste omgången", "Nej eller Delvis i senaste omgången",
      "Nej, Delvis eller I allt väsentligt i senaste omgången", "Ändrade sedan omgången före",
    ] {
      #expect(chooser.contains(option), "\(option)")
    }
    _ = board.handle(.key(.character("2")))
    #expect(
      board.render().text.contains(
        "3 av 15 frågor omgångar 2–3 av 4 ▶ · Visar Nej i senaste omgången"))
    #expect(board.shownIDs == ["Q9", "Q11", "Q15"])
    #expect(board.selectedID == "Q9")
    // Three questions under three headings: the detail pane takes the rest.
    let details = board.render().lines.firstIndex { $0.contains("Detaljer") }
    #expect(details == 10, "\(board.render().text)")
    #expect(
      !board.screen.contains { $0.hasPrefix("3.1 ") }, "a section with none of them is left out")
    for key in keys("f5") { _ = board.handle(.key(key)) }
    #expect(
      board.render().text.contains(
        "2 av 15 frågor omgångar 2–3 av 4 ▶ · Visar ändrade sedan omgången före"))
    // Kept when switching views and back.
    for key in keys("32") { _ = board.handle(.key(key)) }
    #expect(board.render().text.contains("Visar ändrade sedan omgången före"))
  }

  @Test func searchFindsQuestionsByTheirLevelAndRecommendationsByAnyWord() {
    var board = dashboard(historyData(), keys: keys("2/nej{enter}"))
    let selected = board.render().lines.first { $0.hasPrefix("›") } ?? ""
    #expect(selected.contains("Nej"), "lands on a question assessed Nej: \(selected)")
    // Nej in the latest round: Q8, Nej in the audit's, is Delvis now.
    #expect(board.statusBar.contains("/nej  1 av 2 träffar"))
    // The owner, a note and the status as a word find R1.
    for query in ["kommunchef", "ledningsgruppen", "pågår", "KS 2025/112"] {
      board = dashboard(historyData(), keys: keys("3j/\(query){enter}"))
      #expect(board.selectedID == "R1", "\(query)")
    }
    // A search belongs to its view: leaving the view clears it.
    for key in keys("12") { _ = board.handle(.key(key)) }
    #expect(board.state.search.query.isEmpty)
    #expect(!board.statusBar.contains("/KS"))
  }

  @Test func overdueRecommendationsStandOut() {
    let board = dashboard(historyData(), keys: keys("3j"))
    let grid = board.render()
    let (_, y) = grid.position(of: "!R1 ")!
    #expect(grid[0, y].style.role == .overdue)
    #expect(grid.lines.dropLast().joined().contains("2025-06-30"))
  }

  @Test func aClickSelectsARowAndTheWheelMoves() {
    var board = dashboard(keys: keys("3"))
    click(on: "R4 ", in: &board)
    #expect(board.selectedID == "R4")
    click(on: "R4 ", in: &board, kind: .wheelDown)
    #expect(board.selectedID == "R7")
    click(on: "Rekommendationer", in: &board)
    #expect(board.state.view == .recommendations)
    click(on: "4 Utbildning", in: &board)
    #expect(board.state.view == .training)
    // The legend under the questions is no row: a click there selects nothing.
    board = dashboard(threeRoundsData(), keys: keys("2"))
    click(on: "↑↓ mot", in: &board)
    #expect(board.selectedID == "Q1")
  }

  @Test func resizeKeepsTheSelectionOnScreen() {
    var board = dashboard(keys: keys("2G"))
    _ = board.handle(.resize(Size(width: 60, height: 16)))
    let lines = board.render().lines
    #expect(lines.count == 16)
    #expect(lines.contains { $0.hasPrefix("›Q15") })
    _ = board.handle(.resize(Size(width: 59, height: 16)))
    #expect(board.render().text.contains("Terminalen är för liten"))
    _ = board.handle(.resize(Size(width: 1, height: 1)))
    _ = board.render()
    _ = board.handle(.resize(Size(width: 300, height: 100)))
    #expect(board.render().lines.contains { $0.hasPrefix("›Q15") })
  }

  @Test func theTrainingViewSwitchesSnapshots() {
    let data = twoSnapshotsData()
    var board = dashboard(data, keys: keys("4"))
    var text = screen(board)
    #expect(text.contains("Mätning 2024-06-01 (2/2)"))
    #expect(text.contains("› 2024-06-01  Genomfört 71 %"), "the trend in the detail pane")
    #expect(text.contains("  2023-11-16  Genomfört 26 %"))
    let wide = dashboard(data, width: 120, height: 40, keys: keys("4")).render().text
    #expect(wide.contains("+45 p.e."), "Lärande went from 26 % to 71 %")
    _ = board.handle(.key(.left))
    text = screen(board)
    #expect(text.contains("Mätning 2023-11-16 (1/2)"))
  }

  @Test func dataTextCannotReachTheTerminalAsControlSequences() {
    var data = builtInData()
    data.audit.recommendations[0].text = "Ond\u{1B}]0;titel\u{07} text \u{1B}[2J\u{9B}31m"
    data.audit.recommendations[0].owner = "\u{202E}nalp"
    let grid = dashboard(data, keys: keys("3")).render()
    for cell in grid.cells {
      for scalar in cell.character.unicodeScalars {
        #expect(
          scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) && scalar != "\u{202E}")
      }
    }
    #expect(grid.text.contains("Ond␛]0;titel␇ text ␛[2J"))
  }

  @Test func englishInterface() {
    let text = screen(dashboard(language: .en, keys: keys("3")))
    #expect(text.contains("1 Overview"))
    #expect(text.contains("Not started"))
    #expect(text.contains("q quit"))
  }
}

@Suite struct DetailFollowsTests {
  /// Moving through the list redraws only the list; the detail pane catches
  /// up when keys pause — over a slow link, scrolling past rows is cheap.
  @Test func theDetailPaneCatchesUpWhenKeysPause() {
    var board = Dashboard(
      data: builtInData(), language: .sv, size: Size(width: 80, height: 24))
    for key in keys("3jj") { _ = board.handle(.key(key)) }
    #expect(!board.isSettled)
    #expect(board.selectedID == "R3")
    #expect(board.detailPane.contains("Upprätta handlingsplaner"), "still R1's detail")
    let caughtUp = board.settle()
    #expect(caughtUp)
    #expect(board.isSettled)
    #expect(board.detailPane.contains("Tillse att riktade utbildningsinsatser"))
    let again = board.settle()
    #expect(!again, "nothing left to catch up")
    // Anything but moving brings the pane up to date at once.
    _ = board.handle(.key(.down))
    _ = board.handle(.key(.tab))
    #expect(board.isSettled)
  }

  /// One row down changes a few cells: the marker and the first cell of
  /// the two rows, not the whole rows.
  @Test func oneRowDownChangesFewCells() {
    var board = Dashboard(
      data: builtInData(), language: .sv, size: Size(width: 100, height: 30))
    _ = board.handle(.key(.character("3")))
    board.settle()
    let before = board.render()
    _ = board.handle(.key(.down))
    let after = board.render()
    let changed = zip(before.cells, after.cells).filter { $0 != $1 }.count
    #expect(changed <= 12, "\(changed) cells changed")
  }
}

@Suite struct HistoryPagingTests {
  /// The History view shows the newest changes first and asks for older
  /// ones as the selection nears the end of those loaded.
  @Test func olderChangesAreLoadedAsTheListReachesThem() {
    var data = historyData()
    data.historyTotal = 5000
    var board = Dashboard(data: data, language: .sv, size: Size(width: 80, height: 24))
    _ = board.handle(.key(.character("5")))
    #expect(board.render().text.contains("Historik 2 av 5 000"))
    let effects = board.handle(.key(.down))
    #expect(effects == [.loadHistory(auditID: data.audit.id, count: 1002)])
  }
}

/// The question matrix with three follow-up rounds, as a chair shows it on
/// an 80×24 terminal or a projector at 100×30.
@Suite struct RoundsInTheMatrixTests {
  /// The columns' headings: the line with the audit's own round.
  func headings(_ board: Dashboard) -> String {
    board.screen.first { $0.contains("KPMG 2024") } ?? ""
  }

  func row(_ board: Dashboard, _ id: String) -> String { board.row(id) ?? "" }

  @Test func atEightyByTwentyFourTenQuestionsShowAndTheRoundsAreToldApart() {
    var board = dashboard(threeRoundsData(), keys: keys("2"))
    #expect(board.itemRows.count >= 10)
    #expect(headings(board).contains("2025-03") && headings(board).contains("2025-09"))
    #expect(board.render().text.contains("omgångar 2–3 av 4 ▶"))
    // Scrolling right: the later rounds come, the audit's column stays.
    _ = board.handle(.key(.right))
    _ = board.handle(.key(.right))
    #expect(board.render().text.contains("◀ omgångar 3–4 av 4"))
    #expect(headings(board).contains("2026-03"))
    #expect(!headings(board).contains("2025-03"))
    #expect(row(board, "Q8").hasSuffix("Ja        ↑"))
    #expect(row(board, "Q9").contains("Nej       ↓"))
    #expect(row(board, "Q8").hasPrefix("Q8   Finns") && row(board, "Q8").contains("Nej "))
    #expect(!row(board, "Q1").contains("↑") && !row(board, "Q1").contains("↓"))
    // The legend says what the marks mean and names the rounds in full.
    #expect(board.render().text.contains("↑↓ mot föregående · 2025-09"))
    #expect(board.render().text.contains("2026-03 Uppföljning 2026"))
  }

  @Test func onAProjectorEveryRoundShowsWithItsDate() {
    let board = dashboard(threeRoundsData(), width: 100, height: 30, keys: keys("2jj"))
    for date in ["2025-03", "2025-09", "2026-03"] {
      #expect(headings(board).contains(date), "\(date)")
    }
    #expect(row(board, "Q8").contains("Delvis    ↑") && row(board, "Q8").contains("Ja        ↑"))
    #expect(board.itemRows.count >= 14)
  }

  @Test func theDetailPaneGrowsWhenFocused() {
    var board = dashboard(threeRoundsData(), keys: keys("2jj"))
    let before = board.render().lines.firstIndex { $0.contains("Detaljer") }!
    _ = board.handle(.key(.tab))
    let lines = board.render().lines
    let after = lines.firstIndex { $0.contains("Detaljer") }!
    #expect(after < before - 5, "the detail pane takes the room")
    #expect(lines.contains { $0.hasPrefix("›Q8 ") }, "the selected question stays on screen")
    let detail = lines[after...].joined(separator: "\n")
    #expect(detail.contains("Uppföljning hösten 2025 (2025-09-15):  Delvis"))
    #expect(detail.contains("↑ bättre än omgången före"))
  }
}

/// Every pane says where it stands: as of when, changed by whom, what it links to.
@Suite struct ContextTests {
  @Test func theOverviewSaysAsOfWhenAndNamesTheOverdue() {
    let text = dashboard(historyData()).render().text
    #expect(text.contains("Läge per 2026-11-29"))
    #expect(text.contains("! R1 Upprätta handlingsplaner"))
    #expect(text.contains("(klart senast 2025-06-30)"))
  }

  @Test func detailPanesSayWhoChangedItLastAndWhen() {
    let board = dashboard(historyData(), keys: keys("3"))
    #expect(board.render().text.contains("Senast ändrad 2026-01-01 01:00 av anna"))
    let other = dashboard(historyData(), keys: keys("3j"))
    _ = other.render()
    var settled = other
    settled.settle()
    #expect(!settled.render().text.contains("Senast ändrad"), "R2 has not been changed")
  }

  @Test func enterInTheDetailPaneFollowsTheLinkAndBackspaceComesBack() {
    var board = dashboard(historyData(), keys: keys("2jj{tab}"))
    #expect(board.render().text.contains("Enter går till R1"))
    _ = board.handle(.key(.enter))
    #expect(board.state.view == .recommendations)
    #expect(board.selectedID == "R1")
    #expect(board.statusBar.contains("tillbaka till Q8"))
    _ = board.handle(.key(.backspace))
    #expect(board.state.view == .matrix && board.state.focus == .detail)
    #expect(board.selectedID == "Q8")
    // A recommendation with two questions asks which; Esc comes back too.
    board = dashboard(historyData(), keys: keys("3jjj{tab}{enter}"))
    let chooser = board.render().text
    #expect(chooser.contains("Gå till") && chooser.contains("Q10 ") && chooser.contains("Q12 "))
    for key in keys("j{enter}") { _ = board.handle(.key(key)) }
    #expect(board.state.view == .matrix)
    #expect(board.selectedID == "Q12")
    _ = board.handle(.key(.escape))
    #expect(board.state.view == .recommendations)
    #expect(board.selectedID == "R4")
  }

  @Test func recommendationsShowTheOwnerAndTheStatusInColourAt80Columns() {
    let grid = dashboard(historyData(), keys: keys("3")).render()
    let row = grid.lines.firstIndex { $0.hasPrefix("›R1") }!
    #expect(grid.lines[row].contains("Kommunchef"))
    let x = Array(grid.lines[row]).firstIndex(of: "P")!
    #expect(grid[x, row].style.role == .statusInProgress)
  }

  @Test func trainingAt80ColumnsShowsTheChangeItPromises() {
    let text = dashboard(twoSnapshotsData(), keys: keys("4")).render().text
    #expect(text.contains("förändring sedan 2023-11-16"), "\(text)")
    #expect(text.contains("+45 p.e."))
  }

  /// A viewer has nothing to choose; an editor is offered a new audit.
  @Test func aWithASingleAuditSaysSoToAViewer() {
    var viewer = builtInData()
    viewer.editRefusal = "Du kan bara läsa."
    #expect(
      dashboard(viewer, keys: keys("a")).render().text.contains("Databasen har bara en granskning"))
    #expect(dashboard(keys: keys("a")).render().text.contains("Ny granskning…"))
  }
}

/// A due date revised in a meeting keeps what was first agreed: the list
/// marks it, the detail pane says it in full.
@Suite struct RevisedDueDateTests {
  @Test func theListMarksItAndTheDetailPaneSaysWhatItWasFirst() throws {
    var data = builtInData()
    for (from, to) in [(nil, "2026-03-31"), ("2026-03-31", "2026-12-31")] {
      data.audit = try data.audit.applying([
        .set(FieldChange(.recommendation("R1", .dueDate), from: from, to: to))
      ])
    }
    let board = dashboard(data, width: 100, height: 30, keys: keys("3"))
    let text = board.render().text
    #expect(text.contains("2026-12-31*"), "\(text)")
    #expect(text.contains("Klart senast: 2026-12-31 (ursprungligen 2026-03-31, ändrat en gång)"))
  }
}
