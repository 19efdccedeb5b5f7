import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A full disk, on a small tmpfs of the test's own (root mounts it): the
/// save is refused in the person's language with what to do, and what
/// was saved before is still there.
@Suite(.enabled(if: geteuid() == 0, "needs root to mount a tmpfs"))
struct DiskFullTests {
  @Test func aFullDiskIsSaidInEachLanguageAndNothingIsLost() throws {
    let granska = GranskaRun()
    let mountPoint = granska.directory + "/small"
    try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
    let mounted = try Program.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint])
    try #require(mounted.status == 0, "\(mounted.error)")
    defer { _ = try? Program.run(["umount", "-l", mountPoint]) }
    let database = mountPoint + "/granska.sqlite"
    #expect(
      try granska("--db", database, "set", "recommendation", "R1", "--owner", "Före").status == 0)
    // Fill the rest of the disk.
    let filler = mountPoint + "/filler"
    FileManager.default.createFile(atPath: filler, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: filler))
    let block = Data(repeating: 0x61, count: 4096)
    while (try? handle.write(contentsOf: block)) != nil {}
    try? handle.close()
    let note = String(repeating: "anteckning ", count: 9_000)
    var results: [GranskaRun.Result] = []
    for language in ["sv", "en"] {
      results.append(
        try granska(
          "--db", database, "--lang", language, "set", "recommendation", "R2", "--note", note))
    }
    #expect(results.allSatisfy { $0.status != 0 })
    #expect(results[0].error.contains("disken är full"), "\(results[0].error)")
    #expect(!results[0].error.contains("database or disk is full"))
    #expect(
      results[1].error.contains("disk where the database lives is full"), "\(results[1].error)")
    unlink(filler)
    let check = try DatabaseCheck(database)
    #expect(try check.integrity == "ok")
    let owner = try check.read { db in
      try String.fetchOne(db, sql: "SELECT owner FROM recommendation WHERE id = 'R1'")
    }
    #expect(owner == "Före")
  }
}
