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
  case keyMoveTrainingSection, keyMoveKeyFigure
  /// The key figures' chooser (`K` in the Overview) and form; a reason
  /// typed in the form retires the figure, cleared it applies again.
  case keyKeyFigures, keyFiguresTitle, newKeyFigureChoice, newKeyFigureTitle, keyFigureTitle
  case retiredBecause
  /// A section of a training snapshot added (`A` in the Training view).
  case keyNewTrainingSection, newTrainingSectionTitle, noSnapshotYet, allTrainingSections
  /// The Overview's filter (`f`) where a key figure is retired.
  case keyFiguresInForce
  /// Management's response to a recommendation (`m`) and its form.
  case keyResponse, responseTitle
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
    case .keyMoveTrainingSection: "flytta sektionen upp / ned"
    case .keyMoveKeyFigure: "flytta nyckeltalet upp / ned"
    case .notFurtherUp: "{id} står redan först."
    case .notFurtherDown: "{id} står redan sist."
    case .keyKeyFigures: "nyckeltal: nytt, ändra, utgå"
    case .keyFiguresTitle: "Nyckeltal"
    case .newKeyFigureChoice: "Nytt nyckeltal…"
    case .newKeyFigureTitle: "Nytt nyckeltal"
    case .keyFigureTitle: "Nyckeltal {id}"
    case .keyResponse: "ledningens svar"
    case .responseTitle: "Ledningens svar på {id}"
    case .retiredBecause: "Utgår, skäl"
    case .keyNewTrainingSection: "ny sektion i mätningen"
    case .newTrainingSectionTitle: "Ny sektion · {date}"
    case .noSnapshotYet: "Ingen mätning ännu: lägg först till en med +."
    case .allTrainingSections: "alla sektioner"
    case .keyFiguresInForce: "Nyckeltal som gäller"
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
    case .keyMoveTrainingSection: "move the section up / down"
    case .keyMoveKeyFigure: "move the key figure up / down"
    case .notFurtherUp: "{id} is already first."
    case .notFurtherDown: "{id} is already last."
    case .keyKeyFigures: "key figures: new, edit, retire"
    case .keyFiguresTitle: "Key figures"
    case .newKeyFigureChoice: "New key figure…"
    case .newKeyFigureTitle: "New key figure"
    case .keyFigureTitle: "Key figure {id}"
    case .keyResponse: "management response"
    case .responseTitle: "Management response to {id}"
    case .retiredBecause: "Retired, reason"
    case .keyNewTrainingSection: "new section in the snapshot"
    case .newTrainingSectionTitle: "New section · {date}"
    case .noSnapshotYet: "No snapshot yet: add one first with +."
    case .allTrainingSections: "all sections"
    case .keyFiguresInForce: "Key figures in force"
    }
  }
}
