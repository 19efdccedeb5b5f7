/// What a piece of screen *means*; the theme decides how it looks. Views
/// never name colours, so every theme and colour depth works for every view.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
  case normal
  case muted
  case accent
  case title
  case header
  case border
  case borderFocused = "border-focused"
  case selection
  case tabActive = "tab-active"
  case tabInactive = "tab-inactive"
  case statusBar = "status-bar"
  case statusKey = "status-key"
  case levelGood = "level-good"
  case levelFair = "level-fair"
  case levelWarn = "level-warn"
  case levelBad = "level-bad"
  case levelNone = "level-none"
  /// A level better (or worse) than in the round before: ↑ and ↓.
  case changeBetter = "change-better"
  case changeWorse = "change-worse"
  /// A recommendation's status: done, and under way.
  case statusDone = "status-done"
  case statusInProgress = "status-in-progress"
  case overdue
  case barCompleted = "bar-completed"
  case barStarted = "bar-started"
  case barNotStarted = "bar-not-started"
  case barTarget = "bar-target"
  case searchMatch = "search-match"
  case cursor
  case message
  case error
  case illustrative
}

/// A role plus attributes a view may add (bold for emphasis, and so on).
public struct Style: Hashable, Sendable {
  public var role: StyleRole
  public var bold: Bool
  public var underline: Bool
  /// Drawn in the role's background colour on the terminal's own: a
  /// chart's block characters in a level's colour (see `ThemeStyle.inked`).
  public var ink: Bool

  public init(
    _ role: StyleRole = .normal, bold: Bool = false, underline: Bool = false, ink: Bool = false
  ) {
    self.role = role
    self.bold = bold
    self.underline = underline
    self.ink = ink
  }

  public static let normal = Style()
}
