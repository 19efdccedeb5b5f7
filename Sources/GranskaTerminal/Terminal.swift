// GranskaTerminal: the only module that talks to the terminal (ncurses,
// through the C shim CNcurses). Everything above it draws into a `CellGrid`
// and reads `InputEvent`s. `Terminal`:
// - starts ncurses safely: UTF-8 character type first, a clear
//   `TerminalError` instead of an ncurses exit for unusable terminals, and
//   our own signal handlers installed before ncurses so it leaves them to
//   us (CNcurses/signals.c);
// - turns the theme into colour pairs for the terminal's colour depth;
// - copies each grid to the screen, writing only the cells that changed;
//   ncurses is used for output only;
// - reads the keyboard itself and turns bytes (through `InputParser`),
//   resizes, stops and timeouts into `InputEvent`s (TerminalInput.swift);
// - restores the terminal on every way out: `stop`, exit, Ctrl-Z, and
//   fatal signals.

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
  /// The screen may hold anything (after a stop): clear it and draw it all.
  var mustRepaint = false
  private var stopped = false
  var isStopped: Bool { stopped }

  // Input (TerminalInput.swift).
  var parser = InputParser()
  var parsedEvents: [InputEvent] = []
  var readBuffer = [UInt8](repeating: 0, count: 1 << 16)
  /// The terminal's end of the line closed (read gave end of file).
  var inputClosed = false
  var receivedSignal: Int32? = nil

  private init(colorDepth: ColorDepth, colorPairs: ColorPairs) {
    self.colorDepth = colorDepth
    self.colorPairs = colorPairs
  }

  deinit { stop() }

  /// Takes over the terminal, or says why it cannot.
  public static func start(theme: Theme, noColor: Bool) throws(TerminalError) -> Terminal {
    // Before newterm, which settles its UTF-8 handling: å ä ö must not
    // depend on the LANG an SSH session brings.
    TextLocale.ensureUTF8()
    let name = try usableTerminalName()
    cncurses_prepare()
    guard cncurses_newterm(name, cncurses_stdout(), cncurses_stdin()) != nil else {
      throw .unknownTerminal(name)
    }
    cncurses_restore_at_exit()
    configureInput()
    cncurses_started()
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

  /// The terminal's modes for reading bytes ourselves. No `keypad`: keys
  /// are read by `InputParser`, whatever terminfo says of them.
  private static func configureInput() {
    let screen = cncurses_stdscr()
    raw()  // Ctrl-C and Ctrl-Z arrive as keys; the dashboard quits cleanly
    noecho()
    nonl()
    leaveok(screen, true)  // the cursor is hidden: no need to move it back
    curs_set(0)
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
  /// SIGQUIT), or nil; SIGHUP too when the terminal's line closed. Reading
  /// clears it.
  public var pendingSignal: Int32? {
    defer { receivedSignal = nil }
    if let signal = receivedSignal { return signal }
    let signal = cncurses_take_signal()
    if signal != 0 { return signal }
    return inputClosed ? SIGHUP : nil
  }

  /// Gives the terminal back as it was. Safe to call more than once.
  public func stop() {
    guard !stopped else { return }
    stopped = true
    cncurses_leave()
    curs_set(1)
    endwin()
  }

  /// Leaves the dashboard's screen, writes `text` to standard output as
  /// plain lines (so it lands in the terminal's scrollback, a log or a
  /// capture), waits for Enter, and comes back with a full redraw.
  public func showOutside(_ text: String) {
    guard !stopped else { return }
    cncurses_give_back()
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
      if written <= 0 { break }
      bytes = bytes.dropFirst(written)
    }
    _ = readLine()
    cncurses_take_back()
    mustRepaint = true
  }

  /// Ctrl-Z: gives the terminal back and stops the process until the shell
  /// continues it (`fg`); then the next event is a full redraw.
  public func suspend() {
    guard !stopped else { return }
    cncurses_suspend()
  }

  // MARK: Drawing

  /// Copies the grid to the screen, writing only the cells that differ from
  /// the grid drawn before, then updates the terminal once.
  public func draw(_ grid: CellGrid) {
    guard !stopped else { return }
    let screen = cncurses_stdscr()
    let previous = drawn?.size == grid.size && !mustRepaint ? drawn : nil
    if previous == nil, drawn != nil {
      // The size changed, or the screen was left: repaint everything once,
      // whatever the terminal kept.
      clearok(screen, true)
    }
    mustRepaint = false
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
