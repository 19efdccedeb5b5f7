import Foundation
import GranskaDomain
import GranskaUI
import Testing

/// What pastes, typed text and keys do to the dashboard, read back from its
/// screen, its state and the edits it asks to save.
@Suite struct SafeInputTests {
  @Test func aPasteIntoTheNoteKeepsItsLinesAndShowsThemWrapped() {
    var board = dashboard(keys: keys("3{enter}{btab}"))
    let effects = board.handle(.paste("Första raden\ns u r q\nTredje\u{1B}[A raden"))
    #expect(effects.isEmpty)
    #expect(board.state.form?.field(.note)?.value == "Första raden\ns u r q\nTredje[A raden")
    let screen = board.render().text
    #expect(screen.contains("s u r q"), "\(screen)")
    #expect(screen.contains("Tredje[A raden"), "the escape is dropped, the rest is text")
    let note = Note(
      date: Day("2026-11-29")!, author: "", text: "Första raden\ns u r q\nTredje[A raden")
    #expect(savedEdits(board.handle(.key(.enter))) == [.addNote(recommendation: "R1", note)])
  }

  @Test func aPasteIntoAOneLineFieldTurnsLineBreaksIntoSpaces() {
    var board = dashboard(keys: keys("3{enter}{tab}"))
    _ = board.handle(.paste("Anna\r\nAndersson\tKS\u{07}"))
    #expect(board.state.form?.field(.recommendation(.owner))?.value == "Anna Andersson KS")
  }

  @Test func aPasteOutsideAFormOrSearchOnlySaysSo() {
    var board = dashboard(keys: keys("1"))
    let before = board.state
    #expect(board.handle(.paste("3\nr\nq")).isEmpty)
    var expected = before
    expected.message = "Inklistrad text hamnar bara i ett formulär eller en sökning; inget gjordes"
    #expect(board.state == expected)
    // In a search it is the search text, on one line.
    board = dashboard(keys: keys("/"))
    _ = board.handle(.paste("säker\nhet"))
    #expect(board.statusBar.contains("Sök: säker het"))
  }

  @Test func aPasteLongerThanTheFieldIsCutAndSaysSo() {
    var board = dashboard(keys: keys("3{enter}{btab}"))
    _ = board.handle(.paste(String(repeating: "abcdefghij", count: 10_240)))
    #expect(board.state.form?.field(.note)?.value?.count == Audit.maximumTextLength)
    #expect(board.render().text.contains("Texten kortades till fältets gräns på 100 000 tecken"))
    // The date takes ten characters.
    board = dashboard(keys: keys("3{enter}{tab}{tab}"))
    _ = board.handle(.paste("2025-06-30 och mer"))
    #expect(board.state.form?.field(.recommendation(.dueDate))?.value == "2025-06-30")
  }

  /// Typed text (keys arriving together) goes into the field; elsewhere it
  /// is keys, one after another.
  @Test func typedTextIsTextInAFormAndKeysElsewhere() {
    var board = dashboard(keys: keys("3{enter}{tab}"))
    _ = board.handle(.text("Kommunchef"))
    #expect(board.state.form?.field(.recommendation(.owner))?.value == "Kommunchef")
    board = dashboard()
    _ = board.handle(.text("3j"))
    #expect(board.state.view == .recommendations && board.selectedID == "R2")
  }

  @Test func tooSmallMeansInert() {
    var board = dashboard(width: 40, height: 10)
    let before = board.state
    for key in keys("3{enter}sur+{tab}j{esc}/x") { #expect(board.handle(.key(key)).isEmpty) }
    _ = board.handle(.paste("s\nu"))
    _ = board.handle(.text("3s"))
    _ = board.handle(.mouse(MouseEvent(kind: .press, x: 5, y: 5)))
    #expect(board.state == before, "nothing changed in the background")
    #expect(board.render().text.contains("Gör fönstret större; q avslutar"))
    #expect(board.handle(.key(.control("z"))) == [.suspend])
    #expect(board.handle(.key(.character("q"))) == [.quit])
  }

  /// A form left open when the terminal shrinks: quitting asks first, and
  /// the question shows on the small screen.
  @Test func tooSmallWithTypedInputQuitAsksFirst() {
    var board = dashboard(keys: keys("3{enter}{tab}Anna"))
    _ = board.handle(.resize(Size(width: 40, height: 10)))
    #expect(board.handle(.key(.character("q"))).isEmpty)
    #expect(board.state.form?.field(.recommendation(.owner))?.value == "Anna", "q is not typed")
    #expect(board.render().text.contains("(j/n)"))
    #expect(board.handle(.key(.character("j"))) == [.quit])
  }

  @Test func theMouseDoesNothingBehindAForm() {
    var board = dashboard(keys: keys("3{enter}"))
    let before = board.state
    _ = board.handle(.mouse(MouseEvent(kind: .press, x: 20, y: 0)))
    _ = board.handle(.mouse(MouseEvent(kind: .wheelDown, x: 5, y: 5)))
    #expect(board.state == before)
  }

  @Test func ctrlZSuspendsFromAnywhereAndKeepsTheForm() {
    var board = dashboard(keys: keys("3{enter}{tab}Anna"))
    #expect(board.handle(.key(.control("z"))) == [.suspend])
    #expect(board.state.form?.field(.recommendation(.owner))?.value == "Anna")
  }

  @Test func formEditingKeys() {
    var board = dashboard(keys: keys("3{enter}{tab}"))
    _ = board.handle(.text("Kommun chef"))
    _ = board.handle(.key(.control("w")))
    #expect(board.state.form?.field(.recommendation(.owner))?.value == "Kommun")
    _ = board.handle(.key(.control("a")))
    _ = board.handle(.text("Ny "))
    _ = board.handle(.key(.control("e")))
    _ = board.handle(.text("styrelse"))
    #expect(board.state.form?.field(.recommendation(.owner))?.value == "Ny Kommun styrelse")
    _ = board.handle(.key(.control("u")))
    #expect(board.state.form?.field(.recommendation(.owner))?.value == nil)
    // Ctrl-J is a new line in the note, nothing in a one-line field.
    _ = board.handle(.text("x"))
    _ = board.handle(.key(.control("j")))
    #expect(board.state.form?.field(.recommendation(.owner))?.value == "x")
    _ = board.handle(.key(.backTab))
    _ = board.handle(.key(.backTab))
    _ = board.handle(.text("rad ett"))
    _ = board.handle(.key(.control("j")))
    _ = board.handle(.text("rad två"))
    #expect(board.state.form?.field(.note)?.value == "rad ett\nrad två")
  }

  @Test func tabMovesToTheNextFieldAndTypesNothing() {
    let board = dashboard(keys: keys("3{enter}{tab}Anna{tab}"))
    #expect(board.state.form?.focus == 2)
    #expect(board.state.form?.field(.recommendation(.owner))?.value == "Anna")
    #expect(board.state.form?.field(.recommendation(.dueDate))?.value == nil)
  }

  @Test func anErrorClearsOnceItsFieldIsChanged() {
    var board = dashboard(keys: keys("3{enter}{tab}Anna{tab}2025-02-30{enter}"))
    #expect(board.render().text.contains("är inget datum"))
    _ = board.handle(.key(.backTab))
    _ = board.handle(.text("x"))
    #expect(board.render().text.contains("är inget datum"), "another field: the error stays")
    _ = board.handle(.key(.tab))
    _ = board.handle(.key(.backspace))
    #expect(!board.render().text.contains("är inget datum"), "its field changed: it goes")
  }

  /// A form at 80 columns: nothing of the view behind beside its border, a
  /// one-line field cut with "…", a pasted note wrapped over its rows.
  @Test func aFormAtEightyColumns() {
    var board = dashboard(keys: keys("3{enter}{tab}"))
    _ = board.handle(.text("Informationssäkerhetssamordnare tillsammans med kommunens it-chef"))
    _ = board.handle(.key(.home))
    _ = board.handle(.key(.backTab))
    _ = board.handle(.key(.backTab))
    _ = board.handle(
      .paste(
        "Beslut i KS.\nHandlingsplan tas fram under våren och följs upp i ledningsgruppen varje månad.\nSista raden"
      ))
    Snapshot.assert(board.render(), named: "form-80x24", title: "80×24 a form with a pasted note")
  }

  /// A one-line field wider than its box shows "…" where text is hidden.
  @Test func aFieldThatScrollsSidewaysShowsIt() {
    let long = "Informationssäkerhetssamordnare och kommunens it-chef tillsammans med HR"
    var input = TextInput(long)
    var shown = input.visible(width: 20)
    #expect(shown.text.hasPrefix("…") && shown.text.count <= 20, "\(shown)")
    #expect(shown.cursorColumn == 19 || shown.cursorColumn == 18)
    input.moveCursorToStart()
    shown = input.visible(width: 20)
    #expect(shown.text.hasSuffix("…") && shown.text.hasPrefix("Informations"), "\(shown)")
    #expect(shown.cursorColumn == 0)
    input.moveCursor(by: 30)
    shown = input.visible(width: 20)
    #expect(shown.text.hasPrefix("…") && shown.text.hasSuffix("…"), "\(shown)")
    #expect(TextInput("kort").visible(width: 20).text == "kort")
  }

  @Test func aMultiLineFieldWrapsBetweenWordsAndFollowsTheCursor() {
    var input = TextInput("ett två tre\nfyra", multiline: true)
    var shown = input.rows(width: 8, height: 3)
    #expect(shown.rows == ["ett två ", "tre", "fyra"])
    #expect(shown.cursor == (4, 2))
    input.moveCursorToStart()
    shown = input.rows(width: 8, height: 2)
    #expect(shown.rows == ["ett två ", "tre…"], "more below is marked")
    #expect(shown.cursor == (0, 0))
  }

  /// A note of several lines: lines in the detail panes, one row with " / "
  /// in the History list.
  @Test func aNoteOfSeveralLinesIsShownAsLines() {
    var data = historyData()
    let text = "Beslut i KS.\nHandlingsplan tas fram."
    data.audit.recommendations[0].notes.append(
      Note(date: Day("2026-01-02")!, author: "anna", text: text))
    data.history.insert(
      HistoryEntry(
        id: 3, at: Date(timeIntervalSince1970: 1_767_312_000), account: "anna",
        auditID: data.audit.id, entity: "recommendation", entityID: "R1", field: "note",
        oldValue: nil, newValue: text), at: 0)
    let recommendation = dashboard(data, width: 120, height: 40, keys: keys("3")).render()
    let history = dashboard(data, width: 120, height: 40, keys: keys("5")).render()
    for screen in [recommendation, history] {
      #expect(
        screen.lines.contains { $0.contains("Beslut i KS.") && !$0.contains("Handlingsplan") })
      #expect(
        screen.lines.contains { $0.contains("Handlingsplan tas fram.") && !$0.contains("Beslut") })
      #expect(!screen.text.contains("␊"))
    }
    #expect(history.text.contains("Beslut i KS. / Handlingsplan tas fram."), "the list row")
  }
}
