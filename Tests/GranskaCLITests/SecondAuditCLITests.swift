import Foundation
import GranskaFormat
import Testing

/// The second audit (Tests/Corpus/second-audit.yaml) through every command
/// and, in a real terminal, every view: its own words only, its scale
/// without "not assessed", three rounds and ten training sections.
@Suite struct SecondAuditCLITests {
  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpus/second-audit.yaml").path
  static let foreign = ["Tranemo", "KPMG", "informationssäkerhet", "Ulricehamn", "kommun"]

  let granska = GranskaRun()

  /// The numbers on a summary's level row, e.g. ["0", "6"].
  func counts(of label: String, in summary: String) -> [String]? {
    summary.split(separator: "\n").first { $0.hasPrefix("  \(label) ") }
      .map { $0.dropFirst(label.count + 2).split(separator: " ").map(String.init) }
  }

  func expectNative(_ text: String, _ what: String) {
    for word in Self.foreign { #expect(!text.contains(word), "\(what): \(word)") }
  }

  @Test func everyCommandSpeaksOfItAsItsOwn() throws {
    let imported = try granska("import", Self.fixture, "--db", "second.sqlite")
    #expect(
      imported.output == "lade till granskningen ”Granskning av regionens dataskyddsarbete”\n",
      "\(imported.error)")
    let db = ["--db", "second.sqlite"]
    let summary = try granska.run(["summary"] + db).output
    #expect(summary.contains("Utbildning i dataskydd (GDPR) 2025-11-01"))
    #expect(counts(of: "Ej bedömd", in: summary) == ["0", "6"], "\(summary)")
    #expect(try granska.run(["summary", "--lang", "en"] + db).output.contains("Not assessed"))
    var outputs = ["summary": summary]
    for command in [
      ["export"], ["export", "--format", "json"], ["export", "--format", "markdown"],
      ["export", "--format", "html"], ["report"], ["report", "--format", "html"], ["log"],
      ["export", "--format", "csv", "--table", "training"],
    ] {
      let result = try granska.run(command + db)
      #expect(result.status == 0, "\(command): \(result.error)")
      outputs[command.joined(separator: " ")] = result.output
    }
    for (what, text) in outputs { expectNative(text, what) }
    #expect(outputs["report"]!.contains("Ej bedömd"), "the report's level table")
    let training = outputs["export --format csv --table training"]!
    #expect(training.components(separatedBy: "\r\n").count == 22, "header, 20 rows, end")

    // The file reads back as it was written.
    try granska.run(["export", "-o", "again.yaml"] + db)
    let original = try InterchangeDocument.decode(
      Data(contentsOf: URL(fileURLWithPath: Self.fixture)), format: .yaml, fileName: "f")
    let again = try InterchangeDocument.decode(
      try granska.read("again.yaml"), format: .yaml, fileName: "again.yaml")
    #expect(again.audits == original.audits)
  }

  @Test func editsRoundsAndTrainingLikeAnyAudit() throws {
    try granska("import", Self.fixture, "--db", "second.sqlite")
    let db = ["--db", "second.sqlite"]
    #expect(
      try granska.run(["set", "recommendation", "A3", "--status", "in-progress"] + db).status == 0)
    #expect(try granska.run(["set", "assessment", "D1", "--level", "uppfyllt"] + db).status == 0)
    let remark = try granska.run(["set", "assessment", "D4", "--remark", "Ingen nivå"] + db)
    #expect(remark.status == 1)
    #expect(remark.error.contains("välj en nivå för att kunna spara en anmärkning"))
    let round = try granska.run(
      ["round", "add", "--title", "Uppföljning hösten 2026", "--date", "2026-10-01"] + db)
    #expect(round.status == 0, "\(round.error)")
    #expect(round.output == "lade till omgången ”Uppföljning hösten 2026”, 2026-10-01\n")
    // A new round without copied levels: every question not assessed.
    let summary = try granska.run(["summary"] + db).output
    #expect(summary.contains("Uppföljning hösten 2026 (2026-10-01)"))
    #expect(counts(of: "Ej bedömd", in: summary) == ["0", "8"], "\(summary)")
    let sections = [
      "Hälso- och sjukvård", "Tandvård", "Kollektivtrafik", "Kultur och bildning",
      "Regional utveckling", "Fastigheter", "Digitalisering och IT", "HR", "Ekonomi",
      "Regionledningskontoret",
    ]
    let csv = try granska.write(
      "hr.csv",
      "section;employees;completed;started\n"
        + sections.map { "\($0);100;90;5" }.joined(separator: "\n") + "\n")
    let load = try granska.run(["training", "load", csv, "--date", "2026-05-01"] + db)
    #expect(load.output == "läste in 10 sektioner för 2026-05-01\n", "\(load.error)")
    #expect(try granska.run(["summary"] + db).output.contains("Genomfört 90 % (900 av 1 000)"))
  }

  /// People name a status or a level as they read it; it is stored by its id.
  @Test func statusesAndLevelsAreNamedByTheirWords() throws {
    try granska("import", Self.fixture, "--db", "words.sqlite")
    let db = ["--db", "words.sqlite"]
    for (word, id) in [("Pågår", "in-progress"), ("klar", "done"), ("NOT STARTED", "not-started")] {
      let set = try granska.run(["set", "recommendation", "A3", "--status", word] + db)
      #expect(set.status == 0, "\(set.error)")
      #expect(
        try granska.run(["export", "--format", "json"] + db).output.contains(
          "\"status\" : \"\(id)\""))
    }
    #expect(
      try granska.run(["set", "assessment", "D1", "--level", "delvis UPPFYLLT"] + db).status == 0)
    #expect(
      try granska.run(["log"] + db).output.contains(
        "D1 i Uppföljning mars 2026: Nivå – → Delvis uppfyllt"))
    let wrong = try granska.run(["set", "recommendation", "A3", "--status", "halvklar"] + db)
    #expect(wrong.status == 1)
    #expect(
      wrong.error.contains("okänd status ”halvklar” (ej påbörjad, pågår, klar, ej tillämplig)"),
      "\(wrong.error)")
  }

  /// In the dashboard: the chooser picks it from the Overview (Enter), and
  /// no view shows the built-in audit's words.
  @Test func inTheDashboardEveryViewIsItsOwn() async throws {
    try granska("summary")  // the built-in audit first
    try granska("import", Self.fixture)
    let tmux = try Tmux.granska(database: granska.database)
    try await tmux.waitFor("Tranemo kommun")
    try tmux.sendKeys("a")
    try await tmux.waitFor("Region Norrsund")
    try tmux.sendKeys("Down", "Enter")
    try await tmux.waitFor("Utbildning i dataskydd (GDPR)")
    for view in ["1", "2", "3", "4", "5"] {
      try tmux.sendKeys(view)
      try await Task.sleep(for: .milliseconds(150))
      let screen = try tmux.screen()
      // The tab line names the audit; the rest is the view.
      expectNative(screen.split(separator: "\n").dropFirst().joined(separator: "\n"), view)
    }
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0)
  }
}

/// A database file of 0 bytes is refused with one and the same message by
/// every command, and left as it is.
@Suite struct EmptyDatabaseFileTests {
  @Test func everyCommandSaysTheSame() throws {
    let granska = GranskaRun()
    let path = try granska.write("empty.sqlite", "")
    let expected =
      "granska: \(path): filen är tom (0 byte) och är ingen databas; inget ändrades. "
      + "Ta bort filen så skapas en ny databas, eller välj en annan med --db\n"
    for command: [String] in [
      [], ["summary"], ["export"], ["log"], ["report"], ["access"],
      ["set", "recommendation", "R1", "--owner", "x"], ["import", SecondAuditCLITests.fixture],
      ["training", "set", "--date", "2023-11-16", "--section", "Omsorg", "--completed", "1"],
      ["--read-only", "summary"],
    ] {
      let result = try granska.run(command + ["--db", path])
      #expect(result.status == 1, "\(command)")
      #expect(result.error == expected, "\(command): \(result.error)")
    }
    #expect(try granska.read("empty.sqlite").isEmpty, "left as it was")
  }
}
