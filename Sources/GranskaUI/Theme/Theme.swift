/// A terminal colour: the terminal's own (`default`) or an xterm palette index.
public enum ThemeColor: Hashable, Sendable {
  case terminalDefault
  case indexed(Int)
}

/// How one style role looks.
public struct ThemeStyle: Hashable, Sendable {
  public var foreground: ThemeColor
  public var background: ThemeColor
  public var bold: Bool
  public var underline: Bool
  public var reverse: Bool
  public var dim: Bool

  public init(
    foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
    bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
    self.dim = dim
  }
}

extension ThemeStyle {
  /// The look of block characters in this look's background colour, on
  /// the terminal's own background; a look without a background as it is.
  public var inked: ThemeStyle {
    guard background != .terminalDefault else { return self }
    var look = self
    (look.foreground, look.background, look.reverse) = (background, .terminalDefault, false)
    return look
  }
}

/// How many colours the terminal can show, or none (also with NO_COLOR).
public enum ColorDepth: Int, Sendable, Comparable {
  case monochrome = 0
  case eight = 8
  case sixteen = 16
  case full = 256

  public init(colors: Int, noColor: Bool) {
    if noColor || colors < 8 {
      self = .monochrome
    } else if colors < 16 {
      self = .eight
    } else if colors < 256 {
      self = .sixteen
    } else {
      self = .full
    }
  }

  public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }
}

/// A named set of looks for every style role.
public struct Theme: Hashable, Sendable {
  public var name: String
  public var styles: [StyleRole: ThemeStyle]

  public init(name: String, styles: [StyleRole: ThemeStyle]) {
    self.name = name
    self.styles = styles
  }

  /// The look of a style: its role's look plus the view's own emphasis.
  public func look(_ style: Style) -> ThemeStyle {
    var look = styles[style.role] ?? styles[.normal] ?? ThemeStyle()
    if style.bold { look.bold = true }
    if style.underline { look.underline = true }
    return style.ink ? look.inked : look
  }

  /// The theme as this terminal can show it: colours stepped down to its
  /// palette; in monochrome, colours dropped and a coloured background shown
  /// as reverse video, so the selection and bars stay visible. Levels get
  /// looks of their own (`LevelLooks`): the theme's shades would blur
  /// together or lose their contrast.
  public func adapted(to depth: ColorDepth) -> Theme {
    guard depth < .full else { return self }
    var adapted = self
    for (role, look) in styles {
      var new = look
      if let level = LevelLooks.look(of: role, from: look, depth: depth) {
        new = level
      } else if depth == .monochrome {
        new.foreground = .terminalDefault
        new.background = .terminalDefault
        if look.background != .terminalDefault { new.reverse.toggle() }
      } else {
        new.foreground = Palette.stepDown(look.foreground, to: depth)
        new.background = Palette.stepDown(look.background, to: depth)
      }
      adapted.styles[role] = new
    }
    adapted.keepSelectionApartFromLevels()
    return adapted
  }

  /// A selection that stepped down to a level's colours (high contrast's
  /// yellow is "Delvis" at 8 colours) becomes reverse video instead.
  private mutating func keepSelectionApartFromLevels() {
    guard var selection = styles[.selection], selection.background != .terminalDefault else {
      return
    }
    let levels: [StyleRole] = [.levelGood, .levelFair, .levelWarn, .levelBad, .levelNone]
    let clash = levels.contains {
      styles[$0]?.background == selection.background
        && styles[$0]?.foreground == selection.foreground
    }
    guard clash else { return }
    selection.foreground = .terminalDefault
    selection.background = .terminalDefault
    selection.reverse = true
    selection.bold = true
    styles[.selection] = selection
  }
}

/// How the audit's levels look below 256 colours. Stepping a theme's soft
/// shades down to 8 or 16 colours made "Ja" and "I allt väsentligt" the same
/// black on white; so each level takes a hue every terminal has, with black
/// or white text that reads on it. Without colour the level's words tell
/// them apart, with bold and underline for the worse ones, and never
/// reverse video, which marks the selection.
enum LevelLooks {
  static func look(of role: StyleRole, from theme: ThemeStyle, depth: ColorDepth) -> ThemeStyle? {
    var look = theme
    look.reverse = false
    look.foreground = .terminalDefault
    look.background = .terminalDefault
    let black = ThemeColor.indexed(0)
    let white = ThemeColor.indexed(7)
    let colour: Bool = depth != .monochrome
    switch role {
    case .levelGood:
      if colour { (look.foreground, look.background) = (black, .indexed(2)) }
    case .levelFair:
      if colour { (look.foreground, look.background) = (black, .indexed(6)) }
    case .levelWarn:
      if colour {
        (look.foreground, look.background) = (black, .indexed(3))
      } else {
        look.bold = true
      }
    case .levelBad:
      if colour { (look.foreground, look.background) = (white, .indexed(1)) }
      look.bold = true
      look.underline = !colour
    case .levelNone:
      // The terminal's own colours: plain, readable on any background.
      look.dim = !colour
    default:
      return nil
    }
    return look
  }
}

/// The xterm 256-colour palette, for stepping colours down to 16 or 8.
enum Palette {
  static func stepDown(_ color: ThemeColor, to depth: ColorDepth) -> ThemeColor {
    guard case .indexed(let index) = color else { return color }
    let limit = depth == .eight ? 8 : 16
    if index < limit { return color }
    if index < 16 { return .indexed(index - 8) }  // bright → normal on 8-colour terminals
    let target = rgb(index)
    let nearest = (0..<limit).min { a, b in distance(rgb(a), target) < distance(rgb(b), target) }!
    return .indexed(nearest)
  }

  static func rgb(_ index: Int) -> (Int, Int, Int) {
    let base: [(Int, Int, Int)] = [
      (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
      (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
      (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    if index < 16 { return base[index] }
    if index < 232 {
      let i = index - 16
      let level = { (v: Int) in v == 0 ? 0 : 55 + v * 40 }
      return (level(i / 36), level((i / 6) % 6), level(i % 6))
    }
    let gray = 8 + (index - 232) * 10
    return (gray, gray, gray)
  }

  static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
    let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
    return dr * dr * 2 + dg * dg * 4 + db * db * 3
  }
}
