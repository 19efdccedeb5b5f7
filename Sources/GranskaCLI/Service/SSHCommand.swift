import ArgumentParser
import Foundation
import GranskaFormat
import GranskaStore
import GranskaText
import GranskaUI

/// Service-account mode: OpenSSH runs `granska --db DB --as NAME` for each
/// key (the lines `granska keys` writes), with what the person typed after
/// the host in `SSH_ORIGINAL_COMMAND`. That command is split into words
/// without a shell and run only if the person's role allows it; nothing
/// else, no shell, no other database, no other name, no file on the server.
struct SSHSession {
  let global: GlobalOptions
  let person: String
  let words: [String]

  /// A session for `--as NAME` with a command on the ssh line; nil when
  /// there is none (the dashboard or the summary then, as for anyone).
  init?(global: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment)
  {
    guard let person = global.person,
      let command = environment["SSH_ORIGINAL_COMMAND"],
      !command.trimmingCharacters(in: .whitespaces).isEmpty
    else { return nil }
    self.global = global
    self.person = person
    self.words = (try? Batch.words(command, line: 1, file: "ssh")) ?? [command]
  }

  func run() throws {
    // A refusal is worded in the language the ssh line asks for.
    let language = CommandLineLanguage.current
    let command: [String]
    do {
      guard let role = try global.openStore().role(of: person) else {
        throw StoreError.unknownPerson(person)
      }
      command = try SSHCommandPolicy(role: role, language: language).check(words)
    } catch let refusal as any Worded & Error {
      // (ArgumentParser's errors — help, malformed words — go on to
      // `Program`, which prints them in the ssh line's language.)
      throw WordedIn(language, refusal)
    }
    // The command runs once, as itself: the ssh line is not read again.
    unsetenv("SSH_ORIGINAL_COMMAND")
    var allowed = try Granska.parseAsRoot(SSHCommandPolicy.withSession(command, global: global))
    do {
      try allowed.run()
    } catch let failure as any Worded & Error {
      // In the command's own language (its --lang on the ssh line).
      throw WordedIn(CommandLineLanguage.of(allowed), failure)
    }
  }

  /// The command that brings a report from the server to the workstation.
  static func reportCommand() -> String {
    var name = [CChar](repeating: 0, count: 256)
    gethostname(&name, name.count - 1)  // the last byte stays the terminating NUL
    let host = name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    return shellCommand(["ssh", "\(currentAccount())@\(host)"])
      + " report --format html > rapport.html"
  }
}

/// What a person may run over ssh, by role. The words are parsed by the
/// same definitions as the command line, then judged by what they would do:
/// a command not in `allowList` is refused, so a new command is closed until
/// someone decides otherwise.
struct SSHCommandPolicy {
  let role: Role
  let language: Language

  /// The one allow-list: each command a person may run over ssh and the
  /// least role that may run it. The words a refusal lists, the command
  /// words let through to parsing and the parsed commands let run are all
  /// read from it.
  static let allowList: [(command: any ParsableCommand.Type, role: Role)] = [
    (Summary.self, .viewer), (Report.self, .viewer), (Export.self, .viewer), (Log.self, .viewer),
    (SetRecommendation.self, .editor), (SetAssessment.self, .editor), (AddRound.self, .editor),
    (TrainingSet.self, .editor), (TrainingLoad.self, .editor), (Import.self, .editor),
    (Batch.self, .editor), (OwnerList.self, .viewer), (OwnerAdd.self, .editor),
    (OwnerEdit.self, .editor), (OwnerRemove.self, .editor), (Remind.self, .editor),
    (NewAudit.self, .editor), (AddSection.self, .editor), (AddQuestion.self, .editor),
    (AddRecommendation.self, .editor), (AddKeyFigure.self, .editor),
    (AddTrainingSection.self, .editor), (EditSection.self, .editor), (EditQuestion.self, .editor),
    (EditRecommendation.self, .editor), (RetireSection.self, .editor),
    (RetireQuestion.self, .editor), (RetireRecommendation.self, .editor),
    (EditKeyFigure.self, .editor), (RetireKeyFigure.self, .editor),
    (RetireTrainingSection.self, .editor),
    // Only a retired part brought back: a backup put back is refused below.
    (Restore.self, .editor),
  ]
  /// ArgumentParser's own words, which only print.
  static let builtInWords = ["--help", "--version"]
  /// Options that would choose another database or person, or write on the
  /// server (also refused after parsing, in whatever form they came).
  static let forbiddenOptions = ["--db", "--as", "--output", "-o"]

  /// The commands this role may run, as they are typed ("summary", …,
  /// "set recommendation"), then the built-in words.
  var allowedCommands: [String] {
    Self.allowList.filter { may(runAs: $0.role) }.compactMap { Self.words(of: $0.command) }
      .map { $0.joined(separator: " ") } + Self.builtInWords
  }

  /// The first words of the commands this role may run.
  private var allowedFirstWords: Set<String> {
    Set(
      Self.allowList.filter { may(runAs: $0.role) }.compactMap { Self.words(of: $0.command)?.first }
    )
  }

  private func may(runAs least: Role) -> Bool { least == .viewer || role == .editor }

  /// Whether the role may run this command, or this group (`set`, which
  /// only prints its help) holds one it may.
  func allows(_ command: any ParsableCommand.Type) -> Bool {
    guard let words = Self.words(of: command) else { return false }
    return Self.allowList.contains { allowed in
      guard may(runAs: allowed.role), let path = Self.words(of: allowed.command) else {
        return false
      }
      return path.starts(with: words)
    }
  }

  /// The words that name a command ("set", "recommendation"), found in
  /// Granska's tree of subcommands; nil when it is not there.
  static func words(
    of command: any ParsableCommand.Type,
    under parent: any ParsableCommand.Type = Granska.self
  ) -> [String]? {
    for child in parent.configuration.subcommands {
      if child == command { return [child._commandName] }
      if let rest = words(of: command, under: child) { return [child._commandName] + rest }
    }
    return nil
  }

  /// The words, checked and ready to run; throws the refusal (a
  /// `ServiceText`) or ArgumentParser's error (help, malformed words).
  func check(_ words: [String]) throws -> [String] {
    var words = words
    // `help X` is `X --help`, also after global options (`--lang en help set`).
    if let index = Self.commandIndex(words), words[index] == "help" {
      words.remove(at: index)
      words.append("--help")
    }
    for (index, word) in words.enumerated() {
      let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
      let option = parts.first ?? word
      if Self.forbiddenOptions.contains(option) {
        throw option == "-o" || option == "--output"
          ? ServiceText.outputOverSSH(command: Self.commandIndex(words).map { words[$0] } ?? "")
          : ServiceText.optionNotAllowedOverSSH(option)
      }
      // Only the built-in themes: a file would be read on the server.
      if option == "--theme" {
        let value =
          parts.count == 2 ? parts[1] : words.indices.contains(index + 1) ? words[index + 1] : nil
        if !ThemeChoice.isBuiltIn(value) {
          throw ServiceText.themeFileOverSSH(builtIn: Theme.builtInNames)
        }
      }
    }
    let first = Self.commandIndex(words).map { words[$0] }
    if let first, !allowedFirstWords.contains(first) { throw notAllowed(first) }
    // Help only prints (and is parsed as ArgumentParser's own command).
    if words.contains("--help") || words.contains("-h") { return words }
    let command = try Granska.parseAsRoot(words)
    if let refusal = check(command) { throw refusal }
    return words
  }

  /// Where the command's name is: the first word that is not a global
  /// option or its value.
  static func commandIndex(_ words: [String]) -> Int? {
    var index = 0
    while index < words.count, words[index].hasPrefix("-") {
      index += GlobalOptions.optionsWithValues.contains(words[index]) ? 2 : 1
    }
    return index < words.count ? index : nil
  }

  /// Nil when the parsed command is allowed for the role.
  private func check(_ command: ParsableCommand) -> ServiceText? {
    let kind = type(of: command)
    // The dashboard: read-only for a viewer (the store refuses their edits).
    if kind == Granska.self { return nil }
    guard allows(kind) else {
      return notAllowed(Self.words(of: kind)?.joined(separator: " ") ?? "")
    }
    switch command {
    // `restore FILE` puts a backup over the database: only a retired
    // part brought back (`restore recommendation R3`) may run.
    case let restore as Restore:
      return restore.part == nil ? notAllowed("restore") : nil
    case let new as NewAudit:
      return ScalePreset(rawValue: new.scale) != nil ? nil : standardInput(new.scale, "new")
    case let remind as Remind:
      // --sendmail would run a program of the person's choosing on the server.
      return remind.sendmail == nil ? nil : .optionNotAllowedOverSSH("--sendmail")
    case let export as Export:
      return export.output == nil ? nil : .outputOverSSH(command: "export")
    case let report as Report:
      return report.output == nil ? nil : .outputOverSSH(command: "report")
    case let load as TrainingLoad:
      return standardInput(load.file, "training load")
    case let file as Import:
      return standardInput(file.file, "import")
    case let batch as Batch:
      return standardInput(batch.file, "batch")
    default:
      return nil
    }
  }

  private func notAllowed(_ word: String) -> ServiceText {
    .notAllowedOverSSH(word: word, role: role.name(in: language), allowed: allowedCommands)
  }

  /// Files are read from the workstation, through standard input, never from the server.
  private func standardInput(_ file: String, _ command: String) -> ServiceText? {
    file == "-" ? nil : .standardInputOverSSH(command: command)
  }

  /// The allowed words with the session's database and person added.
  static func withSession(_ words: [String], global: GlobalOptions) throws -> [String] {
    var session = ["--db", try global.databasePath(), "--as", global.person ?? ""]
    if global.readOnly { session.append("--read-only") }
    return GlobalOptions.inserting(session, into: words)
  }
}

/// A message to be worded in a language of its own choosing.
struct WordedIn: Error, Worded {
  let language: Language
  let message: any Worded

  init(_ language: Language, _ message: any Worded) {
    self.language = language
    self.message = message
  }

  func message(in _: Language) -> String { message.message(in: language) }
}
