import Foundation

/// Something in an audit that can be edited.
public enum EntityRef: Hashable, Sendable {
  case recommendation(String)
  case assessment(round: String, question: String)
  case round(String)
  case snapshot(Day)
  case training(date: Day, section: String)
  case section(String)
  case question(String)
  case keyFigure(String)
  /// A round's opinion on a section as a whole.
  case opinion(round: String, section: String)

  /// The kind, as history records it.
  public var kind: String {
    switch self {
    case .recommendation: "recommendation"
    case .assessment: "assessment"
    case .round: "round"
    case .snapshot: "snapshot"
    case .training: "training"
    case .section: "section"
    case .question: "question"
    case .keyFigure: "keyFigure"
    case .opinion: "opinion"
    }
  }

  /// The id, as history records it: "R1", "round/Q8", "2025-05-01/Omsorg".
  public var id: String {
    switch self {
    case .recommendation(let id), .round(let id), .section(let id), .question(let id),
      .keyFigure(let id):
      id
    case .assessment(let round, let question): "\(round)/\(question)"
    case .opinion(let round, let section): "\(round)/\(section)"
    case .snapshot(let date): date.description
    case .training(let date, let section): "\(date)/\(section)"
    }
  }
}

extension EntityRef {
  /// The thing a history row names by its kind and id; nil for what is no
  /// part of an audit (the editor list, people) or an id that does not parse.
  public init?(kind: String, id: String) {
    func split(atLast: Bool) -> (String, String)? {
      guard let slash = atLast ? id.lastIndex(of: "/") : id.firstIndex(of: "/") else { return nil }
      return (String(id[..<slash]), String(id[id.index(after: slash)...]))
    }
    switch kind {
    case "recommendation": self = .recommendation(id)
    case "round": self = .round(id)
    case "section": self = .section(id)
    case "question": self = .question(id)
    case "keyFigure": self = .keyFigure(id)
    case "assessment":
      guard let (round, question) = split(atLast: true) else { return nil }
      self = .assessment(round: round, question: question)
    case "opinion":
      guard let (round, section) = split(atLast: true) else { return nil }
      self = .opinion(round: round, section: section)
    case "snapshot":
      guard let date = Day(id) else { return nil }
      self = .snapshot(date)
    case "training":
      guard let (date, section) = split(atLast: false), let day = Day(date) else { return nil }
      self = .training(date: day, section: section)
    default: return nil
    }
  }
}

// The fields each kind of thing has that can be edited, by the names
// history stores (and the interchange format uses): those names are kept.

public enum RecommendationField: String, CaseIterable, Sendable {
  case status, owner, dueDate, plannedAction, evidence
  /// The recommendation as the report words it, and the questions it answers
  /// (ids, one a line).
  case text, questions
  /// Why it no longer applies (nil: it does).
  case retired
  /// One of the audit's own priorities (nil: none given).
  case priority
  /// Management's response: agreed, partly or not (nil: none given), its
  /// words, when it was given and the officer responsible. Named as their
  /// columns are, in lower case, as PostgreSQL's history check names them.
  case agreement, response, responded, officer
  /// The due dates it had before a revision, oldest first (", " between);
  /// a revision of `dueDate` changes it too.
  case earlierDueDates
  /// Its own number or heading in the report (nil: none given).
  case reference
  /// Its place among the recommendations (see `Audit.moving`).
  case position
}

public enum SectionField: String, CaseIterable, Sendable {
  case title, observations, assessment, retired
  /// Its place among the sections (see `Audit.moving`).
  case position
}

public enum QuestionField: String, CaseIterable, Sendable {
  case text
  /// Named as the column is, which PostgreSQL's history check compares.
  case section = "sectionId"
  case retired
  /// Its place among the questions (see `Audit.moving`).
  case position
}

public enum AssessmentField: String, CaseIterable, Sendable {
  case level, remark
}

public enum RoundField: String, CaseIterable, Sendable {
  case title, date
}

public enum SnapshotField: String, CaseIterable, Sendable {
  case targetPercent, source
}

public enum TrainingField: String, CaseIterable, Sendable {
  case employees, completed, started
  /// Why the section no longer counts in the snapshot (nil: it does).
  case retired
  /// Its place among the snapshot's sections (a move).
  case position

  /// The three counts, which forms, commands and checks go through.
  public static let counts: [TrainingField] = [.employees, .completed, .started]
}

/// A key figure's fields, named as their columns are (all lower case).
public enum KeyFigureField: String, CaseIterable, Sendable {
  case name, value, unit, period, source
  /// Why it no longer applies (nil: it does).
  case retired
  /// Its place among the key figures (a move).
  case position
}

/// One field of one thing in an audit: which thing, and which of its own
/// fields, so that a field a thing does not have cannot be written.
public enum FieldRef: Hashable, Sendable {
  case recommendation(String, RecommendationField)
  case assessment(round: String, question: String, AssessmentField)
  case round(String, RoundField)
  case snapshot(Day, SnapshotField)
  case training(date: Day, section: String, TrainingField)
  case section(String, SectionField)
  case question(String, QuestionField)
  /// A round's opinion on a section: a level id of the scale (nil: none).
  case opinion(round: String, section: String)
  case keyFigure(String, KeyFigureField)

  public var entity: EntityRef {
    switch self {
    case .recommendation(let id, _): .recommendation(id)
    case .assessment(let round, let question, _): .assessment(round: round, question: question)
    case .round(let id, _): .round(id)
    case .snapshot(let date, _): .snapshot(date)
    case .training(let date, let section, _): .training(date: date, section: section)
    case .section(let id, _): .section(id)
    case .question(let id, _): .question(id)
    case .opinion(let round, let section): .opinion(round: round, section: section)
    case .keyFigure(let id, _): .keyFigure(id)
    }
  }

  /// The field's name, as history stores it: "status", "dueDate".
  public var name: String {
    switch self {
    case .recommendation(_, let field): field.rawValue
    case .assessment(_, _, let field): field.rawValue
    case .round(_, let field): field.rawValue
    case .snapshot(_, let field): field.rawValue
    case .training(_, _, let field): field.rawValue
    case .section(_, let field): field.rawValue
    case .question(_, let field): field.rawValue
    case .opinion: Self.opinionField
    case .keyFigure(_, let field): field.rawValue
    }
  }

  /// The field a history row (or a conflict) names; nil for names that
  /// are no field of that thing (events: a note, something created).
  public init?(_ entity: EntityRef, _ name: String) {
    switch entity {
    case .recommendation(let id):
      guard let field = RecommendationField(rawValue: name) else { return nil }
      self = .recommendation(id, field)
    case .assessment(let round, let question):
      guard let field = AssessmentField(rawValue: name) else { return nil }
      self = .assessment(round: round, question: question, field)
    case .round(let id):
      guard let field = RoundField(rawValue: name) else { return nil }
      self = .round(id, field)
    case .snapshot(let date):
      guard let field = SnapshotField(rawValue: name) else { return nil }
      self = .snapshot(date, field)
    case .training(let date, let section):
      guard let field = TrainingField(rawValue: name) else { return nil }
      self = .training(date: date, section: section, field)
    case .section(let id):
      guard let field = SectionField(rawValue: name) else { return nil }
      self = .section(id, field)
    case .question(let id):
      guard let field = QuestionField(rawValue: name) else { return nil }
      self = .question(id, field)
    case .opinion(let round, let section):
      guard name == Self.opinionField else { return nil }
      self = .opinion(round: round, section: section)
    case .keyFigure(let id):
      guard let field = KeyFigureField(rawValue: name) else { return nil }
      self = .keyFigure(id, field)
    }
  }

  /// An opinion's one field, as history names it.
  public static let opinionField = "level"
}

/// One field's change, from the value the editor saw to the new one. Values
/// are text as history shows them (dates "YYYY-MM-DD", statuses and levels
/// by id, counts as numbers, evidence one reference per line); nil is empty.
public struct FieldChange: Hashable, Sendable {
  public var field: FieldRef
  public var old: String?
  public var new: String?

  public init(_ field: FieldRef, from old: String?, to new: String?) {
    self.field = field
    self.old = old
    self.new = new
  }

  public var entity: EntityRef { field.entity }

  public var reversed: FieldChange { FieldChange(field, from: new, to: old) }
}

/// A saved edit. Field changes are checked against what the editor saw, so
/// a change made meanwhile by someone else is never silently overwritten.
public enum AuditEdit: Equatable, Sendable {
  case set(FieldChange)
  case addNote(recommendation: String, Note)
  case addRound(AssessmentRound)
  case removeRound(String)
  case addSnapshot(TrainingSnapshot)
  case removeSnapshot(Day)
  /// A new part of the audit's structure. Nothing is ever removed from it:
  /// a part that no longer applies is retired (`.set` its `retired` field).
  case addSection(ReportSection)
  /// A question, with the auditor's assessment of it when the report gives one.
  case addQuestion(Question, Assessment?)
  case addRecommendation(Recommendation)
  /// A figure the report gives (a count, a share, a sum), and a section of
  /// the organisation added to a training snapshot with its counts.
  case addKeyFigure(KeyFigure)
  case addTrainingSection(date: Day, SectionTraining)
  /// A correction of the auditor's own assessment of a question (its level
  /// or remark in the audit's round), entered wrong from the report
  /// (`granska edit question`). Following up never changes that round: a
  /// `.set` of it is refused.
  case correctAuditorsAssessment(FieldChange)

  /// The field change an edit makes, checked against what the editor saw;
  /// nil for what adds or removes something.
  public var fieldChange: FieldChange? {
    switch self {
    case .set(let change), .correctAuditorsAssessment(let change): change
    default: nil
    }
  }

  /// The edit that takes this one back (for undo); nil when there is none.
  public var inverse: AuditEdit? {
    switch self {
    case .set(let change): .set(change.reversed)
    case .correctAuditorsAssessment(let change): .correctAuditorsAssessment(change.reversed)
    case .addRound(let round): .removeRound(round.id)
    case .addSnapshot(let snapshot): .removeSnapshot(snapshot.date)
    case .addNote, .removeRound, .removeSnapshot, .addSection, .addQuestion, .addRecommendation,
      .addKeyFigure, .addTrainingSection:
      nil
    }
  }
}

/// Why an edit was refused, as facts (GranskaText words it).
public enum EditError: Error, Hashable, Sendable {
  case notFound(AuditItem)
  /// The auditor's round is the record of the audit.
  case auditorsRound(String)
  case invalid(field: String, AuditProblem)
}

/// Someone else saved the same field first: who, when, and what is saved now.
public struct Conflict: Hashable, Sendable {
  public var entity: String
  public var entityID: String
  public var field: String
  public var account: String?
  public var at: Date?
  public var savedValue: String?

  public init(
    entity: String, entityID: String, field: String, account: String?, at: Date?,
    savedValue: String?
  ) {
    self.entity = entity
    self.entityID = entityID
    self.field = field
    self.account = account
    self.at = at
    self.savedValue = savedValue
  }
}
