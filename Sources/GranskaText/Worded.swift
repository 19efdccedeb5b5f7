/// Everything a person reads — an interface word, a help text, an error, a
/// warning, a confirmation — kept as a key or as facts until it is shown,
/// and worded then in the reader's language. Each conforming type words
/// itself in one `switch (self, language)`, every case's Swedish beside its
/// English, so a new case, or a new language, does not compile until each
/// language has its words.
public protocol Worded: Sendable {
  func message(in language: Language) -> String
}

/// "place: text", the shape of every message that points somewhere
/// ("audit.yaml:12:5: audits[0].year: …", "hr.csv:3: …").
func placed(_ place: String, _ text: String) -> String {
  place.isEmpty ? text : "\(place): \(text)"
}

/// Text from the data or a person quoted in a message.
func quoted(_ text: String, _ language: Language) -> String {
  switch language {
  case .sv: "”\(text)”"
  case .en: "\"\(text)\""
  }
}

/// A list of ids or names: "ja, delvis, nej".
func listed(_ items: [String]) -> String { items.joined(separator: ", ") }
extension Strings {
  /// A key's words in this language: `strings(.save)`.
  public func callAsFunction(_ key: some Worded) -> String {
    key.message(in: language)
  }
}

extension Language {
  /// This language's words among a key's words in every language, Swedish
  /// first: `language("Sparat", "Saved")`. Only this language's words are
  /// made. A third language is a third parameter here, and then a compile
  /// error at every key that lacks its words.
  @inlinable
  public func callAsFunction(
    _ swedish: @autoclosure () -> String, _ english: @autoclosure () -> String
  ) -> String {
    switch self {
    case .sv: swedish()
    case .en: english()
    }
  }
}
