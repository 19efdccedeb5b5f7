import GranskaText
import Testing

@testable import GranskaCLI

/// The command line's language, read from the words before they are parsed.
struct LanguageDetectionTests {
  func language(_ words: [String], _ environment: [String: String] = [:]) -> Language {
    CommandLineLanguage.of(words, environment: environment)
  }

  @Test func langAnywhereAmongTheWordsAndTheLastOneCounts() {
    #expect(language(["summary"]) == .sv)
    #expect(language(["--lang", "en", "summary"]) == .en)
    #expect(language(["set", "recommendation", "R1", "--lang=en"]) == .en)
    #expect(language(["--lang", "en", "summary", "--lang", "sv"]) == .sv)
  }

  @Test func wordsAfterDashDashAreNotOptions() {
    #expect(language(["batch", "--", "--lang", "en"]) == .sv)
  }

  @Test func theEnvironmentIsTheDefaultAndAnUnknownLanguageIsNone() {
    #expect(language(["summary"], ["GRANSKA_LANG": "en"]) == .en)
    #expect(language(["--lang", "sv"], ["GRANSKA_LANG": "en"]) == .sv)
    #expect(language(["--lang", "xx"], ["GRANSKA_LANG": "en"]) == .en)
    #expect(language(["--lang"]) == .sv)
  }

  /// In service-account mode the ssh line's words come first; without
  /// `--as` the variable is someone else's.
  @Test func aKeyedSessionReadsTheSSHLine() {
    let session = ["--db", "/srv/granska.sqlite", "--as", "anna"]
    #expect(language(session, ["SSH_ORIGINAL_COMMAND": "--lang en summary"]) == .en)
    #expect(language(session + ["--lang", "en"], ["SSH_ORIGINAL_COMMAND": "--lang sv log"]) == .sv)
    #expect(language(session + ["--lang", "en"], ["SSH_ORIGINAL_COMMAND": "log"]) == .en)
    #expect(language(["--as=anna"], ["SSH_ORIGINAL_COMMAND": "'--lang' en"]) == .en)
    #expect(language(["summary"], ["SSH_ORIGINAL_COMMAND": "--lang en summary"]) == .sv)
  }
}
