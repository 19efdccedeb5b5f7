import GranskaDomain

extension AssessmentRound {
  /// The round as headings and table columns name it, its date apart from
  /// its title: "Uppföljning hösten 2025 (2025-09-15)".
  public var heading: String { date.map { "\(title) (\($0))" } ?? title }
}
