/// Words of the question matrix's rounds. Read with `strings.matrix(.key)`.
public enum MatrixKey: CaseIterable, Sendable {
  case changeLegend, better, worse
  /// Which rounds the columns show: "omgång 2 av 3", "omgångar 2–3 av 4".
  case roundShown, roundsShown
}

extension Strings {
  public func matrix(_ key: MatrixKey) -> String { self(key) }
}

extension MatrixKey: Wording {
  public var swedish: String {
    switch self {
    case .changeLegend: "mot föregående"
    case .better: "bättre än omgången före"
    case .worse: "sämre än omgången före"
    case .roundShown: "omgång {range} av {count}"
    case .roundsShown: "omgångar {range} av {count}"
    }
  }

  public var english: String {
    switch self {
    case .changeLegend: "vs. the previous"
    case .better: "better than the round before"
    case .worse: "worse than the round before"
    case .roundShown: "round {range} of {count}"
    case .roundsShown: "rounds {range} of {count}"
    }
  }
}
