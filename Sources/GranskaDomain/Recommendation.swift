/// Where the work on a recommendation stands. This is the municipality's
/// progress, separate from the auditor's verdict (the level) on a question:
/// one of the four every audit has, or one of the audit's own (`Audit.statuses`,
/// "Delvis genomförd", "Risk accepterad"), by its id.
public enum RecommendationStatus: Hashable, Sendable, RawRepresentable, Codable {
  case notStarted
  case inProgress
  case done
  case notApplicable
  /// One of the audit's own statuses, by its id; whether it is open, and
  /// its label, are the audit's (`Audit.isOpen`, `Audit.declaration(of:)`).
  case declared(String)

  /// The four every audit has, in the order they are offered.
  public static let builtIn: [RecommendationStatus] = [
    .notStarted, .inProgress, .done, .notApplicable,
  ]

  /// A status by its id: a built-in one's, else an audit's own.
  public init(rawValue: String) {
    switch rawValue {
    case "not-started": self = .notStarted
    case "in-progress": self = .inProgress
    case "done": self = .done
    case "not-applicable": self = .notApplicable
    default: self = .declared(rawValue)
    }
  }

  /// The id, as the format, the database and history write it.
  public var rawValue: String {
    switch self {
    case .notStarted: "not-started"
    case .inProgress: "in-progress"
    case .done: "done"
    case .notApplicable: "not-applicable"
    case .declared(let id): id
    }
  }

  /// Whether it is one of the four every audit has.
  public var isBuiltIn: Bool {
    if case .declared = self { false } else { true }
  }

  /// The step work usually takes next (not started → in progress → done),
  /// which the status chooser offers first. It never wraps round: done stays
  /// done, and "not applicable" and an audit's own status are left as they are.
  public var next: RecommendationStatus {
    switch self {
    case .notStarted: .inProgress
    case .inProgress, .done: .done
    case .notApplicable, .declared: self
    }
  }
}

/// A status of an audit's own, beside the four every audit has: its id
/// (as recommendations name it), its label, and whether work remains on a
/// recommendation that has it (open: it counts as open and can be
/// overdue; closed: as done).
public struct DeclaredStatus: Codable, Equatable, Sendable {
  public var id: String
  public var label: String
  public var open: Bool

  public init(id: String, label: String, open: Bool) {
    self.id = id
    self.label = label
    self.open = open
  }

  /// A status typed by its label, its id made from it as a level's is.
  public init(label: String, open: Bool) {
    self.init(id: idFromLabel(label), label: label.trimmed, open: open)
  }
}

/// A dated entry in a recommendation's notes history.
public struct Note: Codable, Equatable, Sendable {
  public var date: Day
  public var author: String?
  public var text: String

  public init(date: Day, author: String? = nil, text: String) {
    self.date = date
    self.author = author
    self.text = text
  }
}

/// Whether management agrees with a recommendation, as its response says.
public enum ResponseAgreement: String, Codable, Sendable, CaseIterable {
  case agreed
  case partlyAgreed = "partly-agreed"
  case notAgreed = "not-agreed"
}

/// Management's response to a recommendation, where the report gives one
/// (internal audit's "agreed, to be done by … (officer)").
public struct ManagementResponse: Codable, Equatable, Sendable {
  public var agreement: ResponseAgreement
  public var text: String?
  public var date: Day?
  /// The officer responsible for the agreed action.
  public var officer: String?

  public init(
    agreement: ResponseAgreement, text: String? = nil, date: Day? = nil, officer: String? = nil
  ) {
    self.agreement = agreement
    self.text = text
    self.date = date
    self.officer = officer
  }
}

/// One of the auditor's recommendations to the board, and its follow-up.
public struct Recommendation: Codable, Equatable, Sendable, Identifiable {
  public var id: String
  public var text: String
  public var questions: [String]
  public var status: RecommendationStatus
  /// One of the audit's `priorities`, where it gives them.
  public var priority: String?
  public var owner: String?
  public var dueDate: Day?
  /// The due dates it had before, oldest first, when it was revised (nil:
  /// never): "2025-06-30 (originally 2025-03-31, changed twice)".
  public var earlierDueDates: [Day]?
  public var plannedAction: String?
  /// Management's response, where the report gives one.
  public var response: ManagementResponse?
  /// References that show the work, such as diary numbers or minutes.
  public var evidence: [String]
  public var notes: [Note]
  /// Why the recommendation no longer applies ("ersatt av R9"); nil while it does.
  public var retired: String?
  /// Where the report gives it: its own number or heading there ("3.2",
  /// "Finding 4"), when that is not its id.
  public var reference: String?

  public init(
    id: String, text: String, questions: [String], status: RecommendationStatus = .notStarted,
    priority: String? = nil, owner: String? = nil, dueDate: Day? = nil,
    earlierDueDates: [Day]? = nil, plannedAction: String? = nil,
    response: ManagementResponse? = nil,
    evidence: [String] = [], notes: [Note] = [], retired: String? = nil,
    reference: String? = nil
  ) {
    self.id = id
    self.text = text
    self.questions = questions
    self.status = status
    self.priority = priority
    self.owner = owner
    self.dueDate = dueDate
    self.earlierDueDates = earlierDueDates
    self.plannedAction = plannedAction
    self.response = response
    self.evidence = evidence
    self.notes = notes
    self.retired = retired
    self.reference = reference
  }

  /// `earlierDueDates` as its field's value (and a column) holds them.
  public var earlierDueDatesText: String? {
    earlierDueDates?.map(\.description).joined(separator: ", ")
  }

  /// The due date it was first given, where it was revised since.
  public var originalDueDate: Day? { earlierDueDates?.first }

  /// Sets the due date and keeps the one it replaces. Going back to the
  /// last earlier date (an undo, or a revision withdrawn) takes that off
  /// again, so undoing a revision leaves no trace of it.
  mutating func revise(dueDate new: Day?) {
    var earlier = earlierDueDates ?? []
    if let old = dueDate, let new, old != new {
      if earlier.last == new { earlier.removeLast() } else { earlier.append(old) }
    }
    earlierDueDates = earlier.isEmpty ? nil : earlier
    dueDate = new
  }

  /// Overdue: still open (as `audit` counts its status) and its due date has passed.
  public func isOverdue(on today: Day, in audit: Audit) -> Bool {
    guard audit.isOpen(status), let dueDate else { return false }
    return dueDate < today
  }
}

extension Optional where Wrapped == ManagementResponse {
  /// The response with one of its fields changed: the agreement makes one
  /// (or, emptied, removes one that says nothing else); the others need one.
  func changing(_ field: RecommendationField, to new: String?) throws(EditError)
    -> ManagementResponse?
  {
    let name = field.rawValue
    if field == .agreement {
      guard let new else {
        guard let self, self.text == nil, self.date == nil, self.officer == nil else {
          throw .invalid(field: name, .responseNeedsAgreement)
        }
        return nil
      }
      guard let agreement = ResponseAgreement(rawValue: new) else {
        throw .invalid(field: name, .unknownAgreement(new))
      }
      var response = self ?? ManagementResponse(agreement: agreement)
      response.agreement = agreement
      return response
    }
    guard var response = self else {
      if new == nil { return nil }
      throw .invalid(field: name, .responseNeedsAgreement)
    }
    switch field {
    case .response: response.text = new
    case .responded: response.date = try Audit.day(new, field: name)
    default: response.officer = new
    }
    return response
  }
}

extension Audit {
  /// The statuses a recommendation of this audit may have: the four every
  /// audit has, then the audit's own, in the order it declares them.
  public var statusChoices: [RecommendationStatus] {
    RecommendationStatus.builtIn + (statuses ?? []).map { .declared($0.id) }
  }

  /// The audit's declaration of one of its own statuses; nil for a built-in
  /// one (or an id it does not declare).
  public func declaration(of status: RecommendationStatus) -> DeclaredStatus? {
    guard case .declared(let id) = status else { return nil }
    return statuses?.first { $0.id == id }
  }

  /// Whether work remains on a recommendation with this status: not started
  /// and in progress are open, done and not applicable closed, and an
  /// audit's own status is what it declares (one it does not declare, which
  /// validation refuses, counts as open rather than as done).
  public func isOpen(_ status: RecommendationStatus) -> Bool {
    switch status {
    case .notStarted, .inProgress: true
    case .done, .notApplicable: false
    case .declared: declaration(of: status)?.open ?? true
    }
  }

  /// A status this audit offers, by its id; an id it does not know is
  /// refused naming the field and the audit's own labels.
  func offeredStatus(_ id: String?) throws(EditError) -> RecommendationStatus {
    let status = RecommendationStatus(rawValue: id ?? "")
    guard id != nil, statusChoices.contains(status) else {
      throw .invalid(
        field: RecommendationField.status.rawValue,
        .unknownStatus(id ?? "", declared: (statuses ?? []).map(\.label)))
    }
    return status
  }
}
