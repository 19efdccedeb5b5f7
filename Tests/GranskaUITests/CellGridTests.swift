import GranskaUI
import Testing

@Suite struct CellGridTests {
  @Test func wideCharactersTakeTwoCellsAndControlCharactersShow() {
    var grid = CellGrid(size: Size(width: 10, height: 2))
    #expect(grid.put("監査ok", x: 0, y: 0) == 6)
    #expect(grid[1, 0].isContinuation)
    #expect(grid.put("a\u{1B}[2J", x: 0, y: 1) == 5)
    #expect(grid.lines == ["監査ok    ", "a␛[2J     "])
  }

  @Test func textStopsAtTheWidthAndAWideCharacterIsNotSplit() {
    var grid = CellGrid(size: Size(width: 5, height: 1))
    #expect(grid.put("ab監査", x: 0, y: 0, width: 5) == 4)
    #expect(grid.lines == ["ab監 "])
  }
}
