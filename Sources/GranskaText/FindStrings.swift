/// Words of searching and filtering. Read with `strings.find(.key)`;
/// placeholders are filled by `Strings.fill`.
public enum FindKey: CaseIterable, Sendable {
  case match, matches, noMatch, allQuestions, levelsInLatest, or, changedSinceBefore
  case questionsShown, filterStatus, filterOwner, filterNoOwner, sortOwner, showTitle
  case filterAllChoice, filterOpenChoice, filterOverdueChoice, statusChoice, ownerChoice
  case noOwnerChoice, noQuestions, messageTitle, closeHint
  // Where a search found its words, and in which rounds it looks
  case matchedIn, inLatestLevel, inRoundLevel, inRemark, inSectionHeading, inSectionObservations
  case inSectionAssessment, inAllRounds, allRoundsHint, latestRoundHint, searchPromptAllRounds
}

extension Strings {
  public func find(_ key: FindKey) -> String { self(key) }

  /// "3 av 5 träffar", "1 träff".
  public func matches(_ count: Int, at position: Int?) -> String {
    let noun = find(count == 1 ? .match : .matches)
    guard let position else { return "\(count) \(noun)" }
    return "\(position) \(self[.matchOf]) \(count) \(noun)"
  }
}

extension FindKey: Wording {
  public var swedish: String {
    switch self {
    case .match: "träff"
    case .matches: "träffar"
    case .noMatch: "Ingen träff för"
    case .allQuestions: "alla"
    case .levelsInLatest: "{levels} i senaste omgången"
    case .or: "eller"
    case .changedSinceBefore: "ändrade sedan omgången före"
    case .questionsShown: "{shown} av {total} frågor"
    case .filterStatus: "status {status}"
    case .filterOwner: "ansvarig {owner}"
    case .filterNoOwner: "utan ansvarig"
    case .sortOwner: "ansvarig"
    case .showTitle: "Visa"
    case .filterAllChoice: "Alla"
    case .filterOpenChoice: "Öppna"
    case .filterOverdueChoice: "Försenade"
    case .statusChoice: "Status: {status}"
    case .ownerChoice: "Ansvarig: {owner}"
    case .noOwnerChoice: "Utan ansvarig"
    case .noQuestions: "Inga frågor att visa – f väljer vilka"
    case .messageTitle: "Meddelande"
    case .closeHint: "Esc stänger"
    case .matchedIn: "i {field}"
    case .inLatestLevel: "nivån i senaste omgången"
    case .inRoundLevel: "nivån i {round}"
    case .inRemark: "anmärkningen i {round}"
    case .inSectionHeading: "avsnittets rubrik"
    case .inSectionObservations: "avsnittets iakttagelser"
    case .inSectionAssessment: "avsnittets bedömning"
    case .inAllRounds: "i alla omgångar"
    case .allRoundsHint: "Tab: nivåer i alla omgångar"
    case .latestRoundHint: "Tab: nivåer i senaste omgången"
    case .searchPromptAllRounds: "Sök i alla omgångar: "
    }
  }

  public var english: String {
    switch self {
    case .match: "match"
    case .matches: "matches"
    case .noMatch: "No match for"
    case .allQuestions: "all"
    case .levelsInLatest: "{levels} in the latest round"
    case .or: "or"
    case .changedSinceBefore: "changed since the round before"
    case .questionsShown: "{shown} of {total} questions"
    case .filterStatus: "status {status}"
    case .filterOwner: "owner {owner}"
    case .filterNoOwner: "without owner"
    case .sortOwner: "owner"
    case .showTitle: "Show"
    case .filterAllChoice: "All"
    case .filterOpenChoice: "Open"
    case .filterOverdueChoice: "Overdue"
    case .statusChoice: "Status: {status}"
    case .ownerChoice: "Owner: {owner}"
    case .noOwnerChoice: "Without owner"
    case .noQuestions: "No questions to show – f chooses which"
    case .messageTitle: "Message"
    case .closeHint: "Esc closes"
    case .matchedIn: "in {field}"
    case .inLatestLevel: "the level in the latest round"
    case .inRoundLevel: "the level in {round}"
    case .inRemark: "the remark in {round}"
    case .inSectionHeading: "the section's heading"
    case .inSectionObservations: "the section's observations"
    case .inSectionAssessment: "the section's assessment"
    case .inAllRounds: "in all rounds"
    case .allRoundsHint: "Tab: levels in all rounds"
    case .latestRoundHint: "Tab: levels in the latest round"
    case .searchPromptAllRounds: "Search in all rounds: "
    }
  }
}
