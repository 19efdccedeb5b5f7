/// The keys of one area's interface strings (one file per area): each key
/// has its Swedish and its English words, each an exhaustive `switch`, so a
/// new key does not compile until both languages have it.
public protocol Wording: Sendable {
  var swedish: String { get }
  var english: String { get }
}

extension Strings {
  /// A key's words in this language.
  public func callAsFunction(_ key: some Wording) -> String {
    switch language {
    case .sv: key.swedish
    case .en: key.english
    }
  }
}
