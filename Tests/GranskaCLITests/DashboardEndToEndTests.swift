import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real binary in a real (tmux) terminal. These check only what every
/// version of the dashboard keeps: the audit's title on the first screen,
/// the status bar on the last row, the terminal given back, exit statuses.
@Suite struct DashboardEndToEndTests {
  static let title = "Granskning av informations- och IT-säkerhetsarbetet"
  static let statusBar = "q avsluta"

  func granska(
    _ overrides: [String: String?] = [:], width: Int = 80, height: Int = 24
  ) throws -> Tmux {
    try Tmux.granska(overrides, width: width, height: height)
  }

  @Test(arguments: [nil, "sv_SE.UTF-8"])
  func showsSwedishTextWhateverTheLocale(_ lang: String?) async throws {
    let tmux = try granska(["LANG": lang, "LC_ALL": nil])
    try await tmux.waitFor(Self.title)
  }

  /// Ctrl-C is a key in raw mode: a clean quit, not death by SIGINT.
  @Test(arguments: ["q", "C-c"])
  func quittingGivesTheTerminalBack(_ key: String) async throws {
    let tmux = try granska()
    try await tmux.waitFor(Self.title)
    #expect(Self.colourParameters(try tmux.screen(escapes: true)).isEmpty == false)
    try tmux.sendKeys(key)
    #expect(try await tmux.waitForExit() == 0)
    try await expectRestored(tmux)
  }

  @Test(arguments: [SIGTERM, SIGHUP])
  func aSignalStopsItCleanly(_ signal: Int32) async throws {
    let tmux = try granska()
    try await tmux.waitFor(Self.title)
    kill(try tmux.programPID(), signal)
    #expect(try await tmux.waitForExit() == 128 + signal)
    try await expectRestored(tmux)
  }

  /// Run in a pane, since only a terminal gets the dashboard (a pipe gets
  /// the summary); the message goes to stderr, which is the pane.
  @Test(arguments: ["dumb", "no-such-terminal", nil])
  func anUnusableTerminalIsRefusedWithAMessage(_ term: String?) async throws {
    let tmux = try granska(["TERM": term])
    #expect(try await tmux.waitForExit() == 1)
    let screen = try tmux.transcript()
    #expect(screen.contains("granska: TERM"), "\(screen)")
    #expect(!screen.contains(Self.title))
  }

  @Test func noColorDrawsWithoutColours() async throws {
    let tmux = try granska(["NO_COLOR": "1"])
    try await tmux.waitFor(Self.title)
    let screen = try tmux.screen(escapes: true)
    #expect(Self.colourParameters(screen).isEmpty, "\(screen)")
    // The status bar's background becomes reverse video, so it stays visible.
    #expect(Self.sgrParameters(screen).contains(7), "\(screen)")
  }

  @Test func aResizeLaysTheScreenOutAgain() async throws {
    let tmux = try granska()
    try await tmux.waitFor(Self.statusBar)
    try tmux.resize(width: 100, height: 30)
    try await tmux.waitUntil("the status bar is on row 30") { screen in
      let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
      return lines.count >= 30 && lines[29].contains(Self.statusBar)
        && !lines[23].contains(Self.statusBar)
    }
  }

  // MARK: Helpers

  /// The alternate screen is left, the dashboard is gone from the pane,
  /// and the last word on cursor and mouse is "visible" and "off".
  private func expectRestored(_ tmux: Tmux) async throws {
    try await tmux.waitUntil("the terminal is restored") { screen in
      try tmux.value("#{alternate_on}") == "0" && !screen.contains(Self.statusBar)
    }
    let output = tmux.recordedOutput()
    #expect(
      Self.lastOccurrence(of: "\u{1B}[?25h", in: output)
        > Self.lastOccurrence(of: "\u{1B}[?25l", in: output))
    #expect(
      Self.lastOccurrence(of: "\u{1B}[?1000l", in: output)
        > Self.lastOccurrence(of: "\u{1B}[?1000h", in: output))
  }

  private static func lastOccurrence(of text: String, in output: String) -> Int {
    guard let range = output.range(of: text, options: .backwards) else { return -1 }
    return output.distance(from: output.startIndex, to: range.lowerBound)
  }

  /// The parameters of every SGR sequence (ESC [ … m) in the text, with the
  /// palette arguments of 38 and 48 left out (so "38;5;7" is not reverse).
  static func sgrParameters(_ text: String) -> [Int] {
    var parameters: [Int] = []
    for part in text.components(separatedBy: "\u{1B}[").dropFirst() {
      guard let end = part.firstIndex(where: { !"0123456789;".contains($0) }), part[end] == "m"
      else { continue }
      var numbers = part[..<end].split(separator: ";", omittingEmptySubsequences: false)
        .map { Int($0) ?? 0 }[...]
      while let parameter = numbers.popFirst() {
        parameters.append(parameter)
        if parameter == 38 || parameter == 48 {
          numbers = numbers.dropFirst(numbers.first == 2 ? 4 : 2)
        }
      }
    }
    return parameters
  }

  /// The SGR parameters that set a colour: 30–38, 40–48, 90–97, 100–107.
  /// 39 and 49 only return to the terminal's own colours.
  static func colourParameters(_ text: String) -> [Int] {
    sgrParameters(text).filter { parameter in
      (30...38).contains(parameter) || (40...48).contains(parameter)
        || (90...97).contains(parameter) || (100...107).contains(parameter)
    }
  }
}

/// Themes by name, by file, and a clear refusal of one that does not exist.
@Suite struct ThemeEndToEndTests {
  @Test(arguments: ["light", "high-contrast", "monochrome"])
  func builtInThemesStart(_ name: String) async throws {
    let tmux = try Tmux.granska(["GRANSKA_THEME": name])
    try await tmux.waitFor("Översikt")
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0)
  }

  @Test func aThemeFileOfOnesOwnIsReadAndItsUnknownKeysWarned() async throws {
    let tmux = try Tmux()
    let file = tmux.directory + "/mine.theme"
    try Data("selection = 16 on 220\nselektion = red\n".utf8).write(to: URL(fileURLWithPath: file))
    try tmux.start(
      [GranskaRun.binary.path, "--theme", file],
      environment: [
        "PATH": "/usr/bin:/bin", "HOME": tmux.directory, "TERM": "xterm-256color",
        "GRANSKA_DB": tmux.directory + "/g.sqlite",
      ])
    try await tmux.waitFor("okänd nyckel ”selektion”")
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0)
  }

  @Test func anUnknownThemeIsRefused() async throws {
    let tmux = try Tmux.granska(arguments: ["--theme", "rosa"])
    #expect(try await tmux.waitForExit() == 1)
    #expect(try tmux.transcript().contains("okänt tema ”rosa”"))
  }
}
