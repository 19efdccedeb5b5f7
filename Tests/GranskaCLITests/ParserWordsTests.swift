import ArgumentParser
import Foundation
import GranskaText
import Testing

/// Every entry of `ParserWord` held against what ArgumentParser (1.8.2,
/// pinned) really prints, with a small command line of its own that makes
/// it say each of them. An upgrade that changes its words leaves a line
/// English, and the line this table expects in Swedish is then missing.
@Suite struct ParserWordsTests {
  struct Case: Sendable {
    let words: [ParserWord]
    let arguments: [String]
    /// A whole line of the Swedish text.
    let line: String
  }

  static let cases: [Case] = [
    Case(words: [.overview], arguments: ["--help"], line: "ÖVERSIKT: A tool."),
    Case(
      words: [.usage, .subcommandPlaceholder], arguments: ["--help"],
      line: "ANVÄNDNING: tool <underkommando>"),
    Case(words: [.subcommands], arguments: ["--help"], line: "UNDERKOMMANDON:"),
    Case(
      words: [.detailedHelp], arguments: ["--help"],
      line: "  Se ”tool help <underkommando>” för utförlig hjälp."),
    Case(
      words: [.helpFlag], arguments: ["--help"],
      line: "  -h, --help              Visa hjälpinformation."),
    Case(
      words: [.versionFlag], arguments: ["--help"],
      line: "  --version               Visa versionen."),
    Case(words: [.arguments], arguments: ["run", "--help"], line: "ARGUMENT:"),
    Case(words: [.options], arguments: ["run", "--help"], line: "FLAGGOR:"),
    Case(
      words: [.values, .defaultValue], arguments: ["run", "--help"],
      line: "  --colour <colour>       A colour. (värden: red, green; förval: red)"),
    Case(
      words: [.defaultSubcommand], arguments: ["group", "--help"],
      line: "  show (förval)           The side."),
    Case(
      words: [.optionsPlaceholder], arguments: ["many", "--help"],
      line: "ANVÄNDNING: tool many [<flaggor>] <name>"),
    Case(words: [.error, .unknownOption], arguments: ["-x"], line: "granska: okänd flagga ”-x”"),
    Case(
      words: [.usageLine], arguments: ["-x"], line: "Användning: tool <underkommando>"),
    Case(
      words: [.moreInformation], arguments: ["run"],
      line: "  Se ”tool run --help” för mer information."),
    Case(
      words: [.missingArgument], arguments: ["run"], line: "granska: argumentet ”<file>” saknas"),
    Case(words: [.help], arguments: ["run"], line: "Hjälp: <file>  The file."),
    Case(
      words: [.unknownOptionSuggestion], arguments: ["run", "f", "--colr"],
      line: "granska: okänd flagga ”--colr”; menade du ”--colour”?"),
    Case(
      words: [.orMissingValueIn], arguments: ["run", "f", "-ox"],
      line: "   eller: värde saknas för ”-o <o>” i ”-ox”"),
    Case(
      words: [.missingValue], arguments: ["run", "f", "--count"],
      line: "granska: värde saknas för ”--count <count>”"),
    Case(
      words: [.takesNoValue], arguments: ["run", "f", "--quiet=yes"],
      line: "granska: flaggan ”--quiet” tar inget värde, men fick ”yes”"),
    Case(
      words: [.unexpectedArgument], arguments: ["run", "f", "g"],
      line: "granska: oväntat argument ”g”"),
    Case(
      words: [.unexpectedArguments], arguments: ["run", "f", "g", "h"],
      line: "granska: 2 oväntade argument: ”g”, ”h”"),
    Case(
      words: [.missingOneOf], arguments: ["group"],
      line: "granska: något av dessa saknas: ”--left”, ”--right”"),
    Case(
      words: [.invalidValue], arguments: ["run", "f", "--count", "many"],
      line: "granska: ogiltigt värde ”many” för ”--count <count>”"),
    Case(
      words: [.invalidValueOneOf], arguments: ["run", "f", "--colour", "blue"],
      line: "granska: ogiltigt värde ”blue” för ”--colour <colour>”; ange ”red” eller ”green”"),
    Case(
      words: [.invalidValueOneOf], arguments: ["run", "f", "--shade", "x"],
      line: "granska: ogiltigt värde ”x” för ”--shade <shade>”; ange ”light”, ”mid” eller ”dark”"),
    Case(
      words: [.invalidValueOneOfList], arguments: ["run", "f", "--table", "z"],
      line: "granska: ogiltigt värde ”z” för ”--table <table>”; ange ett av följande:"),
    Case(words: [.invalidOption], arguments: ["---x"], line: "granska: ogiltig flagga: ---x"),
  ]

  @Test func everyWordIsHeldAgainstArgumentParser() {
    let covered = Set(Self.cases.flatMap(\.words))
    #expect(covered == Set(ParserWord.allCases), "\(Set(ParserWord.allCases).subtracting(covered))")
  }

  @Test(arguments: cases) func eachIsWhatArgumentParserSaysInSwedish(_ entry: Case) {
    let said = Tool.said(entry.arguments)
    let swedish = said.swedish
    #expect(
      swedish.lines.contains(entry.line), "\(entry.arguments):\n\(said.english)\n→\n\(swedish)")
    // Nothing of ArgumentParser's own words left (what it quotes stays).
    for word in entry.words where word != .error {
      let longest =
        word.message(in: .en).replacing(/\{\d\}/, with: "\u{0}").split(separator: "\u{0}")
        .max { $0.count < $1.count } ?? ""
      #expect(!swedish.contains(longest), "\(word): \(longest)")
    }
  }

  @Test func helpAndErrorsKeepNoEnglishOfArgumentParsersOwn() {
    for arguments in [["--help"], ["run", "--help"], ["group", "--help"], ["run"], ["-x"]] {
      let swedish = Tool.said(arguments).swedish
      for english in [
        "OVERVIEW", "USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "Show ", "values:",
        "default", "See '", "Error:", "Usage:", "Help:", "<subcommand>", "<options>",
      ] {
        #expect(!swedish.contains(english), "\(arguments): \(english)\n\(swedish)")
      }
    }
  }

  @Test func phrasesWrappedOntoTheNextLineAreTranslatedToo() throws {
    let english = Tool.helpMessage(for: Run.self, columns: 44)
    let narrow = ParserText.help(english, in: .sv)
    #expect(narrow.contains("(värden: red,\n"), "\(narrow)")
    #expect(narrow.contains("green; förval:\n"), "\(narrow)")
    #expect(
      narrow.contains(
        "  -h, --help              Visa\n                          hjälpinformation.\n"))
    #expect(
      !narrow.contains("default") && !narrow.contains("Show") && !narrow.contains("help info"))
    // No wrapped line grows past the width (the usage line is never wrapped).
    #expect(narrow.lines.count == english.lines.count)
    for (swedish, english) in zip(narrow.lines, english.lines) where english.count <= 44 {
      #expect(swedish.count <= 44, "\(swedish)")
    }
  }

  @Test func englishIsAsArgumentParserWritesItButStartsLikeGranskasErrors() {
    let said = Tool.said(["run", "f", "g"])
    #expect(
      ParserText.error(said.english, in: .en)
        == said.english.replacingOccurrences(of: "Error: ", with: "granska: "))
    #expect(ParserText.help(Tool.helpMessage(), in: .en) == Tool.helpMessage())
  }

  @Test func aSentenceNotInTheTablePassesThroughUnchanged() {
    let text = Tool.fullMessage(for: ValidationError("Something new happened: 'x'."))
    #expect(ParserText.error(text, in: .sv).lines.first == "granska: Something new happened: 'x'.")
  }

  @Test func completionScriptsGetOnlyTheBuiltInFlagsWords() {
    let script = Tool.completionScript(for: .zsh)
    let swedish = ParserText.builtInFlags(script, in: .sv)
    #expect(swedish.contains("Visa hjälpinformation."))
    #expect(!swedish.contains("Show help information."))
    #expect(
      swedish.replacingOccurrences(of: "Visa hjälpinformation.", with: "Show help information.")
        .replacingOccurrences(of: "Visa versionen.", with: "Show the version.") == script)
  }
}

// A small command line that makes ArgumentParser say each of its phrases.

private struct Tool: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tool", abstract: "A tool.", version: "tool 1.0",
    subcommands: [Run.self, Group.self, Many.self])

  /// What ArgumentParser says to these words, and that in Swedish.
  static func said(_ arguments: [String]) -> (english: String, swedish: String) {
    do {
      // (Help is a command of ArgumentParser's own, which throws when run.)
      var command = try parseAsRoot(arguments)
      try command.run()
      return ("", "")
    } catch {
      let english = fullMessage(for: error, columns: 80)
      let isHelp = exitCode(for: error) == .success
      return (
        english,
        isHelp ? ParserText.help(english, in: .sv) : ParserText.error(english, in: .sv)
      )
    }
  }
}

private enum Colour: String, CaseIterable, ExpressibleByArgument { case red, green }
private enum Shade: String, CaseIterable, ExpressibleByArgument { case light, mid, dark }
private enum Table: String, CaseIterable, ExpressibleByArgument { case a, b, c, d, e, f }
private enum Side: String, EnumerableFlag { case left, right }

private struct Run: ParsableCommand {
  @Argument(help: "The file.") var file: String
  @Option(help: "A colour.") var colour: Colour = .red
  @Option(help: "A shade.") var shade: Shade?
  @Option(help: "A table.") var table: Table?
  @Option(help: "A count.") var count: Int?
  @Option(name: .short, help: "Where.") var o: String?
  @Flag(help: "Quiet.") var quiet = false
}

private struct Group: ParsableCommand {
  static let configuration = CommandConfiguration(
    subcommands: [Show.self], defaultSubcommand: Show.self)
}

private struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "The side.")
  @Flag var side: Side
}

/// More than twelve options: the usage line shortens them to "[<options>]".
private struct Many: ParsableCommand {
  @Argument var name: String
  @Option var a: String?
  @Option var b: String?
  @Option var c: String?
  @Option var d: String?
  @Option var e: String?
  @Option var f: String?
  @Option var g: String?
  @Option var h: String?
  @Option var i: String?
  @Option var j: String?
  @Option var k: String?
  @Option var l: String?
}

extension String {
  fileprivate var lines: [String] {
    split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }
}
