import GranskaText

/// Blocks as Markdown. Data text is sanitised (no control characters) and
/// escaped: Markdown syntax and HTML tags in the data are shown, not obeyed.
public enum MarkdownRenderer {
  /// Pictures are left out: the text beside each gives its figures.
  public static func render(_ blocks: [Block]) -> String {
    blocks.compactMap(render).joined(separator: "\n\n") + "\n"
  }

  static func render(_ block: Block) -> String? {
    switch block {
    case .heading(let level, let text):
      return String(repeating: "#", count: min(max(level, 1), 6)) + " "
        + escape(text, atLineStart: false)
    case .paragraph(let inlines):
      return inline(inlines)
    case .bullets(let items):
      return items.map { "- " + inline($0, lineBreak: "  \n  ") }.joined(separator: "\n")
    case .fields(let pairs):
      return pairs.map { "- **\(escape($0.label)):** " + inline($0.value, lineBreak: "  \n  ") }
        .joined(separator: "\n")
    case .table(let header, let rows):
      var lines = ["| " + header.map { cell([.text($0)]) }.joined(separator: " | ") + " |"]
      lines.append("|" + String(repeating: " --- |", count: header.count))
      for row in rows {
        lines.append("| " + row.map(cell).joined(separator: " | ") + " |")
      }
      return lines.joined(separator: "\n")
    case .chart:
      return nil
    }
  }

  static func inline(_ inlines: [Inline], lineBreak: String = "  \n") -> String {
    // Text that starts a line may be read as a heading, quote or list item.
    var atLineStart = true
    return inlines.map { part in
      defer { if case .lineBreak = part { atLineStart = true } else { atLineStart = false } }
      switch part {
      case .text(let text): return escape(text, atLineStart: atLineStart)
      case .strong(let text): return "**\(escape(text, atLineStart: false))**"
      case .level(let label, _): return "**\(escape(label, atLineStart: false))**"
      case .warning(let text): return "**⚠ \(escape(text, atLineStart: false))**"
      case .lineBreak: return lineBreak
      }
    }.joined()
  }

  /// A table cell: one line, so line breaks become <br>.
  static func cell(_ inlines: [Inline]) -> String {
    inline(inlines, lineBreak: "<br>")
  }

  /// What Markdown would read as its own, escaped with a backslash — and
  /// nothing else, so that the text reads as plain text where it is pasted
  /// (never HTML entities, which read as noise in minutes): emphasis and
  /// code marks, a table's `|`, what would start a link, a tag or an
  /// entity, a strikethrough, and at the start of a line a heading, a
  /// quote or a list item.
  public static func escape(_ text: String, atLineStart: Bool = true) -> String {
    let characters = Array(Sanitize.line(text))
    var result = ""
    for (index, character) in characters.enumerated() {
      let before = index > 0 ? characters[index - 1] : nil
      let after = characters[(index + 1)...]
      if isMarkup(character, before: before, after: after) { result += "\\" }
      result.append(character)
    }
    return atLineStart ? escapeLineStart(result) : result
  }

  private static func isMarkup(
    _ character: Character, before: Character?, after: ArraySlice<Character>
  ) -> Bool {
    let next = after.first
    switch character {
    case "\\": return next.map { $0.isASCII && $0.isPunctuation || $0.isSymbol } ?? false
    case "`", "*", "|": return true
    // Within a word (e_post) an underscore is no emphasis.
    case "_":
      return !(before.map(isWordCharacter) ?? false) || !(next.map(isWordCharacter) ?? false)
    case "~": return before == "~" || next == "~"
    case "]": return next == "(" || next == "["
    case "<": return next.map { $0.isLetter || "/!?".contains($0) } ?? false
    case "&":
      // An entity: "&amp;", "&#39;".
      guard let next, next.isLetter || next == "#",
        let end = after.firstIndex(of: ";")
      else { return false }
      return !after[..<end].contains(where: \.isWhitespace)
    default: return false
    }
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }

  /// A heading (#), a quote (>), a bullet (- + followed by a space, or a
  /// rule ---) and a numbered item ("1." "1)") at the start of a line.
  private static func escapeLineStart(_ text: String) -> String {
    guard let first = text.first else { return text }
    let second = text.dropFirst().first
    if "#>".contains(first) { return "\\" + text }
    if "-+".contains(first), second == nil || second == " " || second == first {
      return "\\" + text
    }
    let digits = text.prefix { $0.isNumber }
    if !digits.isEmpty, digits.count < 10,
      let mark = text.dropFirst(digits.count).first, mark == "." || mark == ")",
      text.dropFirst(digits.count + 1).first.map({ $0 == " " }) ?? true
    {
      return digits + "\\" + text.dropFirst(digits.count)
    }
    return text
  }
}
