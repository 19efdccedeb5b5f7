import Foundation
import GranskaDomain
import GranskaFormat
import GranskaText
import Testing

/// An audit's own status words and its opinions per section in the
/// interchange format (Tests/Corpus/own-words-audit.yaml): read, written
/// back byte for byte in YAML and without loss in JSON, refused with the
/// place where they break a rule, and absent where an audit has none.
@Suite struct OwnWordsFormatTests {
  static let name = "own-words-audit.yaml"
  static var file: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Corpus/\(name)")
  }

  static func text() throws -> String { try String(contentsOf: file, encoding: .utf8) }

  private func decode(_ text: String, _ format: InterchangeFormat = .yaml) throws
    -> InterchangeDocument
  {
    try InterchangeDocument.decode(Data(text.utf8), format: format, fileName: "in.\(format)")
  }

  private func error(_ text: String) -> String {
    do {
      _ = try InterchangeDocument.decode(Data(text.utf8), format: .yaml, fileName: "in.yaml")
      return "no error"
    } catch {
      return error.message(in: .en)
    }
  }

  @Test func theFileIsReadAsItSaysAndWrittenBackByteForByte() throws {
    let text = try Self.text()
    let document = try decode(text)
    let audit = document.audits[0]
    #expect(
      audit.statuses == [
        DeclaredStatus(id: "delvis-genomford", label: "Delvis genomförd", open: true),
        DeclaredStatus(id: "risk-accepterad", label: "Risk accepterad", open: false),
        DeclaredStatus(id: "ersatt", label: "Ersatt", open: false),
      ])
    #expect(
      audit.recommendations.map(\.status) == [
        .done, .declared("delvis-genomford"), .declared("risk-accepterad"),
      ])
    #expect(audit.rounds[0].opinions?.map(\.level) == ["delvis", "ej-uppfyllt"])
    #expect(audit.rounds[1].opinion(of: "S2") == "delvis")
    #expect(audit.rounds[1].opinion(of: "S1") == nil)
    #expect(try document.encoded(as: .yaml) == text)
    let json = try document.encoded(as: .json)
    #expect(try decode(json, .json) == document)
    #expect(json.contains(#""status" : "risk-accepterad""#))
  }

  /// Open and closed as the audit declares: R2 (its own open status) is
  /// overdue and counted as open, R3 (its own closed one) is neither.
  @Test func anOwnStatusCountsAsItsDeclarationSays() throws {
    let audit = try decode(try Self.text()).audits[0]
    let today = Day("2025-11-01")!
    #expect(
      audit.recommendations.map { $0.isOverdue(on: today, in: audit) } == [false, true, false])
    let summary = AuditSummary(audit: audit, today: today)
    #expect(summary.overdue == 1)
    #expect(summary.count(.declared("risk-accepterad")) == 1)
    #expect(summary.count(.declared("ersatt")) == 0)
    #expect(Strings.status(named: "risk ACCEPTERAD", in: audit) == .declared("risk-accepterad"))
    #expect(Strings.status(named: "ersatt", in: audit) == .declared("ersatt"))
    #expect(Strings.status(named: "Pågår", in: audit) == .inProgress)
    #expect(Strings.status(named: "Okänd", in: audit) == nil)
  }

  @Test func anUndeclaredStatusOrABrokenOpinionIsRefusedWithItsPlace() throws {
    let text = try Self.text()
    let undeclared = error(
      text.replacingOccurrences(of: "status: risk-accepterad", with: "status: avskriven"))
    #expect(
      undeclared.contains(
        "audits[0].recommendations[2].status: unknown status \"avskriven\" (not started, in progress, done, not applicable, Delvis genomförd, Risk accepterad, Ersatt)"
      ), "\(undeclared)")
    let builtInID = error(text.replacingOccurrences(of: "- id: ersatt", with: "- id: done"))
    #expect(builtInID.contains("audits[0].statuses[2].id: duplicate status id \"done\""))
    let twice = error(
      text.replacingOccurrences(
        of: "    - section: S2\n      level: delvis\n",
        with: "    - section: S2\n      level: delvis\n    - section: S2\n      level: uppfyllt\n"))
    #expect(
      twice.contains("audits[0].rounds[1].opinions[1].section: section \"S2\" has two opinions"))
    let level = error(
      text.replacingOccurrences(
        of: "      level: ej-uppfyllt\n  - id: upp", with: "      level: kanske\n  - id: upp"))
    #expect(level.contains("audits[0].rounds[0].opinions[1].level: unknown level \"kanske\""))
    let missing = error(
      text.replacingOccurrences(of: "    open: false\n  - id: ersatt", with: "  - id: ersatt"))
    #expect(missing.contains("audits[0].statuses[1]: missing required key \"open\""), "\(missing)")
  }

  /// The built-in audit uses neither: its file gains no key.
  @Test func theBuiltInAuditIsWrittenWithoutTheNewKeys() throws {
    let document = try BuiltInAudit.document()
    #expect(document.audits[0].statuses == nil)
    #expect(document.audits[0].rounds.allSatisfy { $0.opinions == nil })
    for format in InterchangeFormat.allCases {
      let text = try document.encoded(as: format)
      #expect(!text.contains("statuses") && !text.contains("opinions"))
    }
  }
}
