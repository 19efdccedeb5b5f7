import GranskaDomain
import GranskaText
import GranskaUI
import Testing

/// What a person types is stored as typed: joiners, non-joiners, zero-width
/// spaces and bidi marks included. Only drawing sanitises, and every
/// grapheme stays inside the cells the grid gives it.
@Suite struct TypedTextTests {
  /// Grapheme clusters and invisible characters people really type.
  static let typed: [String] = [
    "👨‍👩‍👧‍👦 familj",  // ZWJ sequence
    "🇸🇪 Sverige 🇫🇮",  // flags: regional indicator pairs
    "👍🏽 bra",  // skin-tone modifier
    "❤️ hjärta",  // variation selector 16
    "می‌خواهم",  // Persian with a zero-width non-joiner
    "ord\u{200B}brytning",  // zero-width space
    "\u{200F}עברית\u{200E} text",  // right-to-left and left-to-right marks
    "\u{2067}isolat\u{2069}",  // bidi isolate
    "e\u{301}lan o\u{308}",  // combining marks
    "한국어 漢字",  // wide characters
    "क्षत्रिय",  // Devanagari conjuncts
  ]

  @Test(arguments: typed)
  func aFormStoresWhatWasTypedByteForByte(_ text: String) {
    for event in [InputEvent.text(text), .paste(text)] {
      var board = dashboard(keys: keys("3{enter}{tab}"))
      _ = board.handle(event)
      #expect(board.state.form?.field(.recommendation(.owner))?.value == text)
      var saved: [AuditEdit]?
      for case .save(_, let edits) in board.handle(.key(.enter)) { saved = edits }
      let change = FieldChange(.recommendation("R1", .owner), from: nil, to: text)
      #expect(saved == [.set(change)], "\(Array(text.unicodeScalars))")
      #expect(
        saved.map { Array(($0.first.flatMap(\.fieldChange)?.new ?? "").utf8) } == Array(text.utf8))
    }
  }

  @Test(arguments: typed)
  func drawnItStaysInsideItsCells(_ text: String) {
    var data = builtInData()
    data.audit.recommendations[0].owner = text
    let board = dashboard(data, keys: keys("3"))
    let grid = board.render()
    // No joiner, bidi mark or zero-width character reaches the terminal.
    for cell in grid.cells {
      for scalar in cell.character.unicodeScalars {
        #expect(
          !(0x200B...0x200F).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value))
        #expect(scalar.value != 0xFE0F)
      }
      // One spacing character per cell: what the terminal draws in one place.
      let spacing = cell.character.unicodeScalars.filter { DisplayWidth.of($0) > 0 }
      #expect(spacing.count <= 1, "\(cell.character.unicodeScalars.map(\.value))")
    }
    // Every row is exactly as wide as the screen: nothing pushed over a border.
    for line in grid.lines {
      #expect(DisplayWidth.of(line) == grid.size.width, "\(line)")
    }
  }

  @Test func theGridPutsEachPartWhereTheTerminalWill() {
    var grid = CellGrid(size: Size(width: 12, height: 1))
    let used = grid.put("🇸🇪👨‍👩‍👧|", x: 0, y: 0)
    // Two regional indicators (one column each), three people (two each), the bar.
    #expect(used == 9)
    #expect(DisplayWidth.of("🇸🇪👨‍👩‍👧|") == 9)
    #expect(grid[8, 0].character == "|")
    // A cut never lands inside a part.
    var narrow = CellGrid(size: Size(width: 5, height: 1))
    #expect(narrow.put("👨‍👩‍👧", x: 0, y: 0) == 4)
  }
}

extension AuditEdit {
  fileprivate var fieldChange: FieldChange? {
    if case .set(let change) = self { change } else { nil }
  }
}
