import Foundation
import GranskaTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A backup is written as `FILE.partial-PID` and linked into place when
/// whole; a `backup` or `migrate` that was killed leaves that file behind.
/// The next run into the same directory removes those of processes that no
/// longer run, and says so; anything else is left alone.
@Suite struct PartialFilesCLITests {
  let granska = GranskaRun()

  /// The id of a process that has ended.
  func deadPID() throws -> pid_t {
    let pid = try Spawn.start(["/bin/true"], environment: [:])
    _ = try Spawn.wait(pid, name: "true")
    return pid
  }

  /// A file as a killed run leaves it, last touched `age` seconds ago.
  func leave(_ name: String, _ contents: String = "", age: Int = 120) throws -> String {
    let path = try granska.write(name, contents)
    let then = time(nil) - age
    var times = [timeval(tv_sec: then, tv_usec: 0), timeval(tv_sec: then, tv_usec: 0)]
    utimes(path, &times)
    return path
  }

  func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  @Test func backupAndMigrateRemoveWhatAKilledRunLeft() throws {
    try granska("summary")
    let dead = try deadPID()
    let stale = try leave("natt-2025-01-01.sqlite.partial-\(dead)")
    let journal = try leave("natt-2025-01-01.sqlite.partial-\(dead)-journal", "x")
    // Kept: a running process's, one just touched, one not ours by name or kind.
    let running = try leave("natt.sqlite.partial-\(getpid())")
    let fresh = try leave("ny.sqlite.partial-\(dead)", age: 0)
    let text = try leave("anteckning.partial-\(dead)", "not a database")
    let other = try leave("rapport.partial-\(dead).html")

    let backup = try granska("backup", granska.directory + "/natt-2025-01-02.sqlite")
    #expect(backup.status == 0, "\(backup.error)")
    #expect(!exists(stale) && !exists(journal))
    #expect(backup.error.contains("granska: varning: tog bort \(stale), en ofullständig kopia"))
    for kept in [running, fresh, text, other] { #expect(exists(kept), "\(kept)") }

    let again = try leave("granska-before-upgrade.sqlite.partial-\(dead)")
    let migrated = try granska("migrate", "--lang", "en")
    #expect(migrated.status == 0, "\(migrated.error)")
    #expect(!exists(again))
    #expect(
      migrated.error.contains("removed \(again), an incomplete copy left by a run that was stopped")
    )
  }
}
