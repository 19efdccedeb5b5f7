import Foundation
import GranskaText

/// The manual pages, made from the same texts as `--help` in the reader's
/// language: ArgumentParser describes the commands as JSON
/// (`--experimental-dump-help`), and this writes roff from it, one page per
/// command, in UTF-8 with å, ä and ö as they are (ArgumentParser's own
/// generator drops letters outside ASCII).
enum Manual {
  /// One command as ArgumentParser describes it (the part the pages use).
  struct Command: Decodable {
    var commandName: String
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var subcommands: [Command]?
    var arguments: [Argument]?
  }

  struct Argument: Decodable {
    struct Name: Decodable {
      var kind: String
      var name: String
    }
    var kind: String
    var shouldDisplay: Bool?
    var isOptional: Bool?
    var isRepeating: Bool?
    var names: [Name]?
    var valueName: String?
    var defaultValue: String?
    var allValues: [String]?
    var abstract: String?
    var discussion: String?
  }

  private struct Tool: Decodable { var command: Command }

  struct Page: Equatable {
    /// "granska-set-recommendation": the file is NAME.1.
    var name: String
    var text: String
  }

  /// Every page of the tool ArgumentParser's JSON describes.
  static func pages(
    fromJSON json: String, language: Language, version: String, date: String
  ) throws -> [Page] {
    let tool = try JSONDecoder().decode(Tool.self, from: Data(json.utf8))
    return pages(of: tool.command, path: [], language: language, version: version, date: date)
  }

  private static func pages(
    of command: Command, path: [String], language: Language, version: String, date: String
  ) -> [Page] {
    let path = path + [command.commandName]
    let page = Page(
      name: path.joined(separator: "-"),
      text: render(command, path: path, language: language, version: version, date: date))
    return [page]
      + shown(command.subcommands).flatMap {
        pages(of: $0, path: path, language: language, version: version, date: date)
      }
  }

  /// The subcommands a reader is shown: not hidden ones, not `help`.
  private static func shown(_ commands: [Command]?) -> [Command] {
    (commands ?? []).filter { $0.shouldDisplay != false && $0.commandName != "help" }
  }

  private static func render(
    _ command: Command, path: [String], language: Language, version: String, date: String
  ) -> String {
    let words = language.strings
    let heading = { (word: ParserWord) in
      String(words(word).trimmingCharacters(in: .whitespaces).dropLast())
    }
    let name = path.joined(separator: "-")
    let arguments = (command.arguments ?? []).filter { $0.shouldDisplay != false }
    let positionals = arguments.filter { $0.kind == "positional" }
    let options = arguments.filter { $0.kind != "positional" }
    let subcommands = shown(command.subcommands)
    var lines = [
      #"'\" t"#,
      #".\" -*- coding: UTF-8 -*-"#,
      #".\" Made by "granska generate-manual" from the help texts; do not edit."#,
      ".TH \(quoted(name.uppercased())) 1 \(quoted(date)) \(quoted("granska \(version)"))"
        + " \(quoted(words(ManualWord.title)))",
      ".SH \(quoted(words(ManualWord.name)))",
      "\(escaped(name)) \\- \(escaped(command.abstract ?? ""))",
      ".SH \(quoted(words(ManualWord.synopsis)))",
    ]
    var synopsis = "\\fB\(escaped(path.joined(separator: " ")))\\fR"
    if !options.isEmpty { synopsis += " " + italic(words(ParserWord.optionsPlaceholder)) }
    for argument in positionals { synopsis += " " + usage(argument) }
    if !subcommands.isEmpty { synopsis += " " + italic(words(ParserWord.subcommandPlaceholder)) }
    lines.append(synopsis)
    lines.append(".SH \(quoted(words(ManualWord.description)))")
    lines += paragraphs(command.abstract ?? "")
    if let discussion = command.discussion, !discussion.isEmpty {
      lines.append(".PP")
      lines += paragraphs(discussion)
    }
    if !positionals.isEmpty {
      lines.append(".SH \(quoted(heading(.arguments)))")
      for argument in positionals { lines += item(usage(argument), argument, language) }
    }
    if !options.isEmpty {
      lines.append(".SH \(quoted(heading(.options)))")
      for option in options { lines += item(names(option), option, language) }
    }
    if !subcommands.isEmpty {
      lines.append(".SH \(quoted(heading(.subcommands)))")
      for subcommand in subcommands {
        lines += [
          ".TP", "\\fB\(escaped(subcommand.commandName))\\fR",
          escaped(subcommand.abstract ?? "")
            + " (\(reference(name + "-" + subcommand.commandName)))",
        ]
      }
    }
    if path.count == 1 {
      lines.append(".SH \(quoted(words(ManualWord.environment)))")
      let variables: [(String, ManualWord)] = [
        ("GRANSKA_DB", .database), ("GRANSKA_LANG", .language), ("GRANSKA_THEME", .theme),
        ("NO_COLOR", .noColor),
      ]
      for (variable, word) in variables {
        lines += [".TP", "\\fB\(variable)\\fR", escaped(words(word))]
      }
    }
    let related =
      (path.count > 1 ? [path.dropLast().joined(separator: "-")] : [])
      + subcommands.map { name + "-" + $0.commandName }
    if !related.isEmpty {
      lines.append(".SH \(quoted(words(ManualWord.seeAlso)))")
      lines.append(related.map(reference).joined(separator: ", "))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A definition list entry: the names, then the help and its values.
  private static func item(_ term: String, _ argument: Argument, _ language: Language) -> [String] {
    let words = language.strings
    var text = argument.abstract ?? ""
    var notes: [String] = []
    if let values = argument.allValues, !values.isEmpty {
      notes.append("\(words(ParserWord.values).dropFirst()) \(values.joined(separator: ", "))")
    }
    if let value = argument.defaultValue, !value.isEmpty {
      notes.append("\(words(ParserWord.defaultValue)) \(value)")
    }
    if !notes.isEmpty { text += " (" + notes.joined(separator: "; ") + ")" }
    var lines = [".TP", term] + paragraphs(text)
    if let discussion = argument.discussion, !discussion.isEmpty {
      lines += paragraphs(discussion)
    }
    return lines
  }

  private static func names(_ option: Argument) -> String {
    let names = (option.names ?? []).map { name in
      "\\fB" + escaped(name.kind == "long" ? "--" + name.name : "-" + name.name) + "\\fR"
    }
    var term = names.joined(separator: ", ")
    if option.kind == "option", let value = option.valueName {
      term += " " + italic("<\(value)>")
    }
    return term
  }

  private static func usage(_ positional: Argument) -> String {
    var text = "<\(positional.valueName ?? "")>"
    if positional.isRepeating == true { text += " ..." }
    if positional.isOptional == true { text = "[\(text)]" }
    return italic(text)
  }

  /// Text as roff paragraphs: lines join into one filled paragraph; a blank
  /// line starts the next; indented lines (examples) stay as they are; an
  /// "Exempel: …" line of its own stands apart.
  static func paragraphs(_ text: String) -> [String] {
    var lines: [String] = []
    var example = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      let indented = line.hasPrefix("  ")
      if indented != example {
        lines += indented ? [".RS 4", ".nf"] : [".fi", ".RE"]
        example = indented
      }
      if line.trimmingCharacters(in: .whitespaces).isEmpty {
        if !indented { lines.append(".PP") }
      } else if indented {
        lines.append(escaped(String(line.dropFirst(2))))
      } else if line.hasPrefix("Exempel: ") || line.hasPrefix("Example: ") {
        lines += [".PP", escaped(line), ".PP"]
      } else {
        lines.append(escaped(line))
      }
    }
    if example { lines += [".fi", ".RE"] }
    return lines
  }

  /// Roff's special characters made plain: backslashes, a dot or quote
  /// that would start a request, and hyphens of options (a minus in roff).
  static func escaped(_ text: String) -> String {
    var result = ""
    var previous: Character = " "
    for character in text {
      switch character {
      case "\\": result += "\\e"
      case "-" where previous == " " || previous == "-" || previous == "(" || previous == "[":
        result += "\\-"
      default: result.append(character)
      }
      previous = character
    }
    if result.hasPrefix(".") || result.hasPrefix("'") { result = "\\&" + result }
    return result
  }

  private static func italic(_ text: String) -> String { "\\fI\(escaped(text))\\fR" }

  private static func reference(_ page: String) -> String { "\\fB\(escaped(page))\\fR(1)" }

  /// A macro argument in double quotes (a quote inside doubled).
  private static func quoted(_ text: String) -> String {
    "\"" + escaped(text).replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
