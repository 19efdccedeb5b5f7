/// The figures the Overview and `granska summary` show, derived from an audit.
public struct AuditSummary: Equatable, Sendable {
  public struct LevelCount: Equatable, Sendable {
    public var level: Level
    public var count: Int
  }

  public struct RoundCounts: Equatable, Sendable {
    public var round: AssessmentRound
    /// One per level of the scale, in its order.
    public var counts: [LevelCount]
    /// The counts of a level table's rows: each level's, then — when the
    /// scale has no level for "not assessed" — the questions the round
    /// leaves out (see `Strings.levelRows`).
    public var rows: [Int]
  }

  public var rounds: [RoundCounts]
  public var statusCounts: [RecommendationStatus: Int]
  public var overdue: Int
  /// How many are overdue at each of the audit's priorities, highest
  /// first; empty where the audit gives none.
  public var overdueByPriority: [PriorityCount]
  public var latestTraining: TrainingSnapshot?

  public struct PriorityCount: Equatable, Sendable {
    public var priority: String
    public var count: Int
  }

  public init(audit: Audit, today: Day) {
    rounds = audit.rounds.map { round in
      let counts = audit.levelCounts(in: round)
      let notAssessed = audit.questions.count - counts.reduce(0) { $0 + $1.count }
      return RoundCounts(
        round: round, counts: counts,
        rows: counts.map(\.count) + (audit.scaleNamesNotAssessed ? [] : [notAssessed]))
    }
    statusCounts = Dictionary(grouping: audit.recommendations, by: \.status).mapValues(\.count)
    let late = audit.recommendations.filter { $0.isOverdue(on: today, in: audit) }
    overdue = late.count
    overdueByPriority = (audit.priorities ?? []).map { priority in
      PriorityCount(priority: priority, count: late.filter { $0.priority == priority }.count)
    }
    latestTraining = audit.latestSnapshot
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

  /// A round's opinion on a section as a level of the scale (one the
  /// scale lacks by its id, without a role); nil where it gives none.
  public func opinion(of section: String, in round: AssessmentRound) -> Level? {
    guard let id = round.opinion(of: section) else { return nil }
    return scale.first { $0.id == id } ?? Level(id: id, label: id, role: .none)
  }

  /// How many questions sit at each level of the scale in a round, in scale order.
  public func levelCounts(in round: AssessmentRound) -> [AuditSummary.LevelCount] {
    var counts: [String: Int] = [:]
    for question in questions {
      if let level = level(of: question.id, in: round) { counts[level.id, default: 0] += 1 }
    }
    return scale.map { AuditSummary.LevelCount(level: $0, count: counts[$0.id] ?? 0) }
  }

  /// The id of the level a person names: its id, or its label whatever
  /// the case ("Delvis", "i allt väsentligt").
  public func levelID(named word: String) -> String? {
    let wanted = word.trimmingCharacters(in: .whitespaces)
    return scale.first { $0.id == wanted }?.id
      ?? scale.first { $0.label.lowercased() == wanted.lowercased() }?.id
  }

  /// Whether a level id means "not assessed" (the scale's `none` level).
  public func isNotAssessed(_ level: String) -> Bool {
    scale.first { $0.id == level }?.role == LevelRole.none
  }

  /// True when the scale has its own level for "not assessed"; otherwise
  /// level tables add a row for the questions a round leaves out.
  public var scaleNamesNotAssessed: Bool { scale.contains { $0.role == .none } }

  public var auditRound: AssessmentRound? { rounds.first { $0.kind == .audit } }
  public var latestRound: AssessmentRound? { rounds.last }
}

/// Whole percent of a part, rounded half up; 0 when there is no whole.
public func percent(_ part: Int, of whole: Int) -> Int {
  whole > 0 ? (part * 200 + whole) / (whole * 2) : 0
}

/// Whole percents of parts shown together, which add up to 100 as their
/// whole does (see `apportion`). 1011, 119 and 107 of 1 237 are 82, 9
/// and 9, where rounding each alone says 82, 10, 9.
public func percents(_ parts: [Int]) -> [Int] { apportion(parts, into: 100) }

/// Parts of a whole shared out in `units` (percent points, a bar's
/// cells) that add up to `units`: each part's floor, then a unit to the
/// parts with the largest fractions, the first on a tie (largest remainder).
public func apportion(_ parts: [Int], into units: Int) -> [Int] {
  let whole = parts.reduce(0, +)
  guard whole > 0 else { return parts.map { _ in 0 } }
  var shares = parts.map { $0 * units / whole }
  let left = units - shares.reduce(0, +)
  let byRemainder = parts.indices.sorted {
    (parts[$0] * units % whole, $1) > (parts[$1] * units % whole, $0)
  }
  for index in byRemainder.prefix(left) { shares[index] += 1 }
  return shares
}
