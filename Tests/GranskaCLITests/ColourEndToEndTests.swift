import Foundation
import Testing

/// Levels as a person sees them in a real terminal: in 8 colours each level
/// its own readable colour; without colour, told apart from the selection.
@Suite(.serialized) struct ColourEndToEndTests {
  /// The colours and attributes in force where `text` starts on the first
  /// line that holds `marker`, read from tmux's `capture-pane -e`.
  struct Look: Equatable {
    var foreground = 39
    var background = 49
    var bold = false
    var reverse = false
  }

  static func look(of text: String, onLineWith marker: String, in screen: String) -> Look? {
    guard let line = screen.split(separator: "\n").first(where: { $0.contains(marker) })
    else { return nil }
    var look = Look()
    var rest = Substring(line)
    while !rest.isEmpty {
      if rest.hasPrefix(text) { return look }
      if rest.hasPrefix("\u{1B}["), let end = rest.firstIndex(of: "m") {
        let parameters = rest[rest.index(rest.startIndex, offsetBy: 2)..<end]
        for number in parameters.split(separator: ";").compactMap({ Int($0) }) {
          apply(number, to: &look)
        }
        rest = rest[rest.index(after: end)...]
      } else {
        rest = rest.dropFirst()
      }
    }
    return nil
  }

  static func apply(_ parameter: Int, to look: inout Look) {
    switch parameter {
    case 0: look = Look()
    case 1: look.bold = true
    case 22: look.bold = false
    case 7: look.reverse = true
    case 27: look.reverse = false
    case 30...39: look.foreground = parameter
    case 40...49: look.background = parameter
    default: break
    }
  }

  /// TERM=xterm (8 colours): "Ja" black on green, "I allt väsentligt" black
  /// on cyan, "Delvis" black on yellow, "Nej" white on red; none the same.
  @Test(arguments: ["dark", "light", "high-contrast"])
  func levelsAreDistinctAndReadableInEightColours(_ theme: String) async throws {
    let tmux = try Tmux.granska(["TERM": "xterm", "GRANSKA_THEME": theme], width: 100, height: 30)
    try await tmux.waitFor("Samlad bedömning")
    try tmux.sendKeys("2")
    try await tmux.waitFor("Q8")
    let screen = try tmux.screen(escapes: true)
    let ja = Self.look(of: " Ja", onLineWith: "Q7 ", in: screen)
    let fair = Self.look(of: " I allt", onLineWith: "Q2 ", in: screen)
    let nej = Self.look(of: " Nej", onLineWith: "Q8 ", in: screen)
    #expect(ja.map { [$0.foreground, $0.background] } == [30, 42], "\(theme): \(screen)")
    #expect(fair.map { [$0.foreground, $0.background] } == [30, 46], "\(theme)")
    #expect(nej.map { [$0.foreground, $0.background] } == [37, 41], "\(theme)")
  }

  /// NO_COLOR: the selection is reverse video, a level never is.
  @Test func withoutColourTheSelectionAndTheLevelsDiffer() async throws {
    let tmux = try Tmux.granska(["NO_COLOR": "1"], width: 100, height: 30)
    try await tmux.waitFor("Samlad bedömning")
    try tmux.sendKeys("2")
    try await tmux.waitFor("Q8")
    let screen = try tmux.screen(escapes: true)
    #expect(Self.look(of: "Q1", onLineWith: "Q1 ", in: screen)?.reverse == true, "\(screen)")
    for (level, row) in [(" Ja", "Q1 "), (" Ja", "Q7 "), (" Nej", "Q8 "), (" I allt", "Q2 ")] {
      let look = Self.look(of: level, onLineWith: row, in: screen)
      #expect(look != nil && look?.reverse == false, "\(level) on \(row)")
    }
  }
}
