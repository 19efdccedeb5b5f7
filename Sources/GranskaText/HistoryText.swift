import Foundation
import GranskaDomain

/// History rows as text: local time, who, and what changed in words.
public enum HistoryText {
  public static func localTime(_ date: Date, timeZone: TimeZone = .current) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    return String(
      format: "%04d-%02d-%02d %02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!,
      c.second!)
  }
}

extension HistoryText {
  /// One change as a line of prose: "2025-09-15 14:03:11  anna  Rekommendation
  /// R1: Status Pågår → Klar". Values are sanitised and kept to one line.
  public static func line(
    _ entry: HistoryEntry, words: ChangeWords, timeZone: TimeZone = .current
  ) -> String {
    let sentence = words.describe(entry).sentence.split(separator: "\n").joined(separator: " / ")
    return [localTime(entry.at, timeZone: timeZone), entry.account, sentence].map(Sanitize.line)
      .joined(separator: "  ")
  }
}
