import GranskaText
import GranskaUI
import Testing

@Suite struct ThemeTests {
  @Test(arguments: ["dark", "light", "high-contrast", "monochrome"])
  func everyBuiltInThemeParsesAndCoversEveryKey(_ name: String) throws {
    let text = try #require(BuiltInThemeText.named(name))
    let (theme, warnings) = ThemeFile.parse(text, name: name, file: "\(name).theme")
    #expect(warnings == [])
    for role in StyleRole.allCases {
      #expect(theme.styles[role] != nil, "\(name).theme lacks \(role.rawValue)")
    }
  }

  @Test func unknownKeysAreWarnedAndMissingKeysFallBack() {
    let text = "# mine\nforeground = white\nselektion = red\nselection = nonsense\n"
    let (theme, warnings) = ThemeFile.parse(
      text, name: "mine", file: "mine.theme", base: .builtInDefault)
    #expect(
      warnings.map { $0.message(in: .en) } == [
        "mine.theme:3: unknown key \"selektion\"",
        "mine.theme:4: \"nonsense\" is not a colour or attribute",
      ])
    #expect(theme.styles[.selection] == Theme.builtInDefault.styles[.selection])
    #expect(theme.styles[.normal]?.foreground == .indexed(7))
  }

  @Test func coloursStepDownAndMonochromeKeepsTheSelectionVisible() {
    let dark = Theme.builtInDefault
    let eight = dark.adapted(to: .eight)
    for look in eight.styles.values {
      for color in [look.foreground, look.background] {
        if case .indexed(let index) = color { #expect(index < 8) }
      }
    }
    let mono = dark.adapted(to: .monochrome)
    #expect(
      mono.styles.values.allSatisfy {
        $0.foreground == .terminalDefault && $0.background == .terminalDefault
      })
    #expect(mono.styles[.selection]?.reverse == true)
    #expect(mono.styles[.levelBad]?.reverse == true)
    #expect(ColorDepth(colors: 256, noColor: true) == .monochrome)
    #expect(ColorDepth(colors: 8, noColor: false) == .eight)
  }
}
