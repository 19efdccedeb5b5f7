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

extension PartKey: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .keyNewRecommendation: language("ny rekommendation", "new recommendation")
    case .keyRetire: language("utgå… / gäller igen", "retire… / restore")
    case .newRecommendationTitle: language("Ny rekommendation", "New recommendation")
    case .retireTitle: language("{id} utgår", "Retire {id}")
    case .reason: language("Skäl", "Reason")
    case .questionIDs: language("Frågor (Q1, Q2)", "Questions (Q1, Q2)")
    case .undoneAddition: language("tillägget ångrades", "the addition was undone")
    case .filterRetired: language("alla, utgångna med", "all, retired too")
    case .filterRetiredChoice: language("Visa utgångna", "Show retired")
    case .filterPriority: language("prioritet {priority}", "priority {priority}")
    case .filterPriorityChoice: language("Prioritet: {priority}", "Priority: {priority}")
    case .sortPriority: language("prioritet", "priority")
    case .retiredMark: language("utgår", "retired")
    case .keyMoveQuestion:
      language("flytta frågan upp / ned i avsnittet", "move the question up / down in its section")
    case .keyMoveSection: language("flytta avsnittet upp / ned", "move the section up / down")
    case .keyMoveRecommendation:
      language("flytta rekommendationen upp / ned", "move the recommendation up / down")
    case .keyMoveTrainingSection:
      language("flytta sektionen upp / ned", "move the section up / down")
    case .keyMoveKeyFigure:
      language("flytta nyckeltalet upp / ned", "move the key figure up / down")
    case .notFurtherUp: language("{id} står redan först.", "{id} is already first.")
    case .notFurtherDown: language("{id} står redan sist.", "{id} is already last.")
    case .keyKeyFigures: language("nyckeltal: nytt, ändra, utgå", "key figures: new, edit, retire")
    case .keyFiguresTitle: language("Nyckeltal", "Key figures")
    case .newKeyFigureChoice: language("Nytt nyckeltal…", "New key figure…")
    case .newKeyFigureTitle: language("Nytt nyckeltal", "New key figure")
    case .keyFigureTitle: language("Nyckeltal {id}", "Key figure {id}")
    case .keyResponse: language("ledningens svar", "management response")
    case .responseTitle: language("Ledningens svar på {id}", "Management response to {id}")
    case .retiredBecause: language("Utgår, skäl", "Retired, reason")
    case .keyNewTrainingSection: language("ny sektion i mätningen", "new section in the snapshot")
    case .newTrainingSectionTitle: language("Ny sektion · {date}", "New section · {date}")
    case .noSnapshotYet:
      language(
        "Ingen mätning ännu: lägg först till en med +.", "No snapshot yet: add one first with +.")
    case .allTrainingSections: language("alla sektioner", "all sections")
    case .keyFiguresInForce: language("Nyckeltal som gäller", "Key figures in force")
    }
  }
}
