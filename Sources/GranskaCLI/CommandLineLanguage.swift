import ArgumentParser
import Foundation
import GranskaText

/// The language of what the command line says before a command runs: every
/// command's help and ArgumentParser's own words. It is read from the words
/// before anything is parsed (`static let configuration` and the options'
/// help are made on first use, which is after), so `--lang en` anywhere
/// among them gives English; without it `$GRANSKA_LANG`, else Swedish. In
/// service-account mode the words are the ssh line's (SSH_ORIGINAL_COMMAND).
public enum CommandLineLanguage {
  public static let current = of(
    Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

  static func of(_ arguments: [String], environment: [String: String]) -> Language {
    var candidates = [arguments]
    if let line = environment["SSH_ORIGINAL_COMMAND"],
      arguments.contains(where: { $0 == "--as" || $0.hasPrefix("--as=") })
    {
      candidates.insert((try? Batch.words(line, line: 1, file: "ssh")) ?? [], at: 0)
    }
    return candidates.lazy.compactMap(requested(in:)).first ?? configured(environment) ?? .sv
  }

  /// The language a parsed command tells its failures in: its own `--lang`.
  public static func of(_ command: any ParsableCommand) -> Language {
    (command as? any GlobalCommand)?.global.lang ?? current
  }

  /// The language `$GRANSKA_LANG` names: `--lang`'s default.
  static func configured(
    _ environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Language? {
    environment[variable].flatMap(Language.init(rawValue:))
  }

  static let variable = "GRANSKA_LANG"

  /// A `$GRANSKA_LANG` that names no language is a usage error, as
  /// `--lang` with such a value would be, rather than silently Swedish.
  public static func checkConfigured() throws {
    guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty,
      configured() == nil
    else { return }
    throw ValidationError(
      CommandFailure.unknownLanguage(variable: variable, value: value).message(in: current))
  }

  /// The language `--lang X` or `--lang=X` asks for (the last one, as for
  /// any option given twice); nil when there is none, or no such language.
  static func requested(in words: [String]) -> Language? {
    var requested: String?
    var index = 0
    while index < words.count, words[index] != "--" {
      if words[index].hasPrefix("--lang=") {
        requested = String(words[index].dropFirst("--lang=".count))
      } else if words[index] == "--lang", index + 1 < words.count {
        requested = words[index + 1]
        index += 1
      }
      index += 1
    }
    return requested.flatMap(Language.init(rawValue:))
  }

  /// A completion script or the manual's JSON was asked for: text for a
  /// program, in which only the built-in flags' help is translated.
  public static var asksForMachineText: Bool {
    CommandLine.arguments.contains {
      $0.hasPrefix("--generate-completion-script") || $0 == "--experimental-dump-help"
    }
  }
}

/// A command's help text in the command line's language. Every command's
/// help comes from a `Worded` table in GranskaText (`GlobalHelp`,
/// `ReadingHelp`, …; a new command adds its own).
func helpText(_ key: some Worded) -> String {
  CommandLineLanguage.current.strings(key)
}

/// An option's or argument's help, naming its value when it takes one.
func argumentHelp(_ key: some Worded, value: ValueName? = nil) -> ArgumentHelp {
  ArgumentHelp(helpText(key), valueName: value.map { helpText($0) })
}
