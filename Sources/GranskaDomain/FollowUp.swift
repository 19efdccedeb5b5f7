/// The rules of following an audit up, in one place for the dashboard's
/// forms and the script commands alike: where new rounds and snapshots
/// start from.
extension Audit {
  /// The latest training snapshot, by date.
  public var latestSnapshot: TrainingSnapshot? { training.max { $0.date < $1.date } }

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

  /// A new follow-up round, starting from the previous round's levels and
  /// remarks when asked.
  public func newRound(title: String, date: Day, id: String? = nil, copyingLevels: Bool)
    -> AssessmentRound
  {
    AssessmentRound(
      id: id ?? newRoundID(on: date), title: title, date: date, kind: .followUp,
      assessments: copyingLevels ? (rounds.last?.assessments ?? []) : [])
  }
}

extension TrainingSnapshot {
  /// The target when nothing says otherwise (the audit's own: 75 %).
  public static let defaultTargetPercent = 75
}
