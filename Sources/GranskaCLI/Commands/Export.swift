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

struct Export: GlobalCommand {
  static let configuration = CommandConfiguration(
    abstract: helpText(ReadingHelp.exportAbstract),
    discussion: helpText(ReadingHelp.exportDiscussion))

  @OptionGroup var global: GlobalOptions

  @Option(help: argumentHelp(ReadingHelp.exportFormat, value: .format))
  var format: ExportFormat = .yaml

  @Option(help: argumentHelp(ReadingHelp.exportAudit, value: .audit))
  var audit: String?

  @Option(
    help: ArgumentHelp(
      helpText(
        ReadingHelp.exportTable(tables: CSVTable.allCases.map(\.rawValue).joined(separator: ", "))),
      valueName: helpText(ValueName.table)))
  var table: CSVTable?

  @Option(name: [.short, .long], help: argumentHelp(ReadingHelp.exportOutput, value: .path))
  var output: String?

  @Flag(help: argumentHelp(ReadingHelp.exportRaw))
  var raw = false

  func run() throws {
    let store = try global.openStore()
    if format == .yaml || format == .json {
      return try writeInterchange(from: store)
    }
    let audits = try store.exportSnapshot(auditID: audit).audits
    // A file of no audit could not be imported again.
    if audits.isEmpty { throw CommandFailure.noAudit }
    if format == .csv, table == nil {
      try writeAllTables(audits)
      return
    }
    let text: String
    switch format {
    case .yaml, .json: return  // written above, as they are read
    case .markdown: text = AuditDocument(audits: audits, language: global.lang).markdown()
    case .html: text = AuditDocument(audits: audits, language: global.lang).html()
    case .csv: text = table!.csv(audits, raw: raw)
    }
    try Output.emit(text, to: output)
  }

  /// The interchange file written as the audits are read, one at a time:
  /// memory holds a few audits however many the database has. An audit is
  /// read while the one before is encoded and written: reading is a
  /// quarter of the work, and a second core does it.
  private func writeInterchange(from store: AuditStore) throws {
    var stream = InterchangeStream(format: format == .json ? .json : .yaml)
    let auditID = audit
    let audits: @Sendable (_ hand: (ExportPiece) throws -> Void) throws -> Void = { hand in
      let count = try store.forEachAudit(
        auditID: auditID, start: { asOf in try hand(.head(asOf: asOf)) },
        each: { audit in try hand(.audit(audit)) })
      // A file of no audit could not be imported again.
      if count == 0 { throw CommandFailure.noAudit }
    }
    try Output.stream(to: output) { write in
      try Handoff.run(produce: audits) { piece in
        switch piece {
        case .head(let asOf): try write(try stream.head(asOf: asOf))
        case .audit(let audit): try write(try stream.element(audit))
        }
      }
      try write(stream.tail)
    }
  }

  /// What the reading of an export hands on: the time it is as of, then
  /// each audit.
  private enum ExportPiece: Sendable {
    case head(asOf: Date?)
    case audit(Audit)
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
