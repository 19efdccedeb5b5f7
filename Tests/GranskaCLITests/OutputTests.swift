import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Every output path is a promise: a failed write exits non-zero with a
/// message (a reader that went away, quietly), and `-o` never destroys or
/// replaces what it should not.
@Suite struct OutputTests {
  let granska = GranskaRun()

  /// Every command that writes a document or lines to standard output.
  static let writers: [[String]] = [
    ["summary"], ["export"], ["export", "--format", "json"],
    ["export", "--format", "csv", "--table", "recommendations"],
    ["export", "--format", "markdown"], ["export", "--format", "html"], ["report"],
    ["report", "--format", "html"], ["log"], ["log", "--format", "json"], ["access"],
  ]

  @Test(arguments: writers)
  func aFullDiskFailsLoudly(_ command: [String]) throws {
    try granska("summary")
    let result = try granska.run(command, standardOutput: .file("/dev/full"))
    #expect(result.status == 1, "\(command)")
    #expect(
      result.error
        == "granska: standard output kan inte skrivas: disken är full; utdata är ofullständiga\n",
      "\(command)")
    let english = try granska.run(command + ["--lang", "en"], standardOutput: .file("/dev/full"))
    #expect(english.error.contains("cannot write standard output: the disk is full"))
  }

  /// `| head` that has read enough: the program ends at once, as Unix
  /// tools do, of SIGPIPE (status 141) and without a word.
  @Test(arguments: writers)
  func aClosedPipeEndsQuietly(_ command: [String]) throws {
    try granska("summary")
    let result = try granska.run(command, standardOutput: .closedPipe)
    #expect(result.status == 128 + SIGPIPE, "\(command)")
    #expect(result.error.isEmpty, "\(command): \(result.error)")
  }

  @Test func writingToAFullDiskWithOutputFails() throws {
    let result = try granska("export", "-o", "/dev/full")
    #expect(result.status == 1)
    #expect(result.error == "granska: /dev/full: kan inte skrivas: disken är full\n")
    #expect(FileManager.default.fileExists(atPath: "/dev/full"))
  }

  /// An export is written as its audits are read: one that fails midway
  /// (here: no such audit) leaves no file, and an existing one as it was.
  @Test(arguments: ["yaml", "json"])
  func aFailedExportLeavesTheFileAsItWas(_ format: String) throws {
    try granska("summary")
    let failed = try granska("export", "--format", format, "--audit", "nope", "-o", "new.out")
    #expect(failed.status == 1 && failed.error.contains("nope"), "\(failed.error)")
    #expect(!FileManager.default.fileExists(atPath: granska.directory + "/new.out"))
    _ = try granska.write("old.out", "kept\n")
    #expect(
      try granska("export", "--format", format, "--audit", "nope", "-o", "old.out").status == 1)
    #expect(try granska.read("old.out") == Data("kept\n".utf8))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: granska.directory)
      .filter { $0.hasPrefix(".granska-") }
    #expect(leftovers.isEmpty, "\(leftovers)")
  }

  @Test func aSymlinkIsFollowedAndStaysALink() throws {
    _ = try granska.write("real.yaml", "old\n")
    try FileManager.default.createDirectory(
      atPath: granska.directory + "/links", withIntermediateDirectories: true)
    symlink("../real.yaml", granska.directory + "/links/audit.yaml")
    #expect(try granska("export", "-o", "links/audit.yaml").status == 0)
    let link = try FileManager.default.destinationOfSymbolicLink(
      atPath: granska.directory + "/links/audit.yaml")
    #expect(link == "../real.yaml")
    #expect(try granska.read("real.yaml") == (try granska("export").output.data(using: .utf8)))
  }

  @Test func aFIFOIsWrittenInPlace() throws {
    let fifo = granska.directory + "/pipe"
    #expect(mkfifo(fifo, 0o600) == 0)
    let received = Received()
    let reader = Thread {
      received.data = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
      received.done.signal()
    }
    reader.start()
    let result = try granska("export", "-o", fifo)
    #expect(result.status == 0, "\(result.error)")
    received.done.wait()
    #expect(received.data == (try granska("export").output.data(using: .utf8)))
    var info = stat()
    #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "still a FIFO")
  }

  @Test func devStdoutIsStandardOutput() throws {
    let result = try granska("export", "-o", "/dev/stdout")
    #expect(result.status == 0)
    #expect(result.output == (try granska("export").output))
    var info = stat()
    #expect(lstat("/dev/stdout", &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
  }

  @Test func anExistingFileKeepsItsModeOwnerAndHardLinks() throws {
    let secret = try granska.write("secret.yaml", "old\n")
    chmod(secret, 0o600)
    chown(secret, 65534, 65534)  // nobody: the owner must stay someone else
    #expect(try granska("export", "-o", "secret.yaml").status == 0)
    var info = stat()
    #expect(stat(secret, &info) == 0)
    #expect(info.st_mode & 0o7777 == 0o600)
    #expect(info.st_uid == 65534 && info.st_gid == 65534)

    let first = try granska.write("first.yaml", "old\n")
    let second = granska.directory + "/second.yaml"
    #expect(link(first, second) == 0)
    #expect(try granska("export", "-o", "second.yaml").status == 0)
    var a = stat()
    var b = stat()
    #expect(stat(first, &a) == 0 && stat(second, &b) == 0)
    #expect(a.st_ino == b.st_ino && a.st_nlink == 2, "still one file with two names")
    #expect(try granska.read("first.yaml") == (try granska("export").output.data(using: .utf8)))
  }

  @Test func aNewFileGetsTheModeOfARedirect() throws {
    #expect(try granska("export", "-o", "new.yaml").status == 0)
    var info = stat()
    #expect(stat(granska.directory + "/new.yaml", &info) == 0)
    let mask = umask(0)
    umask(mask)
    #expect(info.st_mode & 0o777 == 0o666 & ~mask)
  }

  @Test func plainErrorsForAMissingDirectoryAndADirectory() throws {
    let missing = try granska("export", "-o", "nodir/audit.yaml")
    #expect(missing.status == 1)
    #expect(missing.error == "granska: katalogen nodir finns inte\n")
    try FileManager.default.createDirectory(
      atPath: granska.directory + "/adir", withIntermediateDirectories: true)
    let directory = try granska("export", "-o", "adir", "--lang", "en")
    #expect(directory.status == 1)
    #expect(directory.error == "granska: adir is a directory\n")
    #expect(!missing.error.contains("NSCocoaErrorDomain") && !directory.error.contains("Error"))
  }

  @Test func csvNeutralisesFormulasUnlessRaw() throws {
    try granska("set", "recommendation", "R1", "--owner", "=HYPERLINK(\"https://x.invalid\")")
    let safe = try granska("export", "--format", "csv", "--table", "recommendations")
    #expect(safe.output.contains(",\"'=HYPERLINK(\"\"https://x.invalid\"\")\","))
    let raw = try granska("export", "--format", "csv", "--table", "recommendations", "--raw")
    #expect(raw.output.contains(",\"=HYPERLINK(\"\"https://x.invalid\"\")\","))
  }

  @Test func csvIntoADirectoryCreatesIt() throws {
    let result = try granska("export", "--format", "csv", "-o", "tabeller/")
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output == "skrev 9 tabeller till tabeller/\n")
    let files = try FileManager.default.contentsOfDirectory(atPath: granska.directory + "/tabeller")
    #expect(files.count == 9 && files.contains("recommendations.csv"))
    _ = try granska.write("plain", "x")
    let refused = try granska("export", "--format", "csv", "-o", "plain")
    #expect(refused.status == 1)
    #expect(refused.error.hasPrefix("granska: plain: ingen katalog"))
  }
}

/// What the FIFO's reader got.
final class Received: @unchecked Sendable {
  var data = Data()
  let done = DispatchSemaphore(value: 0)
}
