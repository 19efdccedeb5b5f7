import ArgumentParser
import Foundation
import GranskaFormat
import GranskaStore

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the audits in the interchange format (docs/FORMAT.md).")

  @OptionGroup var global: GlobalOptions

  @Option(help: "yaml or json.")
  var format: InterchangeFormat = .yaml

  @Option(help: "Only this audit (default: every audit).")
  var audit: String?

  @Option(
    name: [.short, .long],
    help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
  var output: String?

  func run() throws {
    try reportingErrors {
      let store = try global.openStore()
      let audits = try audit.map { [try store.audit($0)] } ?? store.allAudits()
      let text = try InterchangeDocument(audits: audits).encoded(as: format)
      if let output {
        try writeAtomically(text, to: output)
      } else {
        print(text, terminator: "")
      }
    }
  }
}

extension InterchangeFormat: ExpressibleByArgument {}

/// Writes through a temporary file and a rename, so a reader never sees half a file.
func writeAtomically(_ text: String, to path: String) throws {
  do {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
  } catch {
    throw CommandFailure(message: "\(path): cannot write: \(error.localizedDescription)")
  }
}
