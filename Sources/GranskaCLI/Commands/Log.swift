import ArgumentParser
import Foundation
import GranskaDomain
import GranskaStore
import GranskaText

struct Log: GlobalCommand {
  static let configuration = CommandConfiguration(
    abstract: helpText(ReadingHelp.logAbstract),
    discussion: helpText(ReadingHelp.logDiscussion))

  @OptionGroup var global: GlobalOptions

  @Option(help: argumentHelp(ReadingHelp.logAudit, value: .audit))
  var audit: String?

  @Option(help: argumentHelp(ReadingHelp.logEntity, value: .entity))
  var entity: String?

  @Option(help: argumentHelp(ReadingHelp.logUser, value: .account))
  var user: String?

  @Option(help: argumentHelp(ReadingHelp.logSince, value: .day))
  var since: String?

  @Option(help: argumentHelp(ReadingHelp.logUntil, value: .day))
  var until: String?

  @Option(
    name: [.customShort("n"), .long], help: argumentHelp(ReadingHelp.logLimit, value: .count))
  var limit: Int?

  @Flag(help: argumentHelp(ReadingHelp.logNoPager))
  var noPager = false

  @Option(help: argumentHelp(ReadingHelp.logFormat, value: .format))
  var format: LogFormat = .text

  enum LogFormat: String, ExpressibleByArgument {
    case text, json
  }

  func run() throws {
    let store = try global.openStore()
    var filter = HistoryFilter(auditID: audit, entity: entity, account: user, limit: limit)
    if let since {
      filter.since = try LocalDay.start(of: since, option: "--since")
    }
    if let until {
      // Up to the start of the next day, so the day itself is included.
      let start = try LocalDay.start(of: until, option: "--until")
      filter.until = Calendar.current.date(byAdding: .day, value: 1, to: start)
    }
    if !noPager { Pager.start() }
    switch format {
    case .json: try HistoryJSON.write(store: store, filter)
    case .text: try LogText(store: store, strings: global.lang.strings).write(filter)
    }
  }
}

enum LocalDay {
  /// The moment a local calendar day starts, for filtering UTC history.
  static func start(of text: String, option: String) throws -> Date {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3,
      let date = Calendar.current.date(
        from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
      Calendar.current.component(.day, from: date) == parts[2]
    else { throw CommandFailure.notADate(option: option, text: text) }
    return date
  }
}

/// The log as lines of prose, written a page at a time as it is read.
/// Each audit's changes are worded with that audit (its rounds' titles,
/// its levels), read when its first line comes; when the lines span
/// several audits, each says which.
struct LogText {
  let store: AuditStore
  let strings: Strings
  static let firstPage = 200

  /// One audit's words for its lines, made once: a class, so that each of
  /// thousands of lines takes it without copying the audit.
  final class AuditWords {
    let words: ChangeWords
    /// "Organisation 2025 · ", or "" when the lines name one audit.
    let prefix: String

    init(_ audit: Audit?, strings: Strings, named: Bool) {
      words = ChangeWords(strings: strings, audit: audit)
      if named, let audit {
        prefix = Sanitize.line("\(audit.organisation) \(audit.yearOrPeriod)") + " · "
      } else {
        prefix = ""
      }
    }
  }

  func write(_ filter: HistoryFilter) throws {
    var audits: [String: AuditWords] = [:]
    var several: Bool?
    // Once, not at every line as `line(_:words:timeZone:)`'s default did.
    let timeZone = TimeZone.current
    // Pages are read while the one before is worded and written: reading
    // is a third of the work, and a second core does it.
    let store = self.store
    let pages: @Sendable (_ hand: ([HistoryEntry]) throws -> Void) throws -> Void = { hand in
      try store.forEachHistoryPage(filter, firstPage: Self.firstPage, hand)
    }
    try Handoff.run(produce: pages) { entries in
      if several == nil { several = try spansSeveralAudits(filter, firstPage: entries) }
      // Bytes: appending to a string, or making one of them, costs more.
      var page: [UInt8] = []
      page.reserveCapacity(entries.count * 128)
      for entry in entries {
        let audit = words(for: entry.auditID, in: &audits, named: several == true)
        page += audit.prefix.utf8
        HistoryText.append(entry, words: audit.words, timeZone: timeZone, to: &page)
        page.append(UInt8(ascii: "\n"))
      }
      try Output.document(page)
    }
  }

  /// The words of an audit's lines: its wording parts read at its first
  /// line (none for lines of no audit, or of one since removed).
  private func words(for auditID: String, in audits: inout [String: AuditWords], named: Bool)
    -> AuditWords
  {
    if let known = audits[auditID] { return known }
    let audit = auditID.isEmpty ? nil : try? store.audit(auditID, parts: .wording)
    let made = AuditWords(audit, strings: strings, named: named)
    audits[auditID] = made
    return made
  }

  /// Whether the lines name more than one audit: seen in the first page
  /// when it holds them all, else asked of the database.
  private func spansSeveralAudits(_ filter: HistoryFilter, firstPage: [HistoryEntry]) throws
    -> Bool
  {
    if filter.auditID != nil { return false }
    let ids =
      firstPage.count < Self.firstPage || (filter.limit ?? .max) <= Self.firstPage
      ? Set(firstPage.map(\.auditID)) : try store.historyAuditIDs(filter)
    return ids.subtracting([""]).count > 1
  }
}

/// The raw rows, as scripts want them: ids, field names and stored values.
enum HistoryJSON {
  struct Row: Encodable {
    var id: Int64
    var at: String
    var account: String
    var audit: String
    var entity: String
    var entityId: String
    var field: String
    var old: String?
    var new: String?

    func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(id, forKey: .id)
      try c.encode(at, forKey: .at)
      try c.encode(account, forKey: .account)
      try c.encode(audit, forKey: .audit)
      try c.encode(entity, forKey: .entity)
      try c.encode(entityId, forKey: .entityId)
      try c.encode(field, forKey: .field)
      // null rather than a missing key: every row has the same keys.
      try c.encode(old, forKey: .old)
      try c.encode(new, forKey: .new)
    }

    enum CodingKeys: String, CodingKey {
      case id, at, account, audit, entity, entityId, field, old, new
    }
  }

  /// The rows as one pretty-printed JSON array, written a page at a time:
  /// each row is encoded alone and indented as the array's element.
  static func write(store: AuditStore, _ filter: HistoryFilter) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var first = true
    try Output.document("[")
    try store.forEachHistoryPage(filter) { entries in
      // A page encoded as an array is its elements as the whole array has
      // them, between "[\n" and "\n]".
      let rows = entries.map {
        Row(
          id: $0.id, at: Timestamp.text($0.at), account: $0.account, audit: $0.auditID,
          entity: $0.entity, entityId: $0.entityID, field: $0.field, old: $0.oldValue,
          new: $0.newValue)
      }
      let page = String(decoding: try encoder.encode(rows), as: UTF8.self)
      let elements = page.dropFirst("[\n".count).dropLast("\n]".count)
      try Output.document(Sanitize.jsonEscapes((first ? "\n" : ",\n") + elements))
      first = false
    }
    try Output.document(first ? "\n\n]\n" : "\n]\n")
  }
}
