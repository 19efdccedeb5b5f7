import Foundation
import GranskaDomain
import GranskaFormat
import GranskaStore
import GranskaText
import GranskaUI
import Testing

/// An audit entered from the dashboard (issue 24): the new-audit form from
/// the audit chooser, and sections and questions added and edited in the
/// Questions view; what the forms save, saved in a real SQLite store.
@Suite struct EnteringAuditTests {
  /// The built-in audit as the runner gives it: with the scale presets.
  func editorData() -> DashboardData {
    var data = builtInData()
    data.scalePresets = ScalePreset.allCases.map {
      ScaleChoice(name: $0.rawValue, levels: $0.levels)
    }
    return data
  }

  func created(_ effects: [Effect]) -> Audit? {
    for case .createAudit(let audit) in effects { return audit }
    return nil
  }

  func saved(_ effects: [Effect]) -> [AuditEdit]? {
    for case .save(_, let edits) in effects { return edits }
    return nil
  }

  /// The new audit's facts typed from the chooser (`a`, down past the one
  /// audit, Enter): id, title, organisation, auditor, period, date, ordered
  /// by, scale and priorities.
  let newAuditKeys =
    "a{down}{enter}gdpr-2025{tab}Granskning av GDPR{tab}Borås stad{tab}KPMG{tab}2024/25{tab}{ctrl-u}2025-03-14{tab}{tab}{right}{right}{tab}Hög, Medel, Låg"

  /// An audit that gives a period is named by it in the chooser.
  @Test func theChooserNamesAnAuditByItsPeriod() {
    var data = editorData()
    data.audits.append(
      AuditHeader(
        id: "ia", title: "Internal Audit: Procurement", organisation: "Northshire", year: 2025,
        period: "2024/25"))
    let text = dashboard(data, keys: keys("a")).render().text
    #expect(text.contains("Northshire 2024/25 – Internal Audit: Procurement"), "\(text)")
  }

  @Test func theChooserOffersANewAuditToEditorsOnly() {
    let board = dashboard(editorData(), keys: keys("a{down}"))
    Snapshot.assert(board.render(), named: "audit-chooser-80x24", title: "a ↓ (an editor)")
    var viewer = editorData()
    viewer.editRefusal = "Du kan bara läsa."
    let text = dashboard(viewer, keys: keys("a")).render().text
    #expect(!text.contains("Ny granskning"))
    #expect(text.contains("Tranemo"))
    let english = dashboard(editorData(), language: .en, keys: keys("a{down}{enter}"))
    #expect(english.render().text.contains("─ New audit ─"))
    #expect(english.render().text.contains("Ordered by (optional)"))
  }

  @Test func theNewAuditFormSavesAnAuditAsGranskaNewWould() {
    // The audit's own statuses, open and closed, beside the four.
    let statuses = "{tab}Delvis genomförd{tab}Risk accepterad, Ersatt"
    var board = dashboard(editorData(), keys: keys(newAuditKeys + statuses))
    Snapshot.assert(board.render(), named: "new-audit-80x24", title: newAuditKeys + statuses)
    let audit = created(type("{enter}", into: &board))
    let expected = try! Audit.entered(
      id: "gdpr-2025", title: "Granskning av GDPR", organisation: "Borås stad", auditor: "KPMG",
      date: Day("2025-03-14")!, period: "2024/25",
      scale: ScalePreset.assurance.levels, priorities: ["Hög", "Medel", "Låg"],
      openStatuses: ["Delvis genomförd"], closedStatuses: ["Risk accepterad", " Ersatt"])
    #expect(audit == expected)
    #expect(
      audit?.statuses == [
        DeclaredStatus(id: "delvis-genomford", label: "Delvis genomförd", open: true),
        DeclaredStatus(id: "risk-accepterad", label: "Risk accepterad", open: false),
        DeclaredStatus(id: "ersatt", label: "Ersatt", open: false),
      ])
    // A status that is one of the four is refused at its field.
    board = dashboard(editorData(), keys: keys(newAuditKeys + "{tab}{tab}Klar, done"))
    #expect(created(type("{enter}", into: &board)) == nil)
    #expect(board.state.form?.focus == 10)
    #expect(board.render().text.contains("Egna statusar, avslutade: id:t ”done”"))
  }

  /// Besides the presets, a scale typed level by level, each with a colour
  /// role: a level appears after the last typed; its id is its label's.
  @Test func aScaleIsTypedLevelByLevelWithItsRoles() {
    let own =
      "a{down}{enter}it-2025{tab}IT{tab}Exempelby{tab}Revisionskontoret{tab}{tab}{ctrl-u}2025-03-14{tab}{tab}{left}{tab}"
    var board = dashboard(editorData(), keys: keys(own))
    #expect(board.state.form?.fields.count == 13)
    // Hög (good, suggested), Medel (changed to fair), Låg (bad, suggested).
    _ = type("Hög{tab}{tab}Medel{tab}{left}{tab}Låg", into: &board)
    Snapshot.assert(
      board.render(), named: "new-audit-own-scale-80x24", title: own + " Hög, Medel, Låg")
    let audit = created(type("{enter}", into: &board))
    #expect(
      audit?.scale == [
        Level(id: "hog", label: "Hög", role: .good),
        Level(id: "medel", label: "Medel", role: .fair),
        Level(id: "lag", label: "Låg", role: .bad),
      ])
    // Two levels of one id are refused at the scale; nothing is created.
    board = dashboard(editorData(), keys: keys(own + "Ja{tab}{tab}JA"))
    #expect(created(type("{enter}", into: &board)) == nil)
    #expect(board.state.form?.focus == 7)
    #expect(board.render().text.contains("Skala:"))
    // No level typed: the scale has none, and says so.
    board = dashboard(editorData(), keys: keys(own))
    #expect(created(type("{enter}", into: &board)) == nil)
    #expect(board.render().text.contains("bedömningsskalan har inga nivåer"))
    // A preset chosen again: the level fields go.
    #expect(
      dashboard(editorData(), keys: keys(own + "{up}{right}")).state.form?.fields.count == 11)
    let english = dashboard(editorData(), language: .en, keys: keys(own)).render().text
    #expect(english.contains("Own: type the levels below"))
    #expect(english.contains("Level 1 (best)"))
  }

  @Test func theNewAuditFormNamesTheFieldOfWhatIsWrong() {
    // An impossible date: the date field says so and is focused; nothing is saved.
    var board = dashboard(editorData(), keys: keys(newAuditKeys))
    var effects = type("{up}{up}{up}{ctrl-u}2025-02-30{enter}", into: &board)
    #expect(created(effects) == nil)
    #expect(board.render().text.contains("”2025-02-30” är inget datum"))
    #expect(board.state.form?.focus == 5)
    // The id of an audit already in the database.
    effects = type("{ctrl-u}2025-02-28" + String(repeating: "{up}", count: 5), into: &board)
    effects += type("{ctrl-u}tranemo-2024-informationssakerhet{enter}", into: &board)
    #expect(created(effects) == nil)
    #expect(
      board.render().text.contains("Id: id:t ”tranemo-2024-informationssakerhet” är redan använt"))
    #expect(board.state.form?.focus == 0)
    // A required fact left out.
    effects = type("{ctrl-u}x{tab}{tab}{ctrl-u}{enter}", into: &board)
    #expect(created(effects) == nil)
    #expect(board.render().text.contains("Organisation: måste fyllas i"))
    #expect(board.state.form?.focus == 2)
    // A priority left blank between two: the priorities field says so.
    effects = type(
      "Borås stad" + String(repeating: "{tab}", count: 6) + "{ctrl-u}Hög, ,Låg{enter}", into: &board
    )
    #expect(created(effects) == nil)
    #expect(board.state.form?.focus == 8)
    #expect(board.render().text.contains("Prioriteter (frivillig):"))
  }

  @Test func aViewerGetsNoStructureForm() {
    var data = editorData()
    data.editRefusal = "Du kan bara läsa: be ägaren göra dig till redaktör."
    for key in ["2A", "2Q", "2E", "2S", "2<", "2>", "2(", "2)", "3<", "3>", "3m"] {
      let board = dashboard(data, keys: keys(key))
      #expect(board.state.form == nil)
      #expect(board.state.message == data.editRefusal)
    }
  }

  @Test func aQuestionNeedsASectionAndANewIdIsNeverOneTaken() {
    var empty = editorData()
    empty.audit = try! Audit.entered(
      id: "ny", title: "Ny", organisation: "O", auditor: "A", date: Day("2025-01-01")!,
      scale: ScalePreset.uppfyllt.levels)
    var board = dashboard(empty, keys: keys("2Q"))
    #expect(board.state.form == nil)
    #expect(board.state.message?.contains("Lägg först till ett avsnitt") == true)
    // A section given an id already used is refused at the id.
    board = dashboard(editorData(), keys: keys("2A"))
    #expect(board.state.form?.field(.partID)?.value == "S1")
    let effects = type("{ctrl-u}3.1{tab}Rubrik{enter}", into: &board)
    #expect(saved(effects) == nil)
    #expect(board.render().text.contains("Id: id:t ”3.1” är redan använt"))
  }

  @Test func aQuestionIsEditedInItsOwnWords() {
    var board = dashboard(editorData(), keys: keys("2E"))
    Snapshot.assert(board.render(), named: "edit-question-80x24", title: "2E")
    let effects = type("{right}{tab} (ändrad){enter}", into: &board)
    let q1 = builtInData().audit.questions[0]
    #expect(
      saved(effects) == [
        .set(FieldChange(.question(q1.id, .section), from: q1.section, to: "3.2")),
        .set(FieldChange(.question(q1.id, .text), from: q1.text, to: q1.text + " (ändrad)")),
      ])
  }

  @Test func aSectionIsEditedFromItsQuestion() {
    var board = dashboard(editorData(), keys: keys("2jS"))
    let section = builtInData().audit.sections[0]
    #expect(board.render().text.contains("─ Ändra avsnitt \(section.id) ─"))
    let effects = type("{ctrl-u}Styrning{enter}", into: &board)
    #expect(
      saved(effects) == [
        .set(FieldChange(.section(section.id, .title), from: section.title, to: "Styrning"))
      ])
  }
}

/// The forms' saves carried out in a real SQLite store, as the runner does.
@Suite struct EnteringAuditStoreTests {
  let directory = NSTemporaryDirectory() + "granska-entering-" + UUID().uuidString

  func store() throws -> AuditStore {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return try AuditStore.open(
      at: directory + "/db.sqlite", seed: { [try BuiltInAudit.document().audits[0]] },
      account: "anna")
  }

  /// What the runner's loader gives the dashboard.
  func load(_ store: AuditStore, _ id: String?) throws -> DashboardData {
    let reading = try store.reading(id, historyLimit: 50)!
    var data = DashboardData(
      audit: reading.audit, audits: reading.audits, history: reading.history,
      today: Day("2026-11-29")!, account: "anna")
    data.scalePresets = ScalePreset.allCases.map {
      ScaleChoice(name: $0.rawValue, levels: $0.levels)
    }
    return data
  }

  /// Carries out the board's save in the store and tells it, as the runner does.
  func carryOut(_ effects: [Effect], _ board: inout Dashboard, _ store: AuditStore) throws {
    for effect in effects {
      switch effect {
      case .createAudit(let audit):
        try store.create(audit)
        board.auditCreated(try load(store, audit.id))
      case .save(let id, let edits):
        _ = try store.apply(edits, to: id)
        board.saveSucceeded(try load(store, id))
      default: break
      }
    }
  }

  func typeSaving(_ text: String, into board: inout Dashboard, _ store: AuditStore) throws {
    for key in keys(text) {
      try carryOut(board.handle(.key(key)), &board, store)
    }
  }

  @Test func anAuditEnteredFromTheKeyboardIsSaved() throws {
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = try store()
    var board = dashboard(try load(store, nil))
    try typeSaving(
      "a{down}{enter}gdpr{tab}GDPR{tab}Borås stad{tab}KPMG{tab}{tab}{ctrl-u}2025-03-14{tab}{tab}{enter}",
      into: &board, store)
    #expect(board.data.audit.id == "gdpr")
    Snapshot.assert(board.render(), named: "new-audit-questions-80x24", title: "a new audit")
    // Every view of the empty audit can be shown; the Overview says what to add.
    for view in ["1", "3", "4", "5"] { _ = dashboard(board.data, keys: keys(view)).render() }
    #expect(dashboard(board.data).render().text.contains("Granskningen är tom."))
    // A new question goes into the section just added; {left} chooses another.
    try typeSaving("A{tab}Ledning{enter}Q{tab}{tab}Finns en policy?{enter}", into: &board, store)
    try typeSaving("A{tab}Rutiner{enter}Q{tab}{tab}Följs rutinerna?{enter}", into: &board, store)
    try typeSaving("Q{tab}{left}{tab}Är ansvaret tydligt?{enter}", into: &board, store)
    var audit = try store.audit("gdpr")
    #expect(audit.sections.map(\.id) == ["S1", "S2"])
    #expect(
      audit.questions.map { "\($0.id) \($0.section) \($0.text)" } == [
        "Q1 S1 Finns en policy?", "Q2 S2 Följs rutinerna?", "Q3 S1 Är ansvaret tydligt?",
      ])
    // Each save one history row, in the person's words.
    let history = try store.history(HistoryFilter(auditID: "gdpr"))
    #expect(history.count == 6)
    let shown = dashboard(board.data, keys: keys("5")).render().text
    #expect(shown.contains("Fråga Q3 · Ny fråga"))
    // Undo takes the last question back (retired, its id kept); redo restores it.
    try typeSaving("u", into: &board, store)
    audit = try store.audit("gdpr")
    #expect(audit.questions[2].retired != nil)
    #expect(board.data.audit.questions.map(\.id) == ["Q1", "Q2"])
    #expect(dashboard(board.data, keys: keys("2Q")).state.form?.field(.partID)?.value == "Q4")
    try typeSaving("{ctrl-r}", into: &board, store)
    #expect(try store.audit("gdpr").questions[2].retired == nil)
    #expect(board.data.audit.questions.map(\.id) == ["Q1", "Q2", "Q3"])
  }

  /// The question forms carry the audit's own level (a choice of its
  /// scale, or none) and remark: saved with the question in the auditor's
  /// round, corrected by `E`, each save history in words, undone with `u`.
  @Test func aQuestionCarriesTheAuditsOwnLevelAndRemark() throws {
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = try store()
    var board = dashboard(try load(store, nil))
    try typeSaving(
      "a{down}{enter}it{tab}IT{tab}Exempelby{tab}Revisionskontoret{tab}{tab}{ctrl-u}2025-03-14{tab}{tab}{right}{enter}",
      into: &board, store)
    try typeSaving(
      "A{tab}Styrning{enter}Q{tab}{tab}Finns en IT-strategi?{tab}{right}", into: &board, store)
    try typeSaving("{tab}Antagen 2023", into: &board, store)
    Snapshot.assert(board.render(), named: "new-question-level-80x24", title: "Q with a level")
    try typeSaving("{enter}", into: &board, store)
    // A remark without a level is refused at the remark; nothing is saved.
    try typeSaving("Q{tab}{tab}Är ansvaret tydligt?{tab}{tab}Oklart{enter}", into: &board, store)
    #expect(board.render().text.contains("Revisorns kommentar:"))
    #expect(board.state.form?.focus == 4)
    try typeSaving("{ctrl-u}{enter}", into: &board, store)
    var audit = try store.audit("it")
    #expect(audit.questions.map(\.id) == ["Q1", "Q2"])
    #expect(
      audit.rounds[0].assessments == [
        Assessment(question: "Q1", level: "uppfyllt", remark: "Antagen 2023")
      ])
    // E on Q2: the auditor's level and remark, a correction of the auditor's round.
    #expect(board.render().text.contains("Q2"))
    try typeSaving("E", into: &board, store)
    #expect(board.state.form?.title == "Ändra fråga Q2")
    try typeSaving("{tab}{tab}{left}{tab}Roller saknas{enter}", into: &board, store)
    audit = try store.audit("it")
    #expect(
      audit.rounds[0].assessments.last
        == Assessment(question: "Q2", level: "ej-uppfyllt", remark: "Roller saknas"))
    let history = dashboard(board.data, keys: keys("5")).render().text
    #expect(history.contains("Q2"))
    #expect(history.contains("Ej uppfyllt"))
    // Taking the level away takes the remark first; undo brings both back.
    try typeSaving("E{tab}{tab}{right}{tab}{ctrl-u}{enter}", into: &board, store)
    #expect(try store.audit("it").rounds[0].assessments.map(\.question) == ["Q1"])
    try typeSaving("u", into: &board, store)
    #expect(try store.audit("it").rounds[0].assessments.last?.remark == "Roller saknas")
    // English words for the same form.
    let english = dashboard(board.data, language: .en, keys: keys("2E")).render().text
    #expect(english.contains("Auditor's level"))
    #expect(english.contains("Auditor's remark"))
  }

  /// `<` `>` move the selected question among its section's (or the
  /// recommendation), `(` `)` its section: saved at once, one history row
  /// in words ("Fråga Q3 flyttad upp"), the part still selected, undone with `u`.
  @Test func partsAreMovedUpAndDownFromTheKeyboard() throws {
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = try store()
    var board = dashboard(try load(store, nil))
    try typeSaving(
      "a{down}{enter}flytt{tab}F{tab}O{tab}A{tab}{tab}{ctrl-u}2025-03-14{tab}{tab}{enter}",
      into: &board, store)
    try typeSaving(
      "A{tab}Ett{enter}Q{tab}{tab}Första?{enter}Q{tab}{tab}Andra?{enter}Q{tab}{tab}Tredje?{enter}",
      into: &board, store)
    try typeSaving("A{tab}Två{enter}Q{tab}{tab}Fjärde?{enter}", into: &board, store)
    // Q3, up twice: first in S1; once more, nothing moves and it says why.
    try typeSaving("k<", into: &board, store)
    #expect(try store.audit("flytt").questions.map(\.id) == ["Q1", "Q3", "Q2", "Q4"])
    try typeSaving("<", into: &board, store)
    #expect(try store.audit("flytt").questions.map(\.id) == ["Q3", "Q1", "Q2", "Q4"])
    try typeSaving("<", into: &board, store)
    #expect(board.state.message == "Q3 står redan först.")
    Snapshot.assert(board.render(), named: "moved-question-80x24", title: "Q3 < < <")
    // Q4's section up, before S1; then back with u.
    try typeSaving("G(", into: &board, store)
    #expect(try store.audit("flytt").sections.map(\.id) == ["S2", "S1"])
    #expect(board.render().text.contains("Q4"))
    try typeSaving("u", into: &board, store)
    #expect(try store.audit("flytt").sections.map(\.id) == ["S1", "S2"])
    #expect(board.state.message == "Ångrade: Avsnitt S2 flyttat ned")
    // Recommendations: R2 before R1.
    try typeSaving("3+{tab}Gör ett{tab}Q1{enter}+{tab}Gör två{tab}Q2{enter}G<", into: &board, store)
    #expect(try store.audit("flytt").recommendations.map(\.id) == ["R2", "R1"])
    // One history row a move: Q3's two within two minutes are one, and S2's undone none.
    let history = try store.history(HistoryFilter(auditID: "flytt"))
    #expect(history.filter { $0.field == "position" }.count == 2)
    let shown = dashboard(board.data, keys: keys("5")).render().text
    #expect(shown.contains("Fråga Q3 · Flyttad upp"))
    #expect(shown.contains("plats 3 → 1"))
    let english = dashboard(board.data, language: .en, keys: keys("5")).render().text
    #expect(english.contains("Question Q3 · Moved up"))
  }

  /// An edit of a question someone else changed since the form opened is
  /// refused by the store, naming the field; nothing is saved.
  @Test func aQuestionEditedMeanwhileIsAConflict() throws {
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = try store()
    var board = dashboard(try load(store, nil), keys: keys("2E{tab}{ctrl-u}Ny lydelse"))
    let q1 = board.data.audit.questions[0]
    _ = try store.apply(
      [.set(FieldChange(.question(q1.id, .text), from: q1.text, to: "Ändrad av någon annan"))],
      to: board.data.audit.id)
    var edits: [AuditEdit] = []
    for case .save(_, let saved) in board.handle(.key(.enter)) { edits = saved }
    #expect(edits.count == 1)
    #expect {
      try store.apply(edits, to: board.data.audit.id)
    } throws: { error in
      guard case .conflict(let conflict) = error as? StoreError else { return false }
      return conflict.entityID == q1.id && conflict.field == "text"
    }
    #expect(try store.audit(board.data.audit.id).questions[0].text == "Ändrad av någon annan")
  }
}
