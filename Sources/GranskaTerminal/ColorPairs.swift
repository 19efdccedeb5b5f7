import CNcurses
import GranskaUI

/// How a style is drawn: ncurses attributes plus a colour pair number. The
/// pair travels separately because `setcchar` drops colour bits in `attrs`.
struct Appearance {
  var attributes: attr_t
  var pair: Int16
}

/// The theme as ncurses colour pairs: one pair per distinct (foreground,
/// background) of the adapted theme, allocated once at start.
struct ColorPairs {
  private struct Colors: Hashable {
    var foreground: Int16
    var background: Int16
  }

  private let theme: Theme
  /// The terminal's colour count; 0 draws with attributes only.
  private let colorCount: Int
  /// Whether -1 may stand for the terminal's own colour (`use_default_colors`).
  private let defaultColors: Bool
  private var pairs: [Colors: Int16] = [:]
  private var appearances: [Style: Appearance] = [:]

  init(theme: Theme, colorCount: Int, defaultColors: Bool) {
    self.theme = theme
    self.colorCount = colorCount
    self.defaultColors = defaultColors
    if colorCount > 0 { allocatePairs() }
  }

  /// The attributes and pair for a style, worked out once per style.
  mutating func appearance(of style: Style) -> Appearance {
    if let known = appearances[style] { return known }
    let look = theme.look(style)
    let appearance = Appearance(
      attributes: Self.attributes(look), pair: colorCount > 0 ? pairs[colors(look)] ?? 0 : 0)
    appearances[style] = appearance
    return appearance
  }

  private mutating func allocatePairs() {
    // Sorted so pair numbers are the same on every run.
    // Each look also inked (`Style.ink`): a chart's blocks in a level's colour.
    let looks = theme.styles.values.flatMap { [$0, $0.inked] }
    let distinct = Set(looks.map(colors)).sorted {
      ($0.foreground, $0.background) < ($1.foreground, $1.background)
    }
    let limit = Int(cncurses_color_pairs())
    var next: Int16 = 1
    for colors in distinct where Int(next) < limit {
      if colors.foreground == -1 && colors.background == -1 { continue }  // that is pair 0
      if init_pair(next, colors.foreground, colors.background) == OK {
        pairs[colors] = next
        next += 1
      }
    }
  }

  private func colors(_ look: ThemeStyle) -> Colors {
    Colors(
      foreground: index(look.foreground, terminalOwn: 7),
      background: index(look.background, terminalOwn: 0))
  }

  /// A palette index ncurses accepts. An index beyond the terminal's colours
  /// would leave the pair black on black, so it falls back to the terminal's
  /// own colour (or white on black where the terminal cannot keep its own).
  private func index(_ color: ThemeColor, terminalOwn: Int16) -> Int16 {
    let fallback: Int16 = defaultColors ? -1 : terminalOwn
    guard case .indexed(let index) = color, index >= 0, index < colorCount else { return fallback }
    return Int16(index)
  }

  private static func attributes(_ look: ThemeStyle) -> attr_t {
    var attributes = cncurses_a_normal()
    if look.bold { attributes |= cncurses_a_bold() }
    if look.underline { attributes |= cncurses_a_underline() }
    if look.reverse { attributes |= cncurses_a_reverse() }
    if look.dim { attributes |= cncurses_a_dim() }
    return attributes
  }
}
