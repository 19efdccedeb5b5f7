import GranskaText

/// A text being edited: characters and a cursor between them. One line,
/// or several (`multiline`: a note, a planned action) with "\n" between.
public struct TextInput: Hashable, Sendable {
  public private(set) var characters: [Character]
  public private(set) var cursor: Int
  public let multiline: Bool

  public init(_ text: String = "", multiline: Bool = false) {
    self.multiline = multiline
    characters = Array(Self.clean(text, multiline: multiline))
    cursor = characters.count
  }

  public var text: String { String(characters) }
  public var count: Int { characters.count }

  /// Typed or pasted text; control characters are never stored as such.
  public mutating func insert(_ text: String) {
    let clean = Array(Self.clean(text, multiline: multiline))
    characters.insert(contentsOf: clean, at: cursor)
    cursor += clean.count
  }

  /// Kept as typed — joiners, bidi marks and zero-width spaces included
  /// (the grid sanitises when it draws); only control characters become
  /// visible, and line breaks survive only in a multi-line text.
  private static func clean(_ text: String, multiline: Bool) -> String {
    Sanitize.controls(text, keepingLineBreaks: multiline)
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

  /// Ctrl-U: the whole text goes.
  public mutating func clear() {
    characters = []
    cursor = 0
  }

  /// Ctrl-W: the spaces just before the cursor go, and the word before them.
  public mutating func deleteWordBackward() {
    var start = cursor
    while start > 0, characters[start - 1].isWhitespace { start -= 1 }
    while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
    characters.removeSubrange(start..<cursor)
    cursor = start
  }

  public mutating func moveCursor(by delta: Int) {
    cursor = min(max(cursor + delta, 0), characters.count)
  }

  public mutating func moveCursorToStart() { cursor = 0 }
  public mutating func moveCursorToEnd() { cursor = characters.count }

  /// The keys that move the cursor or delete a character (`edit`).
  static let editingKeys: [Key] = [
    .left, .right, .home, .end, .control("a"), .control("e"), .backspace, .delete,
  ]

  /// One of `editingKeys`; other keys change nothing.
  mutating func edit(_ key: Key) {
    switch key {
    case .backspace: backspace()
    case .delete: delete()
    case .left: moveCursor(by: -1)
    case .right: moveCursor(by: 1)
    case .home, .control("a"): moveCursorToStart()
    case .end, .control("e"): moveCursorToEnd()
    default: break
    }
  }

  /// Pasted text as a text takes it: line breaks stay in a multi-line text
  /// and become spaces in others, tabs become spaces, other control
  /// characters are dropped.
  static func pasted(_ text: String, multiline: Bool) -> String {
    var clean = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A: clean.append(multiline ? "\n" : " ")
      case 0x09: clean.append(" ")
      case 0x00...0x1F, 0x7F...0x9F: continue
      default: clean.append(scalar)
      }
    }
    return String(clean)
  }

  // MARK: Showing it

  /// Where text is cut off at a field's edge.
  public static let cutMark = "…"

  /// The part of a one-line text to show in `width` columns, keeping the
  /// cursor in view, and the cursor's column within it. Text hidden to the
  /// left or right is marked "…" at that edge. Costs the width, not the
  /// length: a pasted page scrolls as fast as a word.
  public func visible(width: Int) -> (text: String, cursorColumn: Int) {
    guard width > 2 else { return ("", 0) }
    // Room before the cursor's own cell; less when marks take an edge.
    var start = firstShown(before: cursor, room: width - 1)
    if start > 0 || !fits(from: start, in: width - 1) {
      start = firstShown(before: cursor, room: width - 2 - (start > 0 ? 1 : 0))
    }
    var shown = start > 0 ? Self.cutMark : ""
    var used = DisplayWidth.of(shown)
    let cursorColumn = used + columns(start..<cursor)
    var index = start
    while index < characters.count {
      let w = DisplayWidth.of(characters[index])
      let last = index == characters.count - 1
      // The last column is for a mark unless this character ends the text.
      if used + w > width - (last ? 0 : 1) { break }
      shown.append(characters[index])
      used += w
      index += 1
    }
    if index < characters.count { shown += Self.cutMark }
    return (shown, cursorColumn)
  }

  /// The first character shown when the characters before `end` may take
  /// `room` columns.
  private func firstShown(before end: Int, room: Int) -> Int {
    var start = end
    var used = 0
    while start > 0 {
      let w = DisplayWidth.of(characters[start - 1])
      if used + w > room { break }
      used += w
      start -= 1
    }
    return start
  }

  /// Whether the characters from `start` to the end fit in `room` columns.
  private func fits(from start: Int, in room: Int) -> Bool {
    var used = 0
    for character in characters[start...] {
      used += DisplayWidth.of(character)
      if used > room { return false }
    }
    return true
  }

  private func columns(_ range: Range<Int>) -> Int {
    characters[range].reduce(0) { $0 + DisplayWidth.of($1) }
  }

  /// A multi-line text as rows of `width` columns (broken at its line breaks,
  /// and between words where a line is full), the `height` rows around the
  /// cursor, and the cursor's place among them. Rows hidden above or below
  /// are marked "…" at the start of the first row or the end of the last.
  public func rows(width: Int, height: Int) -> (rows: [String], cursor: (x: Int, y: Int)) {
    guard width > 1, height > 0 else { return ([], (0, 0)) }
    let (rows, cursorAt) = wrapped(width: width)
    let top = min(max(0, cursorAt.y - height + 1), max(0, rows.count - height))
    var shown = rows[top..<min(rows.count, top + height)].map { row in
      String(row.indices.map { characters[$0] })
    }
    if top > 0 { shown[0] = Self.marked(shown[0], atStart: true, width: width) }
    if top + height < rows.count {
      shown[shown.count - 1] = Self.marked(shown[shown.count - 1], atStart: false, width: width)
    }
    return (shown, (cursorAt.x, cursorAt.y - top))
  }

  /// A row of a wrapped text: which characters, and their columns.
  private struct Row {
    var indices: [Int] = []
    var width = 0
  }

  /// Rows of at most `width - 1` columns (the last is for the cursor; a
  /// space may hang there), and where the cursor is.
  private func wrapped(width: Int) -> (rows: [Row], cursor: (x: Int, y: Int)) {
    var rows = [Row()]
    var cursorAt: (x: Int, y: Int)? = nil
    for (index, character) in characters.enumerated() {
      if character == "\n" {
        if index == cursor { cursorAt = (rows[rows.count - 1].width, rows.count - 1) }
        rows.append(Row())
        continue
      }
      let w = DisplayWidth.of(character)
      let full = rows[rows.count - 1].width + w > width - (character == " " ? 0 : 1)
      if full { rows.append(Self.carriedWord(from: &rows[rows.count - 1], in: characters)) }
      rows[rows.count - 1].indices.append(index)
      rows[rows.count - 1].width += w
    }
    if let cursorAt { return (rows, cursorAt) }
    for (y, row) in rows.enumerated() {
      guard let position = row.indices.firstIndex(of: cursor) else { continue }
      let x = row.indices[..<position].reduce(0) { $0 + DisplayWidth.of(characters[$1]) }
      return (rows, (x, y))
    }
    return (rows, (rows[rows.count - 1].width, rows.count - 1))
  }

  /// The start of a word cut by a full row, taken off it for the next row
  /// (nothing when the row is one long word).
  private static func carriedWord(from row: inout Row, in characters: [Character]) -> Row {
    guard let space = row.indices.lastIndex(where: { characters[$0] == " " }),
      space + 1 < row.indices.count
    else { return Row() }
    var next = Row()
    next.indices = Array(row.indices[(space + 1)...])
    next.width = next.indices.reduce(0) { $0 + DisplayWidth.of(characters[$1]) }
    row.indices.removeSubrange((space + 1)...)
    row.width -= next.width
    return next
  }

  /// A row with "…" over its first column, or after its last character.
  private static func marked(_ row: String, atStart: Bool, width: Int) -> String {
    if atStart { return cutMark + String(row.dropFirst()) }
    return DisplayWidth.truncate(row, to: width - 1) + cutMark
  }
}
