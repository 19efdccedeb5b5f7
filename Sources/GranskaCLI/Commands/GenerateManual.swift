import ArgumentParser
import Foundation
import GranskaText

/// `granska generate-manual --lang sv -o DIR`: the manual pages in one
/// language, for scripts/install and scripts/package. Hidden: it is for
/// packaging, not for people at the dashboard.
struct GenerateManual: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate-manual",
    abstract: helpText(ManualWord.generateAbstract),
    discussion: helpText(ManualWord.generateDiscussion),
    shouldDisplay: false)

  @OptionGroup var global: GlobalOptions

  @Option(
    name: [.short, .customLong("output")],
    help: argumentHelp(ManualWord.generateOutput, value: .path))
  var output: String

  func run() throws {
    let pages = try Manual.pages(
      fromJSON: try Self.commandsAsJSON(in: global.lang), language: global.lang,
      version: Granska.version, date: Self.date())
    do throws(SystemError) {
      try Files.makeDirectories(output, mode: 0o777)
    } catch {
      throw error.code == ENOTDIR
        ? CommandFailure.notADirectory(path: output) : .cannotWrite(path: output, error)
    }
    for page in pages {
      let file = (output.hasSuffix("/") ? output : output + "/") + page.name + ".1"
      try OutputFile.write(Data(page.text.utf8), to: file)
      try Output.line(file)
    }
  }

  /// What `granska --experimental-dump-help` prints: every command, its
  /// options and their help, in the command line's language.
  static func commandsAsJSON(in language: Language) throws -> String {
    do {
      _ = try Granska.parseAsRoot(["--experimental-dump-help"])
    } catch {
      return ParserText.builtInFlags(Granska.fullMessage(for: error), in: language)
    }
    fatalError("--experimental-dump-help parsed as a command")
  }

  /// The pages' date: $SOURCE_DATE_EPOCH (reproducible builds), else today.
  static func date() -> String {
    let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
    let date = epoch.map(Date.init(timeIntervalSince1970:)) ?? Date()
    return date.formatted(
      Date.VerbatimFormatStyle(
        format: "\(year: .defaultDigits)-\(month: .twoDigits)-\(day: .twoDigits)",
        timeZone: TimeZone(identifier: "UTC")!, calendar: Calendar(identifier: .gregorian)))
  }
}
