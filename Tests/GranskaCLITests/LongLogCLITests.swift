import Foundation
import GRDB
import Testing

/// A history longer than one page of the log's reading: `log` writes it as
/// it reads, page by page, and the reader gets every row once, newest
/// first, across the pages' edges, in text and in JSON.
@Suite struct LongLogCLITests {
  /// Rows as another program could have saved them: two audits' worth of
  /// owner changes, 5 000 rows (two and a half pages).
  func longHistory() throws -> GranskaRun {
    let granska = GranskaRun()
    try granska("summary")
    let queue = try DatabaseQueue(path: granska.database)
    try queue.write { db in
      try db.execute(
        sql: """
          WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
          INSERT INTO history (at, account, auditId, entity, entityId, field, oldValue, newValue)
          SELECT printf('2026-01-01T10:%02d:%02d.000Z', i / 3600 % 60, i % 60), 'anna',
            (SELECT id FROM audit), 'recommendation', 'R' || (i % 8 + 1), 'owner',
            'Ägare ' || (i - 1), 'Ägare ' || i
          FROM n
          """)
    }
    return granska
  }

  @Test func everyRowComesOnceNewestFirstAcrossThePages() throws {
    let granska = try longHistory()
    let lines = try granska("log").output.split(separator: "\n")
    #expect(lines.count == 5_001)  // and the import's row
    #expect(lines.first?.hasSuffix("Ansvarig Ägare 4999 → Ägare 5000") == true)
    // The edges of the first page (200 rows) and the second (2 000 more).
    #expect(lines[199].hasSuffix("Ansvarig Ägare 4800 → Ägare 4801"))
    #expect(lines[200].hasSuffix("Ansvarig Ägare 4799 → Ägare 4800"))
    #expect(lines[2_199].hasSuffix("Ansvarig Ägare 2800 → Ägare 2801"))
    #expect(lines[2_200].hasSuffix("Ansvarig Ägare 2799 → Ägare 2800"))
    #expect(lines[4_999].hasSuffix("Ansvarig Ägare 0 → Ägare 1"))
    let limited = try granska("log", "-n", "2201").output
    #expect(limited.split(separator: "\n") == Array(lines[..<2_201]))
  }

  @Test func theJSONIsOneArrayOfEveryRow() throws {
    let granska = try longHistory()
    let text = try granska("log", "--format", "json").output
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    #expect(rows.count == 5_001)
    let ids = rows.map { $0["id"] as! Int }
    #expect(ids == ids.sorted(by: >) && Set(ids).count == ids.count)
    #expect(rows[0]["new"] as? String == "Ägare 5000")
    #expect(text.hasPrefix("[\n  {\n    \"account\" : \"anna\",\n"))
    #expect(text.hasSuffix("\n  }\n]\n"))
    #expect(try granska("log", "--format", "json", "--user", "nobody").output == "[\n\n]\n")
  }

  /// On a terminal the log goes through `less`, as `git log` does: the
  /// first screen, then the reader's keys; `--no-pager` (or an empty
  /// `GRANSKA_PAGER`) writes straight to the terminal.
  @Test func onATerminalTheLogIsPaged() async throws {
    let granska = try longHistory()
    func run(_ arguments: [String], pager: String? = nil) throws -> Tmux {
      try Tmux.granska(
        ["LANG": "C.UTF-8", "GRANSKA_PAGER": pager], database: granska.database,
        arguments: arguments)
    }
    let paged = try run(["log"])
    let first = try await paged.waitFor("Ägare 4999 → Ägare 5000")
    #expect(first.split(separator: "\n").last?.hasPrefix(":") == true, "\(first)")
    try await Task.sleep(for: .milliseconds(300))
    #expect(!first.contains("Ägare 4976 →"), "more than a screen: \(first)")
    try paged.sendKeys("q")
    #expect(try await paged.waitForExit() == 0)

    for (arguments, pager) in [
      (["log", "--no-pager", "-n", "30"], nil), (["log", "-n", "30"], ""),
    ] {
      let straight = try run(arguments, pager: pager)
      #expect(try await straight.waitForExit() == 0, "\(arguments)")
      let output = straight.recordedOutput()
      #expect(output.contains("Ägare 4999 → Ägare 5000"), "\(arguments)")
      #expect(output.contains("Ägare 4970 → Ägare 4971"), "\(arguments)")
    }
  }
}
