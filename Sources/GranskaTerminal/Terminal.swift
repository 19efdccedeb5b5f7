// GranskaTerminal: the only module that talks to the terminal (ncurses,
// through the C shim CNcurses). Everything above it draws into a `CellGrid`
// and reads `InputEvent`s. `Terminal`:
// - starts ncurses safely: UTF-8 character type first, a clear
//   `TerminalError` instead of an ncurses exit for unusable terminals, and
//   our own handlers for SIGTERM/SIGHUP/SIGINT/SIGQUIT installed before
//   ncurses so it leaves them to us;
// - turns the theme into colour pairs for the terminal's colour depth;
// - copies each grid to the screen, writing only the cells that changed;
// - turns keys, mouse, resize and timeouts into `InputEvent`s;
// - restores the terminal on every way out (`stop`, and at exit).

import CNcurses
import GranskaText
import GranskaUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

public final class Terminal {
  /// The colours the dashboard is drawn with (monochrome with NO_COLOR).
  public let colorDepth: ColorDepth
  private var colorPairs: ColorPairs
  /// The grid now on the screen; nil when the screen must be drawn whole.
  private var drawn: CellGrid?
  private var stopped = false
  var isStopped: Bool { stopped }

  private init(colorDepth: ColorDepth, colorPairs: ColorPairs) {
    self.colorDepth = colorDepth
    self.colorPairs = colorPairs
  }

  deinit { stop() }

  /// Takes over the terminal, or says why it cannot.
  public static func start(theme: Theme, noColor: Bool) throws(TerminalError) -> Terminal {
    cncurses_unblock_signals()
    // Before newterm, which settles its UTF-8 handling: å ä ö must not
    // depend on the LANG an SSH session brings.
    TextLocale.ensureUTF8()
    let name = try usableTerminalName()
    cncurses_install_signal_handlers()
    guard cncurses_newterm(name, cncurses_stdout(), cncurses_stdin()) != nil else {
      throw .unknownTerminal(name)
    }
    cncurses_set_active(1)
    cncurses_restore_at_exit()
    configureInput()
    let colorCount = startColors(noColor: noColor)
    let depth = ColorDepth(colors: colorCount, noColor: noColor)
    let defaultColors = depth != .monochrome && use_default_colors() == OK
    let pairs = ColorPairs(
      theme: theme.adapted(to: depth), colorCount: depth == .monochrome ? 0 : colorCount,
      defaultColors: defaultColors)
    return Terminal(colorDepth: depth, colorPairs: pairs)
  }

  /// The terminal type from TERM, once terminfo confirms it can address the
  /// cursor. Checked before ncurses starts, which would otherwise exit or
  /// draw garbage.
  private static func usableTerminalName() throws(TerminalError) -> String {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
    guard let value = getenv("TERM"), case let name = String(cString: value), !name.isEmpty else {
      throw .noTerminalType
    }
    if name == "dumb" { throw .dumbTerminal }
    switch cncurses_check_term(name, STDOUT_FILENO) {
    case CNCURSES_TERM_USABLE: return name
    case CNCURSES_TERM_NO_CURSOR_ADDRESSING: throw .noCursorAddressing(name)
    default: throw .unknownTerminal(name)
    }
  }

  private static func configureInput() {
    let screen = cncurses_stdscr()
    raw()  // Ctrl-C and Ctrl-Z arrive as keys; the dashboard quits cleanly
    noecho()
    nonl()
    keypad(screen, true)
    leaveok(screen, true)  // the cursor is hidden: no need to move it back
    curs_set(0)
    _ = cncurses_set_escdelay(25)
    mousemask(cncurses_all_mouse_events(), nil)
    mouseinterval(0)
  }

  /// Starts colour when wanted and possible; returns the colour count (0: none).
  private static func startColors(noColor: Bool) -> Int {
    guard !noColor, has_colors(), start_color() == OK else { return 0 }
    return Int(cncurses_colors())
  }

  /// The screen's size now.
  public var size: Size {
    Size(width: Int(cncurses_columns()), height: Int(cncurses_lines()))
  }

  /// A signal received since the last look (SIGTERM, SIGHUP, SIGINT,
  /// SIGQUIT), or nil. Reading clears it.
  public var pendingSignal: Int32? {
    let signal = cncurses_take_signal()
    return signal == 0 ? nil : signal
  }

  /// Gives the terminal back as it was. Safe to call more than once.
  public func stop() {
    guard !stopped else { return }
    stopped = true
    mousemask(0, nil)
    curs_set(1)
    endwin()
    cncurses_set_active(0)
  }

  // MARK: Drawing

  /// Copies the grid to the screen, writing only the cells that differ from
  /// the grid drawn before, then updates the terminal once.
  public func draw(_ grid: CellGrid) {
    guard !stopped else { return }
    let screen = cncurses_stdscr()
    let previous = drawn?.size == grid.size ? drawn : nil
    if previous == nil, drawn != nil {
      // The size changed: repaint everything once, whatever the terminal kept.
      clearok(screen, true)
    }
    let visible = size
    for y in 0..<min(grid.size.height, visible.height) {
      for x in 0..<min(grid.size.width, visible.width)
      where needsWriting(x: x, y: y, grid: grid, previous: previous) {
        write(grid[x, y], x: x, y: y, to: screen)
      }
    }
    wrefresh(screen)
    drawn = grid
  }

  /// A cell is written when it or its right half (for a wide character) changed.
  private func needsWriting(x: Int, y: Int, grid: CellGrid, previous: CellGrid?) -> Bool {
    let cell = grid[x, y]
    if cell.isContinuation { return false }
    guard let previous else { return true }
    if cell != previous[x, y] { return true }
    let next = x + 1
    return next < grid.size.width && grid[next, y].isContinuation
      && grid[next, y] != previous[next, y]
  }

  private func write(_ cell: Cell, x: Int, y: Int, to screen: UnsafeMutablePointer<WINDOW>?) {
    let appearance = colorPairs.appearance(of: cell.style)
    var character = cchar_t()
    // A grapheme is its base and its combining marks; ncurses keeps CCHARW_MAX.
    var scalars = cell.character.unicodeScalars.prefix(Int(CCHARW_MAX)).map {
      wchar_t(bitPattern: $0.value)
    }
    scalars.append(0)
    if setcchar(&character, scalars, appearance.attributes, appearance.pair, nil) != OK {
      setcchar(&character, [wchar_t(0x20), 0], appearance.attributes, appearance.pair, nil)
    }
    // At the bottom-right cell this reports ERR (the cursor cannot advance)
    // but the cell is stored; with scrolling off the screen never scrolls.
    mvwadd_wch(screen, Int32(y), Int32(x), &character)
  }
}
