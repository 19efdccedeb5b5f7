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
    /// What each segment says, where not its count ("29 %").
    public var texts: [String]?
    /// A target, in percent of the bar, marked across it.
    public var target: Int?

    public init(_ label: String, counts: [Int], texts: [String]? = nil, target: Int? = nil) {
      self.label = label
      self.counts = counts
      self.texts = texts
      self.target = target
    }
  }

  /// Unique in the document: patterns are named after it.
  public var id: String
  /// What the picture shows, for readers who cannot see it.
  public var title: String
  public var keys: [Key]
  public var bars: [Bar]
  /// The legend's words for the bars' target mark ("Mål 75 % under 2024").
  public var targetLabel: String?

  public init(id: String, title: String, keys: [Key], bars: [Bar], targetLabel: String? = nil) {
    self.id = id
    self.title = title
    self.keys = keys
    self.bars = bars
    self.targetLabel = targetLabel
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
    // Each key's pattern, then the target's mark where the bars have one.
    var swatches: [(label: String, draw: (Int, Int) -> String)] = keys.indices.map { index in
      (keys[index].label, { x, y in Self.rect(x, y, 14, 14, fill: "url(#\(patternID(index)))") })
    }
    if let targetLabel {
      swatches.append((targetLabel, { x, y in Self.rect(x + 5, y, 3, 14, fill: "#000") }))
    }
    for swatch in swatches {
      let width = 18 + Layout.textWidth(swatch.label) + 16
      if x > 0 && x + width > Layout.width {
        x = 0
        layout.y += 18
      }
      items.append(
        swatch.draw(x, layout.y) + text(swatch.label, x: x + 18, y: layout.y + 11, anchor: "start"))
      x += width
    }
    layout.y += 26
    return "<g class=\"legend\">\(items.joined())</g>"
  }

  /// A bar's label above it, then its segments and its target's mark,
  /// then each segment's count: in the segment where it fits, else just
  /// below it, apart from its neighbours and inside the picture.
  private func bar(_ bar: Bar, _ layout: inout Layout) -> String {
    var parts = [text(bar.label, x: 0, y: layout.y + Layout.fontSize, anchor: "start", bold: true)]
    layout.y += Layout.fontSize + 4
    let total = max(bar.counts.reduce(0, +), 1)
    var x = 0.0
    var labels: [Label] = []
    for (index, count) in bar.counts.enumerated() where count > 0 {
      let width = Double(Layout.width) * Double(count) / Double(total)
      parts.append(
        "<rect x=\"\(number(x))\" y=\"\(layout.y)\" width=\"\(number(width))\" height=\"\(Layout.barHeight)\" fill=\"url(#\(patternID(index)))\" stroke=\"#333\"/>"
      )
      let words = bar.texts?[index] ?? String(count)
      labels.append(
        Label(
          words: words, centre: Int((x + width / 2).rounded()),
          inside: width >= Double(Layout.textWidth(words) + 10)))
      x += width
    }
    if let target = bar.target {
      let x = Layout.width * min(max(target, 0), 100) / 100
      parts.append(Self.rect(x - 1, layout.y - 3, 3, Layout.barHeight + 6, fill: "#000"))
    }
    Label.spreadBelow(&labels)
    for label in labels {
      let y = label.inside ? layout.y + Layout.barHeight / 2 + 4 : layout.y + Layout.barHeight + 12
      parts.append(text(label.words, x: label.centre, y: y, anchor: "middle", bold: true))
    }
    layout.y += Layout.barHeight + (labels.allSatisfy(\.inside) ? 8 : 18)
    return "<g class=\"bar\">\(parts.joined())</g>"
  }

  /// A segment's words and where they are centred.
  struct Label {
    var words: String
    var centre: Int
    var inside: Bool

    var half: Int { Layout.textWidth(words) / 2 + 6 }

    /// Labels below the bar moved apart where neighbours would overlap,
    /// and kept within the picture's width.
    static func spreadBelow(_ labels: inout [Label]) {
      let below = labels.indices.filter { !labels[$0].inside }
      var right = Int.min / 2
      for index in below {
        labels[index].centre = max(labels[index].centre, right + labels[index].half)
        right = labels[index].centre + labels[index].half
      }
      var left = Layout.width
      for index in below.reversed() {
        labels[index].centre = min(labels[index].centre, left - labels[index].half)
        left = labels[index].centre - labels[index].half
      }
    }
  }

  /// Text with a white halo, so it reads over any pattern.
  private func text(_ words: String, x: Int, y: Int, anchor: String, bold: Bool = false) -> String {
    let weight = bold ? " font-weight=\"bold\"" : ""
    return
      "<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(Layout.fontSize)\" text-anchor=\"\(anchor)\"\(weight) "
      + "stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">\(HTMLRenderer.escape(words))</text>"
  }

  private static func rect(_ x: Int, _ y: Int, _ width: Int, _ height: Int, fill: String) -> String
  {
    "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" fill=\"\(fill)\" stroke=\"#333\"/>"
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
