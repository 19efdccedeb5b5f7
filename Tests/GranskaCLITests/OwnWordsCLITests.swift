import Foundation
import Testing

/// An audit with status words of its own and opinions per section
/// (Tests/Corpus/own-words-audit.yaml) through the command line: imported
/// and exported without a byte changed, a status of its own set by its
/// label, counted by `summary`, and one it does not declare refused.
@Suite struct OwnWordsCLITests {
  let granska = GranskaRun()

  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpus/own-words-audit.yaml").path

  @Test func anOwnStatusIsSetByItsWordAndCountedAndAnUndeclaredOneRefused() throws {
    #expect(try granska("import", Self.corpus).status == 0)
    let exported = try granska("export").output
    let corpus = try String(contentsOfFile: Self.corpus, encoding: .utf8)
    // The same document, but for the time of the import.
    let lines = exported.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[1].hasPrefix("asOf: "))
    #expect((lines.prefix(1) + lines.dropFirst(2)).joined(separator: "\n") == corpus)

    let set = try granska("set", "recommendation", "R1", "--status", "risk ACCEPTERAD")
    #expect(set.status == 0, "\(set.error)")
    #expect(
      try granska("export").output.contains(
        "    status: risk-accepterad\n    owner: Upphandlingschef"))
    let summary = try granska("summary").output
    for line in [
      "  Delvis genomförd  1", "  Risk accepterad   2", "  Ersatt            0",
      "  Försenade         1",
    ] {
      #expect(summary.contains(line + "\n"), "\(line)\n\(summary)")
    }
    let log = try granska("log").output
    #expect(log.contains("Rekommendation R1: Status Klar → Risk accepterad"), "\(log)")

    let refused = try granska("set", "recommendation", "R2", "--status", "avskriven")
    #expect(refused.status != 0)
    #expect(
      refused.error
        == "granska: status: okänd status ”avskriven” (ej påbörjad, pågår, klar, ej tillämplig, Delvis genomförd, Risk accepterad, Ersatt)\n"
    )
  }
}
