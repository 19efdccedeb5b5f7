import ArgumentParser
import Foundation
import GranskaFormat
import GranskaStore
import GranskaText

struct Import: GlobalCommand {
  static let configuration = CommandConfiguration(
    abstract: helpText(EditingHelp.importAbstract),
    discussion: helpText(EditingHelp.importDiscussion))

  @OptionGroup var global: GlobalOptions

  @Argument(help: argumentHelp(EditingHelp.importFile, value: .file))
  var file: String

  @Option(help: argumentHelp(EditingHelp.importFormat, value: .format))
  var format: InterchangeFormat?

  @Flag(help: argumentHelp(EditingHelp.importReplace))
  var replace = false

  @Option(help: argumentHelp(EditingHelp.importSince, value: .date))
  var since: String?

  func run() throws {
    // Check the whole file before the database is even opened; its bytes
    // are let go of once read, before the audits are saved.
    let document = try InterchangeDocument.decode(
      Files.read(file, limit: Files.Limit.interchangeFile),
      format: format ?? InterchangeFormat(fileName: file), fileName: file)
    let reference = try since.map { try LocalDay.start(of: $0, option: "--since") }
    let store = try global.openStore(seedNew: false)
    let outcomes = try AuditStore.retryingWhenBusy { () throws(StoreError) in
      try store.importAudits(
        document.audits, source: file, since: reference ?? document.asOf,
        replacingNewer: replace)
    }
    // People read the audit's title; its id is for scripts and files.
    let titles = Dictionary(document.audits.map { ($0.id, $0.title) }) { first, _ in first }
    for outcome in outcomes {
      switch outcome {
      case .added(let id): try Output.notice(.added(audit: titles[id] ?? id), in: global.lang)
      case .replaced(let id):
        try Output.notice(.replaced(audit: titles[id] ?? id), in: global.lang)
      case .unchanged(let id):
        try Output.notice(.unchanged(audit: titles[id] ?? id), in: global.lang)
      }
    }
  }
}
