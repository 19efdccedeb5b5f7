import GranskaText

/// A rectangle of the screen.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < x + width && py >= y && py < y + height
  }
}

/// A run of text in one style.
public struct Span: Hashable, Sendable {
  public var text: String
  public var style: Style

  public init(_ text: String, _ style: Style = .normal) {
    self.text = text
    self.style = style
  }
}

/// One line of styled text.
public typealias Line = [Span]

extension CellGrid {
  /// Draws a line of spans from (x, y) within `width` columns, cutting the
  /// last visible span with "…" when the line is longer.
  public mutating func draw(_ line: Line, x: Int, y: Int, width: Int) {
    var column = x
    let end = x + width
    let total = line.reduce(0) { $0 + DisplayWidth.of($1.text) }
    let cut = total > width
    for span in line {
      let room = end - column
      if room <= 0 { break }
      let text =
        cut && DisplayWidth.of(span.text) >= room
        ? DisplayWidth.truncate(span.text, to: room) : span.text
      column += put(text, x: column, y: y, style: span.style, width: room)
    }
  }

  /// Highlights each occurrence of `query` in the row at y (case-insensitive).
  mutating func highlight(_ query: String, x: Int, y: Int, width: Int) {
    guard !query.isEmpty, y >= 0, y < size.height else { return }
    let end = min(size.width, x + width)
    var characters: [(Character, Int)] = []
    for column in max(0, x)..<end where !self[column, y].isContinuation {
      characters.append((self[column, y].character, column))
    }
    let rowText = String(characters.map(\.0)).lowercased()
    let needle = query.lowercased()
    guard rowText.count == characters.count else { return }  // lowercasing changed length
    var searchStart = rowText.startIndex
    while let range = rowText.range(of: needle, range: searchStart..<rowText.endIndex) {
      let first = rowText.distance(from: rowText.startIndex, to: range.lowerBound)
      let count = rowText.distance(from: range.lowerBound, to: range.upperBound)
      for index in first..<(first + count) {
        let column = characters[index].1
        self[column, y].style = Style(.searchMatch, bold: self[column, y].style.bold)
        if column + 1 < size.width, self[column + 1, y].isContinuation {
          self[column + 1, y].style = Style(.searchMatch)
        }
      }
      searchStart = range.upperBound
    }
  }
}
