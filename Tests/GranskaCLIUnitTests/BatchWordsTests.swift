import GranskaText
import Testing

@testable import GranskaCLI

/// A batch line (and the ssh line) split into words as a shell would,
/// without a shell.
struct BatchWordsTests {
  func words(_ line: String) throws -> [String] {
    try Batch.words(line, line: 3, file: "natt.txt")
  }

  @Test func spacesAndTabsSeparate() throws {
    #expect(try words("set  recommendation\tR1 ") == ["set", "recommendation", "R1"])
    #expect(try words("") == [])
  }

  @Test func quotesGroupAndMayBeEmpty() throws {
    #expect(
      try words(#"set recommendation R1 --note "klar i maj" --owner ''"#)
        == ["set", "recommendation", "R1", "--note", "klar i maj", "--owner", ""])
    #expect(try words(#"--note="it's""#) == ["--note=it's"])
    #expect(try words(#"a"b c"d"#) == ["ab cd"])
  }

  @Test func aBackslashTakesTheNextCharacterExceptInSingleQuotes() throws {
    #expect(try words(#"--note klar\ i\ maj"#) == ["--note", "klar i maj"])
    #expect(try words(#""säg \"ja\"""#) == [#"säg "ja""#])
    #expect(try words(#"'a\b'"#) == [#"a\b"#])
  }

  @Test func anUnfinishedQuoteOrEscapeIsRefusedWithItsPlace() {
    for line in [#"--note "klar"#, "--note 'klar", #"--note klar\"#] {
      #expect(refusal(line) == "natt.txt:3: unfinished quote", "\(line)")
    }
  }

  func refusal(_ line: String) -> String? {
    do {
      _ = try words(line)
      return nil
    } catch {
      return (error as? any Worded)?.message(in: .en)
    }
  }
}
