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
    // An audit that follows no training says nothing of it.
    #expect(!summary.contains("Utbildning"), "\(summary)")
    let report = try granska("report", "--format", "markdown").output
    #expect(report.contains("## Bedömningar per nivå") && !report.contains("Utbildning"))
    // The latest round's opinions, as the overview shows them.
    #expect(
      summary.contains(
        "\n\nOmdöme per avsnitt · Uppföljning hösten 2025 (2025-10-01)\n  S2 Avtalstrohet  Delvis uppfyllt\n\nRekommendationer: 3\n"
      ), "\(summary)")

    let refused = try granska("set", "recommendation", "R2", "--status", "avskriven")
    #expect(refused.status != 0)
    #expect(
      refused.error
        == "granska: status: okänd status ”avskriven” (ej påbörjad, pågår, klar, ej tillämplig, Delvis genomförd, Risk accepterad, Ersatt)\n"
    )
  }

  /// `edit section --opinion` sets the latest round's opinion (a level by
  /// its label), `--round` another's; "" takes one away.
  @Test func anOpinionIsSetAndTakenAwayFromTheCommandLine() throws {
    #expect(try granska("import", Self.corpus).status == 0)
    let set = try granska("edit", "section", "S1", "--opinion", "uppfyllt")
    #expect(set.status == 0, "\(set.error)")
    let removed = try granska(
      "edit", "section", "S2", "--round", "revision-2025", "--opinion", "")
    #expect(removed.status == 0, "\(removed.error)")
    let exported = try granska("export").output
    #expect(
      exported.contains(
        """
            opinions:
            - section: S1
              level: delvis
          - id: uppfoljning-2025
        """))
    #expect(
      exported.contains(
        """
            opinions:
            - section: S2
              level: delvis
            - section: S1
              level: uppfyllt
          recommendations:
        """))
    let log = try granska("log").output
    #expect(log.contains("Avsnitt S1 i Uppföljning hösten 2025: Omdöme – → Uppfyllt"), "\(log)")
    // The whole audit gives each section's opinion in every round.
    let markdown = try granska("export", "--format", "markdown").output
    #expect(
      markdown.contains(
        "### S2 Avtalstrohet\n\n- **Omdöme Uppföljning hösten 2025 (2025-10-01):** Delvis uppfyllt\n\n"
      ), "\(markdown)")
    #expect(
      markdown.contains(
        "### S1 Styrning\n\n- **Omdöme Revisionen 2025 (2025-03-01):** Delvis uppfyllt\n"
          + "- **Omdöme Uppföljning hösten 2025 (2025-10-01):** Uppfyllt\n\n"),
      "\(markdown)")
    let refused = try granska("edit", "section", "S1", "--opinion", "kanske")
    #expect(
      refused.status != 0 && refused.error.contains("okänd nivå ”kanske”"), "\(refused.error)")
  }

  /// `granska new` declares the own statuses without a file: the open ones
  /// and the closed ones apart, each id made from its word, as the
  /// corpus declares them; one that is a built-in status is refused.
  @Test func ownStatusesAreDeclaredByNew() throws {
    let new = [
      "new", "--id", "ia-2025", "--title", "Upphandling", "--organisation", "Exempelby",
      "--auditor", "Revisionen", "--date", "2025-03-14", "--scale", "uppfyllt",
    ]
    let made = try granska.run(
      new + [
        "--open-statuses", "Delvis genomförd", "--closed-statuses", "Risk accepterad, Ersatt",
      ])
    #expect(made.status == 0, "\(made.error)")
    let exported = try granska("export").output
    let corpus = try String(contentsOfFile: Self.corpus, encoding: .utf8)
    let declared = corpus[
      corpus.range(of: "  statuses:\n")!.lowerBound..<corpus.range(of: "  sections:")!.lowerBound]
    #expect(exported.contains(declared + "  sections: []\n"), "\(exported)")

    let refused = try granska.run(
      new + ["--db", "other.sqlite", "--closed-statuses", "Ersatt,Done"])
    #expect(refused.status != 0)
    #expect(refused.error.contains("closedStatuses: "), "\(refused.error)")
    #expect(refused.error.contains("”Done”"), "\(refused.error)")
  }
}
