import Foundation
import GRDB
import GranskaDomain
import GranskaTestSupport
import GranskaText
import Testing

@testable import GranskaStore

/// An audit's own status words and its opinions per section, on both
/// backends: stored as they are, edited with history, refused where
/// undeclared; and databases from before them (and before earlier due
/// dates) upgrade and then keep what the new columns hold.
@Suite struct OwnStatusStoreTests {
  let auditID = "tranemo-2024-informationssakerhet"

  /// The built-in audit with two statuses of its own (one open, one
  /// closed), R1 at the closed one, and an opinion on the first section
  /// in the latest round.
  static func withOwnWords() throws -> Audit {
    var audit = try builtIn()[0]
    audit.statuses = [
      DeclaredStatus(id: "partly-done", label: "Delvis genomförd", open: true),
      DeclaredStatus(id: "risk-accepted", label: "Risk accepterad", open: false),
    ]
    audit.recommendations[0].status = .declared("risk-accepted")
    audit.rounds[audit.rounds.count - 1].opinions = [
      SectionOpinion(section: audit.sections[0].id, level: audit.scale[2].id)
    ]
    return audit
  }

  @Test(arguments: Backend.allCases)
  func ownStatusesAndOpinionsAreStoredAndAStatusIsSetAsAnyOther(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let anna = try database.open("anna")
    let audit = try Self.withOwnWords()
    _ = try anna.importAudits([audit], source: "test", replacingNewer: true)
    #expect(try database.open("bertil").audit(auditID) == audit)
    #expect(
      try database.query("SELECT status FROM recommendation WHERE id = 'R1'") == "risk-accepted")
    #expect(
      try database.query("SELECT statuses FROM audit")
        == #"[{"id":"partly-done","label":"Delvis genomförd","open":true},"#
        + #"{"id":"risk-accepted","label":"Risk accepterad","open":false}]"#)

    let r2 = FieldRef.recommendation("R2", .status)
    try anna.apply([.set(FieldChange(r2, from: "not-started", to: "partly-done"))], to: auditID)
    #expect(
      try database.query("SELECT status FROM recommendation WHERE id = 'R2'") == "partly-done")
    let last = try anna.history(HistoryFilter(entity: "recommendation", limit: 1)).first
    #expect(last?.newValue == "partly-done" && last?.entityID == "R2")

    // A status the audit does not declare is refused, naming the field.
    #expect {
      try anna.apply([.set(FieldChange(r2, from: "partly-done", to: "ersatt"))], to: auditID)
    } throws: { error in
      "\(error)".contains("status") && "\(error)".contains("ersatt")
    }
    #expect(
      try database.query("SELECT status FROM recommendation WHERE id = 'R2'") == "partly-done")
  }

  /// A round's opinion on a section is set, changed and taken away as
  /// any field, each a history row in the reader's words; the round's
  /// column holds what is left (none: nothing).
  @Test(arguments: Backend.allCases)
  func anOpinionIsEditedWithItsHistory(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let anna = try database.open("anna")
    let audit = try Self.withOwnWords()
    _ = try anna.importAudits([audit], source: "test", replacingNewer: true)
    let round = audit.rounds[audit.rounds.count - 1]
    let first = FieldRef.opinion(round: round.id, section: "3.1")
    let second = FieldRef.opinion(round: round.id, section: "3.2")
    func sentences() throws -> [String] {
      let words = ChangeWords(strings: Language.sv.strings, audit: try anna.audit(auditID))
      return try anna.history(HistoryFilter(entity: "opinion", limit: 5)).map {
        words.describe($0).sentence
      }
    }
    try anna.apply([.set(FieldChange(second, from: nil, to: "ja"))], to: auditID)
    let column = "SELECT opinions FROM round WHERE id = '\(round.id)'"
    #expect(
      try database.query(column)
        == #"[{"level":"delvis","section":"3.1"},{"level":"ja","section":"3.2"}]"#)
    #expect(try sentences() == ["Avsnitt 3.2 i KPMG 2024: Omdöme – → Ja"])
    // Taken back at once: one decision, no row (as any field).
    try anna.apply([.set(FieldChange(second, from: "ja", to: nil))], to: auditID)
    try anna.apply([.set(FieldChange(first, from: "delvis", to: nil))], to: auditID)
    #expect(try database.query(column) == "")
    #expect(try database.open("bertil").audit(auditID).rounds[0].opinions == nil)
    #expect(try sentences() == ["Avsnitt 3.1 i KPMG 2024: Omdöme Delvis → –"])
    // PostgreSQL's history check takes the opinion rows as covering the
    // round's column: no row of its own for the change.
    #expect(try database.query("SELECT count(*) FROM history WHERE entity = 'round'") == "0")
    // A level the scale lacks is refused, and nothing is saved.
    #expect(throws: (any Error).self) {
      try anna.apply([.set(FieldChange(first, from: nil, to: "kanske"))], to: auditID)
    }
    #expect(try database.query(column) == "")
  }

  /// A follow-up round that starts from the one before it carries its
  /// opinions on sections too; on PostgreSQL the round's own history row
  /// covers them, so the database's check adds none of its own.
  @Test(arguments: Backend.allCases)
  func aNewRoundCarriesTheOpinionsOfTheOneBefore(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let anna = try database.open("anna")
    let audit = try Self.withOwnWords()
    _ = try anna.importAudits([audit], source: "test", replacingNewer: true)
    let round = audit.newRound(title: "Våren 2026", date: Day("2026-04-01")!, copyingLevels: true)
    #expect(round.opinions == audit.rounds.last?.opinions)
    try anna.apply([.addRound(round)], to: auditID)
    #expect(try database.open("bertil").audit(auditID).rounds.last == round)
    #expect(
      try database.query("SELECT opinions FROM round WHERE id = '\(round.id)'")
        == #"[{"level":"delvis","section":"3.1"}]"#)
    #expect(try database.query("SELECT count(*) FROM history WHERE entity = 'round'") == "1")
  }

  /// A database from before earlier due dates (v9) opens and upgrades on
  /// both backends; its audit is as it was, a revised due date then keeps
  /// the one it replaced, and an audit's own status can be stored.
  @Test(arguments: Backend.allCases)
  func aDatabaseFromBeforeEarlierDueDatesUpgrades(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    try database.makeOld(upTo: "v9-structure")
    #expect(try database.query("SELECT count(*) FROM recommendation") == "8")
    let anna = try database.upgraded()
    #expect(try anna.audit(auditID) == (try builtIn()[0]))

    let due = FieldRef.recommendation("R1", .dueDate)
    try anna.apply([.set(FieldChange(due, from: nil, to: "2025-03-31"))], to: auditID)
    try anna.apply([.set(FieldChange(due, from: "2025-03-31", to: "2025-06-30"))], to: auditID)
    let r1 = try database.open("bertil").audit(auditID).recommendations[0]
    #expect(r1.dueDate == Day("2025-06-30") && r1.earlierDueDates == [Day("2025-03-31")!])
    #expect(
      try database.query("SELECT earlierDueDates FROM recommendation WHERE id = 'R1'")
        == "2025-03-31")
    try storesOwnStatus(anna, database)
  }

  /// A database from before own statuses (v11, with its CHECK on a
  /// recommendation's status) upgrades on both backends, keeps its
  /// earlier due dates, and then takes an audit's own status.
  @Test(arguments: Backend.allCases)
  func aDatabaseFromBeforeOwnStatusesUpgrades(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    var audit = try builtIn()[0]
    audit.recommendations[0].dueDate = Day("2025-06-30")
    audit.recommendations[0].earlierDueDates = [Day("2025-03-31")!]
    try database.makeOld(upTo: "v11-moves", holding: audit)
    // The old CHECK stands: no status but the four.
    #expect(throws: (any Error).self) {
      try database.raw("UPDATE recommendation SET status = 'partly-done' WHERE id = 'R2'")
    }
    let anna = try database.upgraded()
    #expect(try anna.audit(auditID) == audit)
    try storesOwnStatus(anna, database)
    // v6's revision triggers came back with SQLite's new table: a change
    // behind Granska's back is seen.
    try database.raw("UPDATE recommendation SET owner = 'Rå' WHERE id = 'R3'")
    #expect(try anna.audit(auditID).recommendations[2].owner == "Rå")
  }

  /// After an upgrade: an audit with its own statuses imports, and one
  /// of them is set and stored.
  private func storesOwnStatus(_ anna: AuditStore, _ database: TestDatabase) throws {
    var audit = try anna.audit(auditID)
    audit.statuses = [DeclaredStatus(id: "partly-done", label: "Delvis genomförd", open: true)]
    _ = try anna.importAudits([audit], source: "test", replacingNewer: true)
    let r2 = FieldRef.recommendation("R2", .status)
    try anna.apply([.set(FieldChange(r2, from: "not-started", to: "partly-done"))], to: auditID)
    #expect(
      try database.query("SELECT status FROM recommendation WHERE id = 'R2'") == "partly-done")
    #expect(
      try database.open("bertil").audit(auditID).recommendations[1].status
        == .declared("partly-done"))
  }
}

extension TestDatabase {
  /// The first column of a query's rows, one a line, as `sqlite3` or
  /// `psql -At` prints them.
  func query(_ sql: String) throws -> String {
    if let server {
      return try server.psql(sql, database: name, as: "granska_admin")
        .trimmingCharacters(in: .newlines)
    }
    let queue = try DatabaseQueue(path: directory.file(name))
    defer { try? queue.close() }
    return try queue.read { db in
      try Row.fetchAll(db, sql: sql).map { $0[0].map { "\($0)" } ?? "" }
    }.joined(separator: "\n")
  }

  /// The database as a Granska of the migration `last` left it, holding
  /// `audit`: on SQLite a file made by the migrations up to `last` and
  /// filled from one made now, column by column as far as its tables
  /// have them; on PostgreSQL what came after taken off again (columns
  /// dropped, the status's CHECK of v1 put back, under a name of its own:
  /// the upgrade finds it by what it checks).
  func makeOld(upTo last: String, holding audit: Audit? = nil) throws {
    do {
      let current = try open("anna")
      if let audit { _ = try current.importAudits([audit], source: "test", replacingNewer: true) }
    }
    let after = Schema.migrations.drop { $0.id != last }.dropFirst().map(\.id)
    if let server {
      var undo: [String] = []
      if after.contains("v16-recommendation-reference") {
        undo.append("ALTER TABLE recommendation DROP COLUMN reference")
      }
      if after.contains("v13-retired-figures") {
        undo += [
          "ALTER TABLE keyFigure DROP COLUMN retired",
          "ALTER TABLE trainingCount DROP COLUMN retired",
        ]
      }
      if after.contains("v12-own-statuses-and-opinions") {
        undo += [
          "ALTER TABLE audit DROP COLUMN statuses", "ALTER TABLE round DROP COLUMN opinions",
          "ALTER TABLE recommendation DROP CONSTRAINT recommendation_status_check",
          """
          ALTER TABLE recommendation ADD CONSTRAINT recommendation_status_v1
            CHECK (status IN ('not-started', 'in-progress', 'done', 'not-applicable'))
          """,
        ]
      }
      if after.contains("v10-earlier-due-dates") {
        undo.append("ALTER TABLE recommendation DROP COLUMN earlierDueDates")
      }
      let listed = after.map { "'\($0)'" }.joined(separator: ", ")
      undo.append("DELETE FROM granska_migrations WHERE identifier IN (\(listed))")
      for statement in undo { _ = try server.psql(statement, database: name, as: "granska_admin") }
      return
    }
    let path = directory.file(name)
    let old = directory.file("old.sqlite")
    let queue = try DatabaseQueue(path: old)
    try Schema.migrator.migrate(queue, upTo: last)
    try queue.inDatabase { db in
      try db.execute(sql: "PRAGMA foreign_keys = OFF")
      try db.execute(sql: "ATTACH DATABASE ? AS now", arguments: [path])
      let tables = try String.fetchAll(
        db,
        sql: """
          SELECT name FROM main.sqlite_master WHERE type = 'table'
          AND name NOT LIKE 'sqlite_%' AND name NOT IN ('grdb_migrations', 'revision')
          """)
      for table in tables {
        let columns = try Row.fetchAll(db, sql: "PRAGMA main.table_info(\(table))")
          .map { (row: Row) -> String in row["name"] }.joined(separator: ", ")
        try db.execute(
          sql: "INSERT INTO main.\(table) (\(columns)) SELECT \(columns) FROM now.\(table)")
      }
      try db.execute(sql: "DETACH DATABASE now")
    }
    try queue.close()
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: path + suffix)
    }
    try FileManager.default.moveItem(atPath: old, toPath: path)
    chmod(path, 0o600)
  }

  /// The database opened as its upgrade is made: a private SQLite file by
  /// its owner's open, PostgreSQL by the schema owner's.
  func upgraded() throws -> AuditStore {
    if let server {
      _ = try AuditStore.open(at: server.url(name, as: "granska_admin"))
    }
    return try open("anna")
  }
}
