import Foundation
import GranskaDomain
import GranskaFormat
import GranskaReports
import GranskaTestSupport
import GranskaText
import SwiftCSV
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

func builtInAudit() -> Audit { try! BuiltInAudit.document().audits[0] }

/// Text that tries everything: HTML, Markdown tables and emphasis, CSV
/// quoting, and terminal control sequences.
let hostile = "<script>alert('x')</script> | *fet* \"citat\", semi;kolon\n\u{1B}[2J\u{07} & slut"

@Suite struct FollowUpReportTests {
  @Test func theFilesAreNamedInTheReportsLanguage() {
    let day = Day("2026-12-07")!
    #expect(
      FollowUpReport.fileStem(auditID: "ia-2025", drawnUp: day, language: .sv)
        == "uppfoljning-ia-2025-2026-12-07")
    #expect(
      FollowUpReport.fileStem(auditID: "ia-2025", drawnUp: day, language: .en)
        == "follow-up-ia-2025-2026-12-07")
  }

  let report = FollowUpReport(
    audit: builtInAudit(), drawnUp: Day("2026-11-29")!, language: .sv)

  @Test func carriesItsDateAndTheAuditItFollowsUp() {
    let markdown = report.markdown()
    #expect(
      markdown.hasPrefix(
        "# Uppföljning av revisionens rekommendationer\n\n**Upprättad 2026-11-29**"))
    #expect(report.title == "Uppföljning av revisionens rekommendationer, upprättad 2026-11-29")
    for line in [
      "- **Granskning:** Granskning av informations\\- och IT\\-säkerhetsarbetet"
        .replacingOccurrences(of: "\\-", with: "-"),
      "- **Organisation:** Tranemo kommun", "- **Revisor:** KPMG", "- **År:** 2024",
      "- **Samlad bedömning:** **Delvis**",
    ] {
      #expect(markdown.contains(line), "\(line)")
    }
  }

  @Test func listsAllEightRecommendationsWithTheirQuestions() {
    let markdown = report.markdown()
    for recommendation in builtInAudit().recommendations {
      #expect(markdown.contains("### \(recommendation.id) "), "\(recommendation.id)")
    }
    #expect(
      markdown.contains(
        "| Q8 Finns tillhörande handlingsplaner för informationssäkerhetsmål? | **Nej** | **Nej** |"
      ))
    #expect(markdown.components(separatedBy: "- **Status:** **Ej påbörjad**").count == 9)
  }

  @Test func summarisesLevelsAndTraining() {
    let markdown = report.markdown()
    #expect(
      markdown.contains(
        "| Nivå | KPMG 2024 |\n| --- | --- |\n| **Ja** | 8 |\n| **I allt väsentligt** | 1 |\n| **Delvis** | 3 |\n| **Nej** | 3 |"
      ))
    // The source gives shares, not headcounts: the split per section is
    // illustrative, so no made-up totals; the rest of the staff is derived.
    #expect(
      markdown.contains(
        "2023-11-16: Genomfört **29 %**, ej påbörjat 66 %, påbörjat ≈ 5 % (härlett). Mål 75 % under 2024."
      ))
    #expect(!markdown.contains("290") && !markdown.contains("1 000"))
  }

  /// Everything a recommendation in force holds is in the follow-up report
  /// and in the audit's document: a field added to the model but left out
  /// of them fails here.
  @Test func bothDocumentsShowEveryTextARecommendationHolds() {
    var audit = Audit.everyField
    audit.recommendations[0].retired = nil
    let report = FollowUpReport(audit: audit, drawnUp: Day("2026-11-29")!, language: .sv)
      .markdown()
    let document = AuditDocument(audits: [audit], language: .sv).markdown()
    for text in texts(in: audit.recommendations[0]) {
      #expect(report.contains(text), "\(text) is not in the report:\n\(report)")
      #expect(document.contains(text), "\(text) is not in the document:\n\(document)")
    }
  }

  /// Real figures, entered by the municipality: then the headcounts are facts.
  @Test func realTrainingFiguresShowTheirHeadcounts() {
    var audit = builtInAudit()
    audit.training[0].illustrative = false
    let markdown = FollowUpReport(audit: audit, drawnUp: Day("2026-11-29")!, language: .sv)
      .markdown()
    #expect(
      markdown.contains(
        "Genomfört **29 % (290 av 1 000)**, ej påbörjat 66 % (660 av 1 000), påbörjat 5 % (50 av 1 000)."
      ))
  }

  /// Every number the report states is in the audit's data (or is a date,
  /// an id or a count of its own assessments), unless it says it is derived.
  @Test func theReportStatesNoNumberTheAuditDoesNotGive() throws {
    let sourceNumbers = Set(numbers(in: BuiltInAudit.yaml))
    let markdown = report.markdown()
    var unexplained: [String] = []
    for line in markdown.split(separator: "\n") where !line.hasPrefix("| **") {
      // Counts of levels (table rows "| **Ja** | 8 |") are the audit's own
      // assessments counted; marked-derived clauses are exempt.
      let checked = line.replacingOccurrences(
        of: "≈ [0-9]+ % \\(härlett\\)", with: "", options: .regularExpression)
      for number in numbers(in: String(checked)) where !sourceNumbers.contains(number) {
        unexplained.append("\(number) in: \(line)")
      }
    }
    #expect(unexplained == [])
  }

  /// Numbers as a reader sees them: "3 849" is one number; ids (R1, Q8)
  /// and the drawn-up date are not figures.
  func numbers(in text: String) -> [String] {
    let cleaned = text.replacingOccurrences(
      of: "[RQ][0-9]+|2026-11-29|[0-9]{4}-[0-9]{2}-[0-9]{2}", with: " ",
      options: .regularExpression)
    let pattern = try! NSRegularExpression(pattern: "[0-9]+(?: [0-9]{3})*")
    let range = NSRange(cleaned.startIndex..., in: cleaned)
    return pattern.matches(in: cleaned, range: range).map {
      String(cleaned[Range($0.range, in: cleaned)!])
    }
  }

  @Test func listsChangesSinceADay() {
    var audit = builtInAudit()
    audit.recommendations[0].status = .inProgress
    let change = HistoryEntry(
      id: 1, at: Date(timeIntervalSince1970: 1_767_225_600), account: "anna", auditID: audit.id,
      entity: "recommendation", entityID: "R1", field: "status", oldValue: "not-started",
      newValue: "in-progress")
    let report = FollowUpReport(
      audit: audit, drawnUp: Day("2026-11-29")!, language: .sv, since: Day("2025-01-01"),
      changes: [change], timeZone: TimeZone(identifier: "UTC")!,
      names: ["anna": "Anna Andersson"])
    #expect(
      report.markdown().contains(
        "## Ändringar sedan 2025-01-01\n\n"
          + "- 2026-01-01, Anna Andersson: Rekommendation R1: Status Ej påbörjad → Pågår\n"))
  }

  /// A secretary reads what came of the period, not every step: one row
  /// per thing and field, first value to last, nothing for what ended
  /// where it began; notes and new rounds as they happened.
  @Test func theChangesAreNetForThePeriod() {
    let audit = builtInAudit()
    let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01 00:00 UTC
    var id: Int64 = 0
    func entry(
      _ hours: Double, _ who: String, _ entity: String, _ entityID: String, _ field: String,
      _ old: String?, _ new: String?
    ) -> HistoryEntry {
      id += 1
      return HistoryEntry(
        id: id, at: start.addingTimeInterval(hours * 3600), account: who, auditID: audit.id,
        entity: entity, entityID: entityID, field: field, oldValue: old, newValue: new)
    }
    let steps = [
      entry(1, "anna", "recommendation", "R1", "status", "not-started", "in-progress"),
      entry(2, "bertil", "recommendation", "R1", "status", "in-progress", "done"),
      entry(3, "anna", "recommendation", "R2", "owner", nil, "HR"),
      entry(4, "anna", "recommendation", "R2", "owner", "HR", nil),
      entry(5, "anna", "recommendation", "R1", "note", nil, "Klart enligt KS"),
      entry(6, "anna", "recommendation", "R1", "status", "done", "in-progress"),
    ]
    let report = FollowUpReport(
      audit: audit, drawnUp: Day("2026-11-29")!, language: .sv, since: Day("2026-01-01"),
      changes: steps.reversed(), timeZone: TimeZone(identifier: "UTC")!,
      names: ["anna": "Anna Andersson", "bertil": "Bertil Berg"])
    #expect(
      changeLines(report.markdown()) == [
        "- 2026-01-01 06:00, Anna Andersson och Bertil Berg: Rekommendation R1: Status Ej påbörjad → Pågår",
        "- 2026-01-01 05:00, Anna Andersson: Rekommendation R1: Ny anteckning: Klart enligt KS",
      ])
  }

  /// A revised due date is given in full: what was first agreed, and how
  /// often it moved, as the board must see it.
  @Test(arguments: [
    (Language.sv, "- **Klart senast:** 2025-09-30 (ursprungligen 2025-03-31, ändrat 2 gånger)"),
    (.en, "- **Due:** 2025-09-30 (originally 2025-03-31, changed twice)"),
  ])
  func aRevisedDueDateSaysWhatItWasFirst(_ language: Language, _ line: String) throws {
    var audit = builtInAudit()
    for (from, to) in [
      (nil, "2025-03-31"), ("2025-03-31", "2025-06-30"), ("2025-06-30", "2025-09-30"),
    ] {
      audit = try audit.applying([
        .set(FieldChange(.recommendation("R1", .dueDate), from: from, to: to))
      ])
    }
    let markdown = FollowUpReport(audit: audit, drawnUp: Day("2025-08-01")!, language: language)
      .markdown()
    #expect(markdown.contains(line), "\(markdown)")
  }

  /// The lines under "Ändringar sedan".
  func changeLines(_ markdown: String) -> [String] {
    markdown.components(separatedBy: "## Ändringar sedan")[1].split(separator: "\n")
      .dropFirst().map(String.init)
  }

  /// A round added and then undone is no change of the period, nor are the
  /// levels set in it; a file read in is named without the server's path;
  /// a note of several lines keeps its lines, no `<br>`, no seconds.
  @Test func theChangesReadAsProse() {
    let audit = builtInAudit()
    let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01 00:00 UTC
    let round = HistoryRecord.text(
      RoundRecord(title: "Uppföljning", date: Day("2026-01-02")!, assessments: 15))
    let rows: [(Double, String, String, String, String?, String?)] = [
      (0, "audit", audit.id, "import", nil, "/srv/granska/import/tranemo.yaml"),
      (30, "round", "uppfoljning-2026-01-02", "created", nil, round),
      (31, "assessment", "uppfoljning-2026-01-02/Q3", "level", "ja", "delvis"),
      (32, "round", "uppfoljning-2026-01-02", "removed", round, nil),
      (
        50, "recommendation", "R2", "note", nil,
        "Beslut i KS:\n- rutinen antagen\n- uppföljning i maj"
      ),
    ]
    let entries = rows.enumerated().map { index, row in
      HistoryEntry(
        id: Int64(index + 1), at: start.addingTimeInterval(row.0 * 3600), account: "anna",
        auditID: audit.id, entity: row.1, entityID: row.2, field: row.3, oldValue: row.4,
        newValue: row.5)
    }
    let markdown = FollowUpReport(
      audit: audit, drawnUp: Day("2026-11-29")!, language: .sv, since: Day("2026-01-01"),
      changes: entries.reversed(), timeZone: TimeZone(identifier: "UTC")!,
      names: ["anna": "Anna Andersson"]
    ).markdown()
    #expect(
      changeLines(markdown) == [
        "- 2026-01-03, Anna Andersson: Rekommendation R2: Ny anteckning: Beslut i KS:  ",
        "  \\- rutinen antagen  ", "  \\- uppföljning i maj",
        "- 2026-01-01, Anna Andersson: Inläst från en fil",
      ])
    #expect(!markdown.contains("<br>") && !markdown.contains("/srv"))
  }

  /// A board sees each question whose level moved since the round before,
  /// worse first, also one no recommendation links to.
  @Test func namesEveryChangedAssessmentWorseFirst() throws {
    var audit = builtInAudit()
    let linked = Set(audit.recommendations.flatMap(\.questions))
    let level = { (id: String) in audit.level(of: id, in: audit.rounds[0])!.id }
    let unlinked = try #require(
      audit.questions.first { !linked.contains($0.id) && level($0.id) != "nej" })
    let improved = try #require(
      audit.questions.first { linked.contains($0.id) && level($0.id) == "nej" })
    var round = audit.newRound(
      title: "Uppföljning hösten 2025", date: Day("2025-09-15")!, copyingLevels: true)
    func set(_ question: String, _ level: String) {
      round.assessments.removeAll { $0.question == question }
      round.assessments.append(Assessment(question: question, level: level))
    }
    set(unlinked.id, "nej")
    set(improved.id, "ja")
    audit.rounds.append(round)
    let before = { (id: String) in audit.level(of: id, in: audit.rounds[0])!.label }
    let markdown = FollowUpReport(audit: audit, drawnUp: Day("2026-11-29")!, language: .sv)
      .markdown()
    let section = try #require(
      markdown.components(separatedBy: "## Förändrade bedömningar\n\n").dropFirst().first)
    #expect(
      section.hasPrefix(
        "Från KPMG 2024 till Uppföljning hösten 2025 (2025-09-15): 1 sämre, 1 bättre, 13 oförändrade.\n\n"
          + "### Sämre\n\n- \(unlinked.id) \(unlinked.text): **\(before(unlinked.id))** → **Nej**\n\n"
          + "### Bättre\n\n- \(improved.id) \(improved.text): **\(before(improved.id))** → **Ja**\n\n"
      ), "\(section)")
  }

  /// With `--since`, the levels that moved in the period: from the round
  /// that was latest then to the latest, past a round in between. A level
  /// that went down and back up again in the period is no change.
  @Test func withSinceTheChangedAssessmentsAreThoseOfThePeriod() throws {
    var audit = builtInAudit()
    let original = { (id: String) in audit.level(of: id, in: audit.rounds[0])!.id }
    let (q1, q2) = (audit.questions[0].id, audit.questions[1].id)
    try #require(original(q1) == "ja" && original(q2) != "nej")
    for (title, date, changes) in [
      ("Uppföljning hösten 2025", "2025-09-15", [(q1, "nej")]),
      ("Uppföljning våren 2026", "2026-03-01", [(q1, "ja"), (q2, "nej")]),
    ] {
      var round = audit.newRound(title: title, date: Day(date)!, copyingLevels: true)
      for (question, level) in changes {
        round.assessments.removeAll { $0.question == question }
        round.assessments.append(Assessment(question: question, level: level))
      }
      audit.rounds.append(round)
    }
    func section(since: Day?) throws -> String {
      let markdown = FollowUpReport(
        audit: audit, drawnUp: Day("2026-11-29")!, language: .sv, since: since, changes: []
      ).markdown()
      return try #require(
        markdown.components(separatedBy: "## Förändrade bedömningar\n\n").dropFirst().first)
    }
    #expect(
      try section(since: Day("2025-01-01")).hasPrefix(
        "Från KPMG 2024 till Uppföljning våren 2026 (2026-03-01): 1 sämre, 0 bättre, 14 oförändrade."
      ))
    #expect(
      try section(since: nil).hasPrefix(
        "Från Uppföljning hösten 2025 (2025-09-15) till Uppföljning våren 2026 (2026-03-01): "
          + "1 sämre, 1 bättre, 13 oförändrade."))
    let quiet = FollowUpReport(
      audit: audit, drawnUp: Day("2026-11-29")!, language: .sv, since: Day("2026-06-01"),
      changes: []
    ).markdown()
    #expect(!quiet.contains("## Förändrade bedömningar"), "no round in the period")
  }

  @Test func englishReport() {
    let markdown = FollowUpReport(audit: builtInAudit(), drawnUp: Day("2026-11-29")!, language: .en)
      .markdown()
    #expect(
      markdown.hasPrefix("# Follow-up of the audit's recommendations\n\n**Drawn up 2026-11-29**"))
  }
}

@Suite struct EscapingTests {
  func hostileAudit() -> Audit {
    var audit = builtInAudit()
    audit.recommendations[0].text = hostile
    audit.recommendations[0].owner = "a|b"
    audit.recommendations[0].notes = [Note(date: Day("2025-01-01")!, author: "x", text: hostile)]
    return audit
  }

  @Test func htmlEscapesEveryDataText() {
    let html = FollowUpReport(audit: hostileAudit(), drawnUp: Day("2026-11-29")!, language: .sv)
      .html()
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(!html.contains("\u{1B}") && !html.contains("\u{07}"))
    #expect(html.contains("␛[2J␇ &amp; slut"))
    #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="))
  }

  @Test func markdownEscapesTagsPipesAndControls() {
    let markdown = FollowUpReport(audit: hostileAudit(), drawnUp: Day("2026-11-29")!, language: .sv)
      .markdown()
    // A tag is escaped where it would start: shown as text, never obeyed.
    #expect(markdown.contains("\\<script>"))
    #expect(
      markdown.ranges(of: "<script").allSatisfy { markdown[..<$0.lowerBound].hasSuffix("\\") })
    #expect(!markdown.contains("&lt;") && !markdown.contains("&amp;"), "no HTML entities")
    #expect(markdown.contains("a\\|b"))
    #expect(markdown.contains("\\*fet\\*"))
    #expect(!markdown.contains("\u{1B}") && !markdown.contains("\u{07}"))
  }

  /// Only what Markdown would read as its own is escaped: the rest reads
  /// as plain text where the report is pasted into the minutes.
  @Test func markdownEscapesOnlyWhatWouldChangeTheMeaning() {
    let plain = [
      "Rutin för e_post och loggning - se avsnitt 3.1 [Hög prioritet]",
      "Mål < 90 % (2025-09-15), 1 011 av 1 237! {x}", "A & B; C > D", "R1 → R2",
    ]
    for text in plain {
      #expect(MarkdownRenderer.escape(text) == text, "\(text)")
    }
    let marked = [
      ("# Rubrik", "\\# Rubrik"), ("> citat", "\\> citat"), ("- punkt", "\\- punkt"),
      ("---", "\\---"), ("1. första", "1\\. första"), ("a *b* c", "a \\*b\\* c"),
      ("_betonat_", "\\_betonat\\_"), ("a|b", "a\\|b"), ("[x](http://y)", "[x\\](http://y)"),
      ("<b>", "\\<b>"), ("&amp;", "\\&amp;"), ("~~bort~~", "\\~\\~bort\\~\\~"),
      ("`kod`", "\\`kod\\`"),
    ]
    for (text, escaped) in marked {
      #expect(MarkdownRenderer.escape(text) == escaped, "\(text)")
    }
    // Not at the start of a line, a leading mark is text.
    #expect(MarkdownRenderer.escape("# nr 3", atLineStart: false) == "# nr 3")
  }

  /// CSV quotes what it must and reads back as the data, but for control
  /// characters, which it shows as text ("\u001B") and never sends.
  @Test func csvQuotesAndReadsBackEqual() throws {
    let audit = hostileAudit()
    let shown = hostile.replacingOccurrences(of: "\u{1B}", with: "\\u001B")
      .replacingOccurrences(of: "\u{07}", with: "\\u0007")
    let text = CSVTable.recommendations.csv([audit])
    #expect(text.hasPrefix("\u{FEFF}audit,recommendation,text,"))
    let csv = try CSV<Named>(string: String(text.dropFirst()))
    #expect(csv.rows.count == audit.recommendations.count)
    for (row, recommendation) in zip(csv.rows, audit.recommendations) {
      #expect(row["recommendation"] == recommendation.id)
      #expect(row["text"] == (recommendation.text == hostile ? shown : recommendation.text))
      #expect(row["status"] == recommendation.status.rawValue)
      #expect(row["owner"] == (recommendation.owner ?? ""))
      #expect(row["questions"] == recommendation.questions.joined(separator: ";"))
    }
    let notes = try CSV<Named>(string: String(CSVTable.notes.csv([audit]).dropFirst()))
    #expect(notes.rows.first?["text"] == shown)
  }

  @Test func everyTableHasAHeaderAndAllItsRows() throws {
    let audit = builtInAudit()
    let counts: [CSVTable: Int] = [
      .audits: 1, .sections: 7, .questions: 15, .assessments: 15, .recommendations: 8, .notes: 0,
      .training: 4, .keyfigures: audit.keyFigures.count, .documents: audit.documents.count,
    ]
    for table in CSVTable.allCases {
      let csv = try CSV<Named>(string: String(table.csv([audit]).dropFirst()))
      #expect(csv.rows.count == counts[table], "\(table)")
    }
    let sections = try CSV<Named>(string: String(CSVTable.sections.csv([audit]).dropFirst()))
    #expect(sections.rows[3]["observations"] == audit.sections[3].observations)
    // The target with its period, as the report gives it ("75 % under 2024").
    let training = try CSV<Named>(string: String(CSVTable.training.csv([audit]).dropFirst()))
    #expect(
      training.rows.allSatisfy { $0["targetPercent"] == "75" && $0["targetPeriod"] == "2024" })
  }
}

/// The HTML is well-formed (an XML parser reads it) and holds every
/// recommendation and question of the audit.
@Suite struct HTMLStructureTests {
  final class TextCollector: NSObject, XMLParserDelegate {
    var text = ""
    var elements: [String] = []
    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) { elements.append(name) }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
  }

  func parse(_ html: String) -> TextCollector? {
    let body = html.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
    let parser = XMLParser(data: Data(body.utf8))
    let collector = TextCollector()
    parser.delegate = collector
    return parser.parse() ? collector : nil
  }

  @Test(arguments: ["report", "document"])
  func holdsEveryRecommendationAndQuestion(_ kind: String) throws {
    let audit = builtInAudit()
    let html =
      kind == "report"
      ? FollowUpReport(audit: audit, drawnUp: Day("2026-11-29")!, language: .sv).html()
      : AuditDocument(audits: [audit], language: .sv).html()
    let parsed = try #require(parse(html), "the HTML is not well-formed")
    #expect(
      !parsed.elements.contains("script") && !parsed.elements.contains("link")
        && !parsed.elements.contains("img"))
    #expect(parsed.elements.contains("style"))
    for recommendation in audit.recommendations {
      #expect(parsed.text.contains("\(recommendation.id) \(recommendation.text)"))
    }
    let questions =
      kind == "report"
      ? Set(audit.recommendations.flatMap(\.questions)) : Set(audit.questions.map(\.id))
    for question in audit.questions where questions.contains(question.id) {
      #expect(parsed.text.contains(question.text), "\(question.id)")
    }
    #expect(html.contains("@page { size: A4"))
  }

  @Test func levelsShowInColourAndInWords() {
    let html = FollowUpReport(audit: builtInAudit(), drawnUp: Day("2026-11-29")!, language: .sv)
      .html()
    #expect(html.contains("<span class=\"level bad\">Nej</span>"))
    #expect(html.contains("<span class=\"level warn\">Delvis</span>"))
  }
}

/// The HTML report's pictures, read as an XML parser reads them: each
/// chart's bars with the texts drawn on them, and its legend.
@Suite struct ReportChartTests {
  struct Chart {
    var title = ""
    var legend: [String] = []
    var bars: [[String]] = []
  }

  final class ChartCollector: NSObject, XMLParserDelegate {
    var charts: [Chart] = []
    var place = ""
    var text: String?
    var title: String?

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      switch (name, attributes["class"]) {
      case ("svg", _): charts.append(Chart())
      case ("g", "legend"): place = "legend"
      case ("g", "bar"):
        place = "bar"
        charts[charts.count - 1].bars.append([])
      case ("text", _): text = ""
      case ("title", _) where !charts.isEmpty: title = ""
      default: break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      text? += string
      title? += string
    }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      if name == "title", let title {
        charts[charts.count - 1].title = title
        self.title = nil
      }
      guard name == "text", let text else { return }
      if place == "legend" {
        charts[charts.count - 1].legend.append(text)
      } else {
        let last = charts.count - 1
        charts[last].bars[charts[last].bars.count - 1].append(text)
      }
      self.text = nil
    }
  }

  func charts(_ audit: Audit) throws -> [Chart] {
    let html = FollowUpReport(audit: audit, drawnUp: Day("2026-11-29")!, language: .sv).html()
    let parser = XMLParser(
      data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
    let collector = ChartCollector()
    parser.delegate = collector
    try #require(parser.parse(), "the HTML is not well-formed")
    return collector.charts
  }

  /// One bar a round, the audit's first, each segment with its count.
  @Test func drawsTheLevelsOfEveryRound() throws {
    var audit = builtInAudit()
    var spring = audit.newRound(
      title: "Uppföljning våren 2025", date: Day("2025-04-01")!, copyingLevels: true)
    spring.assessments.removeAll { $0.question == "Q8" }
    spring.assessments.append(Assessment(question: "Q8", level: "ja"))
    audit.rounds.append(spring)
    audit.rounds.append(
      audit.newRound(
        title: "Uppföljning hösten 2025", date: Day("2025-09-15")!, copyingLevels: true))
    let levels = try #require(
      try charts(audit).first { $0.title == "Frågornas nivåer i varje omgång" })
    #expect(levels.legend == ["Ja", "I allt väsentligt", "Delvis", "Nej", "Ej bedömd"])
    #expect(
      levels.bars == [
        ["KPMG 2024", "8", "1", "3", "3"],
        ["Uppföljning våren 2025 (2025-04-01)", "9", "1", "3", "2"],
        ["Uppföljning hösten 2025 (2025-09-15)", "9", "1", "3", "2"],
      ])
  }

  /// The whole organisation at each snapshot (of an illustrative split
  /// only the source's shares), then each section where the split is
  /// real, every bar marked at its target.
  @Test func drawsTrainingPerSectionAgainstTheTarget() throws {
    var audit = builtInAudit()
    var later = audit.training[0]
    later.date = Day("2024-06-01")!
    later.illustrative = false
    later.sections = [
      SectionTraining(section: "Lärande", employees: 100, completed: 80, started: 10),
      SectionTraining(section: "Samhällsbyggnad", employees: 50, completed: 20, started: 0),
    ]
    audit.training.append(later)
    let training = try #require(
      try charts(audit).first { $0.title == "Utbildningen per sektion mot målet, över tid" })
    #expect(training.legend == ["Genomfört", "Påbörjat", "Ej påbörjat", "Mål 75 % under 2024"])
    #expect(
      training.bars == [
        ["Totalt, 2023-11-16", "29 %", "≈ 5 %", "66 %"],
        ["Totalt, 2024-06-01", "67 %", "7 %", "26 %"],
        ["Lärande, 2024-06-01", "80 %", "10 %", "10 %"],
        ["Samhällsbyggnad, 2024-06-01", "40 %", "60 %"],
      ])
  }

  /// Words from the data in a picture are text, never markup.
  @Test func aPicturesWordsAreEscaped() throws {
    var audit = builtInAudit()
    audit.rounds.append(
      audit.newRound(title: hostile, date: Day("2025-09-15")!, copyingLevels: true))
    let html = FollowUpReport(audit: audit, drawnUp: Day("2026-11-29")!, language: .sv).html()
    #expect(!html.contains("<script>") && !html.contains("\u{1B}"))
    let levels = try #require(try charts(audit).first { $0.title.hasPrefix("Frågornas") })
    #expect(levels.bars.last?.first?.hasPrefix("<script>alert('x')</script>") == true)
  }

  @Test func drawsTheRecommendationsByStatusAndPriority() throws {
    var audit = builtInAudit()
    audit.recommendations[0].status = .done
    audit.recommendations[1].status = .inProgress
    let status = try #require(
      try charts(audit).first { $0.title == "Rekommendationerna per status" })
    #expect(status.legend == ["Klar", "Pågår", "Ej påbörjad", "Ej tillämplig"])
    #expect(status.bars == [["Status", "1", "1", "6"]])
    audit.priorities = ["Hög", "Låg"]
    audit.recommendations[0].priority = "Hög"
    audit.recommendations[1].priority = "Låg"
    audit.recommendations[2].priority = "Låg"
    let priority = try #require(
      try charts(audit).first { $0.title == "Rekommendationerna per prioritet" })
    #expect(priority.legend == ["Hög", "Låg", "Utan prioritet"])
    #expect(priority.bars == [["Prioritet", "1", "2", "5"]])
  }
}

/// An English internal-audit report (Tests/Corpus/english-internal-audit.yaml)
/// in an English report: no Swedish word, and what it carries in full.
@Suite struct EnglishAuditReportTests {
  @Test func theReportSpeaksEnglishOnly() throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Corpus/english-internal-audit.yaml")
    let audit = try InterchangeDocument.decode(
      Data(contentsOf: file), format: .yaml, fileName: "english-internal-audit.yaml"
    ).audits[0]
    let markdown = FollowUpReport(audit: audit, drawnUp: Day("2025-11-15")!, language: .en)
      .markdown()
    let swedish = ["Tranemo", "KPMG", "kommun", " och ", " av ", "Ej ", "Klar"].filter {
      markdown.contains($0)
    }
    #expect(
      swedish.isEmpty && !markdown.contains { "åäöÅÄÖ".contains($0) }, "\(swedish)\n\(markdown)")
    for expected in [
      "2025-12-31 (originally 2025-06-30, changed once)", "**Priority:** **High**",
      "1 with the priority High is overdue",
    ] {
      #expect(markdown.contains(expected), "\(expected)\n\(markdown)")
    }
  }
}

/// An audit's own status words and opinions per section
/// (Tests/Corpus/own-words-audit.yaml) in the board's report.
@Suite struct OwnWordsReportTests {
  static func audit() throws -> Audit {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Corpus/own-words-audit.yaml")
    return try InterchangeDocument.decode(
      Data(contentsOf: file), format: .yaml, fileName: "own-words-audit.yaml"
    ).audits[0]
  }

  @Test func theReportNamesOwnStatusesAndGivesEachRoundsOpinions() throws {
    let markdown = FollowUpReport(
      audit: try Self.audit(), drawnUp: Day("2025-11-01")!, language: .sv
    ).markdown()
    for expected in [
      "**Status:** **Delvis genomförd**", "**Status:** **Risk accepterad**",
      "## Omdöme per avsnitt",
      "| Avsnitt | Revisionen 2025 (2025-03-01) | Uppföljning hösten 2025 (2025-10-01) |",
      "| S1 Styrning | **Delvis uppfyllt** | – |",
      "| S2 Avtalstrohet | **Ej uppfyllt** | **Delvis uppfyllt** |",
    ] {
      #expect(markdown.contains(expected), "\(expected)\n\(markdown)")
    }
    // Only the open one of its own is overdue.
    let r2 = try #require(markdown.range(of: "R2 "))
    let r3 = try #require(markdown.range(of: "R3 "))
    #expect(markdown[r2.lowerBound..<r3.lowerBound].contains("FÖRSENAD"))
    #expect(!markdown[r3.lowerBound...].contains("FÖRSENAD"))
  }

  @Test func theStatusPictureHasAKeyForEachOwnStatus() throws {
    let status = try #require(
      try ReportChartTests().charts(try Self.audit()).first {
        $0.title == "Rekommendationerna per status"
      })
    #expect(
      status.legend == [
        "Klar", "Pågår", "Ej påbörjad", "Ej tillämplig", "Delvis genomförd", "Risk accepterad",
        "Ersatt",
      ])
  }

  /// An audit without them has no table of opinions.
  @Test func theBuiltInAuditsReportHasNoOpinions() {
    let markdown = FollowUpReport(audit: builtInAudit(), drawnUp: Day("2025-11-01")!, language: .sv)
      .markdown()
    #expect(!markdown.contains("Omdöme per avsnitt"))
  }
}
