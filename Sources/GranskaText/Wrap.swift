/// Word wrapping by display width, for detail panes and help.
public enum Wrap {
  /// `text` as lines of at most `width` columns. Line breaks in the text are
  /// kept (a blank line stays a blank line); words longer than a line are split.
  public static func lines(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    return Sanitize.lines(text).flatMap { paragraph in wrapParagraph(paragraph, width: width) }
  }

  private static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
      var word = String(word)
      var wordWidth = DisplayWidth.of(word)
      if currentWidth > 0, currentWidth + 1 + wordWidth <= width {
        current += " " + word
        currentWidth += 1 + wordWidth
        continue
      }
      if currentWidth > 0 {
        lines.append(current)
        current = ""
        currentWidth = 0
      }
      while wordWidth > width {
        let (head, rest) = split(word, at: width)
        lines.append(head)
        word = rest
        wordWidth = DisplayWidth.of(word)
      }
      current = word
      currentWidth = wordWidth
    }
    lines.append(current)
    return lines
  }

  /// The longest head of `word` that fits in `width` columns, and the rest;
  /// a path is split after a "/", so that no name in it is broken.
  private static func split(_ word: String, at width: Int) -> (String, String) {
    var used = 0
    var index = word.startIndex
    while index < word.endIndex {
      let w = DisplayWidth.of(word[index])
      if used + w > width { break }
      used += w
      index = word.index(after: index)
    }
    if index == word.startIndex { index = word.index(after: index) }
    if index < word.endIndex, let slash = word[..<index].lastIndex(of: "/"),
      slash > word.startIndex
    {
      index = word.index(after: slash)
    }
    return (String(word[..<index]), String(word[index...]))
  }
}
