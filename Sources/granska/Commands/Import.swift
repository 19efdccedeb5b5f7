import ArgumentParser
import Foundation
import GranskaFormat
import GranskaStore
import GranskaText

struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Add audits from a file, or replace those with the same id; all or nothing.",
    discussion: "A new database made by import holds only the file's audits.")

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("A YAML or JSON file in the interchange format.", valueName: "file"))
  var file: String

  @Option(help: "yaml or json (default: from the file name).")
  var format: InterchangeFormat?

  func run() throws {
    try reportingErrors(global.lang) {
      let data = try Files.read(file)
      // Check the whole file before the database is even opened.
      let document = try InterchangeDocument.decode(
        data, format: format ?? InterchangeFormat(fileName: file), fileName: file)
      let store = try global.openStore(seedNew: false)
      for outcome in try store.importAudits(document.audits, source: file) {
        switch outcome {
        case .added(let id): try Output.notice(.added(audit: id), in: global.lang)
        case .replaced(let id): try Output.notice(.replaced(audit: id), in: global.lang)
        }
      }
    }
  }
}
