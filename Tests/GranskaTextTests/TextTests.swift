import GranskaDomain
import GranskaText
import Testing

@Suite struct TextTests {
  /// A path longer than the line is split after a "/", never inside a name.
  @Test func aLongPathIsSplitBetweenItsNames() {
    let path = "/srv/granska/rapporter/styrelsen/uppfoljning-tranemo-2024-informationssakerhet.html"
    #expect(
      Wrap.lines("Rapporten sparad:\n" + path, width: 40) == [
        "Rapporten sparad:", "/srv/granska/rapporter/styrelsen/",
        "uppfoljning-tranemo-2024-informationssak", "erhet.html",
      ])
  }

  /// A history value's lines on one line, byte by byte, as splitting the
  /// text by character joins them (a CR LF is one character, no break).
  @Test func linesAreJoinedAsSplittingByCharacterJoinsThem() {
    let texts = [
      "", "\n", "\n\n", "a", "a\n", "\na", "a\nb", "a\n\nb", "Dnr 1\nDnr 2\n", "cr\r\nlf",
      "\r\n", "\r\r\nx", "x\r", "\rx\n\ry", "ö\n\u{301}é", "😀\n😀",
    ]
    for text in texts {
      #expect(
        HistoryText.joinedLines(text, separator: "; ")
          == text.split(separator: "\n").joined(separator: "; "), "\(text.debugDescription)")
      #expect(HistoryText.containsLineFeed(text) == text.utf8.contains(UInt8(ascii: "\n")))
    }
  }

  @Test func controlSequencesBecomeVisible() {
    #expect(Sanitize.line("a\u{1B}[2Jb") == "a␛[2Jb")
    #expect(Sanitize.line("bell\u{07}") == "bell␇")
    #expect(Sanitize.line("osc\u{9D}0;x") == "osc\u{FFFD}0;x")
    #expect(Sanitize.line("rtl\u{202E}txt") == "rtl\u{FFFD}txt")
    #expect(Sanitize.line("zero\u{200B}width") == "zero\u{FFFD}width")
    #expect(Sanitize.line("två\nrader") == "två␊rader")
    #expect(Sanitize.line("Säkerhetskultur") == "Säkerhetskultur")
  }

  @Test func widthCountsTerminalColumns() {
    #expect(DisplayWidth.of("Säkerhet") == 8)
    #expect(DisplayWidth.of("o\u{308}") == 1, "decomposed ö is one column")
    #expect(DisplayWidth.of("監査") == 4)
    #expect(DisplayWidth.of("🔒") == 2)
  }

  @Test func truncationKeepsWithinWidth() {
    #expect(DisplayWidth.truncate("Informationssäkerhet", to: 8) == "Informa…")
    #expect(DisplayWidth.truncate("監査監査", to: 4) == "監…")
    #expect(DisplayWidth.pad("Ja", to: 4) == "Ja  ")
    #expect(DisplayWidth.pad("7", to: 3, alignRight: true) == "  7")
  }

  /// The report's training shares of counted people add up to 100, in
  /// both languages (each rounded alone, 1011/119/107 of 1 237 said 101 %).
  @Test(arguments: Language.allCases)
  func trainingSharesAddUpToAHundred(_ language: Language) {
    let snapshot = TrainingSnapshot(
      date: Day("2025-03-01")!, source: "HR", targetPercent: 90,
      sections: [SectionTraining(section: "All", employees: 1237, completed: 1011, started: 119)])
    let figures = language.strings.trainingFigures(snapshot)
    let shares = [figures.completed, figures.started, figures.notStarted].map {
      $0.value.prefix { $0.isNumber }
    }
    #expect(shares == ["82", "9", "9"], "\(figures)")
    #expect(figures.completedShare == 82)
  }

  @Test func numbersFollowTheLanguage() {
    #expect(Language.sv.strings.number(3849) == "3 849")
    #expect(Language.en.strings.number(3849) == "3,849")
    #expect(Language.sv.strings.figure(53, unit: "%") == "53 %")
    #expect(Language.en.strings.figure(53, unit: "%") == "53%")
    #expect(Language.sv.strings.figure(1_234_567, unit: "samtal") == "1 234 567 samtal")
  }
}
