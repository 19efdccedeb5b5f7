import Foundation
import GranskaDomain

/// History rows as text: local time, who, and what changed in words.
public enum HistoryText {
  /// By arithmetic on the seconds: `log` writes one a row, and a
  /// calendar and a format string cost more than the rest of the line.
  public static func localTime(_ date: Date, timeZone: TimeZone = .current) -> String {
    let seconds =
      Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let time = seconds - days * 86_400
    let (year, month, day) = civil(daysSince1970: days)
    guard (0...9999).contains(year) else {
      return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2)) "
        + "\(padded(time / 3600, 2)):\(padded(time / 60 % 60, 2)):\(padded(time % 60, 2))"
    }
    // Digits into bytes: strings for each part cost more than the line's words.
    var bytes = Array("0000-00-00 00:00:00".utf8)
    func put(_ number: Int, at end: Int, width: Int) {
      var rest = number
      for index in stride(from: end, to: end - width, by: -1) {
        bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      }
    }
    put(year, at: 3, width: 4)
    put(month, at: 6, width: 2)
    put(day, at: 9, width: 2)
    put(time / 3600, at: 12, width: 2)
    put(time / 60 % 60, at: 15, width: 2)
    put(time % 60, at: 18, width: 2)
    return String(decoding: bytes, as: UTF8.self)
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
    var sentence = words.describe(entry).sentence
    if sentence.utf8.contains(UInt8(ascii: "\n")) {
      sentence = sentence.split(separator: "\n").joined(separator: " / ")
    }
    // The time is digits and separators: nothing in it to sanitise.
    return localTime(entry.at, timeZone: timeZone) + "  " + Sanitize.line(entry.account) + "  "
      + Sanitize.line(sentence)
  }
}
