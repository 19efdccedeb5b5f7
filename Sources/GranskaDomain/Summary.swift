/// The figures the Overview and `granska summary` show, derived from an audit.
public struct AuditSummary: Equatable, Sendable {
  public struct LevelCount: Equatable, Sendable {
    public var level: Level
    public var count: Int
  }

  public struct RoundCounts: Equatable, Sendable {
    public var round: AssessmentRound
    public var counts: [LevelCount]
  }

  public var rounds: [RoundCounts]
  public var statusCounts: [RecommendationStatus: Int]
  public var overdue: Int
  public var latestTraining: TrainingSnapshot?

  public init(audit: Audit, today: Day) {
    rounds = audit.rounds.map { RoundCounts(round: $0, counts: audit.levelCounts(in: $0)) }
    statusCounts = Dictionary(grouping: audit.recommendations, by: \.status).mapValues(\.count)
    overdue = audit.recommendations.filter { $0.isOverdue(on: today) }.count
    latestTraining = audit.training.max { $0.date < $1.date }
  }

  public func count(_ status: RecommendationStatus) -> Int { statusCounts[status] ?? 0 }
}

extension Audit {
  /// The level a question has in a round; questions the round leaves out
  /// count as the scale's "none" level when it has one.
  public func level(of question: String, in round: AssessmentRound) -> Level? {
    if let assessment = round.assessment(of: question) {
      return scale.first { $0.id == assessment.level }
    }
    return scale.first { $0.role == .none }
  }

  /// How many questions sit at each level of the scale in a round, in scale order.
  public func levelCounts(in round: AssessmentRound) -> [AuditSummary.LevelCount] {
    var counts: [String: Int] = [:]
    for question in questions {
      if let level = level(of: question.id, in: round) { counts[level.id, default: 0] += 1 }
    }
    return scale.map { AuditSummary.LevelCount(level: $0, count: counts[$0.id] ?? 0) }
  }

  public var auditRound: AssessmentRound? { rounds.first { $0.kind == .audit } }
  public var latestRound: AssessmentRound? { rounds.last }
}

/// Whole percent of a part, rounded half up; 0 when there is no whole.
public func percent(_ part: Int, of whole: Int) -> Int {
  whole > 0 ? (part * 200 + whole) / (whole * 2) : 0
}
