import ArgumentParser
import Foundation
import GranskaDomain
import GranskaFormat
import GranskaReports
import GranskaStore
import GranskaText

/// What `export` can write.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
  case yaml, json, csv, markdown, html
}

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the audits: yaml or json (the interchange format), csv, markdown or html.",
    discussion: """
      yaml and json are the format `granska import` reads back without loss
      (docs/FORMAT.md). markdown and html are readable documents of the whole
      audit. csv writes one table: choose it with --table, or give -o a
      directory to get every table as its own file there.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "yaml, json, csv, markdown or html.")
  var format: ExportFormat = .yaml

  @Option(help: "Only this audit (default: every audit).")
  var audit: String?

  @Option(
    help: ArgumentHelp(
      "With csv: the table (\(CSVTable.allCases.map(\.rawValue).joined(separator: ", "))).",
      valueName: "name"))
  var table: CSVTable?

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "Write to this file (a directory for csv without --table).", valueName: "path"))
  var output: String?

  @Flag(
    help: """
      With csv: exact values. Without it, a cell starting with =, +, -, @, a tab or a \
      carriage return gets a leading ' so a spreadsheet shows it as text, never as a formula.
      """)
  var raw = false

  func run() throws {
    try reportingErrors(global.lang) {
      let store = try global.openStore()
      let (audits, asOf) = try store.exportSnapshot(auditID: audit)
      // A file of no audit could not be imported again.
      if audits.isEmpty { throw CommandFailure.noAudit }
      if format == .csv, table == nil {
        try writeAllTables(audits)
        return
      }
      let text: String
      switch format {
      case .yaml: text = try InterchangeDocument(audits: audits, asOf: asOf).encoded(as: .yaml)
      case .json: text = try InterchangeDocument(audits: audits, asOf: asOf).encoded(as: .json)
      case .markdown: text = AuditDocument(audits: audits, language: global.lang).markdown()
      case .html: text = AuditDocument(audits: audits, language: global.lang).html()
      case .csv: text = table!.csv(audits, raw: raw)
      }
      try Output.emit(text, to: output)
    }
  }

  private func writeAllTables(_ audits: [Audit]) throws {
    guard let output else {
      throw CommandFailure.csvNeedsTableOrDirectory
    }
    do throws(SystemError) {
      try Files.makeDirectories(output, mode: 0o777)
    } catch {
      throw error.code == ENOTDIR
        ? CommandFailure.notADirectory(path: output) : .cannotWrite(path: output, error)
    }
    for table in CSVTable.allCases {
      let file = (output.hasSuffix("/") ? output : output + "/") + table.rawValue + ".csv"
      try OutputFile.write(Data(table.csv(audits, raw: raw).utf8), to: file)
    }
    try Output.notice(.wroteTables(CSVTable.allCases.count, directory: output), in: global.lang)
  }
}

extension InterchangeFormat: ExpressibleByArgument {}
extension CSVTable: ExpressibleByArgument {}
