import Foundation
import GRDB
import GranskaDomain
import GranskaText
import Testing

@testable import GranskaStore

/// Which permission an account lacks on a shared database, and the command
/// that gives it: judged from real files' owners and modes, for accounts
/// other than the one running the tests.
@Suite struct DatabaseAccessTests {
  let directory = TemporaryDirectory()

  /// A file owned by root, group `gid`, with `mode`, in a directory of its own.
  func file(mode: mode_t, gid: gid_t, setgidDirectoryGroup: gid_t? = nil) throws -> String {
    let folder = directory.file("shared")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    // The group may write the directory: what matters is the file.
    chown(folder, 0, setgidDirectoryGroup ?? gid)
    chmod(folder, setgidDirectoryGroup == nil ? 0o775 : 0o2775)
    let path = folder + "/g.sqlite"
    #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8)))
    chown(path, 0, gid)
    chmod(path, mode)
    return path
  }

  func someone(in groups: Set<gid_t>) -> Credentials {
    Credentials(uid: 4242, groups: groups, name: "bertil")
  }

  @Test(.enabled(if: geteuid() == 0, "needs root to give files to other owners and groups"))
  func eachMissingPermissionNamesItsFix() throws {
    let group: gid_t = 4343
    let path = try file(mode: 0o640, gid: group)
    let member = DatabaseAccess.check(path, as: someone(in: [group]))
    #expect(member.canRead && !member.canWrite)
    #expect(member.problem?.command == "chmod g+rw \(path)")
    #expect(
      member.problem?.message(in: .en)
        == "bertil cannot write \(path) (owner root, group 4343, rw-r-----). "
        + "To fix: chmod g+rw \(path)")

    let outsider = DatabaseAccess.check(path, as: someone(in: []))
    #expect(!outsider.canRead && !outsider.canWrite)
    #expect(outsider.problem?.need == .read)
    #expect(outsider.problem?.command == "sudo usermod -aG 4343 bertil")

    chmod(path, 0o660)
    #expect(DatabaseAccess.check(path, as: someone(in: [group])).canWrite)

    // Group mode: the file belongs to another group than its setgid directory's.
    let moved = try file(mode: 0o640, gid: 4444, setgidDirectoryGroup: group)
    #expect(
      DatabaseAccess.check(moved, as: someone(in: [group])).problem?.command
        == "chgrp 4343 \(moved) && chmod g+r \(moved)")
  }

  @Test(.enabled(if: geteuid() == 0, "needs root to leave files owned by someone else"))
  func journalFilesLeftBySomeoneElseAreNamedWithTheirFix() throws {
    let group: gid_t = 4343
    let path = try file(mode: 0o660, gid: group)
    for journal in ["-wal", "-shm"] {
      #expect(FileManager.default.createFile(atPath: path + journal, contents: Data()))
      chown(path + journal, 4545, 4545)
      chmod(path + journal, 0o640)
    }
    let access = DatabaseAccess.check(path, as: someone(in: [group]))
    #expect(access.canRead && !access.canWrite)
    #expect(
      access.problem?.command
        == "sudo chown root:4343 \(path)-wal \(path)-shm && sudo chmod 660 \(path)-wal \(path)-shm")
  }
}

/// `--read-only` and accounts that cannot write never change a byte, never
/// create -wal or -shm, never migrate; they still see other sessions' saves.
@Suite struct ReadOnlyOpeningTests {
  let directory = TemporaryDirectory()
  let auditID = "tranemo-2024-informationssakerhet"
  var path: String { directory.file("g.sqlite") }

  func bytes() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }
  func journals() -> [String] {
    ["-wal", "-shm"].filter { FileManager.default.fileExists(atPath: path + $0) }
  }

  /// A database that no one has open: no -wal, no -shm.
  func closedDatabase() throws {
    try AuditStore.open(at: path, seed: builtIn).apply(
      [.set(FieldChange(.recommendation("R1", .owner), from: nil, to: "Anna"))], to: auditID)
    #expect(journals().isEmpty)
  }

  @Test func aReadOnlyOpenChangesNoByteAndCreatesNoJournal() throws {
    try closedDatabase()
    let before = try bytes()
    let reader = try AuditStore.open(at: path, readOnly: true)
    #expect(try reader.audit(auditID).recommendations[0].owner == "Anna")
    #expect(try reader.editRefusal() == .readOnly(.requested))
    #expect(throws: StoreError.readOnly(.requested)) {
      try reader.apply(
        [.set(FieldChange(.recommendation("R1", .owner), from: "Anna", to: "x"))], to: auditID)
    }
    #expect(throws: StoreError.readOnly(.requested)) {
      try reader.setEditor(kind: "account", name: "x", allowed: true)
    }
    _ = try reader.dataVersion()
    #expect(journals().isEmpty)
    #expect(try bytes() == before)
  }

  @Test func aReaderSeesWhatIsSavedWhileItIsOpen() throws {
    try closedDatabase()
    // Nobody writing: the file is read as it is, and opened again when it changes.
    let reader = try AuditStore.open(at: path, readOnly: true)
    let version = try reader.dataVersion()
    let writer = try AuditStore.open(at: path, account: "bertil")
    try writer.apply(
      [.set(FieldChange(.recommendation("R1", .owner), from: "Anna", to: "Bertil"))],
      to: auditID)
    #expect(try reader.dataVersion() != version)
    #expect(try reader.audit(auditID).recommendations[0].owner == "Bertil")
    // A writer has it open: the reader reads through its journal, commit by commit.
    let second = try reader.dataVersion()
    try writer.apply(
      [.set(FieldChange(.recommendation("R1", .owner), from: "Bertil", to: "Cecilia"))],
      to: auditID)
    #expect(try reader.dataVersion() != second)
    #expect(try reader.audit(auditID).recommendations[0].owner == "Cecilia")
  }

  @Test func aReadOnlyOpenNeverCreatesADatabase() throws {
    #expect(throws: StoreError.readOnlyMissing(path: path)) {
      _ = try AuditStore.open(at: path, seed: builtIn, readOnly: true)
    }
    #expect(!FileManager.default.fileExists(atPath: path))
  }
}

/// Schema upgrades: silent only for one's own private database; a shared
/// one, or a read-only session, is told the command; `migrate` backs up first.
@Suite struct UpgradeTests {
  let directory = TemporaryDirectory()
  var path: String { directory.file("g.sqlite") }

  /// A database as the previous version left it: before people and keys.
  func previousVersionDatabase() throws {
    _ = try AuditStore.open(at: path, seed: builtIn)
    try sqlite(
      path,
      "DROP TABLE personKey; DROP TABLE person; "
        + "DELETE FROM grdb_migrations WHERE identifier = 'v4-people';")
  }

  /// Messages name what an upgrade brings, never its id.
  @Test func everyUpgradeHasWordsInBothLanguages() {
    for id in AuditStore.schemaMigrations {
      for language in Language.allCases {
        #expect(UpgradeWords.describe(id, in: language) != id, "\(id) in \(language)")
      }
    }
  }

  @Test func aPrivateDatabaseIsUpgradedWhenOpened() throws {
    try previousVersionDatabase()
    chmod(path, 0o600)
    let store = try AuditStore.open(at: path)
    #expect(try store.people() == [])
  }

  @Test func aSharedDatabaseSaysWhichCommandUpgradesIt() throws {
    try previousVersionDatabase()
    chmod(path, 0o660)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let needs = StoreError.needsUpgrade(path: path, pending: ["v4-people"])
    #expect(throws: needs) { _ = try AuditStore.open(at: path) }
    #expect(throws: needs) { _ = try AuditStore.open(at: path, readOnly: true) }
    #expect(
      needs.message(in: .sv).hasSuffix(
        "(personer och deras nycklar); kör: granska migrate --db \(path)"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

    let backup = directory.file("before.sqlite")
    #expect(try AuditStore.migrate(at: path, backup: backup) == ["v4-people"])
    #expect(try AuditStore.open(at: path).people() == [])
    // The backup is the database as it was, whole.
    let old = try DatabaseQueue(path: backup)
    #expect(try old.read { try $0.tableExists("person") } == false)
    #expect(try old.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
    #expect(try AuditStore.migrate(at: path, backup: directory.file("again.sqlite")) == [])
    #expect(!FileManager.default.fileExists(atPath: directory.file("again.sqlite")))
  }

  /// A database from before audits could be entered by hand (v9-structure)
  /// upgrades, keeps its audit as it was, and takes retirements.
  @Test func aDatabaseFromBeforePeriodsAndRetirementsUpgrades() throws {
    _ = try AuditStore.open(at: path, seed: builtIn)
    try sqlite(
      path,
      "ALTER TABLE audit DROP COLUMN period; ALTER TABLE audit DROP COLUMN priorities; "
        + "ALTER TABLE section DROP COLUMN retired; ALTER TABLE question DROP COLUMN retired; "
        + "ALTER TABLE recommendation DROP COLUMN retired; "
        + "ALTER TABLE recommendation DROP COLUMN priority; "
        + "ALTER TABLE recommendation DROP COLUMN agreement; "
        + "ALTER TABLE recommendation DROP COLUMN response; "
        + "ALTER TABLE recommendation DROP COLUMN responded; "
        + "ALTER TABLE recommendation DROP COLUMN officer; "
        + "DELETE FROM grdb_migrations WHERE identifier = 'v9-structure';")
    chmod(path, 0o600)
    let store = try AuditStore.open(at: path)
    let audit = try store.audit("tranemo-2024-informationssakerhet")
    #expect(audit == (try builtIn()[0]))
    try store.apply(
      [try audit.retiring(.recommendation, "R8", reason: "Ersatt")], to: audit.id)
    #expect(try store.audit(audit.id).recommendations[7].retired == "Ersatt")
  }

  @Test func aBackupIsConsistentWhileAnotherSessionSaves() async throws {
    let store = try AuditStore.open(at: path, seed: builtIn)
    let path = path
    let writing = Task.detached {
      let writer = try AuditStore.open(at: path, account: "bertil")
      for n in 1...200 {
        try writer.apply(
          to: "tranemo-2024-informationssakerhet",
          building: { audit in
            [
              .set(
                FieldChange(
                  .recommendation("R1", .owner), from: audit.recommendations[0].owner,
                  to: "Ägare \(n)"))
            ]
          })
      }
    }
    for n in 1...5 {
      try store.backup(to: directory.file("backup-\(n).sqlite"))
      let copy = try AuditStore.open(at: directory.file("backup-\(n).sqlite"), readOnly: true)
      let owner = try copy.audit("tranemo-2024-informationssakerhet").recommendations[0].owner
      let last = try copy.history(HistoryFilter(entity: "recommendation", limit: 1)).first
      // The copy is one moment: the saved value and its history row agree.
      #expect(owner == last?.newValue)
    }
    try await writing.value
    #expect(throws: StoreError.backupExists(path: directory.file("backup-1.sqlite"))) {
      try store.backup(to: directory.file("backup-1.sqlite"))
    }
  }
}

/// Service-account mode's people: names, keys, roles, each change in the history.
@Suite struct PeopleTests {
  let directory = TemporaryDirectory()
  let key = PublicKey(
    type: "ssh-ed25519", data: "AAAAC3NzaC1lZDI1NTE5AAAAIFakeButWellFormedEnoughForTheStore",
    comment: "anna@laptop", fingerprint: "SHA256:abc")

  @Test func peopleAreAddedWithTheirKeysAndEveryChangeIsInTheHistory() throws {
    let store = try AuditStore.open(at: directory.file("g.sqlite"), seed: builtIn, account: "root")
    var published: [[Person]] = []
    let anna = Person(name: "anna", role: .editor, keys: [key])
    try store.addPerson(anna) { published.append($0) }
    try store.setRole(.viewer, of: "anna") { published.append($0) }
    #expect(published.last == [Person(name: "anna", role: .viewer, keys: [key])])
    #expect(try store.role(of: "anna") == .viewer)

    #expect(throws: StoreError.duplicateName("anna")) {
      try store.addPerson(anna) { _ in }
    }
    #expect(throws: StoreError.duplicateKey(fingerprint: "SHA256:abc", person: "anna")) {
      try store.addPerson(Person(name: "bertil", role: .viewer, keys: [key])) { _ in }
    }
    #expect(throws: StoreError.badName("åsa")) {
      try store.addPerson(Person(name: "åsa", role: .viewer, keys: [])) { _ in }
    }
    // A failure to publish (authorized_keys) saves nothing.
    struct Unwritable: Error {}
    #expect(throws: Unwritable.self) {
      try store.removePerson("anna") { _ in throw Unwritable() }
    }
    #expect(try store.people().map(\.name) == ["anna"])
    try store.removePerson("anna") { published.append($0) }
    #expect(published.last == [])
    #expect(
      try store.history(HistoryFilter(entity: "person")).map {
        "\($0.field): \($0.oldValue ?? "∅") → \($0.newValue ?? "∅")"
      } == [
        "role: viewer → ∅", "key: ssh-ed25519 SHA256:abc → ∅", "role: editor → viewer",
        "key: ∅ → ssh-ed25519 SHA256:abc", "role: ∅ → editor",
      ])
  }

  @Test func aPersonsRoleDecidesWhetherTheyEdit() throws {
    let path = directory.file("g.sqlite")
    let owner = try AuditStore.open(at: path, seed: builtIn)
    try owner.addPerson(Person(name: "anna", role: .viewer, keys: [key])) { _ in }
    let anna = try AuditStore.open(at: path, person: "anna")
    #expect(anna.account == "anna")
    #expect(try anna.editRefusal() == .viewer(person: "anna"))
    try owner.setRole(.editor, of: "anna") { _ in }
    // Read afresh: a change of role reaches a session that is already open.
    #expect(try anna.editRefusal() == nil)
    try anna.apply(
      [.set(FieldChange(.recommendation("R1", .owner), from: nil, to: "Anna"))],
      to: "tranemo-2024-informationssakerhet")
    #expect(try owner.history(HistoryFilter(entity: "recommendation")).first?.account == "anna")
    #expect(throws: StoreError.notOwner(path: path)) {
      try anna.setEditor(kind: "account", name: "anna", allowed: true)
    }
    #expect(throws: StoreError.unknownPerson("bertil")) {
      _ = try AuditStore.open(at: path, person: "bertil")
    }
  }
}
