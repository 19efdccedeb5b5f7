/// Words of the question matrix's rounds. Read with `strings.matrix(.key)`.
public enum MatrixKey: Hashable, Sendable {
  case changeLegend, better, worse
  /// Which rounds the columns show: "omgång 2 av 3", "omgångar 2–3 av 4".
  case roundShown(range: String, count: String)
  case roundsShown(range: String, count: String)
}

extension Strings {
  public func matrix(_ key: MatrixKey) -> String { self(key) }
}

extension MatrixKey: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .changeLegend: language("mot föregående", "vs. the previous")
    case .better: language("bättre än omgången före", "better than the round before")
    case .worse: language("sämre än omgången före", "worse than the round before")
    case .roundShown(let range, let count):
      language("omgång \(range) av \(count)", "round \(range) of \(count)")
    case .roundsShown(let range, let count):
      language("omgångar \(range) av \(count)", "rounds \(range) of \(count)")
    }
  }
}
