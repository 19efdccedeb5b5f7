import ArgumentParser
import Foundation
import GranskaStore
import GranskaText

/// Many commands in one process: a nightly job's edits without starting
/// Granska once per edit. Each line is saved on its own, with its history.
struct Batch: GlobalCommand {
  static let configuration = CommandConfiguration(
    abstract: helpText(EditingHelp.batchAbstract),
    discussion: helpText(EditingHelp.batchDiscussion))

  @Argument(help: argumentHelp(EditingHelp.batchFile, value: .file))
  var file: String

  @OptionGroup var global: GlobalOptions

  /// Runs each line as it is read (a line from a pipe is saved, and said
  /// so, before the next arrives), and stops at the first that fails.
  mutating func run() throws {
    // Each database is opened once, by the first line that needs it, and
    // stays open for the others until the batch is done.
    global.stores = OpenStores()
    let policy = try sessionPolicy()
    try Files.forEachLine(file, limit: Files.Limit.batch) { data, number in
      guard let line = String(data: data, encoding: .utf8) else {
        throw CommandFailure.notUTF8(file: file)
      }
      try run(line, number: number, policy: policy)
    }
  }

  private func run(_ line: String, number: Int, policy: SSHCommandPolicy?) throws {
    let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
    var words = try Self.words(trimmed, line: number, file: file)
    // The command's word, after any global options (`--lang en batch -`).
    guard SSHCommandPolicy.commandIndex(words).map({ words[$0] }) != "batch" else {
      throw CommandFailure.batchInBatch(file: file, line: number)
    }
    do {
      if let policy { words = try policy.check(words) }
      words = GlobalOptions.inserting(globalArguments, into: words)
      var command = try Granska.parseAsRoot(words)
      if var line = command as? any GlobalCommand {
        line.global.stores = global.stores
        command = line
      }
      try command.run()
    } catch let error as any Worded & Error {
      // Told by `main` with the line's place.
      throw CommandFailure.atLine(file: file, line: number, error)
    } catch {
      throw CommandFailure.badArguments(
        file: file, line: number,
        detail: ParserText.sentence(Granska.message(for: error), in: global.lang))
    }
    try Output.notice(.lineSaved(number), in: global.lang)
    fflush(nil)  // a watcher sees each line as soon as it is saved
  }

  /// The batch's own --db, --lang, --read-only and --as apply to every line.
  private var globalArguments: [String] {
    var arguments: [String] = []
    if let db = global.db { arguments += ["--db", db] }
    arguments += ["--lang", global.lang.rawValue]
    if global.readOnly { arguments.append("--read-only") }
    if let person = global.person { arguments += ["--as", person] }
    return arguments
  }

  /// For a person (`--as`), each line is held to what their role may run over ssh.
  private func sessionPolicy() throws -> SSHCommandPolicy? {
    guard let person = global.person else { return nil }
    guard let role = try global.openStore().role(of: person) else {
      throw StoreError.unknownPerson(person)
    }
    return SSHCommandPolicy(role: role, language: global.lang)
  }

  /// Splits a line into words like a shell: spaces separate, quotes group,
  /// a backslash takes the next character as it is.
  static func words(_ line: String, line number: Int, file: String) throws -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character? = nil
    var escaped = false
    for character in line {
      if escaped {
        current.append(character)
        escaped = false
      } else if character == "\\" && quote != "'" {
        escaped = true
        inWord = true
      } else if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
      } else if character == "\"" || character == "'" {
        quote = character
        inWord = true
      } else if character == " " || character == "\t" {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    guard quote == nil, !escaped else {
      throw CommandFailure.unfinishedQuote(file: file, line: number)
    }
    if inWord { words.append(current) }
    return words
  }
}
