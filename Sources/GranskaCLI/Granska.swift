import ArgumentParser
import CBuildInfo
import Foundation
import GranskaDomain
import GranskaFormat
import GranskaStore
import GranskaTerminal
import GranskaText
import GranskaUI

public struct Granska: ParsableCommand, GlobalCommand {
  /// The release: the one place it is written. `granska --version` prints
  /// it with the commit, and scripts/package names the package by it.
  static let version = "0.9.0"
  /// The git commit of the build (scripts/stamp-commit), or "unknown".
  static let commit = String(cString: granska_build_commit())

  public static let configuration = CommandConfiguration(
    commandName: "granska",
    abstract: helpText(GlobalHelp.abstract),
    discussion: helpText(GlobalHelp.discussion),
    version: "granska \(Granska.version) (commit \(Granska.commit))",
    subcommands: [
      Summary.self, Export.self, Import.self, Log.self, SetCommand.self, RoundCommand.self,
      TrainingCommand.self, AccessCommand.self, Report.self, Batch.self, KeysCommand.self,
      Migrate.self, Backup.self, Restore.self, Copy.self, SetupService.self, OwnerCommand.self,
      Remind.self, NewAudit.self, AddCommand.self, EditCommand.self, RetireCommand.self,
      GenerateManual.self,
    ])

  @OptionGroup var global: GlobalOptions

  public init() {}

  public func run() throws {
    // Service-account mode: a command on the ssh line, allowed by role.
    if let session = SSHSession(global: global) {
      try session.run()
      return
    }
    // A terminal gets the dashboard; a pipe or file gets the summary.
    if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
      try DashboardRunner(global: global).run()
      return
    }
    let store = try global.openStore()
    try Output.document(
      try SummaryCommandOutput.text(store: store, auditID: nil, language: global.lang))
  }
}

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
  @Option(name: .long, help: argumentHelp(GlobalHelp.db, value: .pathOrURL))
  var db: String?

  @Option(name: .long, help: argumentHelp(GlobalHelp.lang, value: .language))
  var lang: Language = CommandLineLanguage.configured() ?? .sv

  @Option(name: .long, help: argumentHelp(GlobalHelp.theme, value: .theme))
  var theme: String?

  /// Opens the chosen database, creating it — with the built-in audit — on first use.
  /// Scripts may wait longer for other writers than a person at the dashboard.
  static let scriptBusyTimeout: TimeInterval = 30

  func openStore(
    seedNew: Bool = true, busyTimeout: TimeInterval = GlobalOptions.scriptBusyTimeout
  ) throws -> AuditStore {
    if let person { try PersonName.checkSession(person) }
    let location = try DatabaseLocation.resolve(
      option: db, environment: ProcessInfo.processInfo.environment)
    let seed: (() throws -> [Audit])? = seedNew ? { try BuiltInAudit.document().audits } : nil
    let open = {
      let store = try AuditStore.open(
        at: location, seed: seed, person: person, readOnly: readOnly, busyTimeout: busyTimeout)
      for warning in store.warnings { warn(warning, in: lang) }
      return store
    }
    guard let stores else { return try open() }
    return try stores.store(at: location, readOnly: readOnly, person: person, open: open)
  }

  /// The databases a batch keeps open, lent to its lines; nil: the command
  /// opens its own. Not an option.
  var stores: OpenStores?

  private enum CodingKeys: CodingKey {
    case db, lang, theme, readOnly, person
  }

  @Flag(name: .long, help: argumentHelp(GlobalHelp.readOnly))
  var readOnly = false

  @Option(name: .customLong("as"), help: argumentHelp(GlobalHelp.person, value: .person))
  var person: String?

  /// A keyed session (`--as`) is a person over ssh: what they are told
  /// names no directory of the server's (`ServerPaths`).
  func validate() throws {
    guard person != nil, let path = try? databasePath(), !PostgresAddress.isURL(path) else {
      return
    }
    ServerPaths.directory = (path as NSString).deletingLastPathComponent
  }

  /// The database file as an absolute path, for authorized_keys and messages.
  func databasePath() throws -> String {
    let location = try DatabaseLocation.resolve(
      option: db, environment: ProcessInfo.processInfo.environment)
    if PostgresAddress.isURL(location) { return location }
    return URL(fileURLWithPath: location).standardizedFileURL.path
  }

  /// The global options that take a value (the word after them).
  static let optionsWithValues = ["--db", "--lang", "--theme", "--as"]

  /// A command's words with global options added: before a `--`, after
  /// which they would be taken as the command's own arguments.
  static func inserting(_ options: [String], into words: [String]) -> [String] {
    var words = words
    words.insert(contentsOf: options, at: words.firstIndex(of: "--") ?? words.endIndex)
    return words
  }

  /// The chosen theme: `--theme`, else `$GRANSKA_THEME`, else the built-in one.
  func chosenTheme() throws -> (Theme, warnings: [any Worded]) {
    try ThemeChoice.resolve(option: theme, environment: ProcessInfo.processInfo.environment)
  }

  /// NO_COLOR set to anything but the empty string asks for no colour (no-color.org).
  var noColor: Bool {
    !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
  }
}

extension Language: ExpressibleByArgument {}

/// A command that takes the options every command takes: `main` tells its
/// failures in its language, and `batch` lends it the databases it keeps open.
protocol GlobalCommand: ParsableCommand {
  var global: GlobalOptions { get set }
}

/// An error in words: its own when it has them (anything else is a bug,
/// shown as Swift describes it rather than hidden).
func wording(_ error: any Error, in language: Language) -> String {
  (error as? any Worded)?.message(in: language) ?? "\(error)"
}

/// "granska: varning: …" on stderr.
func warn(_ warning: any Worded, in language: Language) {
  tellStandardError(CommandNotice.warning(warning.message(in: language)).message(in: language))
}

/// "granska: …"; a message of several lines (a list) keeps its lines.
public func tellStandardError(_ message: String) {
  let lines = Sanitize.lines(ServerPaths.hide(message)).joined(separator: "\n")
  FileHandle.standardError.write(Data("granska: \(lines)\n".utf8))
}

/// Where the server keeps the database is none of a keyed session's
/// business: in what a person over ssh is told, the database's directory
/// is left out ("granska.sqlite: …", not "/var/lib/granska/granska.sqlite: …").
public enum ServerPaths {
  /// The database's directory, once `--as` has made this a person's session.
  nonisolated(unsafe) static var directory: String?

  public static func hide(_ message: String) -> String {
    guard let directory, directory.count > 1 else { return message }
    return message.replacingOccurrences(of: directory + "/", with: "")
      .replacingOccurrences(
        of: directory, with: (directory as NSString).lastPathComponent)
  }
}
