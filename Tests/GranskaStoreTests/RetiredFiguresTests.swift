import Foundation
import GRDB
import GranskaDomain
import GranskaStore
import GranskaText
import Testing

/// Key figures edited, retired and restored, and a training snapshot's
/// sections retired and restored (v13-retired-figures), on both backends:
/// the rows as stored, the history as people read it, raced saves refused.
@Suite struct RetiredFiguresTests {
  let auditID = "tranemo-2024-informationssakerhet"
  let calls = "it-support-calls"
  let snapshot = Day("2023-11-16")!

  /// Each row as "account entity id field: old → new", newest first. On
  /// PostgreSQL a change its history check found without its own row
  /// would add one ("keyFigure update"): there must be none.
  func history(_ store: AuditStore) throws -> [String] {
    let rows = try store.history()
    #expect(!rows.contains { $0.field.hasSuffix(" update") || $0.field.hasSuffix(" insert") })
    return rows.filter { $0.field != "import" }.map {
      "\($0.account) \($0.entity) \($0.entityID) \($0.field): \($0.oldValue ?? "∅") → \($0.newValue ?? "∅")"
    }
  }

  /// A key figure, and a section of a training snapshot, moved up past a
  /// retired one (v14-moved-figures): every place as the audit's list
  /// has it, one history row each in people's words, and on PostgreSQL
  /// no row of the database's own for the parts passed.
  @Test(arguments: Backend.allCases)
  func keyFiguresAndTrainingSectionsAreMovedWithOneRowEach(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let anna = try database.open("anna")
    let figures = try anna.audit(auditID).keyFigures.map(\.id)
    try anna.apply(
      [try anna.audit(auditID).retiring(.keyFigure(figures[1]), reason: "Mäts inte")], to: auditID)
    let figure = try #require(try anna.audit(auditID).moving(.keyFigure(figures[2]), up: true))
    try anna.apply([figure], to: auditID)
    #expect(
      try database.rows("SELECT id FROM keyFigure ORDER BY position").prefix(3)
        == [figures[2], figures[0], figures[1]])
    let omsorg = RetirablePart.trainingSection(date: snapshot, section: "Omsorg")
    try anna.apply([try #require(try anna.audit(auditID).moving(omsorg, up: true))], to: auditID)
    #expect(
      try database.rows(
        "SELECT section FROM trainingCount WHERE snapshotDate = '2023-11-16' ORDER BY position")
        == ["Omsorg", "Lärande", "Samhälle", "Ledning och verksamhetsstöd"])
    let saved = try database.open("bertil").audit(auditID)
    #expect(saved.keyFigures.prefix(3).map(\.id) == [figures[2], figures[0], figures[1]])
    #expect(saved.training[0].sections.first?.section == "Omsorg")
    #expect(
      try Array(history(anna).prefix(2)) == [
        "anna training 2023-11-16/Omsorg position: 1 → 0",
        "anna keyFigure \(figures[2]) position: 2 → 0",
      ])
    let words = ChangeWords(strings: Language.sv.strings, audit: saved)
    #expect(
      try anna.history().prefix(2).map { words.describe($0).sentence } == [
        "Utbildning Omsorg, mätningen 2023-11-16 flyttad upp",
        "Nyckeltal \(figures[2]) flyttat upp",
      ])
  }

  @Test(arguments: Backend.allCases)
  func aKeyFiguresFieldsAreSavedRetiredAndRestoredWithHistory(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let anna = try database.open("anna")
    let bertil = try database.open("bertil")
    let field = { FieldRef.keyFigure(self.calls, $0) }
    try anna.apply(
      [
        .set(
          FieldChange(field(.name), from: "Samtal till IT-supporten", to: "Samtal till supporten")),
        .set(FieldChange(field(.value), from: "3849", to: "3849,5")),
        .set(FieldChange(field(.unit), from: "samtal", to: "st")),
        .set(FieldChange(field(.period), from: "januari–juni 2024", to: "2024")),
      ], to: auditID)
    let row = "SELECT name, value, unit, period, retired FROM keyFigure WHERE id = '\(calls)'"
    #expect(try database.rows(row) == ["Samtal till supporten|3849.5|st|2024|"])
    let retire = try anna.audit(auditID).retiring(.keyFigure(calls), reason: "Mäts inte längre")
    try anna.apply([retire], to: auditID)
    #expect(try database.rows(row) == ["Samtal till supporten|3849.5|st|2024|Mäts inte längre"])
    // Retired: out of the audit in force, kept in the whole audit.
    let saved = try bertil.audit(auditID)
    #expect(saved.keyFigures.first?.retired == "Mäts inte längre")
    #expect(!saved.inForce.keyFigures.contains { $0.id == calls })
    // bertil saw it in force and edits its value: refused, naming anna.
    #expect {
      try bertil.apply(
        [.set(FieldChange(field(.retired), from: nil, to: "Fel"))], to: auditID)
    } throws: { error in
      guard case .conflict(let conflict) = error as? StoreError else { return false }
      return conflict.account == "anna" && conflict.savedValue == "Mäts inte längre"
    }
    try bertil.apply([try bertil.audit(auditID).restoring(.keyFigure(calls))], to: auditID)
    #expect(try database.rows(row) == ["Samtal till supporten|3849.5|st|2024|"])
    #expect(
      try Array(history(anna).prefix(6)) == [
        "bertil keyFigure it-support-calls retired: Mäts inte längre → ∅",
        "anna keyFigure it-support-calls retired: ∅ → Mäts inte längre",
        "anna keyFigure it-support-calls period: januari–juni 2024 → 2024",
        "anna keyFigure it-support-calls unit: samtal → st",
        "anna keyFigure it-support-calls value: 3849 → 3849.5",
        "anna keyFigure it-support-calls name: Samtal till IT-supporten → Samtal till supporten",
      ])
  }

  /// A decimal value reads back the same in history on either backend:
  /// as few digits as give the number, a point, no exponent. (Two people
  /// take turns: one person's quick changes of a field are one row.)
  @Test(arguments: Backend.allCases)
  func aDecimalValueReadsTheSameInHistory(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let people = [try database.open("anna"), try database.open("bertil")]
    var old = "3849"
    for (n, typed) in ["0.1", "12,5", "0.00001", "100000000000000000000", "-2.75", "7"]
      .enumerated()
    {
      let store = people[n % 2]
      try store.apply(
        [.set(FieldChange(.keyFigure(calls, .value), from: old, to: typed))], to: auditID)
      old = try store.audit(auditID).value(of: .keyFigure(calls, .value)) ?? ""
    }
    #expect(
      try history(people[0]).prefix(6).reversed() == [
        "anna keyFigure it-support-calls value: 3849 → 0.1",
        "bertil keyFigure it-support-calls value: 0.1 → 12.5",
        "anna keyFigure it-support-calls value: 12.5 → 0.00001",
        "bertil keyFigure it-support-calls value: 0.00001 → 100000000000000000000",
        "anna keyFigure it-support-calls value: 100000000000000000000 → -2.75",
        "bertil keyFigure it-support-calls value: -2.75 → 7",
      ])
    #expect(try database.open("bertil").audit(auditID).keyFigures[0].value == 7)
  }

  @Test(arguments: Backend.allCases)
  func aTrainingSectionIsRetiredOutOfItsTotalsAndRestored(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let anna = try database.open("anna")
    let part = RetirablePart.trainingSection(date: snapshot, section: "Samhälle")
    try anna.apply(
      [try anna.audit(auditID).retiring(part, reason: "Sammanslagen med Omsorg")], to: auditID)
    let row = "SELECT section, employees, retired FROM trainingCount WHERE section = 'Samhälle'"
    #expect(try database.rows(row) == ["Samhälle|120|Sammanslagen med Omsorg"])
    let saved = try database.open("bertil").audit(auditID)
    #expect(saved.training[0].sections.count == 4)
    #expect(
      saved.inForce.training[0].sections.map(\.section) == [
        "Lärande", "Omsorg", "Ledning och verksamhetsstöd",
      ])
    #expect(saved.inForce.training[0].total.employees == 420 + 380 + 80)
    // Its counts are still edited as they were.
    try anna.apply(
      [
        .set(
          FieldChange(
            .training(date: snapshot, section: "Samhälle", .employees), from: "120", to: "125"))
      ],
      to: auditID)
    // Restored by another (anna's own restoring soon after would undo her
    // retirement, leaving no row).
    let bertil = try database.open("bertil")
    try bertil.apply([try bertil.audit(auditID).restoring(part)], to: auditID)
    #expect(try database.rows(row) == ["Samhälle|125|"])
    #expect(
      try Array(history(anna).prefix(3)) == [
        "bertil training 2023-11-16/Samhälle retired: Sammanslagen med Omsorg → ∅",
        "anna training 2023-11-16/Samhälle employees: 120 → 125",
        "anna training 2023-11-16/Samhälle retired: ∅ → Sammanslagen med Omsorg",
      ])
  }

  /// A database from before v13 (no `retired` on key figures or training
  /// counts) upgrades, keeps its audit as it was, and takes retirements.
  @Test(arguments: Backend.allCases)
  func aDatabaseFromBeforeRetiredFiguresUpgrades(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    try database.makeOld(upTo: "v12-own-statuses-and-opinions")
    let anna = try database.upgraded()
    #expect(try anna.audit(auditID) == (try builtIn()[0]))
    try anna.apply(
      [try anna.audit(auditID).retiring(.keyFigure(calls), reason: "Gammal")], to: auditID)
    let part = RetirablePart.trainingSection(date: snapshot, section: "Omsorg")
    try anna.apply([try anna.audit(auditID).retiring(part, reason: "Ny")], to: auditID)
    #expect(
      try database.rows("SELECT retired FROM keyFigure WHERE id = '\(calls)'") == ["Gammal"])
    #expect(
      try database.rows("SELECT retired FROM trainingCount WHERE section = 'Omsorg'") == ["Ny"])
  }

  /// A PostgreSQL viewer retires nothing, by Granska or by SQL: the new
  /// columns are under the tables' grants.
  @Test func aViewerRoleRetiresNoFigureAndNoSection() throws {
    let database = try TestDatabase(.postgres)
    let server = try #require(database.server)
    let admin = try database.open("granska_admin")
    let viewer = try server.createRole("viewer")
    try admin.grant(role: viewer, readOnly: true, allowed: true)
    for sql in [
      "UPDATE keyFigure SET retired = 'x'", "UPDATE keyFigure SET value = 1",
      "UPDATE trainingCount SET retired = 'x'",
    ] {
      #expect(throws: (any Error).self, "\(sql)") {
        try server.psql(sql, database: database.name, as: viewer)
      }
    }
    let store = try AuditStore.open(at: database.location(as: viewer))
    let audit = try store.audit(auditID)
    let refusal = StoreError.server(.viewerRole(role: viewer))
    #expect(throws: refusal) {
      try store.apply([try audit.retiring(.keyFigure(calls), reason: "x")], to: auditID)
    }
    #expect(throws: refusal) {
      try store.apply(
        [
          try audit.retiring(.trainingSection(date: snapshot, section: "Omsorg"), reason: "x")
        ], to: auditID)
    }
    #expect(
      try database.rows("SELECT count(*) FROM keyFigure WHERE retired IS NOT NULL") == ["0"])
    #expect(
      try database.rows("SELECT count(*) FROM trainingCount WHERE retired IS NOT NULL") == ["0"])
  }
}
