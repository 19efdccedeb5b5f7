/// The status bar's short words for keys whose help label is longer
/// ("r rapport" for "write the follow-up report to a file"), so that a
/// view's main actions fit at 80 columns. Read with `strings.statusWord(.key)`.
public enum StatusWord: CaseIterable, Sendable {
  case pane, rounds, snapshot, edit, follow, status, newRound, newSnapshot, report, audit, details
  case keyFigures, trainingSection
}

extension Strings {
  public func statusWord(_ key: StatusWord) -> String { self(key) }
}

extension StatusWord: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .pane: language("panel", "pane")
    case .rounds: language("omgångar", "rounds")
    case .snapshot: language("mätningar", "snapshots")
    case .edit: language("ändra", "edit")
    case .follow: language("gå till", "go to")
    case .status: language("status", "status")
    case .newRound: language("omgång", "round")
    case .newSnapshot: language("mätning", "snapshot")
    case .report: language("rapport", "report")
    case .audit: language("granskning", "audit")
    case .details: language("detaljer", "details")
    case .keyFigures: language("nyckeltal", "key figures")
    case .trainingSection: language("nytt avsnitt", "new section")
    }
  }
}
