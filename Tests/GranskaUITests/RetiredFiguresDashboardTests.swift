import Foundation
import GranskaDomain
import GranskaFormat
import GranskaUI
import Testing

/// The built-in audit with its first key figure and the training
/// snapshot's section "Samhälle" retired.
func retiredFiguresData() -> DashboardData {
  var data = builtInData()
  let audit = data.wholeAudit
  data.replaceAudit(
    try! audit.applying([
      try! audit.retiring(.keyFigure("it-support-calls"), reason: "räknas inte längre"),
      try! audit.retiring(
        .trainingSection(date: Day("2023-11-16")!, section: "Samhälle"), reason: "ingår i Omsorg"),
    ]))
  return data
}

/// Key figures (in the Overview, `K`) and a training snapshot's sections
/// (in Training, `A`, Enter, `x`, `f`) added, edited, retired and restored
/// from the dashboard: what the screen shows, and what it asks to save.
@Suite struct RetiredFiguresDashboardTests {
  let snapshot = Day("2023-11-16")!

  @Test func kInTheOverviewChoosesAKeyFigureOrANewOne() {
    let board = dashboard(keys: keys("K"))
    Snapshot.assert(board.render(), named: "overview-key-figures-80x24", title: "80×24 keys: K")
    let text = board.render().text
    #expect(text.contains("Nytt nyckeltal…"))
    #expect(text.contains("it-support-calls Samtal till IT-supporten: 3 849 samtal"), "\(text)")
  }

  @Test func enterOnAKeyFigureEditsItsFields() {
    var board = dashboard(keys: keys("Kj{enter}"))
    Snapshot.assert(
      board.render(), named: "overview-key-figure-form-80x24", title: "80×24 keys: Kj{enter}")
    // Name, value: "3849" typed over with a comma; a comma for the same
    // number is no change.
    _ = type("{tab}", into: &board)
    _ = board.handle(.key(.control("u")))
    let effects = type("3849,5{tab}{tab}{tab}{tab}{enter}", into: &board)
    #expect(
      savedEdits(effects) == [
        .set(FieldChange(.keyFigure("it-support-calls", .value), from: "3849", to: "3849,5"))
      ])
    var same = dashboard(keys: keys("Kj{enter}{tab}"))
    _ = same.handle(.key(.control("u")))
    #expect(savedEdits(type("3849,0{enter}", into: &same)) == nil)
  }

  @Test func aReasonTypedInTheFormRetiresTheFigureAndClearedRestoresIt() {
    var board = dashboard(keys: keys("Kj{enter}{btab}"))
    #expect(
      savedEdits(type("mäts inte längre{enter}", into: &board)) == [
        .set(
          FieldChange(.keyFigure("it-support-calls", .retired), from: nil, to: "mäts inte längre"))
      ])
    // The retired one is in the chooser, marked; its form brings it back.
    var retired = dashboard(retiredFiguresData(), keys: keys("K"))
    #expect(retired.render().text.contains("(utgår) it-support-calls"))
    _ = type("j{enter}{btab}", into: &retired)
    _ = retired.handle(.key(.control("u")))
    #expect(
      savedEdits(type("{enter}", into: &retired)) == [
        .set(
          FieldChange(
            .keyFigure("it-support-calls", .retired), from: "räknas inte längre", to: nil))
      ])
  }

  @Test func aNewKeyFigureTakesTheNextKNumber() {
    var board = dashboard(keys: keys("K{enter}"))
    #expect(board.render().text.contains("Nytt nyckeltal"))
    #expect(board.render().text.contains("K1"))
    let effects = type(
      "{tab}Servrar{tab}12,5{tab}st{tab}2025{tab}IT-avdelningen{enter}", into: &board)
    #expect(
      savedEdits(effects) == [
        .addKeyFigure(
          KeyFigure(
            id: "K1", name: "Servrar", value: 12.5, unit: "st", period: "2025",
            source: "IT-avdelningen"))
      ])
    var wrong = dashboard(keys: keys("K{enter}"))
    #expect(savedEdits(type("{tab}Servrar{tab}många{enter}", into: &wrong)) == nil)
    #expect(wrong.render().text.contains("”många” är inget tal"), "\(wrong.render().text)")
  }

  /// (On a screen tall enough for the whole Overview.)
  @Test func aRetiredFigureLeavesTheOverviewAndShowsUnderTheFilter() {
    let overview = dashboard(retiredFiguresData(), height: 90).render().text
    #expect(overview.contains("Samtal besvarade inom 10 sekunder"))
    #expect(!overview.contains("Samtal till IT-supporten"))
    let board = dashboard(retiredFiguresData(), height: 90, keys: keys("f{end}{enter}"))
    Snapshot.assert(
      board.render(), named: "overview-retired-figure-80x90", title: "80×90 keys: f{end}{enter}")
    #expect(board.render().text.contains("(utgår) Samtal till IT-supporten"))
    #expect(board.render().text.contains("Utgår: räknas inte längre"))
  }

  @Test func aInTrainingAddsASectionToTheSnapshotShown() {
    var board = dashboard(keys: keys("4A"))
    Snapshot.assert(board.render(), named: "training-new-section-80x24", title: "80×24 keys: 4A")
    let effects = type(
      "Kultur{tab}{ctrl-u}60{tab}{ctrl-u}30{tab}{ctrl-u}5{enter}", into: &board)
    #expect(
      savedEdits(effects) == [
        .addTrainingSection(
          date: snapshot,
          SectionTraining(section: "Kultur", employees: 60, completed: 30, started: 5))
      ])
    var twice = dashboard(keys: keys("4A"))
    #expect(savedEdits(type("Omsorg{enter}", into: &twice)) == nil)
    #expect(twice.render().text.contains("Omsorg"))
  }

  @Test func xRetiresASectionWhichLeavesTheTotalAndRestoresUnderTheFilter() {
    var board = dashboard(keys: keys("4jjx"))
    #expect(board.render().text.contains("Samhälle utgår"))
    #expect(
      savedEdits(type("ingår i Omsorg{enter}", into: &board)) == [
        .set(
          FieldChange(
            .training(date: snapshot, section: "Samhälle", .retired), from: nil,
            to: "ingår i Omsorg"))
      ])
    // Retired: out of the rows and the total (420 + 380 + 80 employees).
    let retired = dashboard(retiredFiguresData(), keys: keys("4"))
    Snapshot.assert(
      retired.render(), named: "training-retired-section-80x24", title: "80×24 keys: 4")
    #expect(!retired.render().text.contains("Samhälle"))
    #expect(retired.render().text.contains("880"))
    var shown = dashboard(retiredFiguresData(), keys: keys("4f{end}{enter}jj"))
    shown.settle()
    Snapshot.assert(
      shown.render(), named: "training-show-retired-80x24", title: "80×24 keys: 4f{end}{enter}jj")
    #expect(shown.render().text.contains("(utgår) Samhälle"))
    #expect(shown.render().text.contains("Utgår: ingår i Omsorg"))
    #expect(
      savedEdits(type("x", into: &shown)) == [
        .set(
          FieldChange(
            .training(date: snapshot, section: "Samhälle", .retired), from: "ingår i Omsorg",
            to: nil))
      ])
    // The total is no section: nothing to retire.
    var total = dashboard(keys: keys("4Gx"))
    #expect(savedEdits(type("{enter}", into: &total)) == nil)
  }

  /// `<` `>` move a training section past a retired one, and, in `K`'s
  /// chooser, the key figure highlighted, the highlight following it.
  @Test func sectionsAndKeyFiguresAreMovedPastRetiredOnes() {
    let ledning = "Ledning och verksamhetsstöd"
    // Lärande, Omsorg, Ledning…: Samhälle, retired, is between the last two.
    var board = dashboard(retiredFiguresData(), keys: keys("4jj"))
    let moved = savedEdits(type("<", into: &board))
    #expect(
      moved == [
        .set(
          FieldChange(.training(date: snapshot, section: ledning, .position), from: "3", to: "1"))
      ])
    // Saved: the section moved stays selected where it went.
    var saved = retiredFiguresData()
    saved.replaceAudit(try! saved.wholeAudit.applying(moved ?? []))
    board.saveSucceeded(saved)
    #expect(board.render().lines.contains { $0.hasPrefix("›Ledning") }, "\(board.render().text)")
    board = dashboard(builtInData(), keys: keys("4"))
    #expect(savedEdits(type("<", into: &board)) == nil)
    #expect(board.state.message == "Lärande står redan först.")

    // The first figure is retired: the third passes the second only.
    let figures = retiredFiguresData().wholeAudit.keyFigures.map(\.id)
    var chooser = dashboard(retiredFiguresData(), keys: keys("Kjjj"))
    let edits = savedEdits(type("<", into: &chooser))
    #expect(edits == [.set(FieldChange(.keyFigure(figures[2], .position), from: "2", to: "1"))])
    // Saved: the list in its new order, the moved figure still highlighted.
    saved = retiredFiguresData()
    saved.replaceAudit(try! saved.wholeAudit.applying(edits ?? []))
    chooser.saveSucceeded(saved)
    #expect(chooser.render().text.contains("› \(figures[2]) "), "\(chooser.render().text)")
  }

  @Test func aViewerIsRefusedEveryWayIn() {
    var viewer = builtInData()
    viewer.editRefusal = "Du kan bara läsa."
    for typed in ["K", "4A", "4x", "4{enter}", "4<"] {
      let board = dashboard(viewer, keys: keys(typed))
      #expect(board.state.form == nil, "\(typed)")
      #expect(board.render().text.contains("Du kan bara läsa."), "\(typed)")
      #expect(!board.render().text.contains("Nytt nyckeltal"), "\(typed)")
    }
  }

  /// Undoing a key figure's addition retires it, a section's too; redo restores.
  @Test func undoOfAnAdditionRetiresItAndRedoRestoresIt() {
    var board = dashboard(keys: keys("K{enter}"))
    let added = savedEdits(type("{tab}Servrar{tab}7{enter}", into: &board))!
    var data = builtInData()
    let saved = try! data.wholeAudit.applying(added)
    data.replaceAudit(saved)
    board.saveSucceeded(data)
    let retire = FieldChange(.keyFigure("K1", .retired), from: nil, to: "tillägget ångrades")
    #expect(savedEdits(type("u", into: &board)) == [.set(retire)])
    data.replaceAudit(try! saved.applying([.set(retire)]))
    board.saveSucceeded(data)
    #expect(savedEdits(type("{ctrl-r}", into: &board)) == [.set(retire.reversed)])

    var training = dashboard(keys: keys("4A"))
    let section = savedEdits(type("Kultur{tab}{ctrl-u}10{enter}", into: &training))!
    var after = builtInData()
    after.replaceAudit(try! after.wholeAudit.applying(section))
    training.saveSucceeded(after)
    #expect(
      savedEdits(type("u", into: &training)) == [
        .set(
          FieldChange(
            .training(date: snapshot, section: "Kultur", .retired), from: nil,
            to: "tillägget ångrades"))
      ])
  }

  @Test func inEnglish() {
    let chooser = dashboard(language: .en, keys: keys("K")).render().text
    #expect(chooser.contains("Key figures") && chooser.contains("New key figure…"))
    let form = dashboard(language: .en, keys: keys("Kj{enter}")).render().text
    #expect(form.contains("Retired, reason"), "\(form)")
    let training = dashboard(language: .en, keys: keys("4A")).render().text
    #expect(training.contains("New section · 2023-11-16"), "\(training)")
  }
}
