import Foundation
import GranskaDomain

/// Which history rows to list; nil means "any".
public struct HistoryFilter: Sendable {
  public var auditID: String?
  public var entity: String?
  public var account: String?
  public var since: Date?
  public var until: Date?
  public var limit: Int?
  /// Only rows saved after this one.
  var afterID: Int64?
  /// Only rows saved before this one (the next page of a long read).
  var beforeID: Int64?

  public init(
    auditID: String? = nil, entity: String? = nil, account: String? = nil, since: Date? = nil,
    until: Date? = nil, limit: Int? = nil
  ) {
    self.auditID = auditID
    self.entity = entity
    self.account = account
    self.since = since
    self.until = until
    self.limit = limit
  }
}

/// Writes history rows inside the caller's transaction, so a change and its
/// record are saved together or not at all.
final class HistoryWriter {
  let account: String
  let at: Date
  /// The rows merged away (see `recordChange`).
  private(set) var forgotten: [Int64] = []
  /// Rows the database may have merged away as it stamped this save's
  /// (PostgreSQL): which did is learnt after the save, in one read with
  /// its own rows (`AuditStore.afterSave`).
  private(set) var mayBeMerged: [Int64] = []

  init(account: String, at: Date) {
    self.account = account
    self.at = at
  }

  func record(
    _ db: any SQLDatabase, auditID: String, entity: String, entityID: String, field: String,
    old: String?, new: String?
  ) throws {
    try db.execute(
      """
      INSERT INTO history (at, account, auditId, entity, entityId, field, oldValue, newValue)
      VALUES (\(Timestamp.text(at)), \(account), \(auditID), \(entity), \(entityID), \(field), \(old), \(new))
      """)
  }
}

extension HistoryWriter {
  /// Changes of one field by one person this close together are one
  /// decision, and history keeps them as one row.
  static let mergeWindow: TimeInterval = 120

  /// Records a field's change, merged with this person's previous change of
  /// the same field when that is the field's latest row and recent: the row
  /// then goes from its first old value to this new one, and disappears
  /// when the field is back where it started. It is written anew, so rows
  /// stay in the order they were saved.
  func recordChange(
    _ db: any SQLDatabase, auditID: String, entity: String, entityID: String, field: String,
    old: String?, new: String?
  ) throws {
    var old = old
    let last = try db.fetchOne(
      """
      SELECT id, at, account, oldValue FROM history
      WHERE auditId = \(auditID) AND entity = \(entity) AND entityId = \(entityID) AND field = \(field)
      ORDER BY id DESC LIMIT 1
      """)
    let lastAt = last.flatMap { Timestamp.date($0["at"]) }
    if db.mergesHistory {
      // The database merges as it stamps: send the change as it is; the
      // row before it may go (its time is the server's).
      try record(
        db, auditID: auditID, entity: entity, entityID: entityID, field: field, old: old, new: new)
      if let last, last["account"] == account, let lastAt,
        at.timeIntervalSince(lastAt) <= Self.mergeWindow + 10
      {
        mayBeMerged.append(last["id"])
      }
      return
    }
    if let last, last["account"] == account, let lastAt,
      at.timeIntervalSince(lastAt) <= Self.mergeWindow
    {
      try db.execute("DELETE FROM history WHERE id = \(last["id"] as Int64)")
      forgotten.append(last["id"])
      old = last["oldValue"]
      if old == new { return }
    }
    try record(
      db, auditID: auditID, entity: entity, entityID: entityID, field: field, old: old, new: new)
  }
}

enum HistoryQuery {
  static func fetch(_ filter: HistoryFilter, from db: any SQLDatabase) throws -> [HistoryEntry] {
    var sql: SQL =
      "SELECT \(raw: columns()) FROM history" + whereClause(filter) + " ORDER BY id DESC"
    if let limit = filter.limit { sql = sql + " LIMIT \(raw: String(limit))" }
    return try SQLRow.read(sql, in: db) { entry($0) }
  }

  /// History's columns in the order `entry` reads them, of `table` when a
  /// query names it.
  static func columns(of table: String? = nil) -> String {
    ["id", "at", "account", "auditId", "entity", "entityId", "field", "oldValue", "newValue"]
      .map { column in table.map { "\($0).\(column)" } ?? column }.joined(separator: ", ")
  }

  /// A history row from a query that selected `columns()` from column
  /// `first` on, taken by place: `log` reads hundreds of thousands, and
  /// finding each column by its name cost more than reading it.
  static func entry(_ row: SQLRow, from first: Int = 0) -> HistoryEntry {
    HistoryEntry(
      id: row[at: first], at: Timestamp.date(row[at: first + 1]) ?? .distantPast,
      account: row[at: first + 2], auditID: row[at: first + 3], entity: row[at: first + 4],
      entityID: row[at: first + 5], field: row[at: first + 6], oldValue: row[at: first + 7],
      newValue: row[at: first + 8])
  }

  /// The audits the filter's rows belong to (all of them, whatever its limit).
  static func auditIDs(_ filter: HistoryFilter, from db: any SQLDatabase) throws -> Set<String> {
    Set(try db.values(String.self, "SELECT DISTINCT auditId FROM history" + whereClause(filter)))
  }

  private static func whereClause(_ filter: HistoryFilter) -> SQL {
    var conditions: [SQL] = []
    if let auditID = filter.auditID { conditions.append("auditId = \(auditID)") }
    if let entity = filter.entity { conditions.append("entity = \(entity)") }
    if let account = filter.account { conditions.append("account = \(account)") }
    if let since = filter.since { conditions.append("at >= \(Timestamp.text(since))") }
    if let afterID = filter.afterID { conditions.append("id > \(afterID)") }
    if let until = filter.until { conditions.append("at < \(Timestamp.text(until))") }
    if let beforeID = filter.beforeID { conditions.append("id < \(beforeID)") }
    return conditions.isEmpty ? "" : " WHERE " + SQL.joined(conditions, separator: " AND ")
  }
}

/// History times are UTC, ISO 8601 with milliseconds: they sort as text.
public enum Timestamp {
  /// To the nearest millisecond: the formatter cuts off, and a time read
  /// back from text is a hair below its millisecond.
  public static func text(_ date: Date) -> String {
    date.addingTimeInterval(0.0005).formatted(
      Date.ISO8601FormatStyle(
        includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!))
  }

  public static func date(_ text: String) -> Date? {
    written(text) ?? (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
  }

  /// Exactly as `text` writes it ("2024-05-01T12:30:00.250Z"), read byte by
  /// byte from the text's own buffer: a dashboard reads a thousand times at
  /// every save, `log` every row, and the formatter costs a microsecond or
  /// more each.
  private static func written(_ text: String) -> Date? {
    var text = text
    return text.withUTF8 { bytes -> Date? in
      guard bytes.count == 24, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
        bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
        bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "."),
        bytes[23] == UInt8(ascii: "Z")
      else { return nil }
      func number(_ range: Range<Int>) -> Int? {
        var value = 0
        for byte in bytes[range] {
          guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
          value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
      }
      guard let year = number(0..<4), let month = number(5..<7), let dayOfMonth = number(8..<10),
        let day = Day(year: year, month: month, day: dayOfMonth),
        let hour = number(11..<13), hour < 24, let minute = number(14..<16), minute < 60,
        let second = number(17..<19), second < 60, let millisecond = number(20..<23)
      else { return nil }
      let seconds = ((day.daysSince1970 * 24 + hour) * 60 + minute) * 60 + second
      return Date(timeIntervalSince1970: Double(seconds) + Double(millisecond) / 1000)
    }
  }
}
