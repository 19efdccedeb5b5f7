import Foundation
import GranskaDomain
import GranskaStore
import GranskaTestSupport
import GranskaText
import Testing

/// An editor in `psql`, with only the editor grant, tries every trick to
/// forge, remove or skip history, and a viewer tries to stop the editors:
/// the history stays complete and every save goes through or is told why.
/// On a server of the suite's own: the roles it makes editors and viewers
/// are the whole server's, and other suites count who may edit.
@Suite struct PostgresTrustTests {
  static let server = Result { () throws(PostgresTestServer.Unavailable) in
    try PostgresTestServer.start()
  }

  let auditID = "tranemo-2024-informationssakerhet"

  /// A database, its owner's store, and a role with only the editor grant.
  struct Setup {
    let database: TestDatabase
    let server: PostgresTestServer
    let admin: AuditStore
    let editor: String

    init() throws {
      switch PostgresTrustTests.server {
      case .success(let own): server = own
      case .failure(let why): try Test.cancel("skipped: \(why)")
      }
      database = try TestDatabase(server: server)
      admin = try database.open("granska_admin")
      editor = try server.createRole("editor")
      try admin.grant(role: editor, readOnly: false, allowed: true)
    }

    @discardableResult
    func psql(
      _ sql: String, as role: String? = nil, input: String? = nil,
      meanwhile: () throws -> Void = {}
    ) throws -> String {
      try server.psql(
        sql, database: database.name, as: role ?? editor, input: input, meanwhile: meanwhile)
    }

    /// Each history row as "account entity id field: old → new", oldest first.
    func history(after id: Int64 = 0) throws -> [String] {
      try admin.history(HistoryFilter()).filter { $0.id > id }.reversed().map {
        "\($0.account) \($0.entity) \($0.entityID) \($0.field): \($0.oldValue ?? "∅") → \($0.newValue ?? "∅")"
      }
    }

    var newestID: Int64 {
      get throws { try admin.history(HistoryFilter()).first?.id ?? 0 }
    }
  }

  @Test func temporaryLookAlikesDoNotMakeAnEditorTheOwner() throws {
    let setup = try Setup()
    let before = try setup.newestID
    // The old trick: a temporary pg_class and history in which the editor
    // owns "history", searched before the catalogue by an unpinned path.
    try setup.psql(
      """
      CREATE TEMP TABLE history (LIKE public.history);
      CREATE TEMP TABLE pg_class (oid oid, relowner oid);
      INSERT INTO pg_class SELECT 'pg_temp.history'::regclass, oid FROM pg_roles
        WHERE rolname = current_user;
      CREATE FUNCTION pg_temp.granska_is_owner() RETURNS boolean LANGUAGE sql AS 'SELECT true';
      CREATE FUNCTION pg_temp.granska_next_at() RETURNS text LANGUAGE sql
        AS 'SELECT ''2000-01-01T00:00:00.000Z''';
      SET search_path = pg_temp, public;
      INSERT INTO public.history (at, account, auditId, entity, entityId, field, oldValue, newValue)
      VALUES ('2000-01-01T00:00:00.000Z', 'anna', '\(auditID)', 'recommendation', 'R2',
        'owner', NULL, 'x');
      """)
    let stored = try setup.admin.history(HistoryFilter()).filter { $0.id > before }
    #expect(stored.count == 1)
    #expect(stored.first?.account == setup.editor, "stamped with the role, not the one given")
    #expect(
      (stored.first?.at ?? .distantPast) > Date().addingTimeInterval(-60),
      "stamped with the server's time")
    // Nor can the editor make objects that stand in for Granska's.
    #expect(throws: (any Error).self) {
      try setup.psql(
        "CREATE FUNCTION public.granska_is_owner() RETURNS int LANGUAGE sql AS 'SELECT 1'")
    }
  }

  @Test func noEditorCanDeleteAlterOrSkipPastHistory() throws {
    let setup = try Setup()
    let rows = try setup.history()
    for attack in [
      "DELETE FROM history", "UPDATE history SET account = 'anna'", "TRUNCATE history",
      "SELECT granska_forget(1)", "ALTER TABLE history DISABLE TRIGGER USER",
      "ALTER TABLE recommendation DISABLE TRIGGER USER", "DROP TRIGGER granska_stamp ON history",
      "SET session_replication_role = replica", "TRUNCATE recommendation CASCADE",
      "UPDATE revision SET number = 0", "DELETE FROM granska_recorded",
      "SELECT setval('granska_history_id', 1)",
    ] {
      #expect(throws: (any Error).self, "\(attack)") { try setup.psql(attack) }
    }
    #expect(try setup.history() == rows)
  }

  @Test func aChangeWithoutItsOwnHistoryRowGetsOneFromTheDatabase() throws {
    let setup = try Setup()
    let editor = setup.editor
    func insert(_ id: String, _ field: String, _ old: String?, _ new: String?) -> String {
      let text = { (value: String?) in value.map { "'\($0)'" } ?? "NULL" }
      return """
        INSERT INTO history (at, account, auditId, entity, entityId, field, oldValue, newValue)
        VALUES ('x', 'x', '\(auditID)', 'recommendation', '\(id)', '\(field)', \(text(old)),
          \(text(new)));
        """
    }
    // A row about another recommendation does not cover this one.
    var start = try setup.newestID
    try setup.psql(
      "BEGIN; \(insert("R2", "owner", nil, "Någon")) "
        + "UPDATE recommendation SET status = 'done' WHERE id = 'R1'; COMMIT")
    #expect(
      try setup.history(after: start) == [
        "\(editor) recommendation R2 owner: ∅ → Någon",
        "\(editor) recommendation R1 status: not-started → done",
      ])
    // A row about the field that ends in another value does not either.
    start = try setup.newestID
    try setup.psql(
      "BEGIN; \(insert("R1", "status", "done", "in-progress")) "
        + "UPDATE recommendation SET status = 'not-applicable' WHERE id = 'R1'; COMMIT")
    // (Within two minutes of the editor's last change of it: one decision.)
    #expect(
      try setup.history(after: start).last
        == "\(editor) recommendation R1 status: not-started → not-applicable")
    // Merging a change back to where it started leaves no row, and so
    // cannot hide a change to a third value made with it.
    try setup.psql("UPDATE recommendation SET owner = 'A' WHERE id = 'R3'")
    start = try setup.newestID
    try setup.psql(
      "BEGIN; \(insert("R3", "owner", "A", nil)) "
        + "UPDATE recommendation SET owner = 'B' WHERE id = 'R3'; COMMIT")
    let r3 = try setup.admin.history(HistoryFilter()).first {
      $0.entityID == "R3" && $0.field == "owner"
    }
    #expect(r3?.oldValue == nil && r3?.newValue == "B" && r3?.account == editor)
    #expect(try setup.admin.audit(auditID).recommendations[2].owner == "B")
    _ = start
    // A note added in psql is in the history.
    start = try setup.newestID
    try setup.psql(
      "INSERT INTO note (auditId, recommendationId, date, author, text) "
        + "VALUES ('\(auditID)', 'R4', '2026-01-01', 'x', 'Rå anteckning')")
    #expect(try setup.history(after: start).count == 1)
    #expect(try setup.history(after: start).first?.contains("note insert") == true)
  }

  @Test func anOwnersAddressChangedInPsqlIsInTheHistory() throws {
    let setup = try Setup()
    let editor = setup.editor
    try setup.admin.addOwner(OwnerContact(name: "Kommunchef", email: "ks@kommun.se"))
    // An editor sending the reminders elsewhere in psql is recorded.
    var start = try setup.newestID
    try setup.psql("UPDATE owner SET email = 'mig@example.org', name = 'KC'")
    try setup.psql("INSERT INTO owner VALUES ('Ekonomichef', 'ek@kommun.se', 'anna')")
    #expect(
      try setup.history(after: start) == [
        "\(editor) owner Kommunchef name: Kommunchef → KC",
        "\(editor) owner Kommunchef email: ks@kommun.se → mig@example.org",
        "\(editor) owner Ekonomichef email: ∅ → ek@kommun.se",
        "\(editor) owner Ekonomichef person: ∅ → anna",
      ])
    // Granska's own changes get no rows from the database.
    start = try setup.newestID
    let store = try AuditStore.open(at: setup.database.location(as: editor))
    try store.addOwner(OwnerContact(name: "IT-chef", email: "it@kommun.se"))
    try store.editOwner("IT-chef", email: "itchef@kommun.se", person: nil)
    try store.removeOwner("Ekonomichef")
    #expect(
      try setup.history(after: start).sorted() == [
        "\(editor) owner IT-chef email: ∅ → itchef@kommun.se"
      ])
  }

  @Test func idsAndCopiedRowsAreTheDatabasesOwn() throws {
    let setup = try Setup()
    // An id chosen by the editor would take one a later save needs.
    try setup.psql(
      """
      INSERT INTO history (id, at, account, auditId, entity, entityId, field, oldValue, newValue)
      VALUES (999999, 'x', 'anna', '\(auditID)', 'recommendation', 'R2', 'owner', NULL, 'y');
      INSERT INTO note (id, auditId, recommendationId, date, author, text)
      VALUES (999999, '\(auditID)', 'R2', '2026-01-01', 'x', 'y');
      """)
    #expect(try setup.admin.history(HistoryFilter()).allSatisfy { $0.id < 999999 })
    let notes = try setup.psql("SELECT max(id) FROM note")
    #expect(Int(notes.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 < 999999)
    // COPY is an insert like any other: stamped.
    let start = try setup.newestID
    try setup.psql(
      "COPY history (at, account, auditId, entity, entityId, field, oldValue, newValue) FROM STDIN",
      input: "2000-01-01T00:00:00.000Z\tanna\t\(auditID)\trecommendation\tR5\towner\t\\N\tz\n\\.\n")
    let copied = try setup.admin.history(HistoryFilter()).filter { $0.id > start }
    #expect(copied.map(\.account) == [setup.editor])
    // And Granska's own saves still go through after all of it.
    let store = try AuditStore.open(at: setup.database.location(as: setup.editor))
    try store.apply(
      [.addNote(recommendation: "R2", Note(date: Day("2026-01-02")!, author: "E", text: "Efter"))],
      to: auditID)
  }

  /// Granska's own saves cover every row they change: the database adds no
  /// row of its own to any of them.
  @Test func granskasOwnSavesNeedNoRowFromTheDatabase() throws {
    let setup = try Setup()
    let store = try AuditStore.open(at: setup.database.location(as: setup.editor))
    let start = try setup.newestID
    let audit = try store.audit(auditID)
    let round = audit.newRound(title: "Uppföljning", date: Day("2026-03-01")!, copyingLevels: false)
    try store.apply([.addRound(round)], to: auditID)
    let question = audit.questions[0].id
    try store.apply(
      [
        .set(FieldChange(.recommendation("R1", .status), from: "not-started", to: "in-progress")),
        .set(FieldChange(.recommendation("R1", .owner), from: nil, to: "IT-chef")),
        .set(FieldChange(.recommendation("R1", .dueDate), from: nil, to: "2026-06-30")),
        .set(FieldChange(.recommendation("R1", .evidence), from: nil, to: "KS 2026/1")),
        .addNote(
          recommendation: "R1", Note(date: Day("2026-03-01")!, author: "E", text: "Påbörjat")),
        .set(
          FieldChange(.assessment(round: round.id, question: question, .level), from: nil, to: "ja")
        ),
        .set(
          FieldChange(
            .assessment(round: round.id, question: question, .remark), from: nil, to: "Bra")),
        .set(FieldChange(.round(round.id, .title), from: round.title, to: "Uppföljning våren")),
      ], to: auditID)
    try store.apply([.removeRound(round.id)], to: auditID)
    let raw = try setup.admin.history(HistoryFilter()).filter {
      $0.id > start
        && ($0.field.hasSuffix(" insert") || $0.field.hasSuffix(" update")
          || $0.field.hasSuffix(" delete") || $0.account != setup.editor)
    }
    #expect(raw.isEmpty, "\(raw)")
  }

  /// An audit entered by hand (v9-structure): creating it, adding,
  /// editing, retiring and restoring its parts are all covered by
  /// Granska's own rows, in the person's words.
  @Test func anAuditEnteredByHandNeedsNoRowFromTheDatabase() throws {
    let setup = try Setup()
    let store = try AuditStore.open(at: setup.database.location(as: setup.editor))
    let start = try setup.newestID
    let scale = [
      Level(id: "ja", label: "Ja", role: .good), Level(id: "nej", label: "Nej", role: .bad),
    ]
    try store.create(
      try Audit.entered(
        id: "ny", title: "Ny granskning", organisation: "O", auditor: "A",
        date: Day("2025-03-14")!, period: "2024/25", scale: scale, priorities: ["Hög", "Låg"]))
    try store.apply(
      [
        .addSection(ReportSection(id: "S1", title: "Styrning", observations: "", assessment: "")),
        .addSection(ReportSection(id: "S2", title: "Drift", observations: "", assessment: "")),
        .addQuestion(
          Question(id: "Q1", section: "S1", text: "Finns en policy?"),
          Assessment(question: "Q1", level: "nej", remark: "Saknas")),
        .addQuestion(Question(id: "Q2", section: "S1", text: "Följs den?"), nil),
        .addRecommendation(
          Recommendation(id: "R1", text: "Anta en policy", questions: ["Q1"], priority: "Hög")),
      ], to: "ny")
    let audit = try store.audit("ny")
    try store.apply(
      [
        .set(FieldChange(.section("S1", .title), from: "Styrning", to: "Ledning")),
        .set(FieldChange(.section("S1", .observations), from: nil, to: "Text")),
        .set(FieldChange(.question("Q2", .text), from: "Följs den?", to: "Följs policyn?")),
        .set(FieldChange(.question("Q2", .section), from: "S1", to: "S2")),
        .set(FieldChange(.recommendation("R1", .text), from: "Anta en policy", to: "Anta den")),
        .set(FieldChange(.recommendation("R1", .priority), from: "Hög", to: "Låg")),
        .set(FieldChange(.recommendation("R1", .agreement), from: nil, to: "partly-agreed")),
        .set(FieldChange(.recommendation("R1", .response), from: nil, to: "Delvis")),
        .set(FieldChange(.recommendation("R1", .responded), from: nil, to: "2025-04-01")),
        .set(FieldChange(.recommendation("R1", .officer), from: nil, to: "Kanslichef")),
        .set(FieldChange(.recommendation("R1", .questions), from: "Q1", to: "Q1\nQ2")),
        .correctAuditorsAssessment(
          FieldChange(
            .assessment(round: Audit.auditRoundID, question: "Q1", .level), from: "nej", to: "ja")),
        try audit.retiring(.question, "Q2", reason: "Ingår i Q1"),
        try audit.retiring(.section, "S2", reason: "Slogs ihop"),
      ], to: "ny")
    try store.apply([try store.audit("ny").restoring(.section, "S2")], to: "ny")
    let snapshot = TrainingSnapshot(
      date: Day("2025-11-01")!, source: "HR", targetPercent: 75,
      sections: [SectionTraining(section: "IT", employees: 40, completed: 30, started: 5)])
    try store.apply(
      [
        .addKeyFigure(
          KeyFigure(id: "K1", name: "System", value: 42, unit: "st", period: "2024", source: "S")),
        .addSnapshot(snapshot),
        .addTrainingSection(
          date: snapshot.date,
          SectionTraining(section: "Ekonomi", employees: 20, completed: 12, started: 0)),
        .set(FieldChange(.recommendation("R1", .dueDate), from: nil, to: "2025-06-30")),
      ], to: "ny")
    try store.apply(
      [.set(FieldChange(.recommendation("R1", .dueDate), from: "2025-06-30", to: "2025-09-30"))],
      to: "ny")
    let raw = try setup.admin.history(HistoryFilter()).filter {
      $0.id > start
        && ($0.field.hasSuffix(" insert") || $0.field.hasSuffix(" update")
          || $0.field.hasSuffix(" delete") || $0.account != setup.editor)
    }
    #expect(raw.isEmpty, "\(raw)")
    let saved = try store.audit("ny")
    #expect(saved.period == "2024/25" && saved.priorities == ["Hög", "Låg"])
    #expect(saved.recommendations[0].priority == "Låg")
    #expect(
      saved.recommendations[0].response
        == ManagementResponse(
          agreement: .partlyAgreed, text: "Delvis", date: Day("2025-04-01"), officer: "Kanslichef"))
    #expect(saved.questions.map(\.retired) == [nil, "Ingår i Q1"])
    #expect(saved.sections.map(\.title) == ["Ledning", "Drift"])
    #expect(saved.recommendations[0].questions == ["Q1", "Q2"])
    #expect(
      saved.rounds[0].assessments == [Assessment(question: "Q1", level: "ja", remark: "Saknas")])
    let rows = try setup.history(after: start)
    #expect(rows.contains("\(setup.editor) question Q2 retired: ∅ → Ingår i Q1"), "\(rows)")
  }

  @Test func aViewerHoldingEveryLockItCanTakeDelaysNoSave() throws {
    let setup = try Setup()
    let viewer = try setup.server.createRole("viewer")
    try setup.admin.grant(role: viewer, readOnly: true, allowed: true)
    for attack in [
      "SELECT * FROM granska_turn FOR UPDATE", "SELECT * FROM recommendation FOR SHARE",
      "SELECT public.granska_take_turn_now()", "LOCK TABLE recommendation IN SHARE MODE",
    ] {
      #expect(throws: (any Error).self, "\(attack)") { try setup.psql(attack, as: viewer) }
    }
    let editor = try AuditStore.open(
      at: setup.database.location(as: setup.editor), busyTimeout: 1)
    // The writers' old advisory lock, and every table in the weakest mode,
    // held for longer than a save waits.
    try setup.server.psql(
      """
      BEGIN ISOLATION LEVEL REPEATABLE READ;
      SELECT pg_advisory_lock(\(0x6772_616e_736b_61));
      LOCK TABLE audit, recommendation, history, revision, note IN ACCESS SHARE MODE;
      SELECT count(*) FROM recommendation;
      SELECT pg_sleep(3);
      COMMIT;
      """, database: setup.database.name, as: viewer
    ) {
      usleep(500_000)
      try editor.apply(
        [.set(FieldChange(.recommendation("R1", .owner), from: nil, to: "Sparad"))], to: auditID)
    }
    #expect(try setup.admin.audit(auditID).recommendations[0].owner == "Sparad")
  }

  @Test func anEditorHoldingTheTurnIsNamedAndNothingIsLost() throws {
    let setup = try Setup()
    let waiting = try AuditStore.open(
      at: setup.database.location(as: "anna"), busyTimeout: 0.5)
    try setup.psql(
      "BEGIN; UPDATE recommendation SET owner = 'Håller' WHERE id = 'R5'; "
        + "SELECT pg_sleep(2); COMMIT"
    ) {
      usleep(500_000)
      #expect(throws: StoreError.server(.turnHeld(holder: "\(setup.editor) (psql)"))) {
        try waiting.apply(
          [.set(FieldChange(.recommendation("R1", .owner), from: nil, to: "Väntar"))],
          to: auditID)
      }
    }
    let words = StoreError.server(.turnHeld(holder: "anna (psql)")).message(in: .sv)
    #expect(words.hasPrefix("kunde inte spara: databasen är låst av en annan session (anna"))
    // Once it is free, the same save goes through.
    try waiting.apply(
      [.set(FieldChange(.recommendation("R1", .owner), from: nil, to: "Väntar"))], to: auditID)
    let saved = try setup.admin.audit(auditID).recommendations
    #expect(saved[0].owner == "Väntar" && saved[4].owner == "Håller")
  }
}
