import Foundation

/// One saved change: when (UTC), who (Unix account), what entity and field,
/// and the value before and after.
public struct HistoryEntry: Equatable, Sendable {
  public var id: Int64
  public var at: Date
  public var account: String
  public var auditID: String
  public var entity: String
  public var entityID: String
  public var field: String
  public var oldValue: String?
  public var newValue: String?

  public init(
    id: Int64, at: Date, account: String, auditID: String, entity: String, entityID: String,
    field: String, oldValue: String?, newValue: String?
  ) {
    self.id = id
    self.at = at
    self.account = account
    self.auditID = auditID
    self.entity = entity
    self.entityID = entityID
    self.field = field
    self.oldValue = oldValue
    self.newValue = newValue
  }
}

extension HistoryEntry {
  /// A row as history records an edit, at a time, by an account.
  public init(id: Int64, at: Date, account: String, auditID: String, change: HistoryChange) {
    self.init(
      id: id, at: at, account: account, auditID: auditID, entity: change.entity,
      entityID: change.entityID, field: change.field, oldValue: change.old,
      newValue: change.new)
  }

  /// The thing the row is about, when it is part of an audit.
  public var entityRef: EntityRef? { EntityRef(kind: entity, id: entityID) }

  /// The field the row changed, when it is one.
  public var fieldRef: FieldRef? { entityRef.flatMap { FieldRef($0, field) } }
}

/// What history records of one edit, before a time and an account are
/// added: the thing (its kind and id as stored), the field or the event
/// ("note", "created", "removed"), and the values before and after.
public struct HistoryChange: Equatable, Sendable {
  public var entity: String
  public var entityID: String
  public var field: String
  public var old: String?
  public var new: String?
}

extension AuditEdit {
  /// The history row of this edit: a field with the edit's own values, an
  /// event with the facts of what was added or removed (a removed round or
  /// snapshot as `audit` holds it).
  public func historyChange(in audit: Audit?) -> HistoryChange {
    func change(_ entity: EntityRef, _ field: String, _ old: String?, _ new: String?)
      -> HistoryChange
    {
      HistoryChange(entity: entity.kind, entityID: entity.id, field: field, old: old, new: new)
    }
    switch self {
    case .set(let edit), .correctAuditorsAssessment(let edit):
      return change(edit.entity, edit.field.name, edit.old, edit.new)
    case .addNote(let id, let note):
      // The row's time and account already say when and by whom.
      return change(.recommendation(id), "note", nil, note.text)
    case .addRound(let round):
      return change(.round(round.id), "created", nil, HistoryRecord.text(RoundRecord(round)))
    case .removeRound(let id):
      let round = audit?.rounds.first { $0.id == id }
      return change(.round(id), "removed", round.map { HistoryRecord.text(RoundRecord($0)) }, nil)
    case .addSnapshot(let snapshot):
      return change(
        .snapshot(snapshot.date), "created", nil, HistoryRecord.text(SnapshotRecord(snapshot)))
    case .removeSnapshot(let date):
      let snapshot = audit?.training.first { $0.date == date }
      return change(
        .snapshot(date), "removed", snapshot.map { HistoryRecord.text(SnapshotRecord($0)) }, nil)
    // A new part: its words, as people will recognise it in the history.
    case .addSection(let section):
      return change(.section(section.id), "created", nil, section.title)
    case .addQuestion(let question, _):
      return change(.question(question.id), "created", nil, question.text)
    case .addRecommendation(let recommendation):
      return change(.recommendation(recommendation.id), "created", nil, recommendation.text)
    case .addKeyFigure(let figure):
      return change(.keyFigure(figure.id), "created", nil, figure.name)
    case .addTrainingSection(let date, let counts):
      return change(.training(date: date, section: counts.section), "created", nil, counts.section)
    }
  }
}

extension HistoryEntry {
  /// Rows that record an event (a note, an import, something added or
  /// removed) rather than a field going from one value to another.
  public static let eventFields: Set<String> = ["note", "import", "created", "removed"]

  /// What the import row of an audit made by `granska new` names as its
  /// source, where an import names its file.
  public static let newAuditSource = "(new)"

  public var isFieldChange: Bool { !Self.eventFields.contains(field) }
}

/// What history keeps of a round when it is added or removed: plain facts,
/// so that every reader words them in their own language.
public struct RoundRecord: Codable, Equatable, Sendable {
  public var title: String
  public var date: Day?
  public var assessments: Int

  public init(_ round: AssessmentRound) {
    title = round.title
    date = round.date
    assessments = round.assessments.count
  }

  public init(title: String, date: Day?, assessments: Int) {
    self.title = title
    self.date = date
    self.assessments = assessments
  }
}

/// What history keeps of a training snapshot when it is added or removed.
public struct SnapshotRecord: Codable, Equatable, Sendable {
  public var sections: Int
  public var employees: Int
  public var completed: Int
  public var illustrative: Bool

  public init(_ snapshot: TrainingSnapshot) {
    let total = snapshot.total
    sections = snapshot.sections.count
    employees = total.employees
    completed = total.completed
    illustrative = snapshot.illustrative
  }

  public init(sections: Int, employees: Int, completed: Int, illustrative: Bool) {
    self.sections = sections
    self.employees = employees
    self.completed = completed
    self.illustrative = illustrative
  }
}

/// A record as the text history stores (JSON with sorted keys), and back.
public enum HistoryRecord {
  public static func text<T: Encodable>(_ record: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(record)) ?? Data(), as: UTF8.self)
  }

  public static func decode<T: Decodable>(_ type: T.Type, from text: String?) -> T? {
    guard let text, text.hasPrefix("{") else { return nil }
    return try? JSONDecoder().decode(type, from: Data(text.utf8))
  }
}

/// The change to one field of one thing over a period: its first old value
/// and its last new value, whoever made the steps between.
public struct NetChange: Equatable, Sendable {
  /// The latest entry, with the old value of the earliest.
  public var entry: HistoryEntry
  /// Everyone who changed it in the period, earliest first.
  public var accounts: [String]
}

extension HistoryEntry {
  /// The net changes of a period, newest first: one per thing and field,
  /// from its first old value to its last new value, left out when it
  /// ended where it started. Events (notes, rounds added) are kept as they
  /// are, but for a thing added and removed again in the period (or removed
  /// and put back as it was): nothing of it is left.
  public static func net(_ entries: [HistoryEntry]) -> [NetChange] {
    struct Key: Hashable {
      var audit, entity, id, field: String
    }
    var changes: [Key: NetChange] = [:]
    var events: [NetChange] = []
    // Oldest first: the first entry seen for a field holds its first old value.
    let oldestFirst = entries.sorted(by: { ($0.at, $0.id) < ($1.at, $1.id) })
    let undone = cameAndWent(oldestFirst)
    for entry in oldestFirst {
      if let thing = entry.thing, undone.passed.contains(thing) { continue }
      if undone.restored.contains(entry.id) { continue }
      guard entry.isFieldChange else {
        events.append(NetChange(entry: entry, accounts: [entry.account]))
        continue
      }
      let key = Key(
        audit: entry.auditID, entity: entry.entity, id: entry.entityID, field: entry.field)
      var change = changes[key] ?? NetChange(entry: entry, accounts: [])
      let firstOld = change.entry.oldValue
      change.entry = entry
      change.entry.oldValue = firstOld
      if !change.accounts.contains(entry.account) { change.accounts.append(entry.account) }
      changes[key] = change
    }
    let kept = changes.values.filter { $0.entry.oldValue != $0.entry.newValue }
    return (events + kept).sorted { ($0.entry.at, $0.entry.id) > ($1.entry.at, $1.entry.id) }
  }

  /// The thing a row is about, or the thing it belongs to (a round's
  /// assessment, a snapshot's section), as audit, kind and id.
  private var thing: [String]? {
    switch entityRef {
    case .assessment(let round, _)?, .opinion(let round, _)?: [auditID, "round", round]
    case .training(let date, _)?: [auditID, "snapshot", date.description]
    case let ref?: [auditID, ref.kind, ref.id]
    case nil: nil
    }
  }

  /// What was added and removed again in the period (`passed`: all of it,
  /// what belongs to it included, goes), and the rows of what was removed
  /// and then put back as it was (`restored`: the two rows go).
  private static func cameAndWent(_ oldestFirst: [HistoryEntry]) -> (
    passed: Set<[String]>, restored: Set<Int64>
  ) {
    let added = oldestFirst.filter { $0.field == "created" || $0.field == "removed" }
    var passed: Set<[String]> = []
    var restored: Set<Int64> = []
    for (thing, rows) in Dictionary(grouping: added, by: { $0.thing ?? [] }) where !thing.isEmpty {
      guard let first = rows.first, let last = rows.last, first.id != last.id else { continue }
      if first.field == "created", last.field == "removed" { passed.insert(thing) }
      if first.field == "removed", last.field == "created", first.oldValue == last.newValue {
        restored.formUnion(rows.map(\.id))
      }
    }
    return (passed, restored)
  }
}
