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
    #expect(ColorDepth(colors: 256, noColor: true) == .monochrome)
    #expect(ColorDepth(colors: 8, noColor: false) == .eight)
  }

  static let levels: [StyleRole] = [.levelGood, .levelFair, .levelWarn, .levelBad, .levelNone]

  /// With 8 or 16 colours every level looks different from every other and
  /// from the selection, and no text is the colour of its background (or
  /// black on white, as "Ja" was).
  @Test(arguments: ["dark", "light", "high-contrast"], [ColorDepth.eight, .sixteen])
  func levelsStayDistinctAndReadableInFewColours(_ name: String, _ depth: ColorDepth) throws {
    let text = try #require(BuiltInThemeText.named(name))
    let theme = ThemeFile.parse(text, name: name, file: name).0.adapted(to: depth)
    let looks = Self.levels.map { theme.styles[$0]! }
    #expect(Set(looks.map { [$0.foreground, $0.background] }).count == looks.count, "\(name)")
    for look in looks {
      #expect(look.foreground != look.background || look.foreground == .terminalDefault)
      #expect(!(look.foreground == .indexed(0) && look.background == .indexed(7)))
      #expect(look.reverse == false)
    }
    let selection = theme.styles[.selection]!
    #expect(!looks.contains(selection), "\(name): the selection is no level")
  }

  /// Without colour (NO_COLOR, or a terminal without), levels differ from the
  /// selection: the selection is reverse video, no level is.
  @Test(arguments: ["dark", "light", "high-contrast", "monochrome"])
  func withoutColourLevelsAreNeverReverseVideo(_ name: String) throws {
    let text = try #require(BuiltInThemeText.named(name))
    let theme = ThemeFile.parse(text, name: name, file: name).0.adapted(to: .monochrome)
    #expect(theme.styles[.selection]?.reverse == true)
    for role in Self.levels { #expect(theme.styles[role]?.reverse == false, "\(name) \(role)") }
    #expect(theme.styles[.levelBad]?.bold == true && theme.styles[.levelBad]?.underline == true)
    #expect(theme.styles[.levelWarn]?.bold == true)
  }

  /// The Overview's level bars are block characters in each level's own
  /// colour on the terminal's background (a level's look is dark text on
  /// that colour, which would draw the blocks dark), at every depth; in
  /// monochrome the marks alone tell the levels apart.
  @Test(arguments: [ColorDepth.full, .eight, .monochrome])
  func levelBarsAreDrawnInTheLevelsColour(_ depth: ColorDepth) {
    let theme = Theme.builtInDefault.adapted(to: depth)
    for role in Self.levels {
      let bar = theme.look(Style(role, ink: true))
      #expect(bar.foreground == theme.styles[role]!.background, "\(role)")
      #expect(bar.background == .terminalDefault && !bar.reverse, "\(role)")
    }
  }
}
