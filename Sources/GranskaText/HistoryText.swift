import Foundation
import GranskaDomain

/// History rows as text: local time, account, entity, field, old → new.
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
  /// One line per change; values are sanitised and kept to one line.
  public static func line(_ entry: HistoryEntry) -> String {
    let old = entry.oldValue.map(Sanitize.line) ?? "–"
    let new = entry.newValue.map(Sanitize.line) ?? "–"
    return [
      localTime(entry.at), Sanitize.line(entry.account), Sanitize.line(entry.auditID),
      "\(Sanitize.line(entry.entity)) \(Sanitize.line(entry.entityID))", Sanitize.line(entry.field),
      "\(old) → \(new)",
    ].joined(separator: "  ")
  }
}
