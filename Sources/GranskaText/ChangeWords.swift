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
  public var sentence: String {
    get { sentenceParts.count == 1 ? sentenceParts[0] : sentenceParts.joined() }
    set { sentenceParts = [newValue] }
  }
  /// The sentence in the pieces it is worded from: `log` writes them one
  /// after another, without joining them into a string of their own.
  private(set) var sentenceParts: [String]

  /// "Pågår → Klar", or an event's details.
  public var change: String { old.map { "\($0) → \(new)" } ?? new }

  init(subject: String, what: String, old: String?, new: String, sentence: String) {
    self.init(subject: subject, what: what, old: old, new: new, sentenceParts: [sentence])
  }

  init(subject: String, what: String, old: String?, new: String, sentenceParts: [String]) {
    self.subject = subject
    self.what = what
    self.old = old
    self.new = new
    self.sentenceParts = sentenceParts
  }

  /// Equal when they read the same, however their sentences were pieced.
  public static func == (a: ChangeDescription, b: ChangeDescription) -> Bool {
    a.subject == b.subject && a.what == b.what && a.old == b.old && a.new == b.new
      && a.sentence == b.sentence
  }
}

/// History in the user's words: entities as people know them, fields as the
/// forms name them, statuses and levels as words — never ids or slugs.
public struct ChangeWords {
  let strings: Strings
  /// The audit the changes belong to, for round titles and level labels.
  /// Only its rounds' titles, scale and statuses are read: `granska log`
  /// reads no more of it (`AuditParts.wording`). In a box: the words are
  /// passed for every line of `log`, and copying an audit's lists each
  /// time cost more than the line's wording.
  private let box: AuditBox?

  private final class AuditBox: Sendable {
    let audit: Audit
    init(_ audit: Audit) { self.audit = audit }
  }
  /// Whether an import names the file it read ("från filen /srv/x.yaml");
  /// a report for the board says only "från en fil": a server's paths are
  /// no business of the minutes.
  public var namesFiles = true

  public init(strings: Strings, audit: Audit?) {
    self.strings = strings
    self.box = audit.map(AuditBox.init)
  }

  public func describe(_ entry: HistoryEntry) -> ChangeDescription {
    if let reminder = ReminderSent(entry) { return reminded(reminder) }
    if entry.field == "position", Self.structureKinds.contains(entry.entity),
      let moved = moved(entry)
    {
      return moved
    }
    switch entry.field {
    case "import": return imported(entry)
    case "created" where Self.structureKinds.contains(entry.entity): return newPart(entry)
    case "created", "removed": return addedOrRemoved(entry)
    case "retired": return retiredOrRestored(entry)
    case "note":
      let subject = self.subject(entry)
      let text = entry.newValue ?? ""
      return ChangeDescription(
        subject: subject, what: strings[.newNote], old: nil, new: text,
        sentenceParts: [subject, ": ", strings[.newNote], ": ", text])
    default:
      let subject = self.subject(entry)
      let field = entry.fieldRef
      let what = field.map(self.field) ?? otherField(entry.field)
      let old = field.map { value(entry.oldValue, of: $0) } ?? otherValue(entry.oldValue, entry)
      let new = field.map { value(entry.newValue, of: $0) } ?? otherValue(entry.newValue, entry)
      return ChangeDescription(
        subject: subject, what: what, old: old, new: new,
        sentenceParts: [subject, ": ", what, " ", old, " → ", new])
    }
  }

  /// The thing a history row is about, by the name people use.
  public func subject(_ entry: HistoryEntry) -> String {
    switch entry.entityRef {
    case .recommendation(let id)?:
      return strings.history(.recommendation(id: id))
    case .assessment(let roundID, let question)?:
      guard let round = box?.audit.rounds.first(where: { $0.id == roundID }) else {
        return strings.history(.questionInRemovedRound(question: question))
      }
      return strings.history(.questionInRound(question: question, round: round.title))
    case .opinion(let roundID, let section)?:
      guard let round = box?.audit.rounds.first(where: { $0.id == roundID }) else {
        return strings.history(.sectionInRemovedRound(section: section))
      }
      return strings.history(.sectionInRound(section: section, round: round.title))
    case .round(let id)?:
      let title = box?.audit.rounds.first { $0.id == id }?.title
      return strings.history(.round(round: title ?? roundRecord(entry)?.title ?? id))
    case .snapshot(let date)?:
      return strings.history(.snapshot(date: date.description))
    case .training(let date, let section)?:
      return strings.history(.trainingSection(section: section, date: date.description))
    case .section(let id)?:
      return strings.history(.section(id: id))
    case .question(let id)?:
      return strings.history(.question(id: id))
    case .keyFigure(let id)?:
      return strings.history(.keyFigure(id: id))
    case nil:
      break
    }
    let id = entry.entityID
    switch entry.entity {
    case "audit":
      return strings.history(.theAudit)
    case "editor":
      let kind = id.prefix { $0 != " " }
      let name = id.dropFirst(kind.count).drop { $0 == " " }
      return strings.history(
        kind == "group" ? .group(name: String(name)) : .account(name: String(name)))
    case "person":
      return ServiceText.person(name: id).message(in: strings.language)
    case "owner":
      return OwnerText.owner(id).message(in: strings.language)
    case "database":
      return strings.history(.theDatabase)
    default:
      return id
    }
  }

  /// A field's name as the forms show it.
  public func field(_ field: FieldRef) -> String {
    let key: TextKey =
      switch field {
      case .recommendation(_, let field): field.label
      case .assessment(_, _, let field): field.label
      case .round(_, let field): field.label
      case .snapshot(_, let field): field.label
      case .training(_, _, let field): field.label
      case .section(_, let field): field.label
      case .question(_, let field): field.label
      case .opinion: .opinion
      case .keyFigure(_, let field): field.label
      }
    return strings[key]
  }

  /// A stored value as shown: statuses and levels by their words, counts
  /// with the language's separators, several references on one line.
  public func value(_ value: String?, of field: FieldRef) -> String {
    guard let value else { return strings[.none] }
    switch field {
    case .recommendation(_, .status):
      return strings.status(RecommendationStatus(rawValue: value), declared: box?.audit.statuses)
    case .recommendation(_, .evidence): return HistoryText.joinedLines(value, separator: "; ")
    case .recommendation(_, .questions): return HistoryText.joinedLines(value, separator: ", ")
    case .recommendation(_, .agreement):
      return ResponseAgreement(rawValue: value).map(strings.agreement) ?? value
    case .assessment(_, _, .level), .opinion:
      return box?.audit.scale.first { $0.id == value }?.label ?? value
    case .training(_, _, .retired): return value
    case .training: return Int(value).map(strings.number) ?? value
    case .keyFigure(_, .value): return Double(value).map { strings.figure($0, unit: "") } ?? value
    case .keyFigure where value.isEmpty: return strings[.none]
    case .snapshot(_, .targetPercent): return Int(value).map(strings.percent) ?? value
    default: return value
    }
  }

  /// The name of a field of what is no part of an audit (who may edit, a
  /// person's role), or of a field this version does not know.
  private func otherField(_ name: String) -> String {
    if name == "allowed" { return strings.history(.access) }
    if name == "restored" { return strings.history(.restoredFrom) }
    if let word = ServiceText.personField(name) { return word.message(in: strings.language) }
    if let word = OwnerText.field(name) { return word.message(in: strings.language) }
    return name
  }

  private func otherValue(_ value: String?, _ entry: HistoryEntry) -> String {
    if entry.field == "allowed" { return strings.history(value == nil ? .mayNotEdit : .mayEdit) }
    guard let value else { return strings[.none] }
    if entry.field == "role", let role = ServiceText.role(value) {
      return role.message(in: strings.language)
    }
    return value
  }

  // MARK: Events

  /// "Påminnelse till Kommunchef om R1, R4".
  private func reminded(_ reminder: ReminderSent) -> ChangeDescription {
    let owner = OwnerContact.oneLine(reminder.owner)
    let items = reminder.record.items.joined(separator: ", ")
    let what = strings.history(.reminder)
    return ChangeDescription(
      subject: owner, what: what, old: nil, new: "\(items) <\(reminder.record.to)>",
      sentence: strings.history(.reminderTo(owner: owner, items: items)))
  }

  private func imported(_ entry: HistoryEntry) -> ChangeDescription {
    let source = entry.newValue ?? ""
    if source == HistoryEntry.newAuditSource {
      let what = strings.history(.newAudit)
      return ChangeDescription(
        subject: strings.history(.theAudit), what: what, old: nil, new: entry.auditID,
        sentence: "\(what): \(entry.auditID)")
    }
    let builtIn = source == "built-in"
    var detail =
      builtIn
      ? strings.history(.builtInAudit)
      : namesFiles
        ? strings.history(.fromFile(file: source)) : strings.history(.fromAFile)
    if entry.oldValue != nil { detail += " (\(strings.history(.replacedPrevious)))" }
    let what = strings.history(.imported)
    // "Inläst: inbyggd granskning", but "Inläst från en fil".
    return ChangeDescription(
      subject: strings.history(.theAudit), what: what, old: nil, new: detail,
      sentence: builtIn ? "\(what): \(detail)" : "\(what) \(detail)")
  }

  /// The kinds of parts a coordinator adds by hand, whose "created" rows
  /// hold the part's words.
  static let structureKinds: Set<String> = [
    "section", "question", "recommendation", "keyFigure", "training",
  ]

  /// "Ny rekommendation R9: …".
  private func newPart(_ entry: HistoryEntry) -> ChangeDescription {
    let key: HistoryKey =
      switch entry.entity {
      case "section": .newSection
      case "question": .newQuestion
      case "keyFigure": .newKeyFigure
      case "training": .newTrainingSection
      default: .newRecommendation
      }
    let what = strings.history(key)
    let text = entry.newValue ?? ""
    // A training section is named by its snapshot's date: "Ny sektion i mätningen 2025-11-01: Omsorg".
    let id = entry.entityRef.flatMap { ref -> String? in
      if case .training(let date, _) = ref { date.description } else { nil }
    }
    return ChangeDescription(
      subject: subject(entry), what: what, old: nil, new: text,
      sentence: "\(what) \(id ?? entry.entityID): \(text)")
  }

  /// "Rekommendation R3 utgår: ersatt av R9", "Rekommendation R3 gäller igen".
  private func retiredOrRestored(_ entry: HistoryEntry) -> ChangeDescription {
    let subject = self.subject(entry)
    guard let reason = entry.newValue else {
      return ChangeDescription(
        subject: subject, what: strings.history(.restored), old: nil,
        new: entry.oldValue ?? "",
        sentence: strings.history(.restoredItem(subject: subject)))
    }
    return ChangeDescription(
      subject: subject, what: strings.history(.retired), old: nil, new: reason,
      sentence: strings.history(.retiredItem(subject: subject, reason: reason)))
  }

  /// "Fråga Q3 flyttad upp", from place 3 to 2 (counted from 1, as people count).
  private func moved(_ entry: HistoryEntry) -> ChangeDescription? {
    guard let old = entry.oldValue.flatMap({ Int($0) }),
      let new = entry.newValue.flatMap({ Int($0) })
    else { return nil }
    // "Avsnitt S2 flyttat", "Nyckeltal K3 flyttat"; the others "flyttad".
    let neuter = ["section", "keyFigure"].contains(entry.entity)
    let key: HistoryKey =
      new < old ? (neuter ? .movedUpNeuter : .movedUp) : (neuter ? .movedDownNeuter : .movedDown)
    let subject = self.subject(entry)
    let moved = strings.history(key)
    return ChangeDescription(
      subject: subject, what: moved.prefix(1).uppercased() + moved.dropFirst(), old: nil,
      new: strings.history(.places(old: String(old + 1), new: String(new + 1))),
      sentence: "\(subject) \(moved)")
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
      strings.history(.assessmentCount(n: String(record.assessments))),
    ]
    .compactMap { $0 }.joined(separator: ", ")
    return ChangeDescription(
      subject: record.title, what: what, old: nil, new: detail,
      sentence: "\(what): \(record.title), \(detail)")
  }

  private func describe(_ record: SnapshotRecord) -> String {
    var parts = [
      strings.history(.sectionCount(n: String(record.sections))),
      strings.history(
        .completedOf(
          completed: strings.number(record.completed),
          employees: strings.number(record.employees))),
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
}

extension ChangeWords {
  /// Edits as one line of prose ("Rekommendation R1: Status Pågår → Klar;
  /// Ansvarig – → HR"), changes of one thing after one name.
  public func sentence(for edits: [AuditEdit]) -> String {
    var parts: [(subject: String?, text: String)] = []
    for edit in edits {
      let change = describe(Self.entry(for: edit, in: box?.audit))
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
    HistoryEntry(
      id: 0, at: Date(), account: "", auditID: audit?.id ?? "",
      change: edit.historyChange(in: audit))
  }
}

// The words of the fields, as the forms and history name them.

extension RecommendationField {
  public var label: TextKey {
    switch self {
    case .status: .status
    case .owner: .owner
    case .dueDate: .dueDate
    case .plannedAction: .plannedAction
    case .evidence: .evidence
    case .text: .text
    case .questions: .linkedQuestions
    case .retired: .retired
    case .priority: .priority
    case .agreement: .agreement
    case .response: .responseText
    case .responded: .responded
    case .officer: .officer
    case .earlierDueDates: .earlierDueDates
    case .reference: .reportReference
    case .position: .position
    }
  }
}

extension SectionField {
  public var label: TextKey {
    switch self {
    case .title: .heading
    case .observations: .observations
    case .assessment: .sectionAssessment
    case .retired: .retired
    case .position: .position
    }
  }
}

extension QuestionField {
  public var label: TextKey {
    switch self {
    case .text: .text
    case .section: .section
    case .retired: .retired
    case .position: .position
    }
  }
}

extension AssessmentField {
  public var label: TextKey { self == .level ? .level : .remark }
}

extension RoundField {
  public var label: TextKey { self == .title ? .roundTitle : .date }
}

extension SnapshotField {
  public var label: TextKey { self == .targetPercent ? .target : .source }
}

extension TrainingField {
  public var label: TextKey {
    switch self {
    case .employees: .employees
    case .completed: .trainingCompleted
    case .started: .trainingStarted
    case .retired: .retired
    case .position: .position
    }
  }
}

extension KeyFigureField {
  public var label: TextKey {
    switch self {
    case .name: .figureName
    case .value: .figureValue
    case .unit: .figureUnit
    case .period: .figurePeriod
    case .source: .source
    case .retired: .retired
    case .position: .position
    }
  }
}
