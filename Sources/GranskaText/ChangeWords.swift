import GranskaDomain

/// History's ids in the user's words: "recommendation" → "Rekommendation",
/// "dueDate" → "Klart senast", "in-progress" → "Pågår", "delvis" → "Delvis".
public struct ChangeWords {
  let strings: Strings
  let audit: Audit

  public init(strings: Strings, audit: Audit) {
    self.strings = strings
    self.audit = audit
  }

  public func entity(_ kind: String) -> String {
    let words: [String: TextKey] = [
      "recommendation": .entityRecommendation, "assessment": .entityAssessment,
      "round": .entityRound, "snapshot": .entitySnapshot, "training": .entityTraining,
      "audit": .entityAudit, "editor": .entityEditor,
    ]
    return words[kind].map { strings[$0] } ?? kind
  }

  public func field(_ name: String) -> String {
    let words: [String: TextKey] = [
      "status": .status, "owner": .owner, "dueDate": .dueDate, "plannedAction": .plannedAction,
      "evidence": .evidence, "level": .level, "remark": .remark, "employees": .employees,
      "completed": .trainingCompleted, "started": .trainingStarted, "title": .roundTitle,
      "date": .date, "targetPercent": .targetPercent, "source": .source, "import": .fieldImport,
      "note": .fieldNote, "created": .fieldCreated, "removed": .fieldRemoved,
      "allowed": .fieldAllowed,
    ]
    return words[name].map { strings[$0] } ?? name
  }

  /// A saved value as shown: statuses and levels by their labels.
  public func value(_ value: String?, field: String) -> String {
    guard let value else { return strings[.none] }
    switch field {
    case "status": return RecommendationStatus(rawValue: value).map(strings.status) ?? value
    case "level": return audit.scale.first { $0.id == value }?.label ?? value
    default: return value
    }
  }
}
