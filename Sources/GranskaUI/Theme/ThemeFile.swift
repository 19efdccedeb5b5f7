import Foundation
import GranskaText
import GranskaThemes

/// Reads theme files: `key = [fg] [on bg] [bold] [underline] [reverse] [dim]`.
/// Unknown keys and unreadable values are reported as warnings, with their
/// line, and the default theme's look is used for them instead.
public enum ThemeFile {
  public struct Warning: Hashable, Sendable, Worded {
    public var file: String
    public var line: Int
    public var problem: ThemeProblem

    public func message(in language: Language) -> String {
      "\(file):\(line): \(problem.message(in: language))"
    }
  }

  /// The theme the keys of `text` describe, on top of `base` (the default theme).
  public static func parse(_ text: String, name: String, file: String, base: Theme? = nil) -> (
    Theme, [Warning]
  ) {
    var warnings: [Warning] = []
    var entries: [(key: String, value: String, line: Int)] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        .trimmingCharacters(in: .whitespacesAndNewlines)
      if line.isEmpty { continue }
      let parts = line.split(separator: "=", maxSplits: 1).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard parts.count == 2, !parts[0].isEmpty else {
        warnings.append(Warning(file: file, line: index + 1, problem: .expectedKeyValue))
        continue
      }
      entries.append((parts[0], parts[1], index + 1))
    }

    var theme = base ?? Theme(name: name, styles: [:])
    theme.name = name
    var background = ThemeColor.terminalDefault
    var foreground = ThemeColor.terminalDefault
    for entry in entries where entry.key == "background" || entry.key == "foreground" {
      guard let color = color(entry.value) else {
        warnings.append(
          Warning(file: file, line: entry.line, problem: .notAColour(entry.value)))
        continue
      }
      if entry.key == "background" { background = color } else { foreground = color }
    }
    theme.styles[.normal] = ThemeStyle(foreground: foreground, background: background)
    for entry in entries where entry.key != "background" && entry.key != "foreground" {
      guard let role = StyleRole(rawValue: entry.key), role != .normal else {
        warnings.append(
          Warning(file: file, line: entry.line, problem: .unknownKey(entry.key)))
        continue
      }
      switch style(entry.value, background: background) {
      case .success(let look): theme.styles[role] = look
      case .failure(let problem):
        warnings.append(Warning(file: file, line: entry.line, problem: problem))
      }
    }
    return (theme, warnings)
  }

  static func style(_ value: String, background: ThemeColor) -> Result<ThemeStyle, ThemeProblem> {
    var look = ThemeStyle(background: background)
    var words = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)[...]
    var sawForeground = false
    while let word = words.popFirst() {
      switch word {
      case "bold": look.bold = true
      case "underline": look.underline = true
      case "reverse": look.reverse = true
      case "dim": look.dim = true
      case "on":
        guard let next = words.popFirst(), let color = color(next) else {
          return .failure(.onNeedsColour)
        }
        look.background = color
      default:
        guard !sawForeground, let color = color(word) else {
          return .failure(.notAColourOrAttribute(word))
        }
        look.foreground = color
        sawForeground = true
      }
    }
    return .success(look)
  }

  static let names = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
  ]

  static func color(_ word: String) -> ThemeColor? {
    if word == "default" { return .terminalDefault }
    if let index = Int(word), (0...255).contains(index) { return .indexed(index) }
    if let index = names.firstIndex(of: word) { return .indexed(index) }
    if word.hasPrefix("bright-"), let index = names.firstIndex(of: String(word.dropFirst(7))) {
      return .indexed(index + 8)
    }
    return nil
  }
}

extension Theme {
  /// The default theme, from the compiled-in dark.theme.
  public static let builtInDefault: Theme = {
    let name = BuiltInThemeFiles.defaultName
    return ThemeFile.parse(BuiltInThemeFiles.all[name]!, name: name, file: "\(name).theme").0
  }()

  /// Names of the themes compiled into the binary.
  public static var builtInNames: [String] { BuiltInThemeFiles.all.keys.sorted() }

  /// A built-in theme by name; keys it lacks come from the default theme.
  /// (`--theme` also takes a path to a theme file of one's own.)
  public static func builtIn(named name: String) -> Theme? {
    guard let text = BuiltInThemeFiles.all[name] else { return nil }
    return ThemeFile.parse(text, name: name, file: "\(name).theme", base: builtInDefault).0
  }
}

/// The text of the built-in theme files, for tests and `--theme` listings.
public enum BuiltInThemeText {
  public static func named(_ name: String) -> String? { BuiltInThemeFiles.all[name] }
}
