import Foundation
import Testing

/// The corpus of malformed files (Tests/Corpus) through the real binary.
@Suite struct MalformedImportCLITests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpus")

  @Test func everyBadFileIsRefusedAndTheDatabaseIsByteForByteUnchanged() throws {
    let granska = GranskaRun()
    try granska("set", "recommendation", "R1", "--owner", "Kommunchef")
    try granska("summary")  // a clean close checkpoints the WAL into the file
    let before = try granska.read("granska.sqlite")
    let manifest = try String(
      contentsOf: Self.corpus.appendingPathComponent("malformed/EXPECTED.tsv"), encoding: .utf8)
    var refused = 0
    for line in manifest.split(separator: "\n") {
      let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
      let path = Self.corpus.appendingPathComponent("malformed/\(parts[0])").path
      let result = try granska("import", path, "--lang", "en")
      #expect(result.status == 1, "\(parts[0])")
      #expect(result.error.hasPrefix("granska: \(path)"), "\(parts[0]): \(result.error)")
      #expect(result.error.contains(parts[1]), "\(parts[0]): \(result.error)")
      refused += 1
    }
    #expect(refused >= 30)
    #expect(try granska.read("granska.sqlite") == before)
    #expect(try granska("log").output.split(separator: "\n").count == 2)
  }
}
