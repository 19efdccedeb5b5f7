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

extension StatusWord: Wording {
  public var swedish: String {
    switch self {
    case .pane: "panel"
    case .rounds: "omgångar"
    case .snapshot: "mätningar"
    case .edit: "ändra"
    case .follow: "gå till"
    case .status: "status"
    case .newRound: "omgång"
    case .newSnapshot: "mätning"
    case .report: "rapport"
    case .audit: "granskning"
    case .details: "detaljer"
    case .keyFigures: "nyckeltal"
    case .trainingSection: "nytt avsnitt"
    }
  }

  public var english: String {
    switch self {
    case .pane: "pane"
    case .rounds: "rounds"
    case .snapshot: "snapshots"
    case .edit: "edit"
    case .follow: "go to"
    case .status: "status"
    case .newRound: "round"
    case .newSnapshot: "snapshot"
    case .report: "report"
    case .audit: "audit"
    case .details: "details"
    case .keyFigures: "key figures"
    case .trainingSection: "new section"
    }
  }
}
