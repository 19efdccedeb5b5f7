import GranskaText

/// A one-line text being edited: characters and a cursor between them.
public struct TextInput: Hashable, Sendable {
  public private(set) var characters: [Character]
  public private(set) var cursor: Int

  public init(_ text: String = "") {
    characters = Array(Sanitize.line(text))
    cursor = characters.count
  }

  public var text: String { String(characters) }

  /// Typed or pasted text; control characters are never stored as such.
  public mutating func insert(_ text: String) {
    let clean = Array(Sanitize.line(text))
    characters.insert(contentsOf: clean, at: cursor)
    cursor += clean.count
  }

  public mutating func backspace() {
    guard cursor > 0 else { return }
    cursor -= 1
    characters.remove(at: cursor)
  }

  public mutating func delete() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  public mutating func moveCursor(by delta: Int) {
    cursor = min(max(cursor + delta, 0), characters.count)
  }

  public mutating func moveCursorToStart() { cursor = 0 }
  public mutating func moveCursorToEnd() { cursor = characters.count }

  /// The part to show in `width` columns, keeping the cursor in view, and
  /// the cursor's column within it.
  public func visible(width: Int) -> (text: String, cursorColumn: Int) {
    guard width > 1 else { return ("", 0) }
    var start = 0
    while DisplayWidth.of(String(characters[start..<cursor])) > width - 1 { start += 1 }
    var shown = ""
    var used = 0
    for character in characters[start...] {
      let w = DisplayWidth.of(character)
      if used + w > width { break }
      shown.append(character)
      used += w
    }
    return (shown, DisplayWidth.of(String(characters[start..<cursor])))
  }
}
