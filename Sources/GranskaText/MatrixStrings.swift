/// Words of the question matrix's rounds. Read with `strings.matrix(.key)`.
public enum MatrixKey: CaseIterable, Sendable {
  case changeLegend, better, worse
}

extension Strings {
  public func matrix(_ key: MatrixKey) -> String {
    switch language {
    case .sv: Self.swedish(key)
    case .en: Self.english(key)
    }
  }

  static func swedish(_ key: MatrixKey) -> String {
    switch key {
    case .changeLegend: "mot omgången före"
    case .better: "bättre än omgången före"
    case .worse: "sämre än omgången före"
    }
  }

  static func english(_ key: MatrixKey) -> String {
    switch key {
    case .changeLegend: "against the round before"
    case .better: "better than the round before"
    case .worse: "worse than the round before"
    }
  }
}
