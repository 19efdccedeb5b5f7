import GranskaText

/// Blocks as Markdown. Data text is sanitised (no control characters) and
/// escaped: Markdown syntax and HTML tags in the data are shown, not obeyed.
public enum MarkdownRenderer {
  public static func render(_ blocks: [Block]) -> String {
    blocks.map(render).joined(separator: "\n\n") + "\n"
  }

  static func render(_ block: Block) -> String {
    switch block {
    case .heading(let level, let text):
      return String(repeating: "#", count: min(max(level, 1), 6)) + " " + escape(text)
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
    }
  }

  static func inline(_ inlines: [Inline], lineBreak: String = "  \n") -> String {
    inlines.map { part in
      switch part {
      case .text(let text): escape(text)
      case .strong(let text): "**\(escape(text))**"
      case .level(let label, _): "**\(escape(label))**"
      case .warning(let text): "**⚠ \(escape(text))**"
      case .lineBreak: lineBreak
      }
    }.joined()
  }

  /// A table cell: one line, so line breaks become <br>.
  static func cell(_ inlines: [Inline]) -> String {
    inline(inlines, lineBreak: "<br>")
  }

  /// Markdown's own characters, the table separator and HTML's, escaped
  /// with backslashes (never HTML entities, which read as noise in a
  /// Markdown file pasted into minutes).
  static func escape(_ text: String) -> String {
    var result = ""
    for character in Sanitize.line(text) {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "#", "|", "~", "!", "{", "}", "<", ">", "&":
        result += "\\\(character)"
      default: result.append(character)
      }
    }
    // A leading "1." or "-" would start a list; a leading "+" too.
    if let first = result.first, "-+".contains(first) { result = "\\" + result }
    if let dot = result.firstIndex(of: "."), result[..<dot].allSatisfy(\.isNumber),
      !result[..<dot].isEmpty
    {
      result.insert("\\", at: dot)
    }
    return result
  }
}
