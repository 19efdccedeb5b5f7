import GranskaDomain

extension Strings {
  /// A due date with the one it replaced, where it was revised:
  /// "2025-06-30 (ursprungligen 2025-03-31, ändrat 2 gånger)".
  public func dueDate(of item: Recommendation) -> String? {
    guard let due = item.dueDate else { return nil }
    guard let original = item.originalDueDate, let times = item.earlierDueDates?.count else {
      return due.description
    }
    return "\(due) (\(revised(from: original, times: times)))"
  }

  /// "ursprungligen 2025-03-31, ändrat 2 gånger" / "originally 2025-03-31, changed twice".
  public func revised(from original: Day, times: Int) -> String {
    switch language {
    case .sv: "ursprungligen \(original), ändrat \(times == 1 ? "en gång" : "\(times) gånger")"
    case .en:
      "originally \(original), changed "
        + (times == 1 ? "once" : times == 2 ? "twice" : "\(times) times")
    }
  }
}
