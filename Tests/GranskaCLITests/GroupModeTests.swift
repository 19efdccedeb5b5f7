import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Group mode with real accounts (created for the test, removed after):
/// ann and bob share a group and a setgid directory; eve is not in it.
/// Every command runs under umask 022, Debian's default.
final class SharedDirectory {
  let accounts = TestAccounts()
  let directory = NSTemporaryDirectory() + "granska-group-" + UUID().uuidString
  let group: String
  let ann: String
  let bob: String
  let eve: String
  var database: String { directory + "/shared/granska.sqlite" }

  init(mode: mode_t) throws {
    group = try accounts.group("infosak")
    ann = try accounts.account("ann", groups: [group])
    bob = try accounts.account("bob", groups: [group])
    eve = try accounts.account("eve")
    try FileManager.default.createDirectory(
      atPath: directory + "/shared", withIntermediateDirectories: true)
    chmod(directory, 0o755)
    _ = try Program.run(["chgrp", group, directory + "/shared"])
    chmod(directory + "/shared", mode)
  }

  deinit { try? FileManager.default.removeItem(atPath: directory) }

  func granska(_ account: String, _ arguments: String...) throws -> GranskaRun.Result {
    try accounts.run(as: account, [GranskaRun.binary.path, "--db", database] + arguments)
  }

  func files() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory + "/shared").sorted()
  }

  func mode(_ name: String) throws -> (mode: Int, group: String) {
    let attributes = try FileManager.default.attributesOfItem(
      atPath: directory + "/shared/" + name)
    return (
      attributes[.posixPermissions] as? Int ?? -1,
      attributes[.groupOwnerAccountName] as? String ?? ""
    )
  }

  func checksum() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: database)) }

  /// A dashboard of `account` in its own terminal.
  func dashboard(_ account: String) throws -> Tmux {
    let tmux = try Tmux()
    try tmux.start(
      ["/usr/sbin/runuser", "-u", account, "--", GranskaRun.binary.path, "--db", database],
      environment: ["PATH": "/usr/bin:/bin", "HOME": "/tmp", "TERM": "xterm-256color"])
    return tmux
  }
}

@Suite(.enabled(if: TestAccounts.canCreate, "needs root to create accounts"))
struct GroupModeTests {
  /// A member plants a symbolic link as a journal file, or as the database
  /// itself: the next member is refused with the file named and its fix,
  /// and nothing is written where the link points.
  @Test func aPlantedLinkIsRefusedAndNothingIsWrittenThrough() throws {
    let shared = try SharedDirectory(mode: 0o2770)
    #expect(try shared.granska(shared.ann, "summary").status == 0)
    let elsewhere = shared.directory + "/shared/elsewhere"
    FileManager.default.createFile(atPath: elsewhere, contents: Data("bobs".utf8))
    _ = try Program.run(["chown", "\(shared.bob):\(shared.group)", elsewhere])
    let wal = shared.database + "-wal"
    _ = try shared.accounts.run(as: shared.bob, ["/bin/ln", "-s", elsewhere, wal])
    let refused = try shared.granska(shared.ann, "set", "recommendation", "R1", "--owner", "Ann")
    #expect(refused.status != 0)
    #expect(
      refused.error.contains("\(wal) är en symbolisk länk") && refused.error.contains("rm \(wal)"),
      "\(refused.error)")
    #expect(try String(contentsOfFile: elsewhere, encoding: .utf8) == "bobs")
    unlink(wal)

    // The database itself replaced by a link to a file of bob's choosing.
    let decoy = shared.directory + "/shared/decoy.sqlite"
    _ = try shared.accounts.run(as: shared.bob, ["/bin/cp", shared.database, decoy])
    _ = try shared.accounts.run(as: shared.bob, ["/bin/rm", "-f", shared.database])
    _ = try shared.accounts.run(as: shared.bob, ["/bin/ln", "-s", decoy, shared.database])
    let redirected = try shared.granska(shared.ann, "set", "recommendation", "R1", "--owner", "Ann")
    #expect(redirected.status != 0)
    #expect(redirected.error.contains("är en symbolisk länk"), "\(redirected.error)")
    let decoyOwner = try DatabaseCheck(decoy).read { db in
      try String.fetchOne(db, sql: "SELECT owner FROM recommendation WHERE id = 'R1'")
    }
    #expect(decoyOwner == nil, "nothing written through the link")
  }

  @Test func membersShareADatabaseWhateverTheUmaskAndAnOutsiderLeavesNothing() async throws {
    let shared = try SharedDirectory(mode: 0o2770)
    let first = try shared.granska(shared.ann, "set", "recommendation", "R1", "--owner", "Ann")
    #expect(first.status == 0, "\(first.error)")
    #expect(try shared.mode("granska.sqlite") == (0o660, shared.group))

    // While ann's dashboard has it open, its journal files are the group's too.
    let dashboard = try shared.dashboard(shared.ann)
    try await dashboard.waitFor("Översikt")
    #expect(try shared.files() == ["granska.sqlite", "granska.sqlite-shm", "granska.sqlite-wal"])
    for journal in ["granska.sqlite-wal", "granska.sqlite-shm"] {
      #expect(try shared.mode(journal) == (0o660, shared.group), "\(journal)")
    }
    let second = try shared.granska(shared.bob, "set", "recommendation", "R1", "--owner", "Bob")
    #expect(second.status == 0, "\(second.error)")
    try dashboard.sendKeys("3")
    try await dashboard.waitFor("Bob")

    let outsider = try shared.granska(shared.eve, "summary")
    #expect(outsider.status == 1)
    #expect(
      outsider.error
        == "granska: \(shared.eve) kan inte läsa \(shared.directory)/shared (ägare root, grupp "
        + "\(shared.group), rwxrws---). Åtgärd: sudo usermod -aG \(shared.group) \(shared.eve) "
        + "(och logga sedan in på nytt)\n")
    try dashboard.sendKeys("q")
    _ = try await dashboard.waitForExit()
    #expect(try shared.files() == ["granska.sqlite"])
    let log = try shared.granska(shared.ann, "log")
    #expect(log.output.contains("  \(shared.bob)  "))
  }

  @Test func aReaderWithoutWritePermissionChangesNoByte() async throws {
    let shared = try SharedDirectory(mode: 0o2775)
    #expect(try shared.granska(shared.ann, "summary").status == 0)
    chmod(shared.database, 0o664)
    let before = try shared.checksum()

    #expect(try shared.granska(shared.eve, "summary").status == 0)
    let refused = try shared.granska(shared.eve, "set", "recommendation", "R1", "--owner", "Eve")
    #expect(refused.status == 1)
    #expect(
      refused.error.contains(
        "\(shared.eve) kan inte skriva i \(shared.database) (ägare \(shared.ann), grupp "
          + "\(shared.group), rw-rw-r--). Åtgärd: sudo usermod -aG \(shared.group) \(shared.eve)"),
      "\(refused.error)")
    let dashboard = try shared.dashboard(shared.eve)
    try await dashboard.waitFor("SKRIVSKYDDAD")
    try dashboard.sendKeys("3")
    try await dashboard.waitFor("Klart senast")
    #expect(try shared.checksum() == before)
    #expect(try shared.files() == ["granska.sqlite"])

    // What others save still reaches the reader's dashboard.
    let saved = try shared.granska(shared.ann, "set", "recommendation", "R1", "--owner", "Anna A")
    #expect(saved.status == 0)
    try await dashboard.waitFor("Anna A")
    try dashboard.sendKeys("q")
    #expect(try await dashboard.waitForExit() == 0)
  }
}
