import Foundation

/// A calendar date without time or zone, written "YYYY-MM-DD".
/// Only real dates exist: 2024-02-30 cannot be made.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses exactly "YYYY-MM-DD"; anything else, or a date that does not exist, is nil.
  /// Byte by byte, since a large audit reads thousands of dates each time it loads.
  public init?(_ text: String) {
    var (year, month, day) = (0, 0, 0)
    var position = 0
    for byte in text.utf8 {
      switch (position, byte) {
      case (4, UInt8(ascii: "-")), (7, UInt8(ascii: "-")): break
      case (0..<10, UInt8(ascii: "0")...UInt8(ascii: "9")) where position != 4 && position != 7:
        let digit = Int(byte - UInt8(ascii: "0"))
        switch position {
        case 0..<4: year = year * 10 + digit
        case 5..<7: month = month * 10 + digit
        default: day = day * 10 + digit
        }
      default: return nil
      }
      position += 1
    }
    guard position == 10 else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Today in the local time zone: "overdue" is judged by the reader's calendar.
  public static func today(now: Date = Date(), timeZone: TimeZone = .current) -> Day {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: now)
    return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
  }

  public var description: String {
    func padded(_ number: Int, _ width: Int) -> String {
      let digits = String(number)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
  }

  /// Days since 1970-01-01 in the proleptic Gregorian calendar (negative before).
  public var daysSince1970: Int {
    // Counted in 400-year eras of years that start in March, so the leap
    // day falls at a year's end.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  public static func < (a: Day, b: Day) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }
}

extension Day: Codable {
  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let day = Day(text) else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath,
          debugDescription: "\"\(text)\" is not a date (expected YYYY-MM-DD, a real calendar day)",
          underlyingError: ValidationIssue(path: "", .notADate(text))))
    }
    self = day
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
