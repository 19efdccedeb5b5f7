import Foundation
import GranskaFormat
import Testing

@Suite struct ReportCLITests {
  let granska = GranskaRun()

  func today() -> String {
    let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
  }

  @Test func oneCommandWritesTheDatedReport() throws {
    try granska("set", "recommendation", "R1", "--status", "in-progress", "--owner", "Kommunchef")
    let markdown = try granska("report", "--since", "2000-01-01")
    #expect(markdown.status == 0)
    #expect(markdown.output.contains("**Upprättad \(today())**"))
    #expect(markdown.output.contains("- **Ansvarig:** Kommunchef"))
    #expect(markdown.output.contains("## Ändringar sedan 2000-01-01"))
    // Lines a board reads: the minute (two changes share the day), no seconds.
    let statusLine = try #require(
      markdown.output.split(separator: "\n").first { $0.contains("Status Ej påbörjad → Pågår") })
    #expect(
      statusLine.wholeMatch(
        of:
          /- [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}, [^:]+: Rekommendation R1: Status Ej påbörjad → Pågår/
      ) != nil, "\(statusLine)")
    let written = try granska("report", "-o", "uppfoljning.html")
    #expect(written.status == 0)
    #expect(written.error.contains("uppfoljning.html"))
    let html = String(decoding: try granska.read("uppfoljning.html"), as: UTF8.self)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(
      html.contains(
        "<title>Uppföljning av revisionens rekommendationer, upprättad \(today())</title>"))
    #expect(
      try granska("report", "--since", "2025-02-30").error
        == "granska: --since 2025-02-30: inget datum (ÅÅÅÅ-MM-DD, en riktig dag)\n")
    #expect(
      try granska("report", "--since", "2025-02-30", "--lang", "en").error
        == "granska: --since 2025-02-30: not a date (YYYY-MM-DD, a real day)\n")
  }

  @Test func everyExportFormat() throws {
    for format in ["markdown", "html"] {
      let result = try granska("export", "--format", format)
      #expect(result.status == 0)
      #expect(
        result.output.contains("Upprätta handlingsplaner för beslutade informationssäkerhetsmål"))
    }
    let table = try granska("export", "--format", "csv", "--table", "questions")
    #expect(table.output.hasPrefix("\u{FEFF}audit,question,section,text\r\n"))
    try FileManager.default.createDirectory(
      atPath: granska.directory + "/csv", withIntermediateDirectories: true)
    #expect(try granska("export", "--format", "csv", "-o", "csv").status == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: granska.directory + "/csv")
    #expect(
      files.sorted() == [
        "assessments.csv", "audits.csv", "documents.csv", "keyfigures.csv", "notes.csv",
        "questions.csv", "recommendations.csv", "sections.csv", "training.csv",
      ])
    #expect(try granska("export", "--format", "csv").error.contains("välj en tabell med --table"))
  }

  static var hasBrowser: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") }

  /// In a real browser, printed to A4: every recommendation and every linked
  /// question is on the page. (CI installs Chromium; elsewhere it is skipped.)
  @Test(.enabled(if: hasBrowser, "needs chromium: scripts/setup --with-browser"))
  func theReportPrintsInABrowser() throws {
    try granska("report", "-o", "report.html")
    try granska("export", "--format", "html", "-o", "audit.html")
    let audit = try BuiltInAudit.document().audits[0]
    for (file, questions) in [
      ("report", Set(audit.recommendations.flatMap(\.questions))),
      ("audit", Set(audit.questions.map(\.id))),
    ] {
      let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
          "scripts/render-html")
      let process = Process()
      process.executableURL = script
      process.arguments = [granska.directory + "/\(file).html", granska.directory + "/rendered"]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
      let text = try String(
        contentsOfFile: granska.directory + "/rendered/\(file).txt", encoding: .utf8)
      let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      for recommendation in audit.recommendations {
        #expect(
          words.contains("\(recommendation.id) \(recommendation.text.prefix(40))"),
          "\(file): \(recommendation.id)")
      }
      for question in audit.questions where questions.contains(question.id) {
        #expect(
          words.contains("\(question.id) ") && words.contains(String(question.text.prefix(30))),
          "\(file): \(question.id)")
      }
      #expect(FileManager.default.fileExists(atPath: granska.directory + "/rendered/\(file).png"))
    }
    // With its pictures the report still prints on A4, on at most four
    // pages (three without them); the pictures' words are on the paper.
    let info = try pdfInfo(granska.directory + "/rendered/report.pdf")
    let pages = info.firstMatch(of: /Pages: +([0-9]+)/).flatMap { Int($0.1) }
    #expect(info.contains("(A4)") && pages.map { $0 <= 4 } == true, "\(info)")
    let text = try String(
      contentsOfFile: granska.directory + "/rendered/report.txt", encoding: .utf8)
    #expect(text.contains("Ej påbörjad") && text.contains("Ej tillämplig"))
  }

  /// What pdfinfo (poppler-utils, beside Chromium) says of a PDF.
  func pdfInfo(_ path: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/pdfinfo")
    process.arguments = [path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
