import GranskaDomain

/// The matrix shows what a save did to a round: the column of a round just
/// added, or of the round a level was just set in, scrolled into view.
extension Dashboard {
  mutating func showRound(of edits: [AuditEdit]) {
    guard let roundID = edits.lazy.compactMap(Self.round(of:)).first else { return }
    var matrix = state.views[.matrix]
    let listContext = context(for: .matrix, focus: .list)
    guard matrix.reveal(.round(roundID), listContext, clearingFilter: false) else { return }
    state.views[.matrix] = matrix
  }

  /// The round an edit added or set a level or remark in.
  private static func round(of edit: AuditEdit) -> String? {
    switch edit {
    case .addRound(let round): round.id
    case .set(let change), .correctAuditorsAssessment(let change):
      if case .assessment(let round, _) = change.entity { round } else { nil }
    default: nil
    }
  }
}
