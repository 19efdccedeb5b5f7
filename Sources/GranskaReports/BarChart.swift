import GranskaDomain

/// A picture of counts: one horizontal stacked bar a row (a round, a
/// status), its segments in the order of the keys, drawn as inline SVG.
/// It reads in black and white: each key has a pattern as well as a
/// colour, the legend names them, and each segment carries its count.
public struct BarChart: Sendable {
  /// What a segment stands for: its words in the legend, and a colour.
  public struct Key: Sendable {
    public var label: String
    /// The colour of a level's role; nil for a neutral grey.
    public var role: LevelRole?

    public init(_ label: String, role: LevelRole?) {
      self.label = label
      self.role = role
    }
  }

  public struct Bar: Sendable {
    public var label: String
    /// One count a key, in the keys' order.
    public var counts: [Int]

    public init(_ label: String, counts: [Int]) {
      self.label = label
      self.counts = counts
    }
  }

  /// Unique in the document: patterns are named after it.
  public var id: String
  /// What the picture shows, for readers who cannot see it.
  public var title: String
  public var keys: [Key]
  public var bars: [Bar]

  public init(id: String, title: String, keys: [Key], bars: [Bar]) {
    self.id = id
    self.title = title
    self.keys = keys
    self.bars = bars
  }

  /// The chart as an `<svg>` element inside HTML (which needs no
  /// namespace for it), text escaped by `HTMLRenderer`.
  public func svg() -> String {
    var layout = Layout()
    let legend = legendItems(&layout)
    let drawnBars = bars.map { bar(_: $0, &layout) }
    return """
      <svg class="chart" role="img" \
      viewBox="0 0 \(Layout.width) \(layout.y + 4)" width="100%">
      <title>\(HTMLRenderer.escape(title))</title>
      <defs>\(keys.indices.map(pattern).joined())</defs>
      \(legend)
      \(drawnBars.joined(separator: "\n"))
      </svg>
      """
  }

  /// Where the next thing goes, in the picture's own units (about a pixel).
  struct Layout {
    static let width = 640
    static let barHeight = 22
    static let fontSize = 11
    var y = 0

    /// A rough width of text at the font size: enough to keep it apart.
    static func textWidth(_ text: String) -> Int { text.count * fontSize * 6 / 10 }
  }

  /// The legend: a swatch with the key's pattern and its words, in rows.
  private func legendItems(_ layout: inout Layout) -> String {
    var items: [String] = []
    var x = 0
    layout.y += 2
    for (index, key) in keys.enumerated() {
      let width = 18 + Layout.textWidth(key.label) + 16
      if x > 0 && x + width > Layout.width {
        x = 0
        layout.y += 18
      }
      items.append(
        "<rect x=\"\(x)\" y=\"\(layout.y)\" width=\"14\" height=\"14\" fill=\"url(#\(patternID(index)))\" stroke=\"#333\"/>"
          + text(key.label, x: x + 18, y: layout.y + 11, anchor: "start"))
      x += width
    }
    layout.y += 26
    return "<g class=\"legend\">\(items.joined())</g>"
  }

  /// A bar's label above it, then its segments, each with its count: in
  /// the segment where it fits, else just below it.
  private func bar(_ bar: Bar, _ layout: inout Layout) -> String {
    var parts = [text(bar.label, x: 0, y: layout.y + Layout.fontSize, anchor: "start", bold: true)]
    layout.y += Layout.fontSize + 4
    let total = max(bar.counts.reduce(0, +), 1)
    var x = 0.0
    var below = false
    for (index, count) in bar.counts.enumerated() where count > 0 {
      let width = Double(Layout.width) * Double(count) / Double(total)
      parts.append(
        "<rect x=\"\(number(x))\" y=\"\(layout.y)\" width=\"\(number(width))\" height=\"\(Layout.barHeight)\" fill=\"url(#\(patternID(index)))\" stroke=\"#333\"/>"
      )
      let fits = width >= Double(Layout.textWidth(String(count)) + 6)
      let middle = Int((x + width / 2).rounded())
      let y = fits ? layout.y + Layout.barHeight / 2 + 4 : layout.y + Layout.barHeight + 12
      parts.append(text(String(count), x: middle, y: y, anchor: "middle", bold: true))
      below = below || !fits
      x += width
    }
    layout.y += Layout.barHeight + (below ? 18 : 8)
    return "<g class=\"bar\">\(parts.joined())</g>"
  }

  /// Text with a white halo, so it reads over any pattern.
  private func text(_ words: String, x: Int, y: Int, anchor: String, bold: Bool = false) -> String {
    let weight = bold ? " font-weight=\"bold\"" : ""
    return
      "<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(Layout.fontSize)\" text-anchor=\"\(anchor)\"\(weight) "
      + "stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">\(HTMLRenderer.escape(words))</text>"
  }

  private func patternID(_ index: Int) -> String { "\(id)-\(index)" }

  /// A key's fill: its colour under one of six marks (none, diagonal
  /// lines, dots, cross-hatching, horizontal and vertical lines), so that
  /// keys differ when printed in grey.
  private func pattern(_ index: Int) -> String {
    let marks = [
      "",
      "<path d=\"M0,8 L8,0\" stroke=\"#222\" stroke-width=\"1.2\"/>",
      "<circle cx=\"4\" cy=\"4\" r=\"1.4\" fill=\"#222\"/>",
      "<path d=\"M0,8 L8,0 M0,0 L8,8\" stroke=\"#222\" stroke-width=\"1\"/>",
      "<path d=\"M0,4 L8,4\" stroke=\"#222\" stroke-width=\"1.2\"/>",
      "<path d=\"M4,0 L4,8\" stroke=\"#222\" stroke-width=\"1.2\"/>",
    ]
    let colour = keys[index].role.map(Self.fill) ?? "#f4f4f4"
    return
      "<pattern id=\"\(patternID(index))\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
      + "<rect width=\"8\" height=\"8\" fill=\"\(colour)\"/>\(marks[index % marks.count])</pattern>"
  }

  /// A level's colour, the same in the pictures as in the text's labels.
  static func fill(_ role: LevelRole) -> String {
    switch role {
    case .good: "#b7e4b0"
    case .fair: "#dcedb0"
    case .warn: "#ffe08a"
    case .bad: "#f3a6a0"
    case .none: "#e0e0e0"
    }
  }

  private func number(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
