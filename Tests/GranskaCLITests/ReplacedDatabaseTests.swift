import Foundation
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A database file replaced or removed under an open dashboard (a backup
/// moved into place with `mv`, a file deleted): noticed before the next
/// save, nothing written to a file no longer at the path, nothing
/// reported saved that is not there; and `granska restore`, which is safe
/// with sessions open.
@Suite struct ReplacedDatabaseTests {
  func status(of id: String, in path: String) throws -> String? {
    try DatabaseCheck(path).read { db in
      try String.fetchOne(
        db, sql: "SELECT status FROM recommendation WHERE id = ?", arguments: [id])
    }
  }

  @Test func aFileMovedOverAnOpenDatabaseIsReadAndNotWrittenThrough() async throws {
    let granska = GranskaRun()
    try #require(try granska("summary").status == 0)
    let other = granska.directory + "/other.sqlite"
    try #require(
      try granska("--db", other, "set", "recommendation", "R1", "--owner", "Annan").status == 0)
    let dashboard = try Tmux.granska(database: granska.database)
    try await dashboard.waitFor("Översikt")
    try dashboard.sendKeys("3")
    try await dashboard.waitFor("Klart senast")
    // How an administrator restores a backup with sessions open.
    #expect(rename(other, granska.database) == 0)
    try dashboard.sendKeys("s", "Enter")
    _ = try await dashboard.waitUntil("the dashboard says the file was replaced") {
      $0.contains("byttes ut")
    }
    try dashboard.sendKeys("q")
    _ = try await dashboard.waitForExit()
    let check = try DatabaseCheck(granska.database)
    #expect(try check.integrity == "ok")
    // The moved-in file is as it came, or holds the change: never half of it.
    let owner = try check.read { db in
      try String.fetchOne(db, sql: "SELECT owner FROM recommendation WHERE id = 'R1'")
    }
    #expect(owner == "Annan")
    #expect(try status(of: "R1", in: granska.database) == "not-started", "not saved, and said so")
  }

  @Test func aRemovedDatabaseIsSaidAsSuchAndNothingIsSaved() async throws {
    let granska = GranskaRun()
    try #require(try granska("summary").status == 0)
    let dashboard = try Tmux.granska(database: granska.database)
    try await dashboard.waitFor("Översikt")
    try dashboard.sendKeys("3")
    try await dashboard.waitFor("Klart senast")
    #expect(unlink(granska.database) == 0)
    try dashboard.sendKeys("s", "Enter")
    _ = try await dashboard.waitUntil("the dashboard says the file is gone") {
      $0.contains("inte längre (filen togs bort")
    }
    #expect(!(try dashboard.screen()).contains("Sparat"))
    try dashboard.sendKeys("q")
    _ = try await dashboard.waitForExit()
  }

  @Test func restoreIsSafeWithSessionsOpen() async throws {
    let granska = GranskaRun()
    try #require(try granska("summary").status == 0)
    let backup = granska.directory + "/backup.sqlite"
    try #require(try granska("backup", backup).status == 0)
    let dashboard = try Tmux.granska(database: granska.database)
    try await dashboard.waitFor("Översikt")
    try dashboard.sendKeys("3")
    try await dashboard.waitFor("Klart senast")
    try dashboard.sendKeys("s", "Enter")
    try await dashboard.waitFor("Sparat")
    let restored = try granska("restore", backup)
    #expect(restored.status == 0, "\(restored.error)")
    #expect(restored.output.contains("Återställd från"))
    // The open dashboard reads it as another session's change.
    _ = try await dashboard.waitUntil("R1 is back to Ej påbörjad") { screen in
      screen.split(separator: "\n").first { $0.dropFirst().hasPrefix("R1 ") }?
        .contains("Ej påbörjad") == true
    }
    // And still saves, to the one file (the first save's "Sparat" may
    // still show: the row says this one is done).
    try dashboard.sendKeys("s", "Enter")
    _ = try await dashboard.waitUntil("R1 is saved as Pågår") { screen in
      screen.contains("Sparat")
        && screen.split(separator: "\n").first { $0.dropFirst().hasPrefix("R1 ") }?
          .contains("Pågår") == true
    }
    try dashboard.sendKeys("q")
    _ = try await dashboard.waitForExit()
    #expect(try DatabaseCheck(granska.database).integrity == "ok")
    #expect(try status(of: "R1", in: granska.database) == "in-progress")
    let log = try granska("log").output
    #expect(log.contains("Databasen: återställd från säkerhetskopia"), "\(log)")
  }
}
