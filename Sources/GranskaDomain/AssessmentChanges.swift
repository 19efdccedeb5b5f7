/// A question whose level differs between two rounds, and which way it went.
public struct AssessmentChange: Equatable, Sendable {
  public enum Direction: Equatable, Sendable {
    /// Up or down the scale (best level first).
    case better, worse
    /// To or from "not assessed": neither better nor worse.
    case other
  }

  public var question: Question
  public var from: Level?
  public var to: Level?
  public var direction: Direction
}

/// What changed between two rounds: every question whose level moved, and
/// how many stayed where they were.
public struct RoundComparison: Equatable, Sendable {
  public var from: AssessmentRound
  public var to: AssessmentRound
  public var changes: [AssessmentChange]
  public var unchanged: Int

  public func changes(_ direction: AssessmentChange.Direction) -> [AssessmentChange] {
    changes.filter { $0.direction == direction }
  }
}

extension Audit {
  /// The latest round beside the one before it, when there are two.
  public var latestComparison: RoundComparison? {
    guard rounds.count > 1 else { return nil }
    return comparison(from: rounds[rounds.count - 2], to: rounds[rounds.count - 1])
  }

  /// The latest round beside the one that was latest on `day` (rounds are
  /// in date order; the auditor's counts as before any day): what moved in
  /// the period. Nil when no round came after that day.
  public func comparison(since day: Day) -> RoundComparison? {
    guard let latest = rounds.last,
      let then = rounds.last(where: { $0.kind == .audit || ($0.date.map { $0 <= day } ?? false) }),
      then.id != latest.id
    else { return nil }
    return comparison(from: then, to: latest)
  }

  /// Each question's level in one round against another, in question order.
  public func comparison(from old: AssessmentRound, to new: AssessmentRound) -> RoundComparison {
    var changes: [AssessmentChange] = []
    for question in questions {
      let before = level(of: question.id, in: old)
      let after = level(of: question.id, in: new)
      guard before?.id != after?.id else { continue }
      changes.append(
        AssessmentChange(
          question: question, from: before, to: after, direction: direction(before, after)))
    }
    return RoundComparison(
      from: old, to: new, changes: changes, unchanged: questions.count - changes.count)
  }

  /// Better when the new level stands higher on the scale (best first);
  /// a question that is or becomes "not assessed" has no direction.
  private func direction(_ before: Level?, _ after: Level?) -> AssessmentChange.Direction {
    guard let before, let after, before.role != .none, after.role != .none,
      let from = scale.firstIndex(of: before), let to = scale.firstIndex(of: after)
    else { return .other }
    return to < from ? .better : .worse
  }
}
