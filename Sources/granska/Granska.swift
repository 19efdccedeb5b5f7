import ArgumentParser
import Foundation
import GranskaDomain
import GranskaFormat
import GranskaStore
import GranskaText

@main
struct Granska: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "granska",
    abstract: "Follow up an audit of information- and IT-security work.",
    discussion: """
      With no subcommand Granska opens the dashboard on the database (the
      built-in Tranemo audit on first run).
      """,
    subcommands: [Summary.self, Export.self, Import.self, Log.self])

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try reportingErrors {
      let store = try global.openStore()
      print(
        try SummaryCommandOutput.text(store: store, auditID: nil, language: global.lang),
        terminator: "")
    }
  }
}

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The database file (default: $GRANSKA_DB, else $XDG_DATA_HOME/granska/granska.sqlite).",
      valueName: "path"))
  var db: String?

  @Option(name: .long, help: "Interface language: sv or en.")
  var lang: Language = .sv

  /// Opens the chosen database, creating it — with the built-in audit — on first use.
  func openStore(seedNew: Bool = true) throws -> AuditStore {
    let location = try DatabaseLocation.resolve(
      option: db, environment: ProcessInfo.processInfo.environment)
    let seed = seedNew ? try BuiltInAudit.document().audits : nil
    return try AuditStore.open(at: location, seed: seed)
  }
}

extension Language: ExpressibleByArgument {}

/// Runs a command body; a failure becomes one line "granska: …" on stderr
/// and exit status 1. Argument errors are left to ArgumentParser.
func reportingErrors(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as StoreError {
    throw failing(error.description)
  } catch let error as FormatError {
    throw failing(error.description)
  } catch let error as DatabaseLocation.Failure {
    throw failing(error.description)
  } catch let error as CommandFailure {
    throw failing(error.message)
  }
}

private func failing(_ message: String) -> ExitCode {
  FileHandle.standardError.write(Data("granska: \(Sanitize.line(message))\n".utf8))
  return ExitCode.failure
}

/// A failure already worded for the user: printed as "granska: …", exit 1.
struct CommandFailure: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}
