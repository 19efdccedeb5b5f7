import Foundation
import GranskaDomain
import Yams

/// The file format `granska export` writes and `granska import` reads
/// (documented in docs/FORMAT.md).
public struct InterchangeDocument: Codable, Equatable, Sendable {
  public static let currentFormat = "granska/1"

  public var format: String
  public var audits: [Audit]

  public init(audits: [Audit]) {
    self.format = Self.currentFormat
    self.audits = audits
  }
}

public enum InterchangeFormat: String, CaseIterable, Sendable {
  case yaml, json

  /// The format a file name suggests: `.json` is JSON, anything else YAML.
  public init(fileName: String) {
    self = fileName.lowercased().hasSuffix(".json") ? .json : .yaml
  }
}

extension InterchangeDocument {
  /// The document as text; the same document always gives the same bytes.
  public func encoded(as format: InterchangeFormat) throws -> String {
    switch format {
    case .yaml:
      let encoder = YAMLEncoder()
      encoder.options.allowUnicode = true
      encoder.options.width = -1
      encoder.options.indent = 2
      encoder.options.newLineScalarStyle = .literal
      return try encoder.encode(self)
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
  }

  /// Reads and checks a document. Any problem is thrown as a `FormatError`
  /// naming the file, the line where it can be found and the field path.
  public static func decode(_ data: Data, format: InterchangeFormat, fileName: String)
    throws(FormatError) -> InterchangeDocument
  {
    let reader = DocumentReader(data: data, format: format, fileName: fileName)
    return try reader.read()
  }
}
