import Foundation

/// What history keeps of a reminder sent (entity `reminder`, field
/// `created`, the owner's name as the row's id, the audit's id as its
/// audit): the address it went to and the recommendations it named. A
/// reminder is an event, like a round added: never merged with another.
public struct ReminderRecord: Codable, Equatable, Sendable {
  public var to: String
  public var items: [String]

  public init(to: String, items: [String]) {
    self.to = to
    self.items = items
  }

  public static let entity = "reminder"
  public static let field = "created"
}

/// A reminder sent, as history holds it.
public struct ReminderSent: Equatable, Sendable {
  public var owner: String
  public var at: Date
  public var historyID: Int64
  public var record: ReminderRecord

  public init?(_ entry: HistoryEntry) {
    guard entry.entity == ReminderRecord.entity, entry.field == ReminderRecord.field,
      let record = HistoryRecord.decode(ReminderRecord.self, from: entry.newValue)
    else { return nil }
    owner = entry.entityID
    at = entry.at
    historyID = entry.id
    self.record = record
  }
}

/// One owner's recommendations due for a reminder in one audit, and what
/// history says of the last reminder they got.
public struct OwnerDue: Equatable, Sendable {
  /// The owner as the directory names them, or (not in it) as the first
  /// of their recommendations writes it.
  public var owner: String
  /// The directory's entry; nil when the owner has no address.
  public var contact: OwnerContact?
  /// Overdue first (the oldest due date first), then by due date.
  public var items: [Recommendation]
  public var last: ReminderSent?
  /// The same items were reminded of within the interval and nothing about
  /// them changed since: no new reminder (unless forced).
  public var isRepeat: Bool

  public var itemIDs: [String] { items.map(\.id) }
}

/// Who is to be reminded of what: open recommendations whose due date has
/// passed or comes within `days` of today, by owner; the same owner is not
/// reminded of the same items again within `every` unless their status,
/// due date or owner changed since.
public struct ReminderRules: Equatable, Sendable {
  public var days: Int
  public var every: TimeInterval
  public var force: Bool

  public init(days: Int = 14, every: TimeInterval = 7 * 86_400, force: Bool = false) {
    self.days = days
    self.every = every
    self.force = force
  }

  /// The fields whose change makes a reminder news again.
  public static let changingFields: Set<String> = ["status", "dueDate", "owner"]

  /// Whether a recommendation is due for a reminder on `today`.
  public func isDue(_ item: Recommendation, in audit: Audit, today: Day) -> Bool {
    guard audit.isOpen(item.status), let due = item.dueDate else { return false }
    return due.daysSince1970 - today.daysSince1970 <= days
  }

  /// The audit's due recommendations by owner, in the order the owners
  /// first appear among them; recommendations without an owner are left
  /// out (see `unowned`). `history` is the audit's history of its
  /// recommendations and reminders (any order).
  public func plan(
    _ audit: Audit, owners: [OwnerContact], history: [HistoryEntry], today: Day, now: Date
  ) -> [OwnerDue] {
    let due = audit.recommendations.filter { isDue($0, in: audit, today: today) && $0.owner != nil }
      .sorted {
        ($0.dueDate!, position(of: $0, in: audit)) < ($1.dueDate!, position(of: $1, in: audit))
      }
    var order: [String] = []
    var groups: [String: [Recommendation]] = [:]
    for item in due {
      let key = OwnerContact.key(item.owner!)
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(item)
    }
    let reminders = history.compactMap(ReminderSent.init)
    return order.map { key in
      let items = groups[key]!
      let contact = owners.entry(for: items[0].owner!)
      let last = contact.flatMap { contact in
        reminders.filter { OwnerContact.key($0.owner) == OwnerContact.key(contact.name) }
          .max { $0.historyID < $1.historyID }
      }
      return OwnerDue(
        owner: contact?.name ?? items[0].owner!, contact: contact, items: items, last: last,
        isRepeat: !force && isRepeat(items.map(\.id), since: last, history: history, now: now))
    }
  }

  /// Open recommendations due for a reminder that name no owner.
  public func unowned(_ audit: Audit, today: Day) -> [Recommendation] {
    audit.recommendations.filter { isDue($0, in: audit, today: today) && $0.owner == nil }
  }

  private func position(of item: Recommendation, in audit: Audit) -> Int {
    audit.recommendations.firstIndex { $0.id == item.id } ?? 0
  }

  /// The same set of items as the last reminder, within the interval, and
  /// none of them changed (status, due date, owner) since it was sent.
  func isRepeat(_ items: [String], since last: ReminderSent?, history: [HistoryEntry], now: Date)
    -> Bool
  {
    guard let last, now.timeIntervalSince(last.at) < every,
      Set(last.record.items) == Set(items)
    else { return false }
    let ids = Set(items)
    return !history.contains { entry in
      entry.id > last.historyID && entry.entity == "recommendation" && ids.contains(entry.entityID)
        && Self.changingFields.contains(entry.field)
    }
  }
}
