import ArgumentParser
import GranskaDomain
import GranskaStore
import GranskaText

struct Summary: GlobalCommand {
  static let configuration = CommandConfiguration(
    abstract: helpText(ReadingHelp.summaryAbstract))

  @OptionGroup var global: GlobalOptions

  @Option(help: argumentHelp(ReadingHelp.summaryAudit, value: .audit))
  var audit: String?

  func run() throws {
    let store = try global.openStore()
    try Output.document(
      try SummaryCommandOutput.text(store: store, auditID: audit, language: global.lang))
  }
}

enum SummaryCommandOutput {
  /// The summary of one audit, or of every audit separated by a blank line.
  /// It counts, so it reads each audit without its recommendations' lists
  /// (notes, evidence, linked questions): most of a large audit's rows.
  static func text(store: AuditStore, auditID: String?, language: Language) throws -> String {
    let audits =
      try auditID.map { [try store.audit($0, parts: .counted)] }
      ?? store.allAudits(parts: .counted)
    if audits.isEmpty { throw CommandFailure.noAudit }
    let today = Day.today()
    return audits.map {
      SummaryText(audit: $0.inForce, today: today, strings: language.strings).render()
    }
    .joined(separator: "\n")
  }
}
