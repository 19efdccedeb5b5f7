import Foundation
import GranskaDomain
import Testing
import Yams

@testable import GranskaFormat

/// The export's own YAML writer writes what Yams writes, byte for byte,
/// and declines (leaving it to Yams) only what it does not write itself.
@Suite struct YAMLWriterTests {
  static func corpus(_ name: String) throws -> Audit {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Corpus/\(name)")
    return try InterchangeDocument.decode(
      Data(contentsOf: file), format: .yaml, fileName: name
    ).audits[0]
  }

  static func yams(_ audit: Audit) throws -> String {
    try InterchangeDocument.yamlEncoder.encode(audit)
  }

  @Test(arguments: [
    "second-audit.yaml", "entered-audit.yaml", "english-internal-audit.yaml", "valid-minimal.yaml",
  ])
  func theCorpusIsWrittenAsYamsWritesIt(_ name: String) throws {
    let audit = try Self.corpus(name)
    #expect(YAMLWriter.yaml(audit) == (try Self.yams(audit)))
  }

  /// An export written an audit at a time, each as a list item, is the
  /// whole document as Yams writes it.
  @Test func theCorpusStreamedIsTheWholeDocumentAsYamsWritesIt() throws {
    let audits =
      try [
        "second-audit.yaml", "entered-audit.yaml", "english-internal-audit.yaml",
        "valid-minimal.yaml", "own-words-audit.yaml", "keyboard-audit.yaml",
      ].map(Self.corpus) + [BuiltInAudit.document().audits[0]]
    let asOf = Date(timeIntervalSince1970: 1_700_000_000.25)
    var stream = InterchangeStream(format: .yaml)
    var streamed = try stream.head(asOf: asOf)
    for audit in audits { streamed += try stream.element(audit) }
    streamed += stream.tail
    let whole = try InterchangeDocument.yamlEncoder.encode(
      InterchangeDocument(audits: audits, asOf: asOf))
    #expect(streamed == whole)
  }

  @Test func theBuiltInAuditIsWrittenAsYamsWritesIt() throws {
    let audit = try BuiltInAudit.document().audits[0]
    #expect(YAMLWriter.yaml(audit) == (try Self.yams(audit)))
  }

  /// Text that takes every turn of libyaml's choice of style.
  static let texts = [
    "", " ", "a", "yes", "No", "on", "null", "~", "true", "FALSE", "y", "Yes!", "12", "-3", "+4",
    "0x1F", "0o17", "1_000", "3.14", ".5", "1e3", ".inf", "-.Inf", ".nan", "1:20", "<<", "=",
    "2025-01-01", "2025-1-1 10:00:00", "2025-13-45", "R1", "Q8 Nej", "- list", "-", "--", "---x",
    "...", "a: b", "a:b", "a:", ":a", "? x", "?x", "#x", "a #b", "a#b", "[x]", "x]", "{x}", "&a",
    "*a", "!a", "|a", ">a", "'a'", "it's", "\"q\"", "%a", "@a", "`a", ",a", "a,b", "x ", " x",
    "a  b", "tab\there", "line\nbreak", "line\n", "\nlead", "two\n\nlines", "end\n\n",
    "space \nbreak", "break\n space", "a\n  b\nc", "crlf\r\nx", "cr\rx", "nel\u{85}x",
    "ls\u{2028}x", "nbsp\u{A0}x", "bom\u{FEFF}x", "emoji 😀", "ctl\u{1B}[2J", "åäö Ö",
    "Tranemo kommun", "Kommunstyrelsen: beslut § 12", "100 %", "50%", "a'b'c", "\\back",
    "multi\nline: with # and 'quotes'", "- item\n- item",
  ]

  @Test func everyTextIsWrittenAsYamsWritesItOrLeftToYams() throws {
    var declined: [String] = []
    for text in Self.texts {
      var audit = try BuiltInAudit.document().audits[0]
      audit.title = text
      // A literal in a list is left to Yams: the format has none.
      if !text.contains("\n") { audit.strategicGoals = [text] }
      audit.recommendations[0].owner = text
      audit.recommendations[0].notes = [Note(date: Day("2025-01-01")!, author: text, text: text)]
      audit.recommendations[0].response = ManagementResponse(agreement: .agreed, text: text)
      guard let own = YAMLWriter.yaml(audit) else {
        declined.append(text)
        continue
      }
      #expect(own == (try Self.yams(audit)), "\(text.debugDescription)")
    }
    // Left to Yams: double quotes (tabs, controls, emoji, a space before
    // a break, no-break space or BOM not at all), breaks other than LF,
    // and literals needing an indicator ("\nlead", "end\n\n").
    #expect(
      declined == [
        "tab\there", "\nlead", "end\n\n", "space \nbreak", "crlf\r\nx", "cr\rx", "nel\u{85}x",
        "ls\u{2028}x", "bom\u{FEFF}x", "emoji 😀", "ctl\u{1B}[2J",
      ], "\(declined)")
  }

  /// The quick test of what reads back as another type agrees with Yams's resolver.
  @Test func textReadsAsAStringExactlyWhenYamsSaysSo() {
    let words =
      Scalar.boolAndNullWords.map { $0 } + [
        "yess", "nO", "oN", "tRUE", "nULL", "Nul", "R1", "Q12", "ja", "nej", "done", "agreed", "S1",
        "0", "007", "0b101", "1.5", "1,5", "12:30", "2025-03-14T10:00:00Z", "2025-03-14 x", "+",
        "-", "~x", "<", "=x", "K1", "Ja", "Delvis",
      ]
    for text in Self.texts + words {
      let yams = Resolver.default.resolveTag(of: Node(text)) == .str
      #expect(Scalar.readsAsString(text) == yams, "\(text.debugDescription)")
    }
  }
}
