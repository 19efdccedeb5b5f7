import Foundation
import GranskaText

/// Everything the commands write goes through here, so that no text from
/// the data reaches a terminal as control sequences.
enum Output {
  /// A message line: always sanitised (ids and names come from the data).
  static func line(_ text: String) {
    print(Sanitize.line(text))
  }

  /// A confirmation of what a command did, in the reader's language.
  static func notice(_ notice: CommandNotice, in language: Language) {
    line(notice.message(in: language))
  }

  /// A document (summary, log, export, report) to standard output. To a
  /// terminal, each line is sanitised; to a file or pipe it stays exact, so
  /// an export redirected to a file imports back without loss.
  static func document(_ text: String) {
    guard isatty(STDOUT_FILENO) == 1 else {
      print(text, terminator: "")
      return
    }
    print(Sanitize.lines(text).joined(separator: "\n"), terminator: "")
  }
}
