import Foundation
import Testing

/// An import never silently replaces work the file does not hold: changes
/// saved after the file was exported (or after --since) make it refuse and
/// list them, unless --replace; the check and the replacement are one
/// transaction, so edits saved meanwhile are never lost.
@Suite struct ImportGuardTests {
  let granska = GranskaRun()

  func withoutExportTime(_ text: String) -> String {
    text.split(separator: "\n").filter { !$0.contains("\"asOf\"") }.joined(separator: "\n")
  }

  func historyRows() throws -> Int {
    try granska("log", "--format", "json").output.components(separatedBy: "\"account\"").count - 1
  }

  @Test func aStaleFileIsRefusedListingWhatItWouldReplace() throws {
    try granska("export", "-o", "old.yaml")
    try granska("set", "recommendation", "R1", "--status", "in-progress", "--owner", "Anna")
    try granska("set", "recommendation", "R2", "--note", "Möte hölls")
    let before = try granska("export", "--format", "json").output
    let rows = try historyRows()
    let refused = try granska("import", "old.yaml")
    #expect(refused.status == 1)
    let lines = refused.error.split(separator: "\n").map(String.init)
    #expect(lines.count == 4, "\(refused.error)")
    #expect(
      lines[0].hasPrefix(
        "granska: granskningen ”tranemo-2024-informationssakerhet” har 3 ändringar efter "))
    #expect(
      lines[0].hasSuffix("som filen inte har; inget importerades (--replace ersätter dem ändå):"))
    #expect(lines[1].hasSuffix("Rekommendation R2: Ny anteckning: Möte hölls"))
    #expect(lines[3].hasSuffix("Rekommendation R1: Status Ej påbörjad → Pågår"))
    #expect(lines.dropFirst().allSatisfy { $0.contains("  \(NSUserName())  ") }, "names who")
    #expect(
      withoutExportTime(try granska("export", "--format", "json").output)
        == withoutExportTime(before))
    #expect(try historyRows() == rows, "nothing imported")

    let replaced = try granska("import", "old.yaml", "--replace")
    #expect(
      replaced.output
        == "ersatte granskningen ”Granskning av informations- och IT-säkerhetsarbetet”\n")
    #expect(try granska("summary").output.contains("Ej påbörjad    8"))
  }

  @Test func theSameFileAgainChangesNothing() throws {
    try granska("set", "recommendation", "R1", "--owner", "Anna")
    try granska("export", "-o", "now.yaml")
    let rows = try historyRows()
    let again = try granska("import", "now.yaml")
    #expect(again.status == 0)
    #expect(
      again.output
        == "granskningen ”Granskning av informations- och IT-säkerhetsarbetet” är oförändrad\n")
    #expect(try historyRows() == rows)
  }

  @Test func aFileWithoutAnExportTimeGoesByTheLastImportOrSince() throws {
    try granska("export", "-o", "x.yaml")
    let text = String(decoding: try granska.read("x.yaml"), as: UTF8.self)
      .split(separator: "\n").filter { !$0.hasPrefix("asOf:") }.joined(separator: "\n")
    _ = try granska.write("hand.yaml", text + "\n")
    try granska("import", "hand.yaml", "--db", "other.sqlite")
    try granska("set", "recommendation", "R3", "--owner", "Bo", "--db", "other.sqlite")
    let refused = try granska("import", "hand.yaml", "--db", "other.sqlite", "--lang", "en")
    #expect(refused.status == 1)
    #expect(refused.error.contains("has 1 changes after "))
    #expect(refused.error.contains("Recommendation R3: Owner – → Bo"))
    let tomorrow = Calendar.current.date(byAdding: .day, value: 1, to: Date())!
    let day = tomorrow.formatted(.iso8601.year().month().day())
    let replaced = try granska("import", "hand.yaml", "--db", "other.sqlite", "--since", day)
    #expect(replaced.status == 0, "\(replaced.error)")
  }

  /// Note writers and, at the same time, exports imported back again and
  /// again: every note reported saved is there at the end.
  @Test func concurrentImportsAndEditsLoseNothingAcknowledged() throws {
    try granska("summary")
    let writers = longTests ? 8 : 3
    let edits = longTests ? 200 : 40
    var batches: [BatchProcess] = []
    for writer in 0..<writers {
      let lines = (1...edits).map {
        "set recommendation R\($0 % 8 + 1) --note \"i\(writer)-\($0)\""
      }
      batches.append(
        try BatchProcess(
          lines: lines, database: granska.database, directory: granska.directory, name: "i\(writer)"
        ))
    }
    var imports: [Int32: Int] = [:]
    for round in 0..<(longTests ? 40 : 12) {
      try granska("export", "-o", "round\(round).yaml")
      imports[try granska("import", "round\(round).yaml").status, default: 0] += 1
    }
    var acknowledged = 0
    for (writer, batch) in batches.enumerated() {
      batch.process.waitUntilExit()
      #expect(batch.process.terminationStatus == 0, "\(batch.errorText)")
      acknowledged += batch.savedLines().count
      _ = writer
    }
    #expect(acknowledged == writers * edits)
    let check = try DatabaseCheck(granska.database)
    #expect(try check.integrity == "ok")
    #expect(try check.notes("i").count == acknowledged, "imports: \(imports)")
    #expect(Set(imports.keys).isSubset(of: [0, 1]))
  }
}
