import Foundation
import GRDB
import GranskaDomain
import GranskaFormat
import GranskaStore
import GranskaText
import Testing

/// A fresh directory per test, removed afterwards.
final class TemporaryDirectory {
  let path: String

  init() {
    path = NSTemporaryDirectory() + "granska-test-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ name: String) -> String { path + "/" + name }
}

func builtIn() throws -> [Audit] { try BuiltInAudit.document().audits }

/// The built-in audit under another id: a second audit to import.
func builtIn(id: String) throws -> Audit {
  var audit = try builtIn()[0]
  audit.id = id
  return audit
}

@Suite struct StoreTests {

  /// History times read back as the formatter reads them, to the
  /// millisecond, leap days and times before 1970 included.
  @Test func historyTimesReadBackAsWritten() throws {
    let formatter = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    var texts = [
      "2024-02-29T23:59:59.999Z", "2000-03-01T00:00:00.000Z", "1969-12-31T23:59:59.001Z",
      "1900-03-01T12:00:00.500Z", "2100-02-28T06:07:08.090Z",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      let seconds = Double.random(in: -4e9...7e9, using: &generator)
      texts.append(Timestamp.text(Date(timeIntervalSince1970: seconds)))
    }
    for text in texts {
      let read = try #require(Timestamp.date(text), "\(text)")
      let expected = try formatter.parse(text)
      #expect(abs(read.timeIntervalSince(expected)) < 0.000_01, "\(text)")
      #expect(Timestamp.text(read) == text)
    }
    // Other ISO 8601 times (an import's, say) still read through the formatter.
    #expect(Timestamp.date("2024-05-01T12:30:00Z") == (try formatter.parse("2024-05-01T12:30:00Z")))
  }
  let directory = TemporaryDirectory()

  @Test(arguments: Backend.allCases)
  func aNewDatabaseIsMigratedAndHoldsTheBuiltInAudit(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let store = try database.open("anna")
    #expect(try store.audits().map(\.id) == ["tranemo-2024-informationssakerhet"])
    #expect(try store.audit("tranemo-2024-informationssakerhet") == builtIn()[0])
    let history = try store.history()
    #expect(history.count == 1)
    // On PostgreSQL the database's owner made it (see TestDatabase).
    #expect(history[0].account == (backend == .postgres ? "granska_admin" : "anna"))
    #expect(history[0].field == "import")
    #expect(history[0].newValue == "built-in")
    // Opening again neither seeds twice nor migrates twice.
    let again = try database.open("bertil")
    #expect(try again.history().count == 1)
  }

  @Test func newDatabaseFilesAreNeverWorldWritable() throws {
    let path = directory.file("mode.sqlite")
    _ = try AuditStore.open(at: path, seed: builtIn)
    for file in [path, path + "-wal", path + "-shm"]
    where FileManager.default.fileExists(atPath: file) {
      let mode = try #require(
        FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
      #expect(mode & 0o002 == 0, "\(file) is world-writable")
    }
  }

  /// Notes are signed with a person's name: the full name the password
  /// database has for the account, else the account (or the name given).
  @Test func notesAreSignedWithThePersonsFullName() {
    #expect(fullName(fromGECOS: "Anna Andersson,Rum 12,,") == "Anna Andersson")
    #expect(fullName(fromGECOS: " ,,,") == nil)
    #expect(fullName(fromGECOS: "") == nil)
    #expect(personName(of: "no-such-account-here") == "no-such-account-here")
    #expect(personName(of: "root") == "root", "root's full name here is root")
  }

  /// On PostgreSQL the server's clock stamps an editor's history, but
  /// the order is the same rule.
  @Test(arguments: Backend.allCases)
  func historyTimesFollowTheOrderOfSavingWhateverTheClockSays(_ backend: Backend) throws {
    let clock = Clock()
    let database = try TestDatabase(backend)
    let store = try database.open(now: { clock.now })
    for (index, owner) in ["a", "b", "c"].enumerated() {
      clock.advance(-60)  // set back, or standing still
      try store.apply(
        [.set(FieldChange(.recommendation("R\(index + 1)", .owner), from: nil, to: owner))],
        to: "tranemo-2024-informationssakerhet")
      try store.apply(
        [.addNote(recommendation: "R2", Note(date: Day("2025-01-01")!, author: "x", text: owner))],
        to: "tranemo-2024-informationssakerhet")
    }
    let times = try store.history().reversed().map(\.at)
    #expect(times.count == 7)
    #expect(zip(times, times.dropFirst()).allSatisfy { $0 < $1 }, "\(times)")
  }

  @Test(arguments: Backend.allCases)
  func importReplacesAnAuditAndRecordsWhoAndWhen(_ backend: Backend) throws {
    let moment = Date(timeIntervalSince1970: 1_800_000_000)
    let database = try TestDatabase(backend)
    let seeded = try database.open("anna", now: { moment })
    let store = try database.open("bertil", now: { moment })
    var changed = try builtIn()[0]
    changed.recommendations[0].status = .inProgress
    changed.recommendations[0].owner = "Kommunchef"
    let outcomes = try store.importAudits([changed], source: "plan.yaml")
    #expect(outcomes == [.replaced(changed.id)])
    #expect(try seeded.audit(changed.id).recommendations[0].owner == "Kommunchef")
    let entries = try seeded.history()
    let entry = try #require(entries.first)
    #expect(entry.account == "bertil")
    #expect(entry.at > entries[1].at)
    if backend == .sqlite {
      // The seed's row has the same clock: this one is the next millisecond.
      #expect(entry.at > moment && entry.at.timeIntervalSince(moment) < 0.01)
    }
    #expect(entry.oldValue == "replaced")
    #expect(entry.newValue == "plan.yaml")
  }

  /// What the dashboard shows, read in one go.
  @Test(arguments: Backend.allCases)
  func aReadingHoldsTheAuditItsNewestChangesAndTheirCount(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let store = try database.open()
    _ = try store.importAudits([builtIn(id: "another")], source: "b.yaml")
    for id in ["R1", "R2", "R3"] {
      try store.apply(
        [.set(FieldChange(.recommendation(id, .owner), from: nil, to: "IT"))], to: "another")
    }
    let reading = try #require(try store.reading("another", historyLimit: 2))
    #expect(reading.audits.map(\.id) == ["tranemo-2024-informationssakerhet", "another"])
    #expect(reading.audit == (try store.audit("another")))
    #expect(reading.history.map(\.entityID) == ["R3", "R2"])
    #expect(reading.historyTotal == 4, "the import and three changes")
    #expect(reading.editRefusal == nil)
    let reader = try database.open(readOnly: true)
    #expect(try reader.reading(nil, historyLimit: 1)?.editRefusal == .readOnly(.requested))
    #expect(
      try store.reading("gone", historyLimit: 1)?.audit.id == "tranemo-2024-informationssakerhet")
  }

  @Test(arguments: Backend.allCases)
  func aFailedImportLeavesNoTrace(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let store = try database.open()
    var broken = try builtIn(id: "broken")
    broken.recommendations[0].questions = ["Q99"]
    #expect(throws: StoreError.self) {
      try store.importAudits([builtIn(id: "another"), broken], source: "bad.yaml")
    }
    #expect(try store.audits().map(\.id) == ["tranemo-2024-informationssakerhet"])
    #expect(try store.history().count == 1)
  }

  @Test func aNewerSchemaIsRefusedAndLeftUntouched() throws {
    let path = directory.file("newer.sqlite")
    _ = try AuditStore.open(at: path, seed: builtIn)
    try sqlite(
      path,
      "INSERT INTO grdb_migrations VALUES ('v99-from-the-future'); PRAGMA wal_checkpoint(TRUNCATE);"
    )
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect {
      _ = try AuditStore.open(at: path, seed: builtIn)
    } throws: { error in
      (error as? StoreError)?.message(in: .en).contains("written by a newer version of Granska")
        == true
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  @Test func filesThatAreNotGranskasAreRefusedAndLeftUntouched() throws {
    let text = directory.file("notes.txt")
    try Data("hej".utf8).write(to: URL(fileURLWithPath: text))
    #expect(throws: StoreError.notADatabase(path: text)) {
      _ = try AuditStore.open(at: text, seed: builtIn)
    }
    #expect(try String(contentsOfFile: text, encoding: .utf8) == "hej")

    let other = directory.file("other.sqlite")
    try sqlite(other, "CREATE TABLE t(x); INSERT INTO t VALUES (1);")
    let before = try Data(contentsOf: URL(fileURLWithPath: other))
    #expect(throws: StoreError.notGranska(path: other)) {
      _ = try AuditStore.open(at: other, seed: builtIn)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
  }

  @Test func aMissingDirectoryIsNamed() throws {
    let path = directory.file("missing/dir/x.sqlite")
    #expect(throws: StoreError.directoryMissing(path: directory.file("missing/dir"))) {
      _ = try AuditStore.open(at: path, seed: nil)
    }
  }
}

/// Runs SQL on a database file from outside Granska, as another program would.
func sqlite(_ path: String, _ sql: String) throws {
  let queue = try DatabaseQueue(path: path)
  try queue.writeWithoutTransaction { try $0.execute(sql: sql) }
  try queue.close()
}
