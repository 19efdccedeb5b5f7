import GranskaText

/// One terminal cell: a character (one grapheme) and its style. A character
/// two columns wide fills its cell and marks the next as its continuation.
public struct Cell: Hashable, Sendable {
  public var character: Character
  public var style: Style
  /// True for the right half of a wide character: the terminal draws nothing here.
  public var isContinuation: Bool

  public init(_ character: Character = " ", style: Style = .normal, isContinuation: Bool = false) {
    self.character = character
    self.style = style
    self.isContinuation = isContinuation
  }

  public static let blank = Cell()
}

/// The screen as an in-memory grid. Views draw into it; the terminal backend
/// copies only the cells that changed; tests read it as text and styles.
/// All text passes `Sanitize` here, so no data can reach a terminal as a
/// control sequence, whatever view draws it.
public struct CellGrid: Hashable, Sendable {
  public let size: Size
  public private(set) var cells: [Cell]

  public init(size: Size) {
    self.size = Size(width: max(0, size.width), height: max(0, size.height))
    cells = Array(repeating: .blank, count: self.size.width * self.size.height)
  }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * size.width + x] }
    set { cells[y * size.width + x] = newValue }
  }

  /// Writes `text` from (x, y), at most `width` columns (default: to the
  /// right edge), and returns the columns used. A wide character that would
  /// not fit whole is left out.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, style: Style = .normal, width: Int? = nil
  )
    -> Int
  {
    guard y >= 0, y < size.height, x < size.width else { return 0 }
    let limit = min(size.width, x + (width ?? size.width))
    var column = x
    for character in Sanitize.line(text) {
      for (part, w) in Self.cells(of: character) {
        if column + w > limit { return column - x }
        if column >= 0 {
          self[column, y] = Cell(part, style: style)
          if w == 2 { self[column + 1, y] = Cell(" ", style: style, isContinuation: true) }
        }
        column += w
      }
    }
    return column - x
  }

  /// A grapheme as the cells it takes: each spacing scalar with the marks
  /// that follow it. A flag or an emoji family becomes its parts, each
  /// where the terminal will put it, whether or not it joins them.
  static func cells(of character: Character) -> [(Character, width: Int)] {
    var parts: [(String.UnicodeScalarView, width: Int)] = []
    for scalar in character.unicodeScalars {
      let width = DisplayWidth.of(scalar)
      if width > 0 {
        parts.append((String.UnicodeScalarView([scalar]), min(width, 2)))
      } else if !parts.isEmpty {
        parts[parts.count - 1].0.append(scalar)
      }
    }
    return parts.map { part in
      // A zero-width scalar that does not extend a grapheme stays out.
      let text = String(part.0)
      return (text.count == 1 ? Character(text) : Character(part.0.first!), part.width)
    }
  }

  /// Fills a rectangle with blanks in a style (e.g. a selected row's background).
  /// A wide character cut in half by an edge goes too.
  public mutating func fill(x: Int, y: Int, width: Int, height: Int, style: Style = .normal) {
    let left = max(0, x)
    let right = min(size.width, x + width)
    guard left < right else { return }
    for row in max(0, y)..<min(size.height, y + height) {
      if left > 0, self[left, row].isContinuation {
        self[left - 1, row] = Cell(" ", style: self[left - 1, row].style)
      }
      if right < size.width, self[right, row].isContinuation {
        self[right, row] = Cell(" ", style: self[right, row].style)
      }
      for column in left..<right { self[column, row] = Cell(" ", style: style) }
    }
  }

  /// Restyles existing cells without changing their characters.
  public mutating func restyle(x: Int, y: Int, width: Int, style: Style) {
    guard y >= 0, y < size.height else { return }
    for column in max(0, x)..<min(size.width, x + width) {
      self[column, y].style = style
    }
  }

  /// The grid as text, one line per row, trailing spaces kept (for tests).
  public var lines: [String] {
    (0..<size.height).map { y in
      String(
        (0..<size.width).compactMap { x in self[x, y].isContinuation ? nil : self[x, y].character })
    }
  }

  public var text: String { lines.joined(separator: "\n") }
}
