import Foundation
import Testing

/// The manual pages `granska generate-manual` writes for scripts/install
/// and scripts/package: one per command, in Swedish or English, with å, ä
/// and ö as they are, and roff that man reads without a warning.
@Suite struct ManualTests {
  let granska = GranskaRun()

  func pages(_ language: String) throws -> (directory: String, names: [String]) {
    let directory = granska.directory + "/man-" + language
    let result = try granska(
      "generate-manual", "--lang", language, "-o", directory,
      environment: ["SOURCE_DATE_EPOCH": "1764979200"])
    #expect(result.status == 0, "\(result.error)")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    let written = result.output.split(separator: "\n").map(String.init)
    #expect(Set(written) == Set(names.map { directory + "/" + $0 }))
    return (directory, names)
  }

  @Test func onePagePerCommandAndNoneForHelpOrTheHiddenCommand() throws {
    let (_, names) = try pages("sv")
    for page in [
      "granska.1", "granska-export.1", "granska-set.1", "granska-set-recommendation.1",
      "granska-keys-add.1", "granska-setup-service.1", "granska-copy.1",
    ] {
      #expect(names.contains(page), "\(names)")
    }
    #expect(!names.contains("granska-help.1"))
    #expect(!names.contains("granska-generate-manual.1"))
    #expect(try pages("en").names == names)
  }

  @Test func swedishPagesKeepTheirLettersAndHeadings() throws {
    let (directory, _) = try pages("sv")
    let page = try String(contentsOfFile: directory + "/granska.1", encoding: .utf8)
    #expect(
      page.contains(
        "Följ upp granskningar och revisionsrapporter: frågor, bedömningar, rekommendationer."))
    #expect(page.contains(#".TH "GRANSKA" 1 "2025-12-06" "granska "#))
    #expect(page.contains(#".SH "BESKRIVNING""#))
    #expect(page.contains(#".SH "FLAGGOR""#))
    #expect(page.contains(#".SH "UNDERKOMMANDON""#))
    #expect(page.contains(#"\fB\-\-db\fR \fI<sökväg|url>\fR"#))
    #expect(page.contains("(värden: sv, en; förval: sv)"))
    #expect(page.contains(#"\fBgranska-export\fR(1)"#))
    let english = try String(
      contentsOfFile: try pages("en").directory + "/granska.1", encoding: .utf8)
    #expect(english.contains("Follow up audits and audit reports: questions, assessments,"))
    #expect(english.contains(#".SH "OPTIONS""#))
  }

  @Test func examplesStayAsWritten() throws {
    let (directory, _) = try pages("sv")
    let page = try String(contentsOfFile: directory + "/granska-keys.1", encoding: .utf8)
    #expect(page.contains(".RS 4\n.nf\ngranska keys add anna anna.pub \\-\\-editor\n"))
  }

  /// What lintian runs on every page: man itself, with its warnings on.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/man")))
  func manFormatsEveryPageWithoutAWarning() throws {
    for language in ["sv", "en"] {
      let (directory, names) = try pages(language)
      for name in names {
        let (output, warnings) = try Self.man([
          "--warnings", "-E", "UTF-8", "-l", "-Tutf8", directory + "/" + name,
        ])
        #expect(warnings.isEmpty, "\(name): \(warnings)")
        if name == "granska.1" {
          #expect(output.contains(language == "sv" ? "revisionsrapporter" : "audit reports"))
        }
      }
    }
  }

  static func man(_ arguments: [String]) throws -> (output: String, errors: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/man")
    process.arguments = arguments
    process.environment = ["LC_ALL": "C.UTF-8", "MANWIDTH": "80", "PATH": "/usr/bin:/bin"]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let text = output.fileHandleForReading.readDataToEndOfFile()
    let warnings = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: text, as: UTF8.self), String(decoding: warnings, as: UTF8.self))
  }
}
