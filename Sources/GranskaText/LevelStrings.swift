import GranskaDomain

/// Words for levels the scale itself does not name. Read with
/// `strings.levels(.key)`.
public enum LevelKey: CaseIterable, Sendable {
  /// A question a round leaves out, when the scale has no level for that.
  case notAssessed
}

extension LevelKey: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .notAssessed: language("Ej bedömd", "Not assessed")
    }
  }
}

extension Strings {
  public func levels(_ key: LevelKey) -> String { self(key) }

  /// The rows of a level table: each level of the scale, then — when the
  /// scale has no level for "not assessed" — one for the questions a round
  /// leaves out. `AuditSummary.RoundCounts.rows` has their counts.
  public func levelRows(of audit: Audit) -> [(label: String, role: LevelRole)] {
    audit.scale.map { ($0.label, $0.role) }
      + (audit.scaleNamesNotAssessed ? [] : [(levels(.notAssessed), .none)])
  }
}
