import Foundation
import GranskaDomain
import GranskaText
import Yams

/// The file format `granska export` writes and `granska import` reads
/// (documented in docs/FORMAT.md).
public struct InterchangeDocument: Codable, Equatable, Sendable {
  public static let currentFormat = "granska/1"

  public var format: String
  /// The time of the newest change the file holds (`granska export` sets
  /// it): an import refuses to replace changes from then on, which the file
  /// may lack (unless told to). The same data gives the same time, so an
  /// unchanged database exports the same bytes.
  public var asOf: Date?
  public var audits: [Audit]

  public init(audits: [Audit], asOf: Date? = nil) {
    self.format = Self.currentFormat
    self.asOf = asOf
    self.audits = audits
  }

  enum CodingKeys: String, CodingKey {
    case format, asOf, audits
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    format = try container.decode(String.self, forKey: .format)
    if let text = try container.decodeIfPresent(String.self, forKey: .asOf) {
      guard let date = try? Self.timestamp.parse(text) else {
        throw DecodingError.dataCorrupted(
          .init(
            codingPath: container.codingPath + [CodingKeys.asOf],
            debugDescription: "not a time", underlyingError: TimestampError(text: text)))
      }
      asOf = date
    }
    audits = try container.decode([Audit].self, forKey: .audits)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(format, forKey: .format)
    // To the nearest millisecond, as history keeps it (the formatter cuts off).
    try container.encodeIfPresent(
      asOf.map { $0.addingTimeInterval(0.0005).formatted(Self.timestamp) }, forKey: .asOf)
    try container.encode(audits, forKey: .audits)
  }

  /// UTC, ISO 8601 with milliseconds, e.g. `2025-06-01T08:30:00.000Z`.
  static let timestamp = Date.ISO8601FormatStyle(
    includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!)
}

/// `asOf` that is not an ISO 8601 time.
struct TimestampError: Error {
  let text: String
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
      return try Self.yamlEncoder.encode(self)
    case .json:
      return Sanitize.jsonEscapes(
        String(decoding: try Self.jsonEncoder.encode(self), as: UTF8.self))
        + "\n"
    }
  }

  static var yamlEncoder: YAMLEncoder {
    let encoder = YAMLEncoder()
    encoder.options.allowUnicode = true
    encoder.options.width = -1
    encoder.options.indent = 2
    encoder.options.newLineScalarStyle = .literal
    return encoder
  }

  static var jsonEncoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
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

/// A document written a piece at a time, as its audits are read: the
/// head, each audit, the tail. Together they are the bytes
/// `InterchangeDocument.encoded(as:)` gives for the whole document: each
/// audit is encoded alone and indented as an element of `audits`.
public struct InterchangeStream {
  public let format: InterchangeFormat
  private var tailText = ""
  private var first = true

  public init(format: InterchangeFormat) { self.format = format }

  /// Everything before the first audit.
  public mutating func head(asOf: Date?) throws -> String {
    let head = InterchangeDocument(audits: [], asOf: asOf)
    switch format {
    case .yaml:
      let text = try InterchangeDocument.yamlEncoder.encode(head)
      precondition(text.hasSuffix("audits: []\n"), "Yams wrote an empty list otherwise")
      return String(text.dropLast("audits: []\n".count)) + "audits:\n"
    case .json:
      // `{ "asOf" : …, "audits" : [` … `], "format" : … }`: the keys sorted.
      let text = String(
        decoding: try InterchangeDocument.jsonEncoder.encode(head), as: UTF8.self)
      guard let open = text.range(of: "\"audits\" : [\n\n  ]") else {
        preconditionFailure("JSONEncoder wrote an empty list otherwise")
      }
      tailText = Sanitize.jsonEscapes("\n  ]" + String(text[open.upperBound...])) + "\n"
      return Sanitize.jsonEscapes(String(text[..<open.lowerBound]) + "\"audits\" : [")
    }
  }

  /// One audit, as the next element of the list.
  public mutating func element(_ audit: Audit) throws -> String {
    defer { first = false }
    switch format {
    case .yaml:
      if let item = YAMLWriter.yaml(audit, asListItem: true) { return item }
      let text = try InterchangeDocument.yamlEncoder.encode(audit)
      return Self.indented(text, first: "- ", rest: "  ")
    case .json:
      let text = String(
        decoding: try InterchangeDocument.jsonEncoder.encode(audit), as: UTF8.self)
      return Sanitize.jsonEscapes(
        (first ? "\n" : ",\n") + Self.indented(text, first: "    ", rest: "    "))
    }
  }

  /// Everything after the last audit.
  public var tail: String { tailText }

  /// Each non-empty line of `text` indented: the first by `first`, the
  /// rest by `rest`. Byte by byte: an export indents every line it writes.
  private static func indented(_ text: String, first: String, rest: String) -> String {
    let newline = UInt8(ascii: "\n")
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + text.utf8.count / 8)
    let (firstBytes, restBytes) = (Array(first.utf8), Array(rest.utf8))
    var atLineStart = true
    var onFirstLine = true
    for byte in text.utf8 {
      if byte == newline {
        atLineStart = true
        onFirstLine = false
      } else if atLineStart {
        bytes += onFirstLine ? firstBytes : restBytes
        atLineStart = false
      }
      bytes.append(byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
