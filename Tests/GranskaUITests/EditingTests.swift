import Foundation
import GranskaDomain
import GranskaUI
import Testing

/// Editing through key sequences, read back from the screen and from the
/// edits the dashboard asks its runner to save.
@Suite struct EditingTests {
  @Test func aRecommendationFormSavesWhatWasTyped() {
    var data = builtInData()
    data.person = "Anna Andersson"
    var board = dashboard(data, keys: keys("3{enter}"))
    #expect(board.render().text.contains("Redigera R1"))
    let effects = type(
      "{right}{tab}Åsa Öberg{tab}2025-06-30{tab}Plan tas fram{tab}KS 2025/1; KS 2025/2{tab}{tab}{tab}{tab}{tab}Första steget{enter}",
      into: &board)
    let r1 = { FieldRef.recommendation("R1", $0) }
    let note = Note(date: Day("2026-11-29")!, author: "Anna Andersson", text: "Första steget")
    #expect(
      savedEdits(effects) == [
        .set(FieldChange(r1(.status), from: "not-started", to: "in-progress")),
        .set(FieldChange(r1(.owner), from: nil, to: "Åsa Öberg")),
        .set(FieldChange(r1(.dueDate), from: nil, to: "2025-06-30")),
        .set(FieldChange(r1(.plannedAction), from: nil, to: "Plan tas fram")),
        .set(FieldChange(r1(.evidence), from: nil, to: "KS 2025/1\nKS 2025/2")),
        .addNote(recommendation: "R1", note),
      ])
  }

  /// A secretary writing up yesterday's meeting dates the note to it; the
  /// history keeps when it was written.
  @Test func aNoteIsDatedTodayOrTheDayTyped() {
    var data = builtInData()
    data.person = "Anna Andersson"
    var board = dashboard(data, keys: keys("3{enter}"))
    #expect(board.render().text.contains("Daterad (ÅÅÅÅ-MM-DD)       2026-11-29"))
    var effects = type("{btab}{btab}{bs}{bs}28{tab}Beslut i KS{enter}", into: &board)
    #expect(
      savedEdits(effects) == [
        .addNote(
          recommendation: "R1",
          Note(date: Day("2026-11-28")!, author: "Anna Andersson", text: "Beslut i KS"))
      ])
    board = dashboard(data, keys: keys("3{enter}"))
    effects = type("{btab}{btab}{bs}{bs}31{tab}Beslut{enter}", into: &board)
    #expect(savedEdits(effects) == nil)
    #expect(board.render().text.contains("”2026-11-31” är inget datum"))
  }

  @Test func anImpossibleDateIsRefusedInTheFormAndTheInputKept() {
    var board = dashboard(keys: keys("3{enter}{tab}Kommunchef{tab}2025-02-30{enter}"))
    #expect(board.state.form != nil)
    let text = board.render().text
    #expect(text.contains("”2025-02-30” är inget datum"))
    #expect(text.contains("Kommunchef"))
    #expect(board.state.form?.field(.recommendation(.owner))?.value == "Kommunchef")
    #expect(board.state.form?.focus == 2, "the date field is focused")
    // Fixing it saves.
    let effects = type("{bs}{bs}28{enter}", into: &board)
    #expect(savedEdits(effects)?.count == 2)
  }

  @Test func escapeClosesAFormWithNothingTyped() {
    var board = dashboard(keys: keys("3{enter}{tab}x{bs}"))
    #expect(type("{esc}", into: &board).isEmpty)
    #expect(board.state.form == nil)
    // Suggested values (a new round's title and date) are not typed input.
    board = dashboard(keys: keys("2+"))
    #expect(board.state.form != nil)
    _ = type("{esc}", into: &board)
    #expect(board.state.form == nil)
  }

  @Test func escapeAsksBeforeTypedInputIsDiscarded() {
    var board = dashboard(keys: keys("3{enter}{tab}Kommunchef{esc}"))
    #expect(board.render().text.contains("Kasta det du skrivit i formuläret? (j/n)"))
    // No (or any key but yes): the form keeps its input, the key is not typed.
    #expect(type("n", into: &board).isEmpty)
    #expect(board.state.form?.field(.recommendation(.owner))?.value == "Kommunchef")
    #expect(!board.render().text.contains("Kasta det du skrivit"))
    _ = type("{esc}j", into: &board)
    #expect(board.state.form == nil, "yes discards")
    var english = dashboard(language: .en, keys: keys("3{enter}{tab}x{esc}"))
    #expect(english.render().text.contains("Discard what you typed in the form? (y/n)"))
    _ = type("y", into: &english)
    #expect(english.state.form == nil)
  }

  @Test func textFieldsEditWithCursorBackspaceAndDelete() {
    var board = dashboard(keys: keys("3{enter}{tab}Kommunchf{left}e{home}{del}K{end}{bs}f"))
    #expect(board.state.form?.field(.recommendation(.owner))?.value == "Kommunchef")
    _ = board.handle(.paste("  (tf)"))
    #expect(board.state.form?.field(.recommendation(.owner))?.value == "Kommunchef  (tf)")
  }

  /// The data as the runner reloads it after saving a recommendation's status.
  func withStatus(_ status: RecommendationStatus, of index: Int) -> DashboardData {
    var data = builtInData()
    data.audit.recommendations[index].status = status
    return data
  }

  @Test func sOpensAChooserAndEnterSavesTheNextStatus() {
    var board = dashboard(keys: keys("3j"))
    #expect(type("s", into: &board).isEmpty, "nothing is saved by s alone")
    let chooser = board.render().text
    for line in ["Status för R2", "1  Ej påbörjad  ✓", "2  Pågår", "3  Klar", "4  Ej tillämplig"] {
      #expect(chooser.contains(line), "\(line)")
    }
    let change = FieldChange(
      .recommendation("R2", .status), from: "not-started", to: "in-progress")
    #expect(savedEdits(type("{enter}", into: &board)) == [.set(change)], "the next step is chosen")
    board.saveSucceeded(withStatus(.inProgress, of: 1))
    #expect(board.render().text.contains("Sparat"))
    #expect(board.row("R2")?.contains("Pågår") == true)
    // A number chooses at once; Esc leaves it; done never wraps round.
    #expect(
      savedEdits(type("s4", into: &board))
        == [
          .set(
            FieldChange(.recommendation("R2", .status), from: "in-progress", to: "not-applicable"))
        ])
    board.saveFailed(.refused("nej"))
    #expect(type("sj{esc}", into: &board).isEmpty && !board.state.hasLayer)
    var done = dashboard(withStatus(.done, of: 1), keys: keys("3j"))
    #expect(type("s{enter}", into: &done).isEmpty, "done stays done: nothing to save")
  }

  /// u takes back this session's last change wherever the user is, says
  /// what it took back and shows it; Ctrl-R makes it again.
  @Test func undoSaysWhatAndShowsItAndRedoMakesItAgain() {
    var board = dashboard(keys: keys("3j"))
    let change = FieldChange(
      .recommendation("R2", .status), from: "not-started", to: "in-progress")
    _ = type("s{enter}", into: &board)
    board.saveSucceeded(withStatus(.inProgress, of: 1))
    // The user moves on, to another row of another view.
    _ = type("2jjj", into: &board)
    #expect(board.state.view == .matrix)
    let undo = type("u", into: &board)
    #expect(savedEdits(undo) == [.set(change.reversed)])
    board.saveSucceeded(builtInData())
    #expect(board.state.view == .recommendations)
    #expect(board.selectedID == "R2", "R2 is selected again")
    #expect(board.render().text.contains("Ångrade: Rekommendation R2: Status Pågår → Ej påbörjad"))

    _ = type("1", into: &board)
    let redo = type("{ctrl-r}", into: &board)
    #expect(savedEdits(redo) == [.set(change)])
    board.saveSucceeded(withStatus(.inProgress, of: 1))
    #expect(board.state.view == .recommendations)
    #expect(
      board.render().text.contains("Gjorde om: Rekommendation R2: Status Ej påbörjad → Pågår"))
    // Undo again, and once more: nothing left.
    _ = type("u", into: &board)
    board.saveSucceeded(builtInData())
    #expect(savedEdits(type("u", into: &board)) == nil)
    #expect(board.render().text.contains("Inget att ångra"))
    // A new change forgets what could have been redone.
    _ = type("s{enter}", into: &board)
    board.saveSucceeded(withStatus(.inProgress, of: 1))
    #expect(savedEdits(type("{ctrl-r}", into: &board)) == nil)
    #expect(board.render().text.contains("Inget att göra om"))
  }

  /// The status bar names Enter for what it does in the focused pane: in
  /// the list it edits, in a detail pane with links it goes along them.
  @Test func enterIsNamedForWhatItDoesInTheFocusedPane() {
    var board = dashboard(keys: keys("3"))
    #expect(board.statusBar.contains("Enter ändra"), "\(board.statusBar)")
    _ = type("{tab}", into: &board)
    #expect(board.statusBar.contains("Enter gå till"), "\(board.statusBar)")
    #expect(!board.statusBar.contains("Enter ändra"))
    // `?` says the same of the focused pane.
    let help = { (board: Dashboard) in
      board.screen.first { $0.contains("Enter") && !$0.contains("Esc") } ?? ""
    }
    _ = type("?", into: &board)
    #expect(help(board).contains("gå till"), "\(board.render().text)")
    _ = type("{esc}{btab}?", into: &board)
    #expect(!help(board).contains("gå till"), "\(board.render().text)")
  }

  /// Undo and redo keep the filter, as the change they repeat did: what
  /// the filter hides stays hidden, and the message says what was done.
  @Test func undoAndRedoKeepTheFilter() {
    var board = dashboard(keys: keys("3fj{enter}j"))
    #expect(board.render().text.contains("Visar öppna"))
    #expect(board.selectedID == "R2")
    _ = type("sj{enter}", into: &board)
    board.saveSucceeded(withStatus(.done, of: 1))
    #expect(!board.shownIDs.contains("R2"))
    _ = type("u", into: &board)
    board.saveSucceeded(builtInData())
    #expect(board.selectedID == "R2")
    #expect(board.render().text.contains("Visar öppna"))
    _ = type("{ctrl-r}", into: &board)
    board.saveSucceeded(withStatus(.done, of: 1))
    let text = board.render().text
    #expect(text.contains("Visar öppna"), "the filter stays: \(text)")
    #expect(!board.shownIDs.contains("R2"))
    #expect(text.contains("Gjorde om: Rekommendation R2: Status Ej påbörjad → Klar"))
  }

  /// Someone else changed it since: the undo is refused with who and
  /// when, and nothing is changed.
  @Test func undoOfWhatSomeoneElseChangedSinceIsRefused() {
    var board = dashboard(keys: keys("3j"))
    _ = type("s{enter}", into: &board)
    board.saveSucceeded(withStatus(.inProgress, of: 1))
    _ = type("u", into: &board)
    board.saveFailed(
      .conflict(
        field: .recommendation("R2", .status), account: "bertil",
        at: Date(timeIntervalSince1970: 1_767_225_600), savedValue: "done"))
    let message = board.state.message ?? ""
    #expect(message.hasPrefix("Ångrades inte: Rekommendation R2 Status ändrades av bertil den "))
    #expect(message.contains("(nu Klar). Inget ändrades."))
    #expect(board.state.undoStack.isEmpty, "the step is gone: it would undo bertil's change")
  }

  @Test func aConflictNamesWhoAndKeepsTheInputForAnotherTry() {
    var board = dashboard(keys: keys("3{enter}{tab}Bertil{enter}"))
    #expect(board.state.pendingSave != nil)
    board.saveFailed(
      .conflict(
        field: .recommendation("R1", .owner), account: "anna",
        at: Date(timeIntervalSince1970: 1_767_225_600), savedValue: "Anna"))
    let text = board.render().text
    #expect(text.contains("R1 Ansvarig ändrades av anna den "))
    #expect(board.state.form?.error?.contains("(nu Anna): din ändring sparades inte.") == true)
    #expect(board.state.form?.field(.recommendation(.owner))?.value == "Bertil")
    // Enter again re-applies the input over the value now saved.
    let effects = type("{enter}", into: &board)
    #expect(
      savedEdits(effects) == [
        .set(FieldChange(.recommendation("R1", .owner), from: "Anna", to: "Bertil"))
      ])
  }

  /// A conflict gives the value now as the reader knows it (a status by
  /// its name, never its id), and "someone else" when the change left no
  /// history, as a raw edit of the file does.
  @Test func aConflictSaysTheValueInWordsAndSomeoneElseWhenUnknown() {
    var board = dashboard(keys: keys("3{enter}{tab}Bertil{enter}"))
    #expect(board.state.pendingSave != nil)
    board.saveFailed(
      .conflict(
        field: .recommendation("R1", .status), account: nil, at: nil, savedValue: "in-progress"))
    #expect(
      board.state.form?.error
        == "R1 Status ändrades av någon annan (nu Pågår): din ändring sparades inte. "
        + "Enter sparar din version ändå")
  }

  @Test func theAuditorsRoundIsReadOnlyAndAFollowUpRoundCanBeAdded() {
    var board = dashboard(keys: keys("2{enter}"))
    #expect(board.state.form == nil)
    #expect(board.render().text.contains("Granskningens egen omgång är skrivskyddad"))
    let effects = type("+{tab}{end}{bs}{bs}15{enter}", into: &board)
    guard case .addRound(let round)? = savedEdits(effects)?.first else {
      Issue.record("no round added")
      return
    }
    #expect(round.kind == .followUp && round.date == Day("2026-11-15"))
    #expect(
      round.assessments == builtInData().audit.rounds[0].assessments,
      "starts from the previous levels")
  }

  /// New figures are real until someone says otherwise: a snapshot does
  /// not inherit "illustrative"; the same target keeps its period.
  @Test func aNewSnapshotIsNotIllustrativeUnlessSaid() {
    var board = dashboard(keys: keys("4+"))
    #expect(board.state.form?.field(.illustrative)?.value == "no")
    guard case .addSnapshot(let snapshot)? = savedEdits(type("{enter}", into: &board))?.first
    else {
      Issue.record("no snapshot added")
      return
    }
    #expect(!snapshot.illustrative)
    #expect(snapshot.targetPercent == 75 && snapshot.targetPeriod == "2024")
  }

  @Test func aFollowUpAssessmentIsEditedByChoosingALevel() {
    let data = historyData()
    var board = dashboard(data, keys: keys("2jj{enter}"))
    #expect(board.render().text.contains("Q8 · Uppföljning 2025"))
    let effects = type("{right}{tab}Klar{enter}", into: &board)
    let q8 = { FieldRef.assessment(round: "uppfoljning-2025", question: "Q8", $0) }
    #expect(
      savedEdits(effects) == [
        .set(FieldChange(q8(.level), from: "delvis", to: "nej")),
        .set(
          FieldChange(
            q8(.remark), from: "Handlingsplan under framtagande.",
            to: "Handlingsplan under framtagande.Klar")),
      ])
  }

  @Test func trainingCountsAreCheckedInTheForm() {
    var board = dashboard(keys: keys("4{enter}{tab}{end}{bs}{bs}{bs}900{enter}"))
    #expect(
      board.render().text.contains("Genomfört (900) + påbörjat (20) är fler än anställda (420)"))
    board = dashboard(keys: keys("4G{enter}"))
    #expect(board.state.form == nil)
    #expect(board.render().text.contains("Totalraden räknas fram"))
  }

  @Test func readOnlySessionsAreRefusedOnEveryEditPath() {
    var data = builtInData()
    data.editRefusal = "Skrivskyddat läge (--read-only): inget kan ändras"
    for path in ["3{enter}", "3s", "2+", "4+", "4{enter}", "u"] {
      var board = dashboard(data, keys: [])
      let effects = type(path, into: &board)
      #expect(effects.isEmpty, "\(path)")
      #expect(board.state.form == nil, "\(path)")
      #expect(board.render().text.contains("Skrivskyddat läge"), "\(path)")
    }
    #expect(dashboard(data).render().lines[0].contains("SKRIVSKYDDAD"))
  }

  @Test func quittingWithUnsavedInputAsksFirst() {
    var board = dashboard(keys: keys("3{enter}{tab}x"))
    #expect(board.handle(.key(.character("q"))).isEmpty, "q is typed into the field")
    #expect(board.handle(.key(.control("c"))).isEmpty)
    #expect(board.render().text.contains("Avsluta ändå? (j/n)"))
    #expect(board.handle(.key(.character("n"))).isEmpty)
    #expect(board.state.form?.field(.recommendation(.owner))?.value == "xq")
    _ = board.handle(.key(.control("c")))
    #expect(board.handle(.key(.character("j"))) == [.quit])
    var untouched = dashboard(keys: keys("3{enter}"))
    #expect(untouched.handle(.key(.control("c"))) == [.quit], "nothing typed: no question")
  }
}

@Suite struct ReportKeyTests {
  func request(_ effects: [Effect]) -> ReportRequest? {
    for case .writeReport(let request) in effects { return request }
    return nil
  }

  /// r asks where (the current folder offered), never overwrites without
  /// asking, and says the full paths.
  @Test func rAsksWhereNeverOverwritesSilentlyAndShowsWhere() {
    var data = builtInData()
    data.reportDirectory = "/home/anna"
    var board = dashboard(data, keys: keys("3r"))
    let form = board.render().text
    #expect(form.contains("Skriv uppföljningsrapporten") && form.contains("/home/anna"))
    #expect(!form.contains("terminalen"), "not over SSH: files only")
    var effects = board.handle(.key(.enter))
    #expect(
      request(effects)
        == ReportRequest(
          auditID: "tranemo-2024-informationssakerhet", directory: "/home/anna",
          toTerminal: false, overwrite: false))
    let html = "/home/anna/uppfoljning-tranemo-2024-informationssakerhet-2026-11-29.html"
    board.reportFinished(.exists(html))
    #expect(board.state.form != nil)
    #expect(board.render().text.contains("finns redan"))
    effects = board.handle(.key(.enter))
    #expect(request(effects)?.overwrite == true, "Enter again, knowingly, overwrites")
    // A folder whose paths wrap differently in the box than in the status bar.
    let written = "/home/anna.b/uppfoljning-tranemo-2024-informationssakerhet-2026-11-29"
    board.reportFinished(.written(html: written + ".html", markdown: written + ".md"))
    #expect(board.state.form == nil)
    // The message is longer than two lines at 80 columns: a box, nothing cut.
    let message = board.state.message ?? ""
    #expect(message.hasPrefix("Rapporten sparad:\n/home/anna.b/uppfoljning-"))
    let screen = board.render()
    let shown = screen.lines.filter { $0.contains("│") }.map {
      ($0.split(separator: "│").dropFirst().first.map(String.init) ?? "")
        .trimmingCharacters(in: .whitespaces)
    }
    // Each path whole on a line of its own, to be copied as it is.
    #expect(shown.contains(written + ".html"), "\(shown)")
    #expect(shown.contains(written + ".md"), "\(shown)")
    // Esc closes it, and only it.
    _ = board.handle(.key(.escape))
    #expect(board.state.message == nil && board.state.view == .recommendations)
  }

  @Test func overSSHTheReportCanBePrintedToTheTerminal() {
    var data = builtInData()
    data.overSSH = true
    var board = dashboard(data, keys: keys("r"))
    #expect(board.render().text.contains("filer (.html och .md)"))
    let effects = board.handle(.key(.tab)) + board.handle(.key(.right)) + board.handle(.key(.enter))
    #expect(request(effects)?.toTerminal == true)
    board.reportFinished(.printed)
    #expect(board.render().text.contains("Rapporten skrevs till terminalen"))
  }
}

@Suite struct MessageTests {
  /// However long, a message is read in full at 80 columns: beyond two
  /// lines it is a box the next key closes.
  @Test func aLongMessageIsShownInFullInABox() {
    var board = dashboard(keys: keys("3"))
    let message = Array(
      repeating: "Ångrades inte: Rekommendation R2 Status ändrades av bertil.", count: 4
    )
    .joined(separator: " ")
    board.notify(message)
    let screen = board.render().lines
    let box = screen.filter { $0.contains("│") }.map {
      $0.split(separator: "│").dropFirst().first.map(String.init) ?? ""
    }
    #expect(screen.contains { $0.contains("Meddelande") })
    #expect(
      box.joined(separator: " ").split(separator: " ").joined(separator: " ").contains(message))
    _ = board.handle(.key(.escape))
    #expect(!board.render().text.contains("Meddelande"))
  }

  @Test func datesAreAskedForInTheReadersLanguage() {
    #expect(
      dashboard(language: .en, keys: keys("3{enter}")).render().text.contains("Due (YYYY-MM-DD)"))
    #expect(dashboard(keys: keys("3{enter}")).render().text.contains("Klart senast (ÅÅÅÅ-MM-DD)"))
  }
}

@Suite struct QueuedKeysTests {
  /// "s2s3" arriving at once over a slow link: the second choice waits for
  /// the first to be saved, so it starts from the saved status.
  @Test func keysThatArriveTogetherWaitForEachSave() {
    var board = dashboard(keys: keys("3"))
    var effects = board.handle(.text("s2s3"))
    #expect(
      effects == [
        .save(
          auditID: "tranemo-2024-informationssakerhet",
          edits: [
            .set(
              FieldChange(.recommendation("R1", .status), from: "not-started", to: "in-progress"))
          ])
      ])
    var saved = builtInData()
    saved.audit.recommendations[0].status = .inProgress
    board.saveSucceeded(saved)
    effects = board.resumeQueuedKeys()
    #expect(
      effects == [
        .save(
          auditID: "tranemo-2024-informationssakerhet",
          edits: [
            .set(FieldChange(.recommendation("R1", .status), from: "in-progress", to: "done"))
          ])
      ])
    #expect(board.resumeQueuedKeys().isEmpty)
  }
}
