import Foundation
import GranskaDomain

/// One saved change in the reader's words: "Rekommendation R1", "Status",
/// "Pågår → Klar", or as a sentence for logs and reports.
public struct ChangeDescription: Equatable, Sendable {
  /// What was changed, as people name it ("Fråga Q8 i Uppföljning hösten 2025").
  public var subject: String
  /// The field as the forms name it ("Planerad åtgärd"), or the event ("Ny omgång").
  public var what: String
  /// The value before, in words; nil for events, which have only `new`.
  public var old: String?
  /// The value after (or an event's details), in words.
  public var new: String
  /// The whole change as one line of prose.
  public var sentence: String

  /// "Pågår → Klar", or an event's details.
  public var change: String { old.map { "\($0) → \(new)" } ?? new }
}

/// History in the user's words: entities as people know them, fields as the
/// forms name them, statuses and levels as words — never ids or slugs.
public struct ChangeWords {
  let strings: Strings
  /// The audit the changes belong to, for round titles and level labels.
  let audit: Audit?

  public init(strings: Strings, audit: Audit?) {
    self.strings = strings
    self.audit = audit
  }

  public func describe(_ entry: HistoryEntry) -> ChangeDescription {
    switch entry.field {
    case "import": return imported(entry)
    case "created", "removed": return addedOrRemoved(entry)
    case "note":
      let subject = self.subject(entry)
      let text = entry.newValue ?? ""
      return ChangeDescription(
        subject: subject, what: strings[.newNote], old: nil, new: text,
        sentence: "\(subject): \(strings[.newNote]): \(text)")
    default:
      let subject = self.subject(entry)
      let what = field(entry.field)
      let old = value(entry.oldValue, field: entry.field, entity: entry.entity)
      let new = value(entry.newValue, field: entry.field, entity: entry.entity)
      return ChangeDescription(
        subject: subject, what: what, old: old, new: new,
        sentence: "\(subject): \(what) \(old) → \(new)")
    }
  }

  /// The thing a history row is about, by the name people use.
  public func subject(_ entry: HistoryEntry) -> String {
    let id = entry.entityID
    switch entry.entity {
    case "recommendation":
      return strings.fill(strings.history(.recommendation), ["id": id])
    case "assessment":
      let (roundID, question) = split(id, atLast: true)
      guard let round = audit?.rounds.first(where: { $0.id == roundID }) else {
        return strings.fill(strings.history(.questionInRemovedRound), ["question": question])
      }
      return strings.fill(
        strings.history(.questionInRound), ["question": question, "round": round.title])
    case "round":
      let title = audit?.rounds.first { $0.id == id }?.title
      return strings.fill(
        strings.history(.round), ["round": title ?? roundRecord(entry)?.title ?? id])
    case "snapshot":
      return strings.fill(strings.history(.snapshot), ["date": id])
    case "training":
      let (date, section) = split(id, atLast: false)
      return strings.fill(strings.history(.trainingSection), ["section": section, "date": date])
    case "audit":
      return strings.history(.theAudit)
    case "editor":
      let (kind, name) = split(id, atLast: false, separator: " ")
      return strings.fill(strings.history(kind == "group" ? .group : .account), ["name": name])
    case "person":
      return ServiceText.person(name: id).message(in: strings.language)
    default:
      return id
    }
  }

  /// A field's name as the forms show it.
  public func field(_ name: String) -> String {
    let words: [String: TextKey] = [
      "status": .status, "owner": .owner, "dueDate": .dueDate, "plannedAction": .plannedAction,
      "evidence": .evidence, "level": .level, "remark": .remark, "employees": .employees,
      "completed": .trainingCompleted, "started": .trainingStarted, "title": .roundTitle,
      "date": .date, "targetPercent": .target, "source": .source,
    ]
    if name == "allowed" { return strings.history(.access) }
    if let word = ServiceText.personField(name) { return word.message(in: strings.language) }
    return words[name].map { strings[$0] } ?? name
  }

  /// A saved value as shown: statuses and levels by their words, counts
  /// with the language's separators, several references on one line.
  public func value(_ value: String?, field: String, entity: String = "") -> String {
    if field == "allowed" { return strings.history(value == nil ? .mayNotEdit : .mayEdit) }
    guard let value else { return strings[.none] }
    if field == "role", let role = ServiceText.role(value) {
      return role.message(in: strings.language)
    }
    switch field {
    case "status": return RecommendationStatus(rawValue: value).map(strings.status) ?? value
    case "level": return audit?.scale.first { $0.id == value }?.label ?? value
    case "evidence": return value.split(separator: "\n").joined(separator: "; ")
    case "employees", "completed", "started": return Int(value).map(strings.number) ?? value
    case "targetPercent": return Int(value).map(strings.percent) ?? value
    default: return value
    }
  }

  // MARK: Events

  private func imported(_ entry: HistoryEntry) -> ChangeDescription {
    let source = entry.newValue ?? ""
    var detail =
      source == "built-in"
      ? strings.history(.builtInAudit) : strings.fill(strings.history(.fromFile), ["file": source])
    if entry.oldValue != nil { detail += " (\(strings.history(.replacedPrevious)))" }
    let what = strings.history(.imported)
    return ChangeDescription(
      subject: strings.history(.theAudit), what: what, old: nil, new: detail,
      sentence: "\(what): \(detail)")
  }

  private func addedOrRemoved(_ entry: HistoryEntry) -> ChangeDescription {
    let added = entry.field == "created"
    if entry.entity == "snapshot" {
      let what = strings.history(added ? .newSnapshot : .removedSnapshot)
      let detail =
        snapshotRecord(entry).map(describe) ?? (added ? entry.newValue : entry.oldValue) ?? ""
      return ChangeDescription(
        subject: subject(entry), what: what, old: nil, new: detail,
        sentence: "\(what): \(entry.entityID)\(detail.isEmpty ? "" : ", \(detail)")")
    }
    let what = strings.history(added ? .newRound : .removedRound)
    guard let record = roundRecord(entry) else {
      return ChangeDescription(
        subject: subject(entry), what: what, old: nil, new: entry.entityID,
        sentence: "\(what): \(entry.entityID)")
    }
    let detail = [
      record.date?.description,
      strings.fill(strings.history(.assessmentCount), ["n": String(record.assessments)]),
    ]
    .compactMap { $0 }.joined(separator: ", ")
    return ChangeDescription(
      subject: record.title, what: what, old: nil, new: detail,
      sentence: "\(what): \(record.title), \(detail)")
  }

  private func describe(_ record: SnapshotRecord) -> String {
    var parts = [
      strings.fill(strings.history(.sectionCount), ["n": String(record.sections)]),
      strings.fill(
        strings.history(.completedOf),
        [
          "completed": strings.number(record.completed),
          "employees": strings.number(record.employees),
        ]),
    ]
    if record.illustrative { parts.append(strings.history(.illustrative)) }
    return parts.joined(separator: ", ")
  }

  /// The round a "created" or "removed" row records. Rows written before
  /// history kept plain facts read "TITLE DATE (N assessments)".
  private func roundRecord(_ entry: HistoryEntry) -> RoundRecord? {
    let text = entry.field == "removed" ? entry.oldValue : entry.newValue
    if let record = HistoryRecord.decode(RoundRecord.self, from: text) { return record }
    guard let text, text.hasSuffix(" assessments)"), let open = text.lastIndex(of: "(") else {
      return nil
    }
    let count = Int(text[text.index(after: open)...].prefix { $0.isNumber }) ?? 0
    var title = text[..<open].trimmingCharacters(in: .whitespaces)
    let date = title.split(separator: " ").last.flatMap { Day(String($0)) }
    if let date {
      title = String(title.dropLast(date.description.count)).trimmingCharacters(in: .whitespaces)
    }
    return RoundRecord(title: title, date: date, assessments: count)
  }

  /// The snapshot a "created" or "removed" row records; older rows read
  /// "N sections, C/E completed".
  private func snapshotRecord(_ entry: HistoryEntry) -> SnapshotRecord? {
    let text = entry.field == "removed" ? entry.oldValue : entry.newValue
    if let record = HistoryRecord.decode(SnapshotRecord.self, from: text) { return record }
    let numbers = (text ?? "").split { !$0.isNumber }.compactMap { Int($0) }
    guard let text, text.hasSuffix(" completed"), numbers.count == 3 else { return nil }
    return SnapshotRecord(
      sections: numbers[0], employees: numbers[2], completed: numbers[1], illustrative: false)
  }

  /// "round/Q8" → ("round", "Q8"); `atLast` splits at the last separator.
  private func split(_ id: String, atLast: Bool, separator: Character = "/") -> (String, String) {
    let index = atLast ? id.lastIndex(of: separator) : id.firstIndex(of: separator)
    guard let index else { return ("", id) }
    return (String(id[..<index]), String(id[id.index(after: index)...]))
  }
}

extension ChangeWords {
  /// Edits as one line of prose ("Rekommendation R1: Status Pågår → Klar;
  /// Ansvarig – → HR"), changes of one thing after one name.
  public func sentence(for edits: [AuditEdit]) -> String {
    var parts: [(subject: String?, text: String)] = []
    for edit in edits {
      let change = describe(Self.entry(for: edit, in: audit))
      guard change.old != nil else {
        parts.append((nil, change.sentence))
        continue
      }
      let text = "\(change.what) \(change.change)"
      if let last = parts.last, last.subject == change.subject {
        parts[parts.count - 1].text += "; \(text)"
      } else {
        parts.append((change.subject, text))
      }
    }
    return parts.map { part in part.subject.map { "\($0): \(part.text)" } ?? part.text }
      .joined(separator: " · ")
  }

  /// The history row an edit would write, for wording it before it is saved.
  public static func entry(for edit: AuditEdit, in audit: Audit?) -> HistoryEntry {
    func row(_ entity: String, _ id: String, _ field: String, _ old: String?, _ new: String?)
      -> HistoryEntry
    {
      HistoryEntry(
        id: 0, at: Date(), account: "", auditID: audit?.id ?? "", entity: entity, entityID: id,
        field: field, oldValue: old, newValue: new)
    }
    switch edit {
    case .set(let change):
      return row(change.entity.kind, change.entity.id, change.field, change.old, change.new)
    case .addNote(let id, let note):
      return row("recommendation", id, "note", nil, note.text)
    case .addRound(let round):
      return row("round", round.id, "created", nil, HistoryRecord.text(RoundRecord(round)))
    case .removeRound(let id):
      let round = audit?.rounds.first { $0.id == id }
      return row("round", id, "removed", round.map { HistoryRecord.text(RoundRecord($0)) }, nil)
    case .addSnapshot(let snapshot):
      return row(
        "snapshot", snapshot.date.description, "created", nil,
        HistoryRecord.text(SnapshotRecord(snapshot)))
    case .removeSnapshot(let date):
      let snapshot = audit?.training.first { $0.date == date }
      return row(
        "snapshot", date.description, "removed",
        snapshot.map { HistoryRecord.text(SnapshotRecord($0)) }, nil)
    }
  }
}
