import GranskaText
import Yams

/// Field paths such as `audits[0].questions[3].level`, as lists of
/// components ("audits", "0", "questions", "3", "level") and as text.
enum FieldPath {
  static func text(_ components: [String]) -> String {
    components.reduce(into: "") { text, part in
      if Int(part) != nil {
        text += "[\(part)]"
      } else {
        text += text.isEmpty ? part : ".\(part)"
      }
    }
  }

  /// Splits a textual path back into components.
  static func components(_ text: String) -> [String] {
    text.split(separator: ".").flatMap { part -> [String] in
      part.split(whereSeparator: { $0 == "[" || $0 == "]" }).map(String.init)
    }
  }

  static func components(_ codingPath: [any CodingKey]) -> [String] {
    codingPath.map { key in key.intValue.map(String.init) ?? key.stringValue }
  }

  /// The place in the file of the deepest node the path reaches.
  static func locate(_ path: [String], in root: Node) -> Mark? {
    var node = root
    var mark = root.mark
    for part in path {
      let next: Node?
      switch node {
      case .mapping(let mapping): next = mapping[part]
      case .sequence(let sequence):
        next = Int(part).flatMap {
          $0 < sequence.count ? sequence[sequence.index(sequence.startIndex, offsetBy: $0)] : nil
        }
      default: next = nil
      }
      guard let next else { break }
      node = next
      mark = next.mark ?? mark
    }
    return mark
  }

  static func kind(of type: Any.Type) -> FormatProblem.ValueKind {
    switch type {
    case is String.Type: .text
    case is Int.Type: .wholeNumber
    case is Double.Type: .number
    case is Bool.Type: .boolean
    default: "\(type)".hasPrefix("Array") ? .list : .mapping
    }
  }
}
