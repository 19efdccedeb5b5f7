import Foundation
import GranskaText
import Testing

@testable import GranskaCLI

/// `-o PATH`: a file is replaced only once whole, keeps what makes it the
/// same file to others, and a failure leaves it as it was.
struct OutputFileTests {
  let directory: String

  init() throws {
    directory = NSTemporaryDirectory() + "granska-output-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
  }

  func path(_ name: String) -> String { directory + "/" + name }

  func make(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path(name)))
  }

  func contents(_ name: String) throws -> String {
    try String(contentsOfFile: path(name), encoding: .utf8)
  }

  func attributes(_ name: String) throws -> [FileAttributeKey: Any] {
    try FileManager.default.attributesOfItem(atPath: path(name))
  }

  /// Nothing but `names` in the directory: no temporary left behind.
  func expectOnly(_ names: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
    let listed = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    #expect(listed == names.sorted(), sourceLocation: sourceLocation)
  }

  @Test func aNewFileIsWrittenWhole() throws {
    try OutputFile.write(Data("rapport\n".utf8), to: path("r.md"))
    #expect(try contents("r.md") == "rapport\n")
    try expectOnly(["r.md"])
  }

  @Test func anExistingFileKeepsItsMode() throws {
    try make("r.md", "old, and longer\n")
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path("r.md"))
    try OutputFile.write(Data("new\n".utf8), to: path("r.md"))
    #expect(try contents("r.md") == "new\n")
    #expect(try attributes("r.md")[.posixPermissions] as? Int == 0o600)
    try expectOnly(["r.md"])
  }

  @Test func aSymlinksTargetIsWrittenAndTheLinkStays() throws {
    try make("target.md", "old\n")
    try FileManager.default.createSymbolicLink(
      atPath: path("link.md"), withDestinationPath: "target.md")
    try OutputFile.write(Data("new\n".utf8), to: path("link.md"))
    #expect(try contents("target.md") == "new\n")
    #expect(try attributes("link.md")[.type] as? FileAttributeType == .typeSymbolicLink)
  }

  /// A hard-linked file is written in place, so every name sees the new text.
  @Test func aHardLinkedFileIsWrittenInPlace() throws {
    try make("a.md", "old, and longer\n")
    try FileManager.default.linkItem(atPath: path("a.md"), toPath: path("b.md"))
    let inode = try attributes("a.md")[.systemFileNumber] as? Int
    try OutputFile.write(Data("new\n".utf8), to: path("b.md"))
    #expect(try contents("a.md") == "new\n")
    #expect(try attributes("b.md")[.systemFileNumber] as? Int == inode)
    try expectOnly(["a.md", "b.md"])
  }

  @Test func aFailureLeavesTheFileAsItWas() throws {
    struct Interrupted: Error {}
    try make("r.md", "old\n")
    #expect(throws: Interrupted.self) {
      try OutputFile.write(to: path("r.md")) { write in
        try write(Data("half".utf8))
        throw Interrupted()
      }
    }
    #expect(try contents("r.md") == "old\n")
    try expectOnly(["r.md"])
  }

  @Test func aDirectoryOrAMissingOneIsRefused() throws {
    #expect(failure(writing: directory)?.message(in: .en) == "\(directory) is a directory")
    #expect(
      failure(writing: path("missing/r.md"))?.message(in: .en)
        == CommandFailure.outputDirectoryMissing(path: path("missing")).message(in: .en))
  }

  private func failure(writing target: String) -> CommandFailure? {
    do {
      try OutputFile.write(Data("x".utf8), to: target)
      return nil
    } catch {
      return error
    }
  }
}
