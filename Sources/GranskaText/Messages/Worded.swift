/// What a person is told — an error, a warning, a confirmation — kept as
/// facts until it is shown, and worded then in the reader's language.
/// Every message type lives in this folder with both languages' words side
/// by side, so a new case does not compile until each language has it.
public protocol Worded: Sendable {
  func message(in language: Language) -> String
}

extension Worded where Self: Wording {
  /// A message with one text per language: its words in the reader's.
  public func message(in language: Language) -> String {
    switch language {
    case .sv: swedish
    case .en: english
    }
  }
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
