import Foundation

/// Something in an audit that can be edited.
public enum EntityRef: Hashable, Sendable {
  case recommendation(String)
  case assessment(round: String, question: String)
  case round(String)
  case snapshot(Day)
  case training(date: Day, section: String)

  /// The kind, as history records it.
  public var kind: String {
    switch self {
    case .recommendation: "recommendation"
    case .assessment: "assessment"
    case .round: "round"
    case .snapshot: "snapshot"
    case .training: "training"
    }
  }

  /// The id, as history records it: "R1", "round/Q8", "2025-05-01/Omsorg".
  public var id: String {
    switch self {
    case .recommendation(let id), .round(let id): id
    case .assessment(let round, let question): "\(round)/\(question)"
    case .snapshot(let date): date.description
    case .training(let date, let section): "\(date)/\(section)"
    }
  }
}

/// One field's change, from the value the editor saw to the new one. Values
/// are text as history shows them (dates "YYYY-MM-DD", statuses and levels
/// by id, counts as numbers, evidence one reference per line); nil is empty.
public struct FieldChange: Hashable, Sendable {
  public var entity: EntityRef
  public var field: String
  public var old: String?
  public var new: String?

  public init(_ entity: EntityRef, _ field: String, from old: String?, to new: String?) {
    self.entity = entity
    self.field = field
    self.old = old
    self.new = new
  }

  public var reversed: FieldChange { FieldChange(entity, field, from: new, to: old) }
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

  /// The edit that takes this one back (for undo); nil when there is none.
  public var inverse: AuditEdit? {
    switch self {
    case .set(let change): .set(change.reversed)
    case .addRound(let round): .removeRound(round.id)
    case .addSnapshot(let snapshot): .removeSnapshot(snapshot.date)
    case .addNote, .removeRound, .removeSnapshot: nil
    }
  }
}

/// Why an edit was refused, as facts (GranskaText words it).
public enum EditError: Error, Hashable, Sendable {
  case notFound(AuditItem)
  /// The auditor's round is the record of the audit.
  case auditorsRound(String)
  case invalid(field: String, AuditProblem)
  case unknownField(String)
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
