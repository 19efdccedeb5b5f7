/// Words of searching and filtering. Read with `strings.find(.key)`;
/// a value a key carries is words it is worded with.
public enum FindKey: Hashable, Sendable {
  case match, matches, noMatch, allQuestions
  case levelsInLatest(levels: String)
  case or, changedSinceBefore
  case questionsShown(shown: String, total: String)
  case filterStatus(status: String)
  case filterOwner(owner: String)
  case filterNoOwner, sortOwner, showTitle
  case filterAllChoice, filterOpenChoice, filterOverdueChoice
  case statusChoice(status: String)
  case ownerChoice(owner: String)
  case noOwnerChoice, noQuestions, messageTitle, closeHint
  // Where a search found its words, and in which rounds it looks
  case matchedIn(field: String)
  case inLatestLevel
  case inRoundLevel(round: String)
  case inRemark(round: String)
  case inSectionHeading, inSectionObservations
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

extension FindKey: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .match: language("träff", "match")
    case .matches: language("träffar", "matches")
    case .noMatch: language("Ingen träff för", "No match for")
    case .allQuestions: language("alla", "all")
    case .levelsInLatest(let levels):
      language("\(levels) i senaste omgången", "\(levels) in the latest round")
    case .or: language("eller", "or")
    case .changedSinceBefore:
      language("ändrade sedan omgången före", "changed since the round before")
    case .questionsShown(let shown, let total):
      language("\(shown) av \(total) frågor", "\(shown) of \(total) questions")
    case .filterStatus(let status): language("status \(status)", "status \(status)")
    case .filterOwner(let owner): language("ansvarig \(owner)", "owner \(owner)")
    case .filterNoOwner: language("utan ansvarig", "without owner")
    case .sortOwner: language("ansvarig", "owner")
    case .showTitle: language("Visa", "Show")
    case .filterAllChoice: language("Alla", "All")
    case .filterOpenChoice: language("Öppna", "Open")
    case .filterOverdueChoice: language("Försenade", "Overdue")
    case .statusChoice(let status): language("Status: \(status)", "Status: \(status)")
    case .ownerChoice(let owner): language("Ansvarig: \(owner)", "Owner: \(owner)")
    case .noOwnerChoice: language("Utan ansvarig", "Without owner")
    case .noQuestions:
      language("Inga frågor att visa – f väljer vilka", "No questions to show – f chooses which")
    case .messageTitle: language("Meddelande", "Message")
    case .closeHint: language("Esc stänger", "Esc closes")
    case .matchedIn(let field): language("i \(field)", "in \(field)")
    case .inLatestLevel: language("nivån i senaste omgången", "the level in the latest round")
    case .inRoundLevel(let round): language("nivån i \(round)", "the level in \(round)")
    case .inRemark(let round): language("anmärkningen i \(round)", "the remark in \(round)")
    case .inSectionHeading: language("avsnittets rubrik", "the section's heading")
    case .inSectionObservations: language("avsnittets iakttagelser", "the section's observations")
    case .inSectionAssessment: language("avsnittets bedömning", "the section's assessment")
    case .inAllRounds: language("i alla omgångar", "in all rounds")
    case .allRoundsHint: language("Tab: nivåer i alla omgångar", "Tab: levels in all rounds")
    case .latestRoundHint:
      language("Tab: nivåer i senaste omgången", "Tab: levels in the latest round")
    case .searchPromptAllRounds: language("Sök i alla omgångar: ", "Search in all rounds: ")
    }
  }
}
