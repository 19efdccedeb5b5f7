import GranskaDomain
import GranskaReports
import SwiftCSV
import Testing

/// Cells a spreadsheet would run as formulas are shown as text (OWASP's
/// advice on CSV injection, CWE-1236), unless `raw` asks for exact values.
@Suite struct CSVInjectionTests {
  /// Formula-looking cells, each with what a spreadsheet must be given.
  static let corpus: [(cell: String, neutralised: String)] = [
    ("=1+1", "'=1+1"),
    (
      "=HYPERLINK(\"https://example.invalid\",\"Klicka\")",
      "'=HYPERLINK(\"https://example.invalid\",\"Klicka\")"
    ),
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("+46 70 123 45 67", "'+46 70 123 45 67"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1+1", "'\t=1+1"),
    // A control character is written as visible text, so it starts no formula.
    ("\r=1+1", "\\u000D=1+1"),
    ("＝1+1", "'＝1+1"),
    ("- punkt i en lista", "'- punkt i en lista"),
    // Numbers stay numbers, and ordinary text stays as it is.
    ("-5", "-5"),
    ("+46", "+46"),
    ("3.5", "3.5"),
    ("Kommunchef", "Kommunchef"),
    ("Å = ändrad", "Å = ändrad"),
    ("", ""),
  ]

  func audit() -> Audit {
    var audit = builtInAudit()
    for (index, entry) in Self.corpus.prefix(audit.recommendations.count).enumerated() {
      audit.recommendations[index].owner = entry.cell
    }
    audit.recommendations[0].notes = Self.corpus.map {
      Note(date: Day("2025-01-01")!, author: "anna", text: $0.cell)
    }
    return audit
  }

  @Test func formulaCellsAreShownAsText() throws {
    let text = CSVTable.notes.csv([audit()])
    let rows = try CSV<Named>(string: String(text.dropFirst())).rows
    #expect(rows.map { $0["text"] ?? "?" } == Self.corpus.map(\.neutralised))
    let owners = try CSV<Named>(string: String(CSVTable.recommendations.csv([audit()]).dropFirst()))
      .rows.map { $0["owner"] ?? "?" }
    #expect(owners == Self.corpus.prefix(owners.count).map(\.neutralised))
    for table in CSVTable.allCases {
      let cells = try CSV<Enumerated>(string: String(table.csv([audit()]).dropFirst())).rows
        .joined()
      for cell in cells where !cell.isEmpty && Double(cell) == nil {
        #expect(!"=+-@\t\r＝＋－＠".contains(cell.first!), "\(table): \(cell.debugDescription)")
      }
    }
  }

  @Test func rawGivesTheExactValues() throws {
    let text = CSVTable.notes.csv([audit()], raw: true)
    let rows = try CSV<Named>(string: String(text.dropFirst())).rows
    // Exact, but for control characters, which are shown, never sent.
    #expect(
      rows.map { $0["text"] ?? "?" }
        == Self.corpus.map { $0.cell.replacingOccurrences(of: "\r", with: "\\u000D") })
  }
}
