import GranskaDomain

/// Which recommendations the table shows (`f` chooses).
public enum RecommendationFilter: Hashable, Sendable {
  case all, open, overdue
  case status(RecommendationStatus)
  /// Those with this owner; nil: those without one.
  case owner(String?)
  /// Those at one of the audit's own priorities.
  case priority(String)
  /// All, the retired ones too ("Visa utgångna"), marked as retired.
  case withRetired

  func includes(_ recommendation: Recommendation, today: Day, in audit: Audit) -> Bool {
    switch self {
    case .all, .withRetired: true
    case .priority(let priority): recommendation.priority == priority
    case .open: audit.isOpen(recommendation.status)
    case .overdue: recommendation.isOverdue(on: today, in: audit)
    case .status(let status): recommendation.status == status
    case .owner(let owner): recommendation.owner == owner
    }
  }

  /// Every filter the data offers, in the order the chooser lists them:
  /// a priority only where the audit declares priorities, the retired
  /// only where there are any.
  static func choices(for data: DashboardData) -> [RecommendationFilter] {
    let recommendations = data.audit.recommendations
    var owners: [String?] = []
    for owner in recommendations.map(\.owner) where !owners.contains(owner) {
      owners.append(owner)
    }
    let named = owners.compactMap { $0 }.sorted()
    let anyRetired = data.wholeAudit.recommendations.contains { $0.retired != nil }
    return [.all, .open, .overdue] + data.audit.statusChoices.map(Self.status)
      + named.map(Self.owner) + (owners.contains(nil) ? [.owner(nil)] : [])
      + (data.audit.priorities ?? []).map(Self.priority) + (anyRetired ? [.withRetired] : [])
  }

  /// The recommendations the filter chooses among: those in force, or
  /// with the retired ones too.
  func source(_ data: DashboardData) -> [Recommendation] {
    self == .withRetired ? data.wholeAudit.recommendations : data.audit.recommendations
  }
}

/// The order of the recommendations table (`o` steps through them).
public enum RecommendationSort: CaseIterable, Hashable, Sendable {
  case id, status, dueDate, owner
  /// The audit's own priorities, highest first (offered only where it has them).
  case priority

  /// The orders `o` steps through for an audit.
  static func offered(for audit: Audit) -> [RecommendationSort] {
    allCases.filter { $0 != .priority || audit.priorities != nil }
  }
}

/// Which questions the matrix shows, by their level in the latest round (`f` chooses).
public enum QuestionFilter: Hashable, Sendable {
  case all
  /// Those at one of these levels (ids) in the latest round.
  case levels([String])
  /// Those whose level in the latest round differs from the round before.
  case changed
  /// All, the retired ones too ("Visa utgångna"), marked as retired.
  case withRetired

  func includes(_ question: Question, in audit: Audit) -> Bool {
    switch self {
    case .all, .withRetired:
      return true
    case .levels(let ids):
      guard let latest = audit.latestRound, let level = audit.level(of: question.id, in: latest)
      else { return false }
      return ids.contains(level.id)
    case .changed:
      guard audit.rounds.count > 1 else { return false }
      let last = audit.rounds[audit.rounds.count - 1]
      let before = audit.rounds[audit.rounds.count - 2]
      return audit.level(of: question.id, in: last)?.id
        != audit.level(of: question.id, in: before)?.id
    }
  }

  /// All, then the worst assessed level, the two worst, … (never every
  /// assessed level, which is all), then the changed ones, then the
  /// retired ones where there are any.
  static func choices(for data: DashboardData) -> [QuestionFilter] {
    let audit = data.audit
    let worstFirst = audit.scale.filter { $0.role != .none }.reversed().map(\.id)
    let levels = (0..<max(0, worstFirst.count - 1)).map { Self.levels(Array(worstFirst[...$0])) }
    let whole = data.wholeAudit
    let anyRetired =
      whole.questions.contains { $0.retired != nil }
      || whole.sections.contains { $0.retired != nil }
    return [.all] + levels + (audit.rounds.count > 1 ? [.changed] : [])
      + (anyRetired ? [.withRetired] : [])
  }

  /// The audit the matrix shows: as it applies, or with its retired parts.
  func audit(_ data: DashboardData) -> Audit {
    self == .withRetired ? data.wholeAudit : data.audit
  }
}
