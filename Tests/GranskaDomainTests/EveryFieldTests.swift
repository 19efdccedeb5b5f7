import GranskaDomain
import Testing

/// `Audit.everyField` is what the format, the store and the exports are
/// held to: it must leave no optional field unset and no list empty, or a
/// new field could be dropped by any of them unseen.
@Suite struct EveryFieldTests {
  @Test func noOptionalIsUnsetAndNoListIsEmpty() {
    #expect(Self.gaps(in: Audit.everyField, at: "audit") == [])
  }

  /// The paths of the optionals that are nil and the lists that are empty.
  static func gaps(in value: Any, at path: String) -> [String] {
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional, .collection, .dictionary, .set:
      if mirror.children.isEmpty { return [path] }
    default: break
    }
    return mirror.children.enumerated().flatMap { index, child in
      gaps(in: child.value, at: path + "." + (child.label ?? "\(index)"))
    }
  }

  @Test func aGapIsNamedByItsPath() {
    let gapped = Recommendation(id: "r", text: "t", questions: ["q"], owner: "o")
    let gaps = Self.gaps(in: gapped, at: "r")
    #expect(gaps.contains("r.dueDate"))
    #expect(gaps.contains("r.evidence"))
    #expect(!gaps.contains("r.owner"))
    #expect(!gaps.contains("r.questions"))
  }
}
