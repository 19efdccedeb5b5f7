import Foundation
import GranskaDomain

/// History rows as text: local time, who, and what changed in words.
public enum HistoryText {
  /// By arithmetic on the seconds: `log` writes one a row, and a
  /// calendar and a format string cost more than the rest of the line.
  public static func localTime(_ date: Date, timeZone: TimeZone = .current) -> String {
    var bytes: [UInt8] = []
    appendLocalTime(date, timeZone: timeZone, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The time of `localTime(_:timeZone:)` added to `bytes`, digit by digit:
  /// strings for each part cost more than the line's words.
  static func appendLocalTime(_ date: Date, timeZone: TimeZone, to bytes: inout [UInt8]) {
    let seconds =
      Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let time = seconds - days * 86_400
    let (year, month, day) = civil(daysSince1970: days)
    guard (0...9999).contains(year) else {
      bytes += "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2)) ".utf8
      bytes += "\(padded(time / 3600, 2)):\(padded(time / 60 % 60, 2)):\(padded(time % 60, 2))".utf8
      return
    }
    appendDigits(year, width: 4, to: &bytes)
    bytes.append(UInt8(ascii: "-"))
    appendDigits(month, width: 2, to: &bytes)
    bytes.append(UInt8(ascii: "-"))
    appendDigits(day, width: 2, to: &bytes)
    bytes.append(UInt8(ascii: " "))
    appendDigits(time / 3600, width: 2, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    appendDigits(time / 60 % 60, width: 2, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    appendDigits(time % 60, width: 2, to: &bytes)
  }

  /// The last `width` digits of a number that is not negative.
  private static func appendDigits(_ number: Int, width: Int, to bytes: inout [UInt8]) {
    var divisor = 1
    for _ in 1..<width { divisor *= 10 }
    while divisor > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(number / divisor % 10))
      divisor /= 10
    }
  }

  /// The Gregorian year, month and day of a count of days from 1970-01-01,
  /// counted in 400-year eras from 0000-03-01 (leap days at their ends).
  static func civil(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = days + 719_468  // days from 0000-03-01
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthFromMarch = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
    let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private static func padded(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}

extension HistoryText {
  /// One change as a line of prose: "2025-09-15 14:03:11  anna  Rekommendation
  /// R1: Status Pågår → Klar". Values are sanitised and kept to one line.
  public static func line(
    _ entry: HistoryEntry, words: ChangeWords, timeZone: TimeZone = .current
  ) -> String {
    var line: [UInt8] = []
    append(entry, words: words, timeZone: timeZone, to: &line)
    return String(decoding: line, as: UTF8.self)
  }

  /// The line of `line(_:words:timeZone:)` added to `bytes`: `log` writes
  /// hundreds of thousands, and joining each line's parts as strings of
  /// their own cost more than wording them.
  public static func append(
    _ entry: HistoryEntry, words: ChangeWords, timeZone: TimeZone, to bytes: inout [UInt8]
  ) {
    // The time is digits and separators: nothing in it to sanitise.
    appendLocalTime(entry.at, timeZone: timeZone, to: &bytes)
    appendUTF8("  ", to: &bytes)
    appendUTF8(Sanitize.line(entry.account), to: &bytes)
    appendUTF8("  ", to: &bytes)
    // Sanitising goes scalar by scalar: the sentence's pieces sanitised
    // one by one are the sentence sanitised whole, without joining them,
    // unless a line break is to be joined first.
    let parts = words.describe(entry).sentenceParts
    if parts.contains(where: containsLineFeed) {
      appendUTF8(Sanitize.line(joinedLines(parts.joined(), separator: " / ")), to: &bytes)
    } else {
      for part in parts { appendUTF8(Sanitize.line(part), to: &bytes) }
    }
  }

  /// The text's bytes added from its own buffer, quicker than from `utf8`.
  static func appendUTF8(_ text: String, to bytes: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Whether the text holds a line feed, looked for in its bytes as one buffer.
  public static func containsLineFeed(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { $0.contains(UInt8(ascii: "\n")) }
  }

  /// The text's lines joined by `separator`, empty ones left out: what
  /// `text.split(separator: "\n").joined(separator:)` gives, where a CR LF
  /// is one character and no break, but over bytes and many times quicker.
  public static func joinedLines(_ text: String, separator: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      var joined: [UInt8] = []
      joined.reserveCapacity(bytes.count + separator.utf8.count * 4)
      var lineStart = 0
      for end in 0...bytes.count {
        let isBreak =
          end < bytes.count && bytes[end] == UInt8(ascii: "\n")
          && (end == 0 || bytes[end - 1] != UInt8(ascii: "\r"))
        guard end == bytes.count || isBreak else { continue }
        if end > lineStart {
          if !joined.isEmpty { joined += separator.utf8 }
          joined += bytes[lineStart..<end]
        }
        lineStart = end + 1
      }
      return String(decoding: joined, as: UTF8.self)
    }
  }
}
