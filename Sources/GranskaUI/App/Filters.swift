import GranskaDomain

/// Which recommendations the table shows (`f` chooses).
public enum RecommendationFilter: Hashable, Sendable {
  case all, open, overdue
  case status(RecommendationStatus)
  /// Those with this owner; nil: those without one.
  case owner(String?)

  func includes(_ recommendation: Recommendation, today: Day) -> Bool {
    switch self {
    case .all: true
    case .open: recommendation.status.isOpen
    case .overdue: recommendation.isOverdue(on: today)
    case .status(let status): recommendation.status == status
    case .owner(let owner): recommendation.owner == owner
    }
  }

  /// Every filter the data offers, in the order the chooser lists them.
  static func choices(for recommendations: [Recommendation]) -> [RecommendationFilter] {
    var owners: [String?] = []
    for owner in recommendations.map(\.owner) where !owners.contains(owner) {
      owners.append(owner)
    }
    let named = owners.compactMap { $0 }.sorted()
    return [.all, .open, .overdue] + RecommendationStatus.allCases.map(Self.status)
      + named.map(Self.owner) + (owners.contains(nil) ? [.owner(nil)] : [])
  }
}

/// The order of the recommendations table (`o` steps through them).
public enum RecommendationSort: CaseIterable, Hashable, Sendable {
  case id, status, dueDate, owner
}

/// Which questions the matrix shows, by their level in the latest round (`f` chooses).
public enum QuestionFilter: Hashable, Sendable {
  case all
  /// Those at one of these levels (ids) in the latest round.
  case levels([String])
  /// Those whose level in the latest round differs from the round before.
  case changed

  func includes(_ question: Question, in audit: Audit) -> Bool {
    switch self {
    case .all:
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
  /// assessed level, which is all), then the changed ones.
  static func choices(for audit: Audit) -> [QuestionFilter] {
    let worstFirst = audit.scale.filter { $0.role != .none }.reversed().map(\.id)
    let levels = (0..<max(0, worstFirst.count - 1)).map { Self.levels(Array(worstFirst[...$0])) }
    return [.all] + levels + (audit.rounds.count > 1 ? [.changed] : [])
  }
}
