/// The rules of following an audit up, in one place for the dashboard's
/// forms and the script commands alike: where new rounds and snapshots
/// start from.
extension Audit {
  /// The latest training snapshot, by date.
  public var latestSnapshot: TrainingSnapshot? { training.max { $0.date < $1.date } }

  /// Whether the audit follows training at all: it has a snapshot, or
  /// names its training. Where it does not, overview, summary and report
  /// leave training out.
  public var followsTraining: Bool { !training.isEmpty || trainingTitle != nil }

  /// The target a new snapshot is offered: the latest one's, or 75 %.
  public var suggestedTargetPercent: Int {
    latestSnapshot?.targetPercent ?? TrainingSnapshot.defaultTargetPercent
  }

  /// A new snapshot. The target is the suggested one unless given; it keeps
  /// the latest snapshot's period ("75 % under 2024") only when it is the
  /// same target.
  public func newSnapshot(
    date: Day, source: String, targetPercent: Int? = nil, illustrative: Bool,
    sections: [SectionTraining]
  ) -> TrainingSnapshot {
    let target = targetPercent ?? suggestedTargetPercent
    let latest = latestSnapshot
    return TrainingSnapshot(
      date: date, source: source, targetPercent: target,
      targetPeriod: target == latest?.targetPercent ? latest?.targetPeriod : nil,
      illustrative: illustrative, sections: sections)
  }

  /// A follow-up round's id: "uppfoljning-DATE", then "-2", "-3", … when
  /// the audit has a round of that id already.
  public func newRoundID(on date: Day) -> String {
    let base = "uppfoljning-\(date)"
    var id = base
    var n = 2
    while rounds.contains(where: { $0.id == id }) {
      id = "\(base)-\(n)"
      n += 1
    }
    return id
  }

  /// A new follow-up round, starting when asked from the levels, remarks
  /// and opinions on sections of the round before it in time.
  public func newRound(title: String, date: Day, id: String? = nil, copyingLevels: Bool)
    -> AssessmentRound
  {
    let previous = copyingLevels ? round(before: date) : nil
    return AssessmentRound(
      id: id ?? newRoundID(on: date), title: title, date: date, kind: .followUp,
      assessments: previous?.assessments ?? [], opinions: previous?.opinions)
  }

  /// The latest round that gives opinions on sections, where any does.
  public var latestOpinions: AssessmentRound? {
    rounds.last { !($0.opinions ?? []).isEmpty }
  }

  /// The round a round dated `date` follows: the newest dated on or before
  /// it, or the auditor's own.
  public func round(before date: Day) -> AssessmentRound? {
    let index = Self.dateOrderIndex(for: date, in: rounds)
    return index > 0 ? rounds[index - 1] : nil
  }

  /// The newest round dated after `date`: a round dated `date` would come
  /// before it, and the form asks first.
  public func newerRound(than date: Day) -> AssessmentRound? {
    rounds.last { $0.kind == .followUp && ($0.date ?? date) > date }
  }

  /// Where a follow-up dated `date` goes among rounds in date order: after
  /// the auditor's and every round dated on or before it.
  static func dateOrderIndex(for date: Day, in rounds: [AssessmentRound]) -> Int {
    rounds.lastIndex { $0.kind == .audit || ($0.date ?? date) <= date }.map { $0 + 1 } ?? 0
  }
}

extension [AssessmentRound] {
  /// Rounds as everything shows and counts them: the auditor's first, then
  /// the follow-ups by date, rounds of one date in the order given. The
  /// last is the latest.
  public func inDateOrder() -> [AssessmentRound] {
    let followUps = enumerated().filter { $0.element.kind != .audit }.sorted {
      ($0.element.date?.description ?? "", $0.offset)
        < ($1.element.date?.description ?? "", $1.offset)
    }
    return filter { $0.kind == .audit } + followUps.map(\.element)
  }
}

extension TrainingSnapshot {
  /// The target when nothing says otherwise (the audit's own: 75 %).
  public static let defaultTargetPercent = 75
}
