/// What swift-argument-parser writes in words of its own — the headings and
/// fixed phrases of help, and its usage errors — with their Swedish.
/// ArgumentParser cannot be localised (its issue #203), so its text is
/// translated after it is made. In the English, `{1}`, `{2}`, `{3}` stand for
/// what ArgumentParser quotes (a name, a value, a list), carried over as they
/// are. A sentence not in this table passes through unchanged rather than
/// half translated; a test holds every entry against what ArgumentParser
/// really prints, so an upgrade that changes its words fails there.
public enum ParserWord: CaseIterable, Sendable {
  // Help: headings, each a line of its own or its start
  case overview, usage, arguments, options, subcommands, detailedHelp
  // Help: phrases inside a line
  case helpFlag, versionFlag, values, defaultValue, defaultSubcommand
  // Usage lines: ArgumentParser's own placeholders
  case subcommandPlaceholder, optionsPlaceholder
  // Errors: the lines around the sentence
  case error, help, usageLine, moreInformation
  // Errors: the sentences
  case unknownOption, unknownOptionSuggestion, orMissingValueIn, missingValue, takesNoValue
  case unexpectedArgument, unexpectedArguments, missingArgument, missingOneOf
  case invalidValue, invalidValueOneOf, invalidValueOneOfList, invalidOption
}

extension ParserWord: Worded {
  /// Exactly as ArgumentParser 1.8.2 writes it.

  /// Our words, quoting as Granska's messages do (”…”). Phrases inside a
  /// wrapped line are no longer than the English, so no line grows.
  public func message(in language: Language) -> String {
    switch self {
    case .overview: language("ÖVERSIKT: ", "OVERVIEW: ")
    case .usage: language("ANVÄNDNING: ", "USAGE: ")
    case .arguments: language("ARGUMENT:", "ARGUMENTS:")
    case .options: language("FLAGGOR:", "OPTIONS:")
    case .subcommands: language("UNDERKOMMANDON:", "SUBCOMMANDS:")
    case .detailedHelp:
      language(
        "  Se ”{1} <underkommando>” för utförlig hjälp.",
        "  See '{1} <subcommand>' for detailed help.")
    case .helpFlag: language("Visa hjälpinformation.", "Show help information.")
    case .versionFlag: language("Visa versionen.", "Show the version.")
    case .values: language("(värden:", "(values:")
    case .defaultValue: language("förval:", "default:")
    case .defaultSubcommand: language("(förval)", "(default)")
    case .subcommandPlaceholder: language("<underkommando>", "<subcommand>")
    // Inside brackets, or bare when every option is left out (more than 12).
    case .optionsPlaceholder: language("<flaggor>", "<options>")
    case .error: language(ParserText.errorPrefix, "Error: ")
    case .help: language("Hjälp: ", "Help:  ")
    case .usageLine: language("Användning: ", "Usage: ")
    case .moreInformation:
      language("  Se ”{1}” för mer information.", "  See '{1}' for more information.")
    case .unknownOption: language("okänd flagga ”{1}”", "Unknown option '{1}'")
    case .unknownOptionSuggestion:
      language("okänd flagga ”{1}”; menade du ”{2}”?", "Unknown option '{1}'. Did you mean '{2}'?")
    case .orMissingValueIn:
      language(
        "   eller: värde saknas för ”{1}” i ”{2}”", "   or: Missing value for '{1}' in '{2}'")
    case .missingValue: language("värde saknas för ”{1}”", "Missing value for '{1}'")
    case .takesNoValue:
      language(
        "flaggan ”{1}” tar inget värde, men fick ”{2}”",
        "The option '{1}' does not take any value, but '{2}' was specified.")
    case .unexpectedArgument: language("oväntat argument ”{1}”", "Unexpected argument '{1}'")
    case .unexpectedArguments:
      language("{1} oväntade argument: ”{2}”", "{1} unexpected arguments: '{2}'")
    case .missingArgument: language("argumentet ”{1}” saknas", "Missing expected argument '{1}'")
    case .missingOneOf: language("något av dessa saknas: ”{1}”", "Missing one of: '{1}'")
    case .invalidValue:
      language("ogiltigt värde ”{1}” för ”{2}”", "The value '{1}' is invalid for '{2}'")
    case .invalidValueOneOf:
      language(
        "ogiltigt värde ”{1}” för ”{2}”; ange ”{3}”",
        "The value '{1}' is invalid for '{2}'. Please provide one of '{3}'.")
    case .invalidValueOneOfList:
      language(
        "ogiltigt värde ”{1}” för ”{2}”; ange ett av följande:",
        "The value '{1}' is invalid for '{2}'. Please provide one of the following:")
    case .invalidOption: language("ogiltig flagga: {1}", "Invalid option: {1}")
    }
  }
}

/// ArgumentParser's text in the reader's language: help (`help`), usage
/// errors (`error`), one error sentence (`sentence`), and the words of the
/// built-in flags inside completion scripts and the manual's description
/// (`builtInFlags`). English comes through as written, except that errors
/// start "granska: " like the rest of Granska's.
public enum ParserText {
  /// How Granska's errors start, in every language.
  public static let errorPrefix = "granska: "

  /// A help screen.
  public static func help(_ text: String, in language: Language) -> String {
    guard language == .sv else { return text }
    return acrossLines(lines(of: text).map(helpLine).joined(separator: "\n"))
  }

  /// A usage error as ArgumentParser writes it: "Error: …", perhaps
  /// "Help: …", then "Usage: …" and where to read more (or, when there were
  /// no words at all, the help screen).
  public static func error(_ text: String, in language: Language) -> String {
    let lines = lines(of: text).map { line in
      if let rest = line.dropping(ParserWord.error.message(in: .en)) {
        return errorPrefix + sentence(rest, in: language)
      }
      guard language == .sv else { return line }
      if let rest = line.dropping(ParserWord.help.message(in: .en)) {
        return ParserWord.help.message(in: .sv) + rest
      }
      if let rest = line.dropping(ParserWord.usageLine.message(in: .en)) {
        return ParserWord.usageLine.message(in: .sv) + usageWords(rest)
      }
      return translated(line, sentences) ?? helpLine(line)
    }
    let text = lines.joined(separator: "\n")
    return language == .sv ? acrossLines(text) : text
  }

  /// One line of an error's message (ArgumentParser's `message(for:)`),
  /// translated when it is one of the table's sentences.
  public static func sentence(_ line: String, in language: Language) -> String {
    guard language == .sv else { return line }
    return translated(line, sentences) ?? line
  }

  /// The help of `--help` and `--version` where they appear in a completion
  /// script or the manual's description: only these phrases, nothing else
  /// of such a text is touched.
  public static func builtInFlags(_ text: String, in language: Language) -> String {
    guard language == .sv else { return text }
    return [ParserWord.helpFlag, .versionFlag].reduce(text) {
      $0.replacing($1.message(in: .en), with: $1.message(in: .sv))
    }
  }

  /// One line of a help screen in Swedish.
  private static func helpLine(_ line: String) -> String {
    for heading: ParserWord in [.arguments, .options, .subcommands]
    where line == heading.message(in: .en) {
      return heading.message(in: .sv)
    }
    if let rest = line.dropping(ParserWord.overview.message(in: .en)) {
      return ParserWord.overview.message(in: .sv) + rest
    }
    if let rest = line.dropping(ParserWord.usage.message(in: .en)) {
      return ParserWord.usage.message(in: .sv) + usageWords(rest)
    }
    if let translated = translated(line, [.detailedHelp]) { return translated }
    return [ParserWord.helpFlag, .versionFlag, .values, .defaultSubcommand].reduce(line) {
      $0.replacingKeepingColumns($1.message(in: .en), with: $1.message(in: .sv))
    }
  }

  private static func lines(of text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// The error sentences: the cases from `moreInformation` on.
  static let sentences = Array(ParserWord.allCases.drop { $0 != .moreInformation })

  private static func usageWords(_ usage: String) -> String {
    [ParserWord.subcommandPlaceholder, .optionsPlaceholder].reduce(usage) {
      $0.replacing($1.message(in: .en), with: $1.message(in: .sv))
    }
  }

  /// The phrases a help screen may wrap over two lines: "default:" after
  /// "(" or "; ", and the built-in flags' help.
  private static func acrossLines(_ text: String) -> String {
    let defaults = try! Regex("([(;]\\s*)" + escaped(ParserWord.defaultValue.message(in: .en)))
    let text = text.replacing(defaults) { match in
      String(match.output[1].substring ?? "") + ParserWord.defaultValue.message(in: .sv)
    }
    return [ParserWord.helpFlag, .versionFlag].reduce(text) {
      $0.replacingWrapped($1.message(in: .en), with: $1.message(in: .sv))
    }
  }

  /// The line in Swedish when it is one of `words`, whole; nil otherwise.
  private static func translated(_ line: String, _ words: [ParserWord]) -> String? {
    for word in words {
      guard let quoted = word.captures(in: line) else { continue }
      var text = word.message(in: .sv)
      for (index, value) in quoted.enumerated() {
        text = text.replacing("{\(index + 1)}", with: swedishList(value))
      }
      return text
    }
    return nil
  }

  /// A list ArgumentParser quoted ("a', 'b' or 'c" inside its outer
  /// quotes) with Swedish quotes and words between its items.
  private static func swedishList(_ value: String) -> String {
    [("' and '", "” eller ”"), ("' or '", "” eller ”"), ("', '", "”, ”")].reduce(value) {
      $0.replacing($1.0, with: $1.1)
    }
  }

  static func escaped(_ literal: String) -> String {
    literal.map { "\\^$.|?*+()[]{}".contains($0) ? "\\\($0)" : String($0) }.joined()
  }
}

extension ParserWord {
  /// What ArgumentParser quoted, when `line` is this sentence; nil otherwise.
  func captures(in line: String) -> [String]? {
    var pattern = ""
    var rest = Substring(message(in: .en))
    while let open = rest.firstRange(of: "{") {
      pattern += ParserText.escaped(String(rest[..<open.lowerBound])) + "(.*?)"
      rest = rest[open.upperBound...].drop { $0 != "}" }.dropFirst()
    }
    pattern += ParserText.escaped(String(rest))
    guard let regex = try? Regex(pattern), let match = try? regex.wholeMatch(in: line) else {
      return nil
    }
    return (1..<match.output.count).map { String(match.output[$0].substring ?? "") }
  }
}

extension String {
  /// The rest of the string after `prefix`; nil when it does not start so.
  fileprivate func dropping(_ prefix: String) -> String? {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
  }

  /// A phrase replaced also where it was wrapped onto the next line: the
  /// Swedish keeps the break, with no more before it than the English had.
  fileprivate func replacingWrapped(_ english: String, with swedish: String) -> String {
    let words = english.split(separator: " ").map(String.init)
    let regex = try! Regex(words.map(ParserText.escaped).joined(separator: "(\\s+)"))
    return replacing(regex) { match in
      let gaps = (1..<match.output.count).map { String(match.output[$0].substring ?? "") }
      guard let broken = gaps.firstIndex(where: { $0.contains("\n") }) else { return swedish }
      let room = words[...broken].joined(separator: " ").count
      var before: [Substring] = []
      var after = swedish.split(separator: " ")
      while let next = after.first, (before + [next]).joined(separator: " ").count <= room {
        before.append(after.removeFirst())
      }
      if after.isEmpty { return swedish }
      return before.joined(separator: " ") + gaps[broken] + after.joined(separator: " ")
    }
  }

  /// `target` replaced, and the spaces after it adjusted so the text that
  /// follows stays in its column (a subcommand's "(default)").
  fileprivate func replacingKeepingColumns(_ target: String, with replacement: String) -> String {
    guard let range = firstRange(of: target) else { return self }
    let after = self[range.upperBound...]
    let spaces = after.prefix { $0 == " " }.count
    let shift = replacement.count - target.count
    guard spaces > 0, spaces < after.count, spaces - shift >= 2 else {
      return replacing(target, with: replacement)
    }
    return self[..<range.lowerBound] + replacement + String(repeating: " ", count: spaces - shift)
      + after.dropFirst(spaces)
  }
}
