/// A key as the UI understands it, independent of any terminal library.
public enum Key: Hashable, Sendable {
  case character(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete, insert
  case function(Int)
  /// Ctrl plus a letter, e.g. `.control("c")`.
  case control(Character)
}

public struct MouseEvent: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case press, release, wheelUp, wheelDown
  }

  public var kind: Kind
  public var x: Int
  public var y: Int

  public init(kind: Kind, x: Int, y: Int) {
    self.kind = kind
    self.x = x
    self.y = y
  }
}

public struct Size: Hashable, Sendable {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
}

/// Everything that can happen to the dashboard.
public enum InputEvent: Hashable, Sendable {
  case key(Key)
  /// Printable characters that arrived together: typed fast (or over a slow
  /// link), or pasted by a terminal without bracketed paste. Text in a form
  /// or search, keys one after another elsewhere.
  case text(String)
  /// Text the terminal marked as pasted (bracketed paste): only ever text,
  /// never keys. Line breaks are "\n".
  case paste(String)
  case mouse(MouseEvent)
  case resize(Size)
  /// Nothing arrived within the wait; a chance to look for outside changes.
  case tick
}
