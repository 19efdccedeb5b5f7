import Foundation
import GRDB
import Testing

/// `keys`, `migrate` and `backup` as an administrator runs them, without
/// sshd or other accounts: what they print, what they refuse, and that a
/// refusal changes nothing — neither the database nor authorized_keys.
@Suite(
  .enabled(
    if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen"),
    "needs ssh-keygen (openssh-client)"))
struct SharingCLITests {
  let granska = GranskaRun()
  var authorizedKeys: String { granska.directory + "/ssh/authorized_keys" }

  func key(_ name: String) throws -> String {
    let path = granska.directory + "/\(name)"
    try Program.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path])
    return try String(contentsOfFile: path + ".pub", encoding: .utf8)
  }

  func keys(_ arguments: String..., input: String? = nil) throws -> GranskaRun.Result {
    try Program.run(
      [GranskaRun.binary.path, "--db", granska.database, "keys"] + arguments
        + ["--authorized-keys", authorizedKeys],
      input: input.map { Data($0.utf8) }, directory: granska.directory)
  }

  @Test func badKeysAndNamesAreRefusedAndChangeNothing() throws {
    let anna = try key("anna")
    #expect(try keys("add", "anna", "-", "--editor", input: anna).status == 0)
    let before = try String(contentsOfFile: authorizedKeys, encoding: .utf8)
    let history = try granska("log").output
    let mode = try FileManager.default.attributesOfItem(atPath: authorizedKeys)[.posixPermissions]
    #expect(mode as? Int == 0o600)

    let truncated = String(anna.prefix(40))
    let withOptions = "restrict " + (try key("cecilia"))
    for (arguments, input, message) in [
      (["add", "anna2", "-"], anna, "tillhör redan anna"),
      (["add", "anna", "-"], try key("other"), "anna finns redan"),
      (["add", "åsa", "-"], try key("asa"), "”åsa”: ett namn har 1–32 tecken"),
      (["add", "x;rm", "-"], try key("x"), "ett namn har 1–32 tecken"),
      (["add", "bertil", "-"], truncated, "-:1: inte en publik SSH-nyckel"),
      (["add", "cecilia", "-"], withOptions, "-:1: inte en publik SSH-nyckel"),
      (["add", "david", "-"], "# only a comment\n", "-: innehåller ingen publik nyckel"),
      (["remove", "nobody"], nil, "nobody finns inte"),
    ] as [([String], String?, String)] {
      let result = try Program.run(
        [GranskaRun.binary.path, "--db", granska.database, "keys"] + arguments
          + ["--authorized-keys", authorizedKeys], input: input.map { Data($0.utf8) },
        directory: granska.directory)
      #expect(result.status == 1, "\(arguments)")
      #expect(result.error.contains(message), "\(arguments): \(result.error)")
    }
    #expect(try String(contentsOfFile: authorizedKeys, encoding: .utf8) == before)
    #expect(try granska("log").output == history)
  }

  @Test func linesGranskaDidNotWriteAreKept() throws {
    try FileManager.default.createDirectory(
      atPath: granska.directory + "/ssh", withIntermediateDirectories: true)
    let own = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHandWrittenLineKeptAsItWas admin@desk\n"
    try Data(own.utf8).write(to: URL(fileURLWithPath: authorizedKeys))
    #expect(try keys("add", "anna", "-", input: try key("anna")).status == 0)
    #expect(try keys("remove", "anna").status == 0)
    #expect(try String(contentsOfFile: authorizedKeys, encoding: .utf8) == own)
  }

  @Test func migrateBacksUpASharedDatabaseThatSessionsWillNotUpgrade() throws {
    try granska("summary")
    let db = granska.database
    // As the previous version left it: before people and keys.
    let old = try DatabaseQueue(path: db)
    try old.writeWithoutTransaction { db in
      try db.execute(
        sql: "DROP TABLE personKey; DROP TABLE person; "
          + "DELETE FROM grdb_migrations WHERE identifier = 'v4-people'")
    }
    try old.close()
    chmod(db, 0o660)
    let before = try granska.read("granska.sqlite")
    let refused = try granska("summary")
    #expect(refused.status == 1)
    #expect(refused.error.contains("kör: granska migrate --db \(db)"), "\(refused.error)")
    #expect(try granska.read("granska.sqlite") == before)

    let migrated = try granska("migrate", "--backup", granska.directory + "/before.sqlite")
    #expect(migrated.status == 0, "\(migrated.error)")
    #expect(
      migrated.output.contains("uppgraderad (personer och deras nycklar); säkerhetskopia först: "))
    #expect(try granska("summary").status == 0)
    #expect(try granska("migrate").output.contains("redan uppgraderad"))
    let restored = try granska(
      "summary", "--db", granska.directory + "/before.sqlite", "--read-only")
    #expect(restored.error.contains("behöver uppgraderas"), "the backup is the old database")
    let again = try granska("backup", granska.directory + "/before.sqlite")
    #expect(again.status == 1)
    #expect(again.error.contains("finns redan; välj ett annat namn"))
  }
}
