/// Words of entering and retiring an audit's parts in the dashboard (a new
/// recommendation, retiring and restoring) and of its own priorities in
/// lists. Read with `strings.part(.key)`; placeholders are filled by
/// `Strings.fill`.
public enum PartKey: CaseIterable, Sendable {
  case keyNewRecommendation, keyRetire
  case newRecommendationTitle, retireTitle, reason, questionIDs
  /// What a part added in this session is retired with when the addition is undone.
  case undoneAddition
  case filterRetired, filterRetiredChoice, filterPriority, filterPriorityChoice, sortPriority
  case retiredMark
  /// `<` `>` and `(` `)`, and why a part at the edge does not move.
  case keyMoveQuestion, keyMoveSection, keyMoveRecommendation, notFurtherUp, notFurtherDown
}

extension Strings {
  public func part(_ key: PartKey) -> String { self(key) }
}

extension PartKey: Wording {
  public var swedish: String {
    switch self {
    case .keyNewRecommendation: "ny rekommendation"
    case .keyRetire: "utgå… / gäller igen"
    case .newRecommendationTitle: "Ny rekommendation"
    case .retireTitle: "{id} utgår"
    case .reason: "Skäl"
    case .questionIDs: "Frågor (Q1, Q2)"
    case .undoneAddition: "tillägget ångrades"
    case .filterRetired: "alla, utgångna med"
    case .filterRetiredChoice: "Visa utgångna"
    case .filterPriority: "prioritet {priority}"
    case .filterPriorityChoice: "Prioritet: {priority}"
    case .sortPriority: "prioritet"
    case .retiredMark: "utgår"
    case .keyMoveQuestion: "flytta frågan upp / ned i avsnittet"
    case .keyMoveSection: "flytta avsnittet upp / ned"
    case .keyMoveRecommendation: "flytta rekommendationen upp / ned"
    case .notFurtherUp: "{id} står redan först."
    case .notFurtherDown: "{id} står redan sist."
    }
  }

  public var english: String {
    switch self {
    case .keyNewRecommendation: "new recommendation"
    case .keyRetire: "retire… / restore"
    case .newRecommendationTitle: "New recommendation"
    case .retireTitle: "Retire {id}"
    case .reason: "Reason"
    case .questionIDs: "Questions (Q1, Q2)"
    case .undoneAddition: "the addition was undone"
    case .filterRetired: "all, retired too"
    case .filterRetiredChoice: "Show retired"
    case .filterPriority: "priority {priority}"
    case .filterPriorityChoice: "Priority: {priority}"
    case .sortPriority: "priority"
    case .retiredMark: "retired"
    case .keyMoveQuestion: "move the question up / down in its section"
    case .keyMoveSection: "move the section up / down"
    case .keyMoveRecommendation: "move the recommendation up / down"
    case .notFurtherUp: "{id} is already first."
    case .notFurtherDown: "{id} is already last."
    }
  }
}
