import Foundation
import GRDB
import GranskaDomain
import GranskaStore
import GranskaText
import Testing

/// The store's shared suite: the tests with a `backend` run on SQLite and
/// on PostgreSQL.
@Suite struct EditTests {
  let directory = TemporaryDirectory()
  let auditID = "tranemo-2024-informationssakerhet"

  func open(_ account: String = "anna", readOnly: Bool = false) throws -> AuditStore {
    try AuditStore.open(
      at: directory.file("e.sqlite"), seed: builtIn, account: account, readOnly: readOnly)
  }

  func history(_ store: AuditStore) throws -> [String] {
    try store.history().filter { $0.field != "import" }.map {
      "\($0.account) \($0.entity) \($0.entityID) \($0.field): \($0.oldValue ?? "∅") → \($0.newValue ?? "∅")"
    }
  }

  @Test(arguments: Backend.allCases)
  func recommendationFieldsAreSavedWithHistory(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let store = try database.open()
    let r1 = { FieldRef.recommendation("R1", $0) }
    let returned = try store.apply(
      [
        .set(FieldChange(r1(.status), from: "not-started", to: "in-progress")),
        .set(FieldChange(r1(.owner), from: nil, to: "Kommunchef")),
        .set(FieldChange(r1(.dueDate), from: nil, to: "2025-06-30")),
        .set(FieldChange(r1(.plannedAction), from: "", to: "Ta fram handlingsplaner")),
        .set(FieldChange(r1(.evidence), from: nil, to: "KS 2025/17\nKS 2025/18")),
        .addNote(
          recommendation: "R1", Note(date: Day("2025-02-01")!, author: "anna", text: "Påbörjat")),
      ], to: auditID)
    // The dashboard shows what a save returns without reading it again.
    #expect(try returned == store.audit(auditID))
    let saved = try store.audit(auditID).recommendations[0]
    #expect(saved.status == .inProgress)
    #expect(saved.owner == "Kommunchef")
    #expect(saved.dueDate == Day("2025-06-30"))
    #expect(saved.plannedAction == "Ta fram handlingsplaner")
    #expect(saved.evidence == ["KS 2025/17", "KS 2025/18"])
    #expect(saved.notes.map(\.text) == ["Påbörjat"])
    #expect(
      try history(store) == [
        "anna recommendation R1 note: ∅ → Påbörjat",
        "anna recommendation R1 evidence: ∅ → KS 2025/17\nKS 2025/18",
        "anna recommendation R1 plannedAction: ∅ → Ta fram handlingsplaner",
        "anna recommendation R1 dueDate: ∅ → 2025-06-30",
        "anna recommendation R1 owner: ∅ → Kommunchef",
        "anna recommendation R1 status: not-started → in-progress",
      ])
  }

  /// A revised due date keeps the one it replaced, read back by another
  /// session (a column on both backends, with its own history row), and
  /// an undo of the revision takes it off again.
  @Test(arguments: Backend.allCases)
  func aRevisedDueDateKeepsTheOneItReplaced(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let anna = try database.open("anna")
    let due = FieldRef.recommendation("R1", .dueDate)
    try anna.apply([.set(FieldChange(due, from: nil, to: "2025-03-31"))], to: auditID)
    try anna.apply([.set(FieldChange(due, from: "2025-03-31", to: "2025-06-30"))], to: auditID)
    let revision = AuditEdit.set(FieldChange(due, from: "2025-06-30", to: "2025-09-30"))
    try anna.apply([revision], to: auditID)
    let seen = try database.open("bertil").audit(auditID).recommendations[0]
    #expect(seen.dueDate == Day("2025-09-30"))
    #expect(seen.earlierDueDates == [Day("2025-03-31")!, Day("2025-06-30")!])
    #expect(
      try history(anna).first
        == "anna recommendation R1 earlierDueDates: ∅ → 2025-03-31, 2025-06-30")
    try anna.apply([revision.inverse!], to: auditID)
    let undone = try database.open("bertil").audit(auditID).recommendations[0]
    #expect(undone.dueDate == Day("2025-06-30") && undone.earlierDueDates == [Day("2025-03-31")!])
  }

  @Test(arguments: Backend.allCases)
  func aFollowUpRoundCanBeAddedAndAssessedButTheAuditorsCannot(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let store = try database.open()
    var round = try store.audit(auditID).rounds[0]
    round.id = "uppf-2025"
    round.title = "Uppföljning 2025"
    round.kind = .followUp
    round.date = Day("2025-09-15")
    #expect(try store.apply([.addRound(round)], to: auditID) == store.audit(auditID))
    let q8 = { FieldRef.assessment(round: "uppf-2025", question: "Q8", $0) }
    let returned = try store.apply(
      [
        .set(FieldChange(q8(.level), from: "nej", to: "delvis")),
        .set(FieldChange(q8(.remark), from: nil, to: "Plan finns för två av tre mål")),
      ], to: auditID)
    let saved = try store.audit(auditID)
    #expect(returned == saved)
    #expect(saved.rounds.count == 2)
    #expect(
      saved.rounds[1].assessment(of: "Q8")
        == Assessment(question: "Q8", level: "delvis", remark: "Plan finns för två av tre mål"))
    #expect(saved.rounds[0].assessment(of: "Q8")?.level == "nej", "the audit round is unchanged")

    let auditors = { FieldRef.assessment(round: "kpmg-2024", question: "Q8", $0) }
    #expect(throws: StoreError.invalidEdit(.auditorsRound("kpmg-2024"))) {
      try store.apply([.set(FieldChange(auditors(.level), from: "nej", to: "ja"))], to: auditID)
    }
    #expect(throws: StoreError.self) {
      try store.apply([.set(FieldChange(q8(.level), from: "delvis", to: "kanske"))], to: auditID)
    }
  }

  /// A round dated before the newest is placed by its date, when it is
  /// added and when it is read again: the latest round is the newest, and
  /// a new round copies the round before it in time.
  @Test(arguments: Backend.allCases)
  func roundsAreInDateOrder(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let store = try database.open()
    var audit = try store.audit(auditID)
    let spring = audit.newRound(title: "Våren", date: Day("2026-04-01")!, copyingLevels: true)
    audit = try store.apply([.addRound(spring)], to: auditID)
    let q8 = FieldRef.assessment(round: spring.id, question: "Q8", .level)
    audit = try store.apply([.set(FieldChange(q8, from: "nej", to: "ja"))], to: auditID)
    let autumn = audit.newRound(title: "Hösten", date: Day("2025-09-15")!, copyingLevels: true)
    #expect(autumn.assessment(of: "Q8")?.level == "nej", "copied from the audit's own round")
    let returned = try store.apply([.addRound(autumn)], to: auditID)
    let saved = try database.open().audit(auditID)
    #expect(returned == saved)
    #expect(saved.rounds.map(\.title) == ["KPMG 2024", "Hösten", "Våren"])
    #expect(saved.latestRound?.title == "Våren")
    let later = saved.newRound(title: "Sommaren", date: Day("2026-06-01")!, copyingLevels: true)
    #expect(later.assessment(of: "Q8")?.level == "ja", "copied from the newest round before it")
  }

  @Test(arguments: Backend.allCases)
  func trainingCountsAreCheckedBeforeSaving(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let store = try database.open()
    let learning = { FieldRef.training(date: Day("2023-11-16")!, section: "Lärande", $0) }
    let refusal = StoreError.invalidEdit(
      .invalid(
        field: "training[0].sections[0].completed",
        .countsExceedEmployees(completed: 500, started: 20, employees: 420)))
    #expect(
      refusal.message(in: .en)
        == "training[0].sections[0].completed: completed (500) + started (20) exceeds employees (420)"
    )
    #expect(
      refusal.message(in: .sv)
        == "training[0].sections[0].completed: genomfört (500) + påbörjat (20) är fler än anställda (420)"
    )
    #expect(throws: refusal) {
      try store.apply(
        [.set(FieldChange(learning(.completed), from: "110", to: "500"))], to: auditID)
    }
    try store.apply([.set(FieldChange(learning(.completed), from: "110", to: "200"))], to: auditID)
    #expect(try store.audit(auditID).training[0].sections[0].completed == 200)
    var snapshot = try store.audit(auditID).training[0]
    snapshot.date = Day("2025-05-01")!
    snapshot.illustrative = false
    #expect(try store.apply([.addSnapshot(snapshot)], to: auditID) == store.audit(auditID))
    #expect(
      try store.audit(auditID).training.map(\.date.description) == ["2023-11-16", "2025-05-01"])
  }

  @Test(arguments: Backend.allCases)
  func aRacedSaveIsRefusedAndNamesWhoWonAndNothingIsLost(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let start = Date()
    let anna = try database.open("anna")
    let bertil = try database.open("bertil")
    let owner = { FieldRef.recommendation("R1", $0) }
    // Both opened the form when the owner was empty.
    try anna.apply([.set(FieldChange(owner(.owner), from: nil, to: "Anna"))], to: auditID)
    #expect {
      try bertil.apply([.set(FieldChange(owner(.owner), from: nil, to: "Bertil"))], to: auditID)
    } throws: { error in
      guard case .conflict(let conflict) = error as? StoreError else { return false }
      return conflict.account == "anna" && conflict.savedValue == "Anna"
        && conflict.at.map { abs($0.timeIntervalSince(start)) < 60 } == true
    }
    #expect(try bertil.audit(auditID).recommendations[0].owner == "Anna")
    // Wanting what is saved already is no conflict, and saves nothing.
    let rows = try anna.history().count
    try bertil.apply([.set(FieldChange(owner(.owner), from: nil, to: "Anna"))], to: auditID)
    #expect(try anna.history().count == rows)
    // A different field of the same recommendation is not a conflict.
    try bertil.apply(
      [.set(FieldChange(owner(.dueDate), from: nil, to: "2025-12-31"))], to: auditID)
    let r1 = try anna.audit(auditID).recommendations[0]
    #expect(r1.owner == "Anna" && r1.dueDate == Day("2025-12-31"))
  }

  /// An audit's parts entered by hand: added with their history, retired
  /// and restored as a field, raced saves refused, an undo taking a
  /// retirement back, the auditor's assessment corrected.
  @Test(arguments: Backend.allCases)
  func partsAreAddedRetiredAndRestoredLikeAnyField(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let anna = try database.open("anna")
    let bertil = try database.open("bertil")
    let seen = try bertil.audit(auditID)
    try anna.apply(
      [
        .addSection(ReportSection(id: "S1", title: "Beslut", observations: "", assessment: "")),
        .addQuestion(
          Question(id: "Q16", section: "S1", text: "Följs besluten upp?"),
          Assessment(question: "Q16", level: "delvis")),
        .addRecommendation(Recommendation(id: "R9", text: "Följ upp besluten", questions: ["Q16"])),
      ], to: auditID)
    let retire = try anna.audit(auditID).retiring(.recommendation, "R3", reason: "Ersatt av R9")
    try anna.apply([retire], to: auditID)
    // bertil saw R3 in force and retires it for another reason: refused.
    #expect {
      try bertil.apply([try seen.retiring(.recommendation, "R3", reason: "Klar")], to: auditID)
    } throws: { error in
      guard case .conflict(let conflict) = error as? StoreError else { return false }
      return conflict.account == "anna" && conflict.savedValue == "Ersatt av R9"
    }
    let saved = try bertil.audit(auditID)
    #expect(saved.recommendations.map(\.id).suffix(2) == ["R8", "R9"])
    #expect(saved.inForce.recommendations.map(\.id).contains("R3") == false)
    #expect(saved.suggestedID(for: .recommendation) == "R10")
    // Undo: the inverse of the retirement restores it.
    try anna.apply([retire.inverse!], to: auditID)
    #expect(try anna.audit(auditID).recommendations[2].retired == nil)
    try bertil.apply(
      [
        .correctAuditorsAssessment(
          FieldChange(
            .assessment(round: "kpmg-2024", question: "Q16", .level), from: "delvis", to: "ja"))
      ], to: auditID)
    // anna's retirement and its undo, within two minutes, are one decision:
    // back where it started, no row.
    let rows = try history(anna)
    #expect(
      Array(rows.prefix(5)) == [
        "bertil assessment kpmg-2024/Q16 level: delvis → ja",
        "anna recommendation R9 created: ∅ → Följ upp besluten",
        "anna assessment kpmg-2024/Q16 level: ∅ → delvis",
        "anna question Q16 created: ∅ → Följs besluten upp?",
        "anna section S1 created: ∅ → Beslut",
      ], "\(rows)")
  }

  /// A part moved up or down: one history row, of the part moved (on
  /// PostgreSQL too, whose history check sees every part it passed change
  /// place), saved in the `position` columns, raced moves refused, undone
  /// by the inverse.
  @Test(arguments: Backend.allCases)
  func aPartMovedIsOneHistoryRow(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let anna = try database.open("anna")
    let bertil = try database.open("bertil")
    let seen = try bertil.audit(auditID)
    let rows = try history(anna).count
    // Q7 is the third question of section 3.1 (after Q1, before Q8): up
    // past Q1, the questions of other sections between them move along.
    let q7 = try #require(try seen.moving(.question, "Q7", up: true))
    #expect(q7 == .set(FieldChange(.question("Q7", .position), from: "6", to: "0")))
    try anna.apply([q7], to: auditID)
    try anna.apply(
      [try #require(try anna.audit(auditID).moving(.recommendation, "R3", up: true))], to: auditID)
    try anna.apply(
      [try #require(try anna.audit(auditID).moving(.section, "3.1", up: false))], to: auditID)
    let saved = try database.open("bertil").audit(auditID)
    #expect(saved.questions.prefix(3).map(\.id) == ["Q7", "Q1", "Q2"])
    #expect(saved.recommendations.prefix(3).map(\.id) == ["R1", "R3", "R2"])
    #expect(saved.sections.prefix(2).map(\.id) == ["3.2", "3.1"])
    #expect(try seen.moving(.question, "Q1", up: true) == nil)
    let moves = try history(anna)
    #expect(moves.count == rows + 3, "\(moves)")
    #expect(
      Array(moves.prefix(3)) == [
        "anna section 3.1 position: 0 → 1",
        "anna recommendation R3 position: 2 → 1",
        "anna question Q7 position: 6 → 0",
      ], "\(moves)")
    // bertil saw Q7 where it was: his move of it is refused, naming anna.
    #expect {
      try bertil.apply([try #require(try seen.moving(.question, "Q7", up: false))], to: auditID)
    } throws: { error in
      guard case .conflict(let conflict) = error as? StoreError else { return false }
      return conflict.account == "anna" && conflict.savedValue == "0"
    }
    // Undone: back in its place, and (within two minutes) no row left.
    try anna.apply([q7.inverse!], to: auditID)
    #expect(
      try database.open("bertil").audit(auditID).questions.map(\.id) == seen.questions.map(\.id))
    #expect(try history(anna).count == rows + 2)
  }

  /// A save starts from the audit its store last read or saved, not from
  /// thousands of rows read again, only while no one has changed the audit
  /// since: another session's save, or an edit by raw SQL, is still caught.
  @Test(arguments: Backend.allCases)
  func aSaveStartsFromTheRememberedAuditOnlyWhileNoOneChangedIt(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let anna = try database.open("anna")
    let bertil = try database.open("bertil")
    let r1 = { FieldRef.recommendation("R1", $0) }
    func conflict(savedValue: String, by account: String?, _ save: () throws -> Void) {
      #expect {
        try save()
      } throws: { error in
        guard case .conflict(let conflict) = error as? StoreError else { return false }
        return conflict.account == account && conflict.savedValue == savedValue
      }
    }
    _ = try bertil.reading(auditID, historyLimit: 10)
    try anna.apply([.set(FieldChange(r1(.owner), from: nil, to: "Anna"))], to: auditID)
    conflict(savedValue: "Anna", by: "anna") {
      try bertil.apply([.set(FieldChange(r1(.owner), from: nil, to: "Bertil"))], to: auditID)
    }
    // Saves in a row, each starting from the one before.
    try bertil.apply([.set(FieldChange(r1(.dueDate), from: nil, to: "2025-12-31"))], to: auditID)
    let saved = try bertil.apply(
      [.set(FieldChange(r1(.plannedAction), from: "", to: "Plan"))], to: auditID)
    #expect(try saved == database.open("anna").audit(auditID))

    // On PostgreSQL the database records who; a file edited with sqlite3
    // leaves no history, and the conflict names no one rather than the
    // last person to save something else.
    try database.raw("UPDATE recommendation SET owner = 'Rå' WHERE id = 'R1'")
    conflict(savedValue: "Rå", by: backend == .postgres ? "anna" : nil) {
      try bertil.apply([.set(FieldChange(r1(.owner), from: "Anna", to: "Bertil"))], to: auditID)
    }
    #expect(try bertil.audit(auditID).recommendations[0].owner == "Rå")
  }

  /// After a save the dashboard's reading reads neither the audit nor its
  /// history again, yet holds what a fresh read finds: the save's rows
  /// added and merged ones gone (the newest few, one fewer per merge).
  @Test(arguments: Backend.allCases)
  func aReadingAfterASaveHoldsWhatAFreshReadFinds(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let anna = try database.open("anna")
    let owner = { FieldRef.recommendation($0, .owner) }
    func expectAsRead(_ comment: Comment) throws {
      let mine = try #require(try anna.reading(auditID, historyLimit: 3))
      let fresh = try #require(try database.open("anna").reading(auditID, historyLimit: 3))
      let (sameAudit, sameTotal) = (
        mine.audit == fresh.audit, mine.historyTotal == fresh.historyTotal
      )
      #expect(sameAudit && sameTotal, comment)
      #expect(mine.history == Array(fresh.history.prefix(mine.history.count)), comment)
      #expect(mine.history.count >= 2, comment)
    }
    _ = try anna.reading(auditID, historyLimit: 3)
    try anna.apply([.set(FieldChange(owner("R1"), from: nil, to: "A"))], to: auditID)
    try expectAsRead("a change adds a row")
    try anna.apply([.set(FieldChange(owner("R1"), from: "A", to: "B"))], to: auditID)
    try expectAsRead("a quick second change merges into one row")
    try anna.apply(
      [
        .set(FieldChange(owner("R2"), from: nil, to: "C")),
        .set(FieldChange(owner("R3"), from: nil, to: "D")),
        .set(FieldChange(owner("R4"), from: nil, to: "E")),
      ], to: auditID)
    try expectAsRead("more rows than are shown")
    try anna.apply([.set(FieldChange(owner("R4"), from: "E", to: nil))], to: auditID)
    try expectAsRead("a change back removes the row")
    try database.open("bertil").apply(
      [.set(FieldChange(owner("R5"), from: nil, to: "F"))], to: auditID)
    try expectAsRead("another session's save is read afresh")
    #expect(try anna.reading(auditID, historyLimit: 3)?.history.first?.account == "bertil")
  }

  /// Every table of an audit: a change made behind Granska's back shows
  /// in the next read of a store that had read the audit before.
  @Test(arguments: Backend.allCases)
  func aRawChangeToAnyTableOfAnAuditIsSeen(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let store = try database.open("bertil")
    let audit = "auditId = '\(auditID)'"
    let changes = [
      "UPDATE audit SET title = title || ' (rå)' WHERE id = '\(auditID)'",
      "UPDATE level SET label = label || ' (rå)' WHERE \(audit)",
      "UPDATE document SET title = title || ' (rå)' WHERE \(audit)",
      "UPDATE section SET title = title || ' (rå)' WHERE \(audit)",
      "UPDATE question SET text = text || ' (rå)' WHERE \(audit)",
      "UPDATE round SET title = title || ' (rå)' WHERE \(audit)",
      "UPDATE assessment SET remark = 'rå' WHERE \(audit)",
      "UPDATE recommendation SET owner = 'rå' WHERE \(audit)",
      "DELETE FROM recommendationQuestion WHERE \(audit)",
      """
      INSERT INTO evidence (auditId, recommendationId, position, reference)
      VALUES ('\(auditID)', 'R1', 0, 'rå')
      """,
      """
      INSERT INTO note (auditId, recommendationId, date, author, text)
      VALUES ('\(auditID)', 'R1', '2025-01-01', 'rå', 'rå')
      """,
      "UPDATE trainingSnapshot SET source = 'rå' WHERE \(audit)",
      "UPDATE trainingCount SET employees = employees + 1 WHERE \(audit)",
      "UPDATE keyFigure SET name = 'rå' WHERE \(audit)",
    ]
    for change in changes {
      let before = try store.audit(auditID)
      try database.raw(change)
      let after = try store.audit(auditID)
      let (changed, asStored) = (after != before, try after == database.open().audit(auditID))
      #expect(changed && asStored, "\(change)")
    }
  }

  /// A database made before revisions existed is upgraded (a file when
  /// opened by its owner, PostgreSQL by the schema owner's open), and
  /// from then on a change behind Granska's back is seen.
  @Test(arguments: Backend.allCases)
  func aDatabaseFromBeforeRevisionsIsUpgradedAndKeepsSeeingChanges(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    _ = try database.open("anna")
    if backend == .postgres {
      try database.raw(
        """
        DROP TABLE revision; DROP FUNCTION granska_revise() CASCADE;
        DROP FUNCTION granska_revise_all() CASCADE; DROP FUNCTION granska_take_turn() CASCADE;
        DELETE FROM granska_migrations WHERE identifier = 'v6-revision'
        """, as: "postgres")
      _ = try database.open("granska_admin")
    } else {
      let path = database.directory.file(database.name)
      let queue = try DatabaseQueue(path: path)
      try queue.write { db in
        let triggers = try String.fetchAll(
          db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'")
        for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger)") }
        try db.execute(
          sql: """
            DROP TABLE revision; DROP INDEX history_field; DROP INDEX audit_list;
            DELETE FROM grdb_migrations WHERE identifier = 'v6-revision';
            """)
      }
      try queue.close()
      chmod(path, 0o600)
    }
    let anna = try database.open("anna")
    let owner = FieldRef.recommendation("R1", .owner)
    try anna.apply([.set(FieldChange(owner, from: nil, to: "Anna"))], to: auditID)
    try database.raw("UPDATE recommendation SET owner = 'Rå' WHERE id = 'R1'")
    #expect(try anna.audit(auditID).recommendations[0].owner == "Rå")
    try anna.apply([.set(FieldChange(owner, from: "Rå", to: "Anna"))], to: auditID)
    #expect(try database.open("bertil").audit(auditID).recommendations[0].owner == "Anna")
  }

  /// One decision is one history row: a person's quick changes of one
  /// field merge (first old → last new), a change back removes the row,
  /// and changes further apart or by someone else stay rows of their own.
  @Test func quickChangesOfOneFieldByOnePersonAreOneRow() throws {
    let clock = Clock()
    let path = directory.file("e.sqlite")
    let anna = try AuditStore.open(
      at: path, seed: builtIn, account: "anna", now: { clock.now })
    let bertil = try AuditStore.open(at: path, account: "bertil", now: { clock.now })
    let r1 = { FieldRef.recommendation("R1", $0) }
    func status(_ store: AuditStore, _ old: String, _ new: String) throws {
      try store.apply([.set(FieldChange(r1(.status), from: old, to: new))], to: auditID)
      clock.advance(20)
    }
    try status(anna, "not-started", "in-progress")
    try status(anna, "in-progress", "done")
    try status(anna, "done", "not-applicable")
    #expect(try history(anna) == ["anna recommendation R1 status: not-started → not-applicable"])
    try status(anna, "not-applicable", "not-started")
    #expect(try history(anna) == [], "back where it started: no change at all")

    try status(anna, "not-started", "in-progress")
    clock.advance(HistoryWindow.seconds + 1)
    try status(anna, "in-progress", "done")
    #expect(
      try history(anna) == [
        "anna recommendation R1 status: in-progress → done",
        "anna recommendation R1 status: not-started → in-progress",
      ], "minutes apart: two decisions")
    try status(bertil, "done", "in-progress")
    try status(anna, "in-progress", "done")
    #expect(
      try history(anna).prefix(2) == [
        "anna recommendation R1 status: in-progress → done",
        "bertil recommendation R1 status: done → in-progress",
      ], "someone else's change in between is never folded away")
    // Another field is its own row, even at once.
    try anna.apply([.set(FieldChange(r1(.owner), from: nil, to: "Kommunchef"))], to: auditID)
    #expect(try history(anna).first == "anna recommendation R1 owner: ∅ → Kommunchef")
  }

  @Test(arguments: Backend.allCases)
  func aConflictAfterAnImportNamesWhoImported(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let anna = try database.open("anna")
    let bertil = try database.open("bertil")
    var replaced = try anna.audit(auditID)
    replaced.recommendations[0].owner = "Kommunchef"
    _ = try bertil.importAudits([replaced], source: "plan.yaml")
    // Anna's form still shows the owner as empty.
    #expect {
      try anna.apply(
        [.set(FieldChange(.recommendation("R1", .owner), from: nil, to: "Anna"))], to: auditID)
    } throws: { error in
      guard case .conflict(let conflict) = error as? StoreError else { return false }
      return conflict.account == "bertil" && conflict.savedValue == "Kommunchef"
        && conflict.message(in: .sv).contains("ändrades under tiden av bertil")
    }
  }

  /// Issue 14's rule on both backends: an import never silently replaces
  /// what was saved after the file was exported.
  @Test(arguments: Backend.allCases)
  func anImportNeverReplacesNewerWork(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let anna = try database.open("anna")
    let (audits, asOf) = try anna.exportSnapshot()
    #expect(
      try anna.importAudits(audits, source: "same.yaml", since: asOf) == [.unchanged(auditID)])
    try database.open("bertil").apply(
      [.set(FieldChange(.recommendation("R1", .owner), from: nil, to: "Bertil"))], to: auditID)
    var stale = audits[0]
    stale.recommendations[1].owner = "Anna"
    #expect {
      try anna.importAudits([stale], source: "old.yaml", since: asOf)
    } throws: { error in
      guard case .newerChanges(_, _, let changes) = error as? StoreError else { return false }
      return changes.map(\.account) == ["bertil"]
    }
    #expect(try anna.audit(auditID).recommendations[0].owner == "Bertil", "nothing replaced")
    #expect(
      try anna.importAudits([stale], source: "old.yaml", since: asOf, replacingNewer: true)
        == [.replaced(auditID)])
    #expect(try anna.audit(auditID).recommendations.map(\.owner).prefix(2) == [nil, "Anna"])
  }

  /// The same rule on both backends (on PostgreSQL history rows are
  /// removed only through `granska_forget`, which checks they may be).
  @Test(arguments: Backend.allCases)
  func quickChangesMergeOnEveryBackend(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let anna = try database.open("anna")
    let bertil = try database.open("bertil")
    func status(_ store: AuditStore, _ old: String, _ new: String) throws {
      try store.apply(
        [.set(FieldChange(.recommendation("R1", .status), from: old, to: new))], to: auditID)
    }
    // What anna's store remembers after her own saves (not read again) is
    // what the database holds, rows merged away included.
    func expectRememberedAsStored() throws {
      let remembered = try #require(try anna.reading(auditID, historyLimit: 50)).history
      #expect(
        remembered.map(\.id) == (try bertil.history(HistoryFilter(auditID: auditID)).map(\.id)))
    }
    _ = try anna.reading(auditID, historyLimit: 50)
    try status(anna, "not-started", "in-progress")
    try expectRememberedAsStored()
    try status(anna, "in-progress", "done")
    try expectRememberedAsStored()
    #expect(try history(anna) == ["anna recommendation R1 status: not-started → done"])
    try status(anna, "done", "not-started")
    try expectRememberedAsStored()
    #expect(try history(anna) == [], "back where it started: no change at all")
    try status(anna, "not-started", "in-progress")
    try status(bertil, "in-progress", "done")
    try status(anna, "done", "in-progress")
    #expect(
      try history(bertil) == [
        "anna recommendation R1 status: done → in-progress",
        "bertil recommendation R1 status: in-progress → done",
        "anna recommendation R1 status: not-started → in-progress",
      ])
  }

  @Test(arguments: Backend.allCases)
  func dataVersionMovesWhenAnotherConnectionCommits(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let watcher = try database.open("anna")
    let writer = try database.open("bertil")
    let before = try watcher.dataVersion()
    #expect(try watcher.dataVersion() == before)
    try watcher.apply(
      [.set(FieldChange(.recommendation("R3", .owner), from: nil, to: "IT"))], to: auditID)
    #expect(try watcher.dataVersion() == before, "its own commit is no news")
    try writer.apply(
      [.set(FieldChange(.recommendation("R2", .owner), from: nil, to: "HR"))], to: auditID)
    #expect(try database.eventually { try watcher.dataVersion() != before })
  }

  @Test func readOnlySessionsAndUnlistedAccountsCannotEdit() throws {
    let owner = try open(currentAccount())
    let reader = try open("anna", readOnly: true)
    let change = AuditEdit.set(FieldChange(.recommendation("R1", .owner), from: nil, to: "x"))
    #expect(throws: StoreError.readOnly(.requested)) {
      try reader.apply([change], to: auditID)
    }
    #expect(throws: StoreError.readOnly(.requested)) {
      try reader.importAudits(try builtIn(), source: "x")
    }
    try owner.setEditor(kind: "account", name: "anna", allowed: true)
    #expect(try owner.editors() == EditorList(accounts: ["anna"], groups: []))
    let bertil = try open("bertil")
    let refusal = StoreError.notAnEditor(account: "bertil", accounts: ["anna"], groups: [])
    #expect(refusal.message(in: .en) == "bertil may not edit this database (editors: account anna)")
    #expect(
      refusal.message(in: .sv)
        == "bertil får inte ändra i den här databasen (får ändra: kontot anna)")
    #expect(throws: refusal) {
      try bertil.apply([change], to: auditID)
    }
    try open("anna").apply([change], to: auditID)
    #expect(try owner.audit(auditID).recommendations[0].owner == "x")
  }
}

@Suite struct BusyTests {
  let directory = TemporaryDirectory()

  @Test func aSaveWaitsForAnotherWriterThenSaysSoClearly() throws {
    let path = directory.file("busy.sqlite")
    let store = try AuditStore.open(at: path, seed: builtIn, busyTimeout: 0.3)
    let other = try DatabaseQueue(path: path)
    let change = AuditEdit.set(FieldChange(.recommendation("R1", .owner), from: nil, to: "x"))
    try other.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      #expect(throws: StoreError.busy(path: path)) {
        try store.apply([change], to: "tranemo-2024-informationssakerhet")
      }
      try db.execute(sql: "COMMIT")
    }
    // Once the other writer is done, the same save goes through.
    try store.apply([change], to: "tranemo-2024-informationssakerhet")
    #expect(StoreError.busy(path: path).message(in: .en).contains("nothing was saved, try again"))
    #expect(StoreError.busy(path: path).message(in: .sv).contains("inget sparades, försök igen"))
  }
}

/// A clock a test moves by hand.
final class Clock: @unchecked Sendable {
  private let lock = NSLock()
  private var moment = Date(timeIntervalSince1970: 1_800_000_000)

  var now: Date { lock.withLock { moment } }
  func advance(_ seconds: TimeInterval) { lock.withLock { moment += seconds } }
}

enum HistoryWindow {
  /// How close together changes are merged (two minutes, as the store says).
  static let seconds: TimeInterval = 120
}
