import ArgumentParser
import Foundation
import GranskaDomain
import GranskaReports
import GranskaStore
import GranskaText

struct Report: GlobalCommand {
  static let configuration = CommandConfiguration(
    abstract: helpText(ReadingHelp.reportAbstract),
    discussion: helpText(ReadingHelp.reportDiscussion))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Option(help: argumentHelp(ReadingHelp.reportFormat, value: .format))
  var format: ReportFormat?

  @Option(name: [.short, .long], help: argumentHelp(ReadingHelp.reportOutput, value: .file))
  var output: String?

  @Option(help: argumentHelp(ReadingHelp.reportSince, value: .date))
  var since: String?

  enum ReportFormat: String, ExpressibleByArgument {
    case markdown, html
  }

  func run() throws {
    let store = try global.openStore()
    let auditID = try auditOption.resolve(in: store)
    let report = try ReportWriter(store: store, language: global.lang)
      .report(auditID: auditID, since: since)
    let html =
      (format ?? (output?.lowercased().hasSuffix(".html") == true ? .html : .markdown)) == .html
    try Output.emit(html ? report.html() : report.markdown(), to: output)
    if let output { FileHandle.standardError.write(Data("\(report.title): \(output)\n".utf8)) }
  }
}

/// Builds the follow-up report from the database (the command and the
/// dashboard's report key share it).
struct ReportWriter {
  let store: AuditStore
  let language: Language

  func report(auditID: String, since: String?) throws -> FollowUpReport {
    let audit = try store.audit(auditID).inForce
    var changes: [HistoryEntry] = []
    var sinceDay: Day?
    if let since {
      guard let day = Day(since) else {
        throw CommandFailure.notADate(option: "--since", text: since)
      }
      sinceDay = day
      let start = try LocalDay.start(of: since, option: "--since")
      changes = try store.history(HistoryFilter(auditID: auditID, since: start))
    }
    return FollowUpReport(
      audit: audit, drawnUp: Day.today(), language: language, since: sinceDay, changes: changes,
      names: names(of: changes))
  }

  /// How the accounts that made `changes` are named to a board: a person's
  /// full name in service-account mode, else the account's own from the
  /// password database, else the account.
  private func names(of changes: [HistoryEntry]) -> [String: String] {
    let people = (try? store.people()) ?? []
    var names: [String: String] = [:]
    for account in Set(changes.map(\.account)) {
      let person = people.first { $0.name == account }
      names[account] = person.map { $0.fullName ?? $0.name } ?? personName(of: account)
    }
    return names
  }

  /// The HTML and Markdown files the report is written to in `directory`
  /// (full paths: `~` and relative folders resolved).
  func files(auditID: String, in directory: String) -> (html: String, markdown: String) {
    var folder = directory.trimmingCharacters(in: .whitespaces)
    if folder == "~" || folder.hasPrefix("~/") {
      folder = NSHomeDirectory() + folder.dropFirst()
    }
    if !folder.hasPrefix("/") {
      folder = FileManager.default.currentDirectoryPath + "/" + folder
    }
    let stem = FollowUpReport.fileStem(auditID: auditID, drawnUp: Day.today(), language: language)
    let base = (folder as NSString).standardizingPath + "/" + stem
    return (base + ".html", base + ".md")
  }

  /// Writes the report as HTML and Markdown to those files.
  func write(auditID: String, to files: (html: String, markdown: String)) throws {
    let report = try report(auditID: auditID, since: nil)
    try OutputFile.write(Data(report.markdown().utf8), to: files.markdown)
    try OutputFile.write(Data(report.html().utf8), to: files.html)
  }
}
