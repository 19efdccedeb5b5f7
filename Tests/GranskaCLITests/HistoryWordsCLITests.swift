import Foundation
import Testing

/// `granska log` reads as prose in the reader's language: no ids, slugs or
/// field names of the code, and no words of the other language. `--format
/// json` keeps the raw rows for scripts.
@Suite struct HistoryWordsCLITests {
  let granska = GranskaRun()

  /// Every kind of change the history records, three follow-up rounds among them.
  func makeEveryKindOfChange() throws {
    let steps: [[String]] = [
      [
        "round", "add", "--title", "Uppföljning våren 2025", "--date", "2025-03-14",
        "--copy-previous",
      ],
      [
        "round", "add", "--title", "Uppföljning hösten 2025", "--date", "2025-09-15",
        "--copy-previous",
      ],
      ["round", "add", "--title", "Uppföljning 2026", "--date", "2026-03-16", "--copy-previous"],
      [
        "set", "assessment", "Q8", "--level", "delvis", "--remark",
        "Handlingsplan under framtagande",
      ],
      ["set", "assessment", "Q9", "--level", "i-allt-vasentligt"],
      [
        "set", "recommendation", "R1", "--status", "in-progress", "--owner", "Kommunchef",
        "--due", "2025-06-30", "--action", "Handlingsplaner tas fram", "--evidence", "KS 2025/17",
        "--note", "Beslut KS 2025-02-10",
      ],
      ["set", "recommendation", "R2", "--status", "not-applicable"],
      ["set", "recommendation", "R3", "--status", "done"],
      ["training", "set", "--date", "2023-11-16", "--section", "Omsorg", "--completed", "120"],
      ["access", "allow", "--account", "root"],
    ]
    for step in steps {
      let result = try granska.run(step)
      #expect(result.status == 0, "\(step): \(result.error)")
    }
    let csv = try granska.write(
      "hr.csv", "section;employees;completed;started\nLärande;420;300;20\nOmsorg;380;200;15\n")
    #expect(
      try granska("training", "load", csv, "--date", "2025-05-01", "--source", "HR").status == 0)
  }

  /// Whole words of `text` that are in `words` (case-sensitive: "Klar" is
  /// a status, "klar" may be prose).
  func found(_ words: [String], in text: String) -> [String] {
    words.filter { word in
      text.range(
        of:
          "(^|[^\\p{L}\\p{N}_-])\(NSRegularExpression.escapedPattern(for: word))($|[^\\p{L}\\p{N}_-])",
        options: .regularExpression) != nil
    }
  }

  /// The log holds none of `words` and each of `sentences`.
  func check(
    _ log: String, hasNoneOf words: [String], has sentences: [String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(found(words, in: log) == [], "\(log)", sourceLocation: sourceLocation)
    for sentence in sentences {
      #expect(log.contains(sentence), "\(sentence)", sourceLocation: sourceLocation)
    }
  }

  @Test func theSwedishLogHasNoSlugsOrEnglish() throws {
    try makeEveryKindOfChange()
    let log = try granska("log").output
    let codeWords = [
      "recommendation", "assessment", "round", "snapshot", "training", "audit", "editor",
      "status", "owner", "dueDate", "plannedAction", "evidence", "level", "remark", "employees",
      "completed", "started", "targetPercent", "created", "removed", "import", "note", "allowed",
      "not-started", "in-progress", "done", "not-applicable", "i-allt-vasentligt", "ja", "nej",
      "built-in", "tranemo-2024-informationssakerhet", "uppfoljning-2025-03-14",
      "uppfoljning-2026-03-16/Q8", "kpmg-2024", "assessments", "sections", "yes",
    ]
    let englishWords = [
      "Recommendation", "Question", "Round", "New", "Imported", "the", "of", "in", "Owner",
      "Due", "Planned", "Evidence", "Level", "Remark", "Completed", "Not", "Done", "Access",
      "may", "edit", "Training", "snapshot", "Account",
    ]
    check(
      log, hasNoneOf: codeWords + englishWords,
      has: [
        "Inläst: inbyggd granskning",
        "Ny omgång: Uppföljning våren 2025, 2025-03-14, 15 bedömningar",
        "Fråga Q8 i Uppföljning 2026: Nivå Nej → Delvis",
        "Fråga Q8 i Uppföljning 2026: Anmärkning – → Handlingsplan under framtagande",
        "Rekommendation R1: Status Ej påbörjad → Pågår",
        "Rekommendation R1: Planerad åtgärd – → Handlingsplaner tas fram",
        "Rekommendation R1: Klart senast – → 2025-06-30",
        "Rekommendation R1: Ny anteckning: Beslut KS 2025-02-10",
        "Rekommendation R2: Status Ej påbörjad → Ej tillämplig",
        "Utbildning Omsorg, mätningen 2023-11-16: Genomfört 95 → 120",
        "Ny mätning: 2025-05-01, 2 sektioner, 500 av 800 har genomfört",
        "Kontot root: Behörighet får inte ändra → får ändra",
      ])
  }

  @Test func theEnglishLogHasNoSwedishInterfaceWords() throws {
    try makeEveryKindOfChange()
    let log = try granska("log", "--lang", "en").output
    // Data stays as written (round titles, level labels, names); only the
    // interface's own words are checked.
    let swedishWords = [
      "Rekommendation", "Fråga", "Omgången", "Ny", "omgång", "Inläst", "inbyggd", "granskning",
      "bedömningar", "Ansvarig", "Klart", "senast", "Planerad", "åtgärd", "Underlag", "Nivå",
      "Anmärkning", "Pågår", "Ej", "påbörjad", "Klar", "tillämplig", "Utbildning", "mätningen",
      "mätning", "sektioner", "har", "genomfört", "Genomfört", "anteckning", "Kontot",
      "Behörighet", "får", "ändra", "av", "i",
    ]
    check(
      log, hasNoneOf: swedishWords,
      has: [
        "Imported: the built-in audit",
        "New round: Uppföljning våren 2025, 2025-03-14, 15 assessments",
        "Question Q8 in Uppföljning 2026: Level Nej → Delvis",
        "Recommendation R1: Status Not started → In progress",
        "Recommendation R1: Planned action – → Handlingsplaner tas fram",
        "Training Omsorg, snapshot of 2023-11-16: Completed 95 → 120",
        "New snapshot: 2025-05-01, 2 sections, 500 of 800 completed",
      ])
  }

  @Test func theJSONLogKeepsTheRawRows() throws {
    try makeEveryKindOfChange()
    let result = try granska("log", "--format", "json", "--entity", "recommendation")
    #expect(result.status == 0)
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
    let status = try #require(
      rows.first { $0["entityId"] as? String == "R1" && $0["field"] as? String == "status" })
    #expect(status["entity"] as? String == "recommendation")
    #expect(status["old"] as? String == "not-started")
    #expect(status["new"] as? String == "in-progress")
    #expect(status["audit"] as? String == "tranemo-2024-informationssakerhet")
    #expect(rows.allSatisfy { $0.keys.contains("old") && $0.keys.contains("new") })
  }
}
