import ArgumentParser
import Foundation
import GranskaStore
import GranskaText

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
    try allowed.run()
  }

  /// The command that brings a report from the server to the workstation.
  static func reportCommand() -> String {
    var name = [CChar](repeating: 0, count: 256)
    gethostname(&name, name.count - 1)  // the last byte stays the terminating NUL
    let host = name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    return "ssh \(currentAccount())@\(host) report --format html > rapport.html"
  }
}

/// What a person may run over ssh, by role. The words are parsed by the
/// same definitions as the command line, then judged by what they would do:
/// a command not listed here is refused, so a new command is closed until
/// someone decides otherwise.
struct SSHCommandPolicy {
  let role: Role
  let language: Language

  static let viewerCommands = [
    "summary", "report", "export", "log", "owner", "--help", "--version",
  ]
  static let editorCommands =
    viewerCommands + [
      "set", "round", "training", "import", "batch", "remind",
    ]
  /// Options that would choose another database or person, or write on the
  /// server (also refused after parsing, in whatever form they came).
  static let forbiddenOptions = ["--db", "--as", "--output", "-o"]

  var allowedWords: [String] { role == .editor ? Self.editorCommands : Self.viewerCommands }

  /// The words, checked and ready to run; throws the refusal (a
  /// `ServiceText`) or ArgumentParser's error (help, malformed words).
  func check(_ words: [String]) throws -> [String] {
    var words = words
    // `help X` is `X --help`, also after global options (`--lang en help set`).
    if let index = Self.commandIndex(words), words[index] == "help" {
      words.remove(at: index)
      words.append("--help")
    }
    for word in words {
      let option = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
      guard Self.forbiddenOptions.contains(option) else { continue }
      throw option == "-o" || option == "--output"
        ? ServiceText.outputOverSSH(command: words.first ?? "")
        : ServiceText.optionNotAllowedOverSSH(option)
    }
    let first = Self.commandIndex(words).map { words[$0] }
    if let first, !allowedWords.contains(first) {
      throw ServiceText.notAllowedOverSSH(word: first, role: roleName, allowed: allowedWords)
    }
    // Help only prints (and is parsed as ArgumentParser's own command).
    if words.contains("--help") || words.contains("-h") { return words }
    let command = try Granska.parseAsRoot(words)
    if let refusal = check(command, firstWord: first ?? words.first ?? "") {
      throw refusal
    }
    return words
  }

  /// Where the command's name is: the first word that is not a global
  /// option or its value.
  static func commandIndex(_ words: [String]) -> Int? {
    var index = 0
    while index < words.count, words[index].hasPrefix("-") {
      index += ["--lang", "--theme"].contains(words[index]) ? 2 : 1
    }
    return index < words.count ? index : nil
  }

  /// Nil when the parsed command is allowed for the role.
  private func check(_ command: ParsableCommand, firstWord: String) -> ServiceText? {
    let editor = role == .editor
    let notAllowed = ServiceText.notAllowedOverSSH(
      word: firstWord, role: roleName, allowed: allowedWords)
    switch command {
    case let root as Granska:
      return ThemeChoice.isBuiltIn(root.global.theme) ? nil : .optionNotAllowedOverSSH("--theme")
    case is Summary, is Log, is OwnerList:
      return nil
    case is OwnerAdd, is OwnerEdit, is OwnerRemove:
      // (Viewers may list the owners, not change them.)
      let name = type(of: command).configuration.commandName ?? ""
      return editor
        ? nil
        : .notAllowedOverSSH(word: "owner \(name)", role: roleName, allowed: allowedWords)
    case let remind as Remind:
      // --sendmail would run a program of the person's choosing on the server.
      return !editor
        ? notAllowed : remind.sendmail == nil ? nil : .optionNotAllowedOverSSH("--sendmail")
    case let export as Export:
      return export.output == nil ? nil : .outputOverSSH(command: "export")
    case let report as Report:
      return report.output == nil ? nil : .outputOverSSH(command: "report")
    case is SetRecommendation, is SetAssessment, is AddRound, is TrainingSet:
      return editor ? nil : notAllowed
    case let load as TrainingLoad:
      return !editor ? notAllowed : standardInput(load.file, "training load")
    case let file as Import:
      return !editor ? notAllowed : standardInput(file.file, "import")
    case let batch as Batch:
      return !editor ? notAllowed : standardInput(batch.file, "batch")
    default:
      return notAllowed
    }
  }

  /// Files are read from the workstation, through standard input, never from the server.
  private func standardInput(_ file: String, _ command: String) -> ServiceText? {
    file == "-" ? nil : .standardInputOverSSH(command: command)
  }

  private var roleName: String { role.name(in: language) }

  /// The allowed words with the session's database and person added (before
  /// a `--`, after which they would be taken as arguments).
  static func withSession(_ words: [String], global: GlobalOptions) throws -> [String] {
    var session = ["--db", try global.databasePath(), "--as", global.person ?? ""]
    if global.readOnly { session.append("--read-only") }
    var words = words
    words.insert(contentsOf: session, at: words.firstIndex(of: "--") ?? words.endIndex)
    return words
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
