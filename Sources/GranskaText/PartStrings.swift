/// Words of entering and retiring an audit's parts in the dashboard (a new
/// recommendation, retiring and restoring) and of its own priorities in
/// lists. Read with `strings.part(.key)`; a value a key carries
/// is words it is worded with.
public enum PartKey: Hashable, Sendable {
  case keyNewRecommendation, keyRetire
  case newRecommendationTitle
  case retireTitle(id: String)
  case reason, questionIDs
  /// What a part added in this session is retired with when the addition is undone.
  case undoneAddition
  case filterRetired, filterRetiredChoice
  case filterPriority(priority: String)
  case filterPriorityChoice(priority: String)
  case sortPriority
  case retiredMark
  /// `<` `>` and `(` `)`, and why a part at the edge does not move.
  case keyMoveQuestion, keyMoveSection, keyMoveRecommendation
  case notFurtherUp(id: String)
  case notFurtherDown(id: String)
  case keyMoveTrainingSection, keyMoveKeyFigure
  /// The key figures' chooser (`K` in the Overview) and form; a reason
  /// typed in the form retires the figure, cleared it applies again.
  case keyKeyFigures, keyFiguresTitle, newKeyFigureChoice, newKeyFigureTitle
  case keyFigureTitle(id: String)
  case retiredBecause
  /// A section of a training snapshot added (`A` in the Training view).
  case keyNewTrainingSection
  case newTrainingSectionTitle(date: String)
  case noSnapshotYet, allTrainingSections
  /// The Overview's filter (`f`) where a key figure is retired.
  case keyFiguresInForce
  /// Management's response to a recommendation (`m`) and its form.
  case keyResponse
  case responseTitle(id: String)
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
    case .retireTitle(let id): language("\(id) utgår", "Retire \(id)")
    case .reason: language("Skäl", "Reason")
    case .questionIDs: language("Frågor (Q1, Q2)", "Questions (Q1, Q2)")
    case .undoneAddition: language("tillägget ångrades", "the addition was undone")
    case .filterRetired: language("alla, utgångna med", "all, retired too")
    case .filterRetiredChoice: language("Visa utgångna", "Show retired")
    case .filterPriority(let priority): language("prioritet \(priority)", "priority \(priority)")
    case .filterPriorityChoice(let priority):
      language("Prioritet: \(priority)", "Priority: \(priority)")
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
    case .notFurtherUp(let id): language("\(id) står redan först.", "\(id) is already first.")
    case .notFurtherDown(let id): language("\(id) står redan sist.", "\(id) is already last.")
    case .keyKeyFigures: language("nyckeltal: nytt, ändra, utgå", "key figures: new, edit, retire")
    case .keyFiguresTitle: language("Nyckeltal", "Key figures")
    case .newKeyFigureChoice: language("Nytt nyckeltal…", "New key figure…")
    case .newKeyFigureTitle: language("Nytt nyckeltal", "New key figure")
    case .keyFigureTitle(let id): language("Nyckeltal \(id)", "Key figure \(id)")
    case .keyResponse: language("ledningens svar", "management response")
    case .responseTitle(let id):
      language("Ledningens svar på \(id)", "Management response to \(id)")
    case .retiredBecause: language("Utgår, skäl", "Retired, reason")
    case .keyNewTrainingSection: language("ny sektion i mätningen", "new section in the snapshot")
    case .newTrainingSectionTitle(let date):
      language("Ny sektion · \(date)", "New section · \(date)")
    case .noSnapshotYet:
      language(
        "Ingen mätning ännu: lägg först till en med +.", "No snapshot yet: add one first with +.")
    case .allTrainingSections: language("alla sektioner", "all sections")
    case .keyFiguresInForce: language("Nyckeltal som gäller", "Key figures in force")
    }
  }
}
