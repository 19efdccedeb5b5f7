import ArgumentParser
import Foundation
import GranskaDomain
import GranskaFormat
import GranskaStore
import GranskaTerminal
import GranskaText
import GranskaUI

@main
struct Granska: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "granska",
    abstract: "Follow up an audit of information- and IT-security work.",
    discussion: """
      With no subcommand Granska opens the dashboard on the database (the
      built-in Tranemo audit on first run) when standard input and output are
      a terminal, and prints the summary otherwise. NO_COLOR turns colour off.
      """,
    subcommands: [
      Summary.self, Export.self, Import.self, Log.self, SetCommand.self, RoundCommand.self,
      TrainingCommand.self, AccessCommand.self, Report.self, Batch.self,
    ])

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try reportingErrors {
      // A terminal gets the dashboard; a pipe or file gets the summary.
      if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
        try DashboardRunner(global: global).run()
        return
      }
      let store = try global.openStore()
      Output.document(
        try SummaryCommandOutput.text(store: store, auditID: nil, language: global.lang))
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

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The dashboard's theme (default: $GRANSKA_THEME, else dark).", valueName: "name"))
  var theme: String?

  /// Opens the chosen database, creating it — with the built-in audit — on first use.
  /// Scripts may wait longer for other writers than a person at the dashboard.
  static let scriptBusyTimeout: TimeInterval = 30

  func openStore(
    seedNew: Bool = true, busyTimeout: TimeInterval = GlobalOptions.scriptBusyTimeout
  ) throws -> AuditStore {
    let location = try DatabaseLocation.resolve(
      option: db, environment: ProcessInfo.processInfo.environment)
    let seed: (() throws -> [Audit])? = seedNew ? { try BuiltInAudit.document().audits } : nil
    return try OpenStores.shared.store(at: location, readOnly: readOnly) {
      let store = try AuditStore.open(
        at: location, seed: seed, readOnlyReason: readOnly ? "read-only (--read-only)" : nil,
        busyTimeout: busyTimeout)
      for warning in store.warnings {
        FileHandle.standardError.write(Data("granska: warning: \(Sanitize.line(warning))\n".utf8))
      }
      return store
    }
  }

  @Flag(name: .long, help: "Browse only: no edit can be saved in this session.")
  var readOnly = false

  /// The chosen theme: `--theme`, else `$GRANSKA_THEME`, else the built-in one.
  func chosenTheme() throws -> (Theme, warnings: [String]) {
    try ThemeChoice.resolve(option: theme, environment: ProcessInfo.processInfo.environment)
  }

  /// NO_COLOR set to anything but the empty string asks for no colour (no-color.org).
  var noColor: Bool {
    !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
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
  } catch let error as TerminalError {
    throw failing(error.description)
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
