import GranskaDomain
import GranskaText

/// A document as plain blocks, written out as Markdown or HTML by a
/// renderer. Reports and exports build blocks; only the renderers know the
/// syntax, so escaping lives in one place per format.
public enum Block: Sendable {
  case heading(level: Int, text: String)
  case paragraph([Inline])
  case bullets([[Inline]])
  /// Label and value pairs, e.g. "Status: Pågår".
  case fields([Field])
  case table(header: [String], rows: [[[Inline]]])
  /// A picture of counts beside the text that gives them: drawn in HTML,
  /// left out of Markdown, whose readers have the same figures in words.
  case chart(BarChart)
}

public struct Field: Sendable {
  public var label: String
  public var value: [Inline]

  public init(_ label: String, _ value: [Inline]) {
    self.label = label
    self.value = value
  }

  public init(_ label: String, _ text: String) {
    self.init(label, [.text(text)])
  }
}

/// A run of text inside a block.
public enum Inline: Equatable, Sendable {
  case text(String)
  case strong(String)
  /// An assessment level: shown with its colour and always its label.
  case level(String, LevelRole)
  /// Overdue, refused, or otherwise to be noticed.
  case warning(String)
  case lineBreak
}

extension Array where Element == Inline {
  /// Multi-line text as inlines, keeping its line breaks.
  static func lines(_ text: String) -> [Inline] {
    var inlines: [Inline] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      if index > 0 { inlines.append(.lineBreak) }
      inlines.append(.text(String(line)))
    }
    return inlines
  }
}

/// Text with paragraphs separated by blank lines, as paragraph blocks.
func paragraphs(_ text: String) -> [Block] {
  text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }
    .filter { !$0.isEmpty }.map { .paragraph(.lines($0)) }
}

extension Strings {
  /// "Ledningens svar: Instämmer delvis (2025-04-01, Kanslichef): …".
  func responseField(_ response: ManagementResponse) -> Field {
    let about = [response.date?.description, response.officer].compactMap { $0 }
    var value: [Inline] = [.strong(agreement(response.agreement))]
    if !about.isEmpty { value.append(.text(" (\(about.joined(separator: ", ")))")) }
    if let text = response.text { value += [.text(": ")] + .lines(text) }
    return Field(self[.managementResponse], value)
  }
}
