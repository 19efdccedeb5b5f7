import Foundation
import Testing

/// The command line in the reader's language, as the real binary says it:
/// help and ArgumentParser's usage errors in Swedish by default, English
/// with `--lang en` wherever it stands on the line, or with $GRANSKA_LANG.
@Suite struct CommandLineLanguageTests {
  let granska = GranskaRun()
  /// The width ArgumentParser wraps help to, whatever the test's terminal.
  static let width = ["COLUMNS": "80"]

  func run(_ arguments: [String], _ environment: [String: String] = [:]) throws
    -> GranskaRun.Result
  {
    try granska.run(arguments, environment: Self.width.merging(environment) { $1 })
  }

  /// ArgumentParser's own words in English, none of which may stay in a
  /// Swedish help screen or error.
  static let englishWords = [
    "OVERVIEW", "USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "Error", "Help:", "Usage:",
    "Show help", "Show the version", "default", "values:", "See '", "<subcommand>", "<options>",
    "for more information", "detailed help",
  ]
  /// And their Swedish, none of which may appear in English.
  static let swedishWords = [
    "ÖVERSIKT", "ANVÄNDNING", "FLAGGOR", "ARGUMENT:", "UNDERKOMMANDON", "Hjälp:", "Användning:",
    "Visa hjälp", "Visa versionen", "förval", "värden:", "Se ”", "<underkommando>", "<flaggor>",
    "för mer information", "utförlig hjälp",
  ]

  /// Every command, found as a user would: by following each help
  /// screen's list of subcommands.
  func everyCommand() throws -> [[String]] {
    var found: [[String]] = []
    var waiting: [[String]] = [[]]
    while let command = waiting.popLast() {
      found.append(command)
      let help = try run(command + ["--help"]).output
      let list = help.components(separatedBy: "\nUNDERKOMMANDON:\n").dropFirst().first ?? ""
      for line in list.components(separatedBy: "\n\n")[0].split(separator: "\n")
      where !line.hasPrefix("   ") {
        let name = line.split(separator: " ")[0]
        if name != "help" { waiting.append(command + [String(name)]) }
      }
    }
    return found
  }

  @Test func everyCommandsHelpIsSwedishByDefaultAndEnglishWithLangEn() throws {
    let commands = try everyCommand()
    #expect(commands.count > 25, "\(commands)")
    #expect(commands.contains(["set", "recommendation"]) && commands.contains(["keys", "add"]))
    for command in commands {
      let swedish = try run(command + ["--help"])
      #expect(swedish.status == 0 && swedish.error.isEmpty, "\(command): \(swedish.error)")
      #expect(swedish.output.contains("ANVÄNDNING: granska"), "\(command)")
      #expect(swedish.output.contains("  -h, --help              Visa hjälpinformation.\n"))
      for word in Self.englishWords {
        #expect(!swedish.output.contains(word), "\(command): \(word)\n\(swedish.output)")
      }
      let english = try run(command + ["--help", "--lang", "en"])
      #expect(english.status == 0 && english.error.isEmpty, "\(command): \(english.error)")
      #expect(english.output.contains("USAGE: granska"), "\(command)")
      // The manual is made from the English, by a generator that drops
      // whatever is not ASCII.
      #expect(english.output.unicodeScalars.allSatisfy { $0.isASCII }, "\(command)")
      for word in Self.swedishWords {
        #expect(!english.output.contains(word), "\(command): \(word)\n\(english.output)")
      }
    }
  }

  @Test func helpOfASubcommandReadsTheSameWhicheverWayItIsAsked() throws {
    let swedish = """
      ÖVERSIKT: Ändra en rekommendation eller en bedömning (som instrumentpanelens
      formulär).

      ANVÄNDNING: granska set <underkommando>

      FLAGGOR:
        --version               Visa versionen.
        -h, --help              Visa hjälpinformation.

      UNDERKOMMANDON:
        recommendation          Ange en rekommendations status, ansvarig, klart
                                senast, planerad åtgärd eller underlag, eller lägg
                                till en anteckning.
        assessment              Ange en frågas nivå eller anmärkning i en
                                uppföljningsomgång.

        Se ”granska help set <underkommando>” för utförlig hjälp.

      """
    let english = """
      OVERVIEW: Change a recommendation or an assessment (as the dashboard's forms
      do).

      USAGE: granska set <subcommand>

      OPTIONS:
        --version               Show the version.
        -h, --help              Show help information.

      SUBCOMMANDS:
        recommendation          Set a recommendation's status, owner, due date,
                                planned action or evidence, or add a note.
        assessment              Set a question's level or remark in a follow-up round.

        See 'granska help set <subcommand>' for detailed help.

      """
    for arguments in [["set", "--help"], ["set", "-h"], ["help", "set"]] {
      #expect(try run(arguments).output == swedish, "\(arguments)")
    }
    for arguments in [
      ["set", "--help", "--lang", "en"], ["--lang", "en", "help", "set"],
      ["help", "set", "--lang=en"],
    ] {
      #expect(try run(arguments).output == english, "\(arguments)")
    }
    #expect(try run(["set", "--help"], ["GRANSKA_LANG": "en"]).output == english)
    #expect(try run(["set", "--help", "--lang", "sv"], ["GRANSKA_LANG": "en"]).output == swedish)
  }

  struct UsageError: Sendable, CustomStringConvertible {
    let arguments: [String]
    /// The first line of the error, and the line that says where to read more.
    let swedish: (error: String, more: String)
    let english: (error: String, more: String)
    var description: String { arguments.joined(separator: " ") }
  }

  static let usageErrors = [
    UsageError(
      arguments: ["set", "recommendation"],
      swedish: ("granska: argumentet ”<id>” saknas", "granska set recommendation --help"),
      english: ("granska: Missing expected argument '<id>'", "granska set recommendation --help")),
    UsageError(
      arguments: ["summary", "--bogus"],
      swedish: ("granska: okänd flagga ”--bogus”", "granska summary --help"),
      english: ("granska: Unknown option '--bogus'", "granska summary --help")),
    UsageError(
      arguments: ["log", "--format", "xml"],
      swedish: ("granska: ogiltigt värde ”xml” för ”--format <format>”", "granska log --help"),
      english: ("granska: The value 'xml' is invalid for '--format <format>'", "granska log --help")
    ),
    UsageError(
      arguments: ["frobnicate"],
      swedish: ("granska: oväntat argument ”frobnicate”", "granska --help"),
      english: ("granska: Unexpected argument 'frobnicate'", "granska --help")),
  ]

  @Test(arguments: usageErrors) func usageErrorsAreTheReadersWithStatus64(_ usage: UsageError)
    throws
  {
    let swedish = try run(usage.arguments)
    #expect(swedish.status == 64 && swedish.output.isEmpty)
    let lines = swedish.error.split(separator: "\n").map(String.init)
    #expect(lines.first == usage.swedish.error, "\(swedish.error)")
    #expect(lines.contains { $0.hasPrefix("Användning: granska ") }, "\(swedish.error)")
    #expect(lines.last == "  Se ”\(usage.swedish.more)” för mer information.")
    for word in Self.englishWords {
      #expect(!swedish.error.contains(word), "\(word)\n\(swedish.error)")
    }
    // English wherever --lang stands: first, last, or among the words.
    let middle = usage.arguments.count / 2
    for arguments in [
      ["--lang", "en"] + usage.arguments, usage.arguments + ["--lang", "en"],
      usage.arguments[..<middle] + ["--lang=en"] + usage.arguments[middle...],
    ] {
      let english = try run(Array(arguments))
      #expect(english.status == 64 && english.output.isEmpty)
      let lines = english.error.split(separator: "\n").map(String.init)
      #expect(lines.first == usage.english.error, "\(arguments): \(english.error)")
      #expect(lines.contains { $0.hasPrefix("Usage: granska ") }, "\(english.error)")
      #expect(lines.last == "  See '\(usage.english.more)' for more information.")
    }
    let configured = try run(usage.arguments, ["GRANSKA_LANG": "en"])
    #expect(configured.error.hasPrefix(usage.english.error + "\n"), "\(configured.error)")
  }

  @Test func aMissingArgumentShowsItsHelpInTheReadersWords() throws {
    #expect(
      try run(["set", "recommendation"]).error == """
        granska: argumentet ”<id>” saknas
        Hjälp: <id>  Rekommendationens id, t.ex. R1.
        Användning: granska set recommendation [<flaggor>] <id>
          Se ”granska set recommendation --help” för mer information.

        """)
    #expect(
      try run(["set", "recommendation", "--lang", "en"]).error == """
        granska: Missing expected argument '<id>'
        Help:  <id>  The recommendation's id, e.g. R1.
        Usage: granska set recommendation [<options>] <id>
          See 'granska set recommendation --help' for more information.

        """)
  }

  @Test func aLanguageThatIsNoneIsAUsageError() throws {
    let option = try run(["summary", "--lang", "de"])
    #expect(option.status == 64)
    #expect(
      option.error.hasPrefix(
        "granska: ogiltigt värde ”de” för ”--lang <språk>”; ange ”sv” eller ”en”\n"))
    let variable = try run(["summary"], ["GRANSKA_LANG": "de"])
    #expect(variable.status == 64 && variable.output.isEmpty)
    #expect(
      variable.error.hasPrefix(
        "granska: GRANSKA_LANG: okänt språk ”de”; ange sv (svenska) eller en (engelska)\n"),
      "\(variable.error)")
    let english = try run(["summary", "--lang", "en"], ["GRANSKA_LANG": "de"])
    #expect(english.error.hasPrefix("granska: GRANSKA_LANG: unknown language \"de\""))
  }

  @Test func theConfiguredLanguageIsTheDefaultOfEverythingElseToo() throws {
    #expect(
      try run(["log"], ["GRANSKA_LANG": "en"]).output.contains("Imported: the built-in audit"))
    #expect(try run(["log"]).output.contains("Inläst: inbyggd granskning"))
  }
}
