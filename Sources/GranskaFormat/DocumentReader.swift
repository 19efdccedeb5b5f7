import Foundation
import GranskaDomain
import GranskaText
import Yams

/// Reads an interchange file strictly: valid UTF-8, well-formed YAML or JSON,
/// the right types, no unknown keys, and every rule of the domain.
final class DocumentReader {
  let data: Data
  let format: InterchangeFormat
  let fileName: String
  /// The YAML tree of the file: it gives errors their line and column, in
  /// YAML and (when libyaml takes it) JSON alike.
  private var tree: Node?

  init(data: Data, format: InterchangeFormat, fileName: String) {
    self.data = data
    self.format = format
    self.fileName = fileName
  }

  /// Limits that keep a hostile file from exhausting memory or the stack:
  /// far beyond any real audit (the built-in one nests 6 deep, its longest
  /// text is a few thousand characters).
  static let maximumBytes = 64 << 20
  static let maximumDepth = 64
  static let maximumTextLength = Audit.maximumTextLength
  static let maximumValues = 2_000_000

  func read() throws(FormatError) -> InterchangeDocument {
    if format == .json, let document = quickJSON() { return document }
    guard data.count <= Self.maximumBytes else {
      throw FormatError(
        file: fileName, .tooLarge(megabytes: Self.maximumBytes >> 20))
    }
    let text = try utf8Text()
    try checkNesting(text.utf8)
    var syntaxError: FormatError?
    do {
      tree = try Yams.compose(yaml: text)
    } catch {
      syntaxError = describe(error)
      if format == .yaml, let syntaxError { throw syntaxError }
    }
    if let tree { try checkTree(tree) }
    // libyaml reads a JSON text as YAML does, a line break (NEL, U+0085,
    // among them) folded into a space; the decoder keeps it as written,
    // so the texts are checked as written too.
    if format == .json, let json = try? JSONSerialization.jsonObject(with: data) {
      try checkTree(JSONValue(value: json))
    }
    let document: InterchangeDocument
    do {
      document = try decode(text: text)
    } catch {
      // JSON's own parser gives no place; libyaml's, for the same text, does.
      if var syntaxError, error.path.isEmpty, error.line == nil {
        syntaxError.problem = error.problem
        throw syntaxError
      }
      throw error
    }
    if document.format != InterchangeDocument.currentFormat {
      throw fail(
        ["format"],
        .unsupportedFormat(found: document.format, expected: InterchangeDocument.currentFormat))
    }
    try validate(document)
    return document
  }

  /// A JSON file that passes every check, read without libyaml's tree of
  /// it (the tree took most of an import's time, and ten times the file's
  /// size in memory): nil when anything is amiss, and `read` then reads it
  /// the careful way, which says what and where. The document is the one
  /// the careful way gives: the same decoder reads it.
  private func quickJSON() -> InterchangeDocument? {
    guard data.count <= Self.maximumBytes, !data.isEmpty, Self.isUTF8(data),
      (try? data.withUnsafeBytes { bytes in try checkNesting(bytes) }) != nil,
      JSONPrecheck.passes(data),
      let document = try? JSONDecoder().decode(InterchangeDocument.self, from: data),
      document.format == InterchangeDocument.currentFormat, (try? validate(document)) != nil
    else { return nil }
    return document
  }

  /// Whether `data` is UTF-8, checked a piece at a time (each ending
  /// before a character's continuation bytes), not as one copy of it all.
  static func isUTF8(_ data: Data) -> Bool {
    var start = data.startIndex
    while start < data.endIndex {
      var end = min(start + (1 << 20), data.endIndex)
      while end < data.endIndex, end > start, data[end] & 0xC0 == 0x80 { end -= 1 }
      guard end > start, String(validating: data[start..<end], as: UTF8.self) != nil else {
        return false
      }
      start = end
    }
    return true
  }

  /// Refuses nesting deeper than any audit needs, before a recursive parser
  /// meets it: brackets outside quotes, and block indentation.
  private func checkNesting<Bytes: Sequence<UInt8>>(_ text: Bytes) throws(FormatError) {
    var depth = 0
    var inQuotes = false
    var escaped = false
    var line = 1
    var column = 0
    var indentation = 0
    var atLineStart = true
    for byte in text {
      column += 1
      if byte == 0x0A {
        line += 1
        column = 0
        indentation = 0
        atLineStart = true
        continue
      }
      if atLineStart {
        if byte == 0x20 {
          indentation += 1
          // Two spaces a level: deeper than the limit allows.
          if indentation > Self.maximumDepth * 4 { throw tooDeep(line) }
          continue
        }
        atLineStart = false
      }
      if inQuotes {
        if escaped {
          escaped = false
        } else if byte == 0x5C {
          escaped = true
        } else if byte == 0x22 {
          inQuotes = false
        }
        continue
      }
      switch byte {
      case 0x22: inQuotes = true
      case 0x5B, 0x7B:
        depth += 1
        if depth > Self.maximumDepth { throw tooDeep(line, column: column) }
      case 0x5D, 0x7D: depth = max(0, depth - 1)
      default: break
      }
    }
  }

  private func tooDeep(_ line: Int, column: Int? = nil) -> FormatError {
    FormatError(
      file: fileName, line: line, column: column,
      .tooDeep(levels: Self.maximumDepth))
  }

  private func utf8Text() throws(FormatError) -> String {
    guard !data.isEmpty else { throw FormatError(file: fileName, .empty) }
    if let text = String(validatingUTF8Bytes: data) { return text }
    let valid = validUTF8PrefixLength(Array(data))
    let line = data.prefix(valid).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    throw FormatError(file: fileName, line: line, .invalidUTF8(byte: valid + 1))
  }

  private func decode(text: String) throws(FormatError) -> InterchangeDocument {
    do {
      switch format {
      case .yaml:
        guard let tree else { throw FormatError(file: fileName, .empty) }
        return try YAMLDecoder().decode(InterchangeDocument.self, from: tree)
      case .json:
        return try JSONDecoder().decode(InterchangeDocument.self, from: data)
      }
    } catch let error as FormatError {
      throw error
    } catch let error as DecodingError {
      throw describe(error)
    } catch {
      throw describe(error)
    }
  }

  private func validate(_ document: InterchangeDocument) throws(FormatError) {
    var seen = Set<String>()
    for (index, audit) in document.audits.enumerated() {
      if !seen.insert(audit.id).inserted {
        throw fail(["audits", "\(index)", "id"], .duplicateAuditID(audit.id))
      }
      if let issue = audit.validate().first {
        throw fail(["audits", "\(index)"] + FieldPath.components(issue.path), .rule(issue.problem))
      }
    }
    if document.audits.isEmpty { throw fail(["audits"], .noAudit) }
  }

  // MARK: Messages

  func fail(_ path: [String], _ problem: FormatProblem) -> FormatError {
    let mark = tree.flatMap { FieldPath.locate(path, in: $0) }
    return FormatError(
      file: fileName, line: mark?.line, column: mark?.column, path: FieldPath.text(path), problem)
  }

  private func describe(_ error: DecodingError) -> FormatError {
    switch error {
    case .keyNotFound(let key, let context):
      let path = FieldPath.components(context.codingPath)
      return fail(path, .missingKey(key.stringValue))
    case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
      let path = FieldPath.components(context.codingPath)
      return fail(path, .expected(FieldPath.kind(of: type)))
    case .dataCorrupted(let context):
      let path = FieldPath.components(context.codingPath)
      if let issue = context.underlyingError as? ValidationIssue {
        return fail(path, .rule(issue.problem))
      }
      if let timestamp = context.underlyingError as? TimestampError {
        return fail(path, .notATime(timestamp.text))
      }
      if path.isEmpty, let underlying = context.underlyingError {
        return FormatError(
          file: fileName, .syntax(format: format.rawValue.uppercased(), detail: "\(underlying)"))
      }
      return fail(path, .invalidValue(detail: context.debugDescription))
    @unknown default:
      return FormatError(file: fileName, .invalidValue(detail: "\(error)"))
    }
  }

  private func describe(_ error: any Error) -> FormatError {
    guard let yamlError = error as? YamlError else {
      return FormatError(file: fileName, .invalidValue(detail: "\(error)"))
    }
    switch yamlError {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return FormatError(
        file: fileName, line: mark.line, column: mark.column,
        .syntax(format: "YAML", detail: problem))
    case .duplicatedKeysInMapping(let duplicates, let context):
      return FormatError(
        file: fileName, line: context.mark.line, column: context.mark.column,
        .duplicateKeys(duplicates))
    case .reader(let problem, let offset, _, _):
      return FormatError(
        file: fileName, .unreadable(detail: problem + (offset.map { " (byte \($0))" } ?? "")))
    default:
      return FormatError(file: fileName, .syntax(format: "YAML", detail: "\(yamlError)"))
    }
  }
}

/// The length of the longest prefix of `bytes` that is valid UTF-8.
func validUTF8PrefixLength(_ bytes: [UInt8]) -> Int {
  var index = 0
  var iterator = bytes.makeIterator()
  var decoder = UTF8()
  while true {
    switch decoder.decode(&iterator) {
    case .scalarValue(let scalar): index += UTF8.width(scalar)
    case .emptyInput, .error: return index
    }
  }
}

extension String {
  init?(validatingUTF8Bytes data: Data) {
    guard let text = String(validating: data, as: UTF8.self) else { return nil }
    self = text
  }
}
