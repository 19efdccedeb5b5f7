import Foundation
import GranskaDomain
import Yams

/// Reads an interchange file strictly: valid UTF-8, well-formed YAML or JSON,
/// the right types, no unknown keys, and every rule of the domain.
struct DocumentReader {
  let data: Data
  let format: InterchangeFormat
  let fileName: String

  func read() throws(FormatError) -> InterchangeDocument {
    let text = try utf8Text()
    // The YAML tree gives line numbers for errors in YAML and in JSON alike.
    let tree: Node?
    var syntaxError: FormatError?
    do {
      tree = try Yams.compose(yaml: text)
    } catch {
      syntaxError = describe(error)
      if format == .yaml, let syntaxError { throw syntaxError }
      tree = nil
    }
    let document: InterchangeDocument
    do {
      document = try decode(text: text, tree: tree)
    } catch {
      // JSON's own parser gives no place; libyaml's, for the same text, does.
      if var syntaxError, error.path.isEmpty, error.line == nil {
        syntaxError.message = "not valid JSON: " + error.message
        throw syntaxError
      }
      throw error
    }
    if document.format != InterchangeDocument.currentFormat {
      throw fail(
        ["format"], tree,
        "unsupported format \"\(document.format)\" (expected \"\(InterchangeDocument.currentFormat)\")"
      )
    }
    if let tree { try rejectUnknownKeys(in: tree, comparedWith: document) }
    try validate(document, tree: tree)
    return document
  }

  private func utf8Text() throws(FormatError) -> String {
    guard !data.isEmpty else { throw FormatError(file: fileName, message: "the file is empty") }
    if let text = String(validatingUTF8Bytes: data) { return text }
    let valid = data.prefix { _ in true }.withUnsafeBytes { validUTF8PrefixLength(Array($0)) }
    let line = data.prefix(valid).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    throw FormatError(
      file: fileName, line: line,
      message: "invalid UTF-8 at byte \(valid + 1): the file must be UTF-8 text")
  }

  private func decode(text: String, tree: Node?) throws(FormatError) -> InterchangeDocument {
    do {
      switch format {
      case .yaml:
        guard let tree else { throw FormatError(file: fileName, message: "the file is empty") }
        return try YAMLDecoder().decode(InterchangeDocument.self, from: tree)
      case .json:
        return try JSONDecoder().decode(InterchangeDocument.self, from: data)
      }
    } catch let error as FormatError {
      throw error
    } catch let error as DecodingError {
      throw describe(error, tree: tree)
    } catch {
      throw describe(error)
    }
  }

  private func validate(_ document: InterchangeDocument, tree: Node?) throws(FormatError) {
    var seen = Set<String>()
    for (index, audit) in document.audits.enumerated() {
      if !seen.insert(audit.id).inserted {
        throw fail(["audits", "\(index)", "id"], tree, "duplicate audit id \"\(audit.id)\"")
      }
      if let issue = audit.validate().first {
        throw fail(["audits", "\(index)"] + FieldPath.components(issue.path), tree, issue.message)
      }
    }
    if document.audits.isEmpty { throw fail(["audits"], tree, "the file holds no audit") }
  }

  /// A misspelt key would otherwise be dropped without a word: compare the
  /// file's keys with those of the document as decoded and written back.
  private func rejectUnknownKeys(in tree: Node, comparedWith document: InterchangeDocument)
    throws(FormatError)
  {
    guard let written = try? Yams.compose(yaml: YAMLEncoder().encode(document)) else { return }
    func walk(_ given: Node, _ known: Node?, _ path: [String]) throws(FormatError) {
      switch given {
      case .mapping(let mapping):
        let knownMapping = known?.mapping
        for (key, value) in mapping {
          let name = key.string ?? "?"
          let knownValue = knownMapping?[name]
          if knownValue == nil, !isNull(value) {
            throw fail(path + [name], tree, "unknown key \"\(name)\"")
          }
          try walk(value, knownValue, path + [name])
        }
      case .sequence(let sequence):
        let knownItems = known?.sequence.map(Array.init) ?? []
        for (index, item) in sequence.enumerated() {
          try walk(item, index < knownItems.count ? knownItems[index] : nil, path + ["\(index)"])
        }
      default:
        return
      }
    }
    try walk(tree, written, [])
  }

  private func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string) && scalar.style == .plain
  }

  // MARK: Messages

  private func fail(_ path: [String], _ tree: Node?, _ message: String) -> FormatError {
    let mark = tree.flatMap { FieldPath.locate(path, in: $0) }
    return FormatError(
      file: fileName, line: mark?.line, column: mark?.column, path: FieldPath.text(path),
      message: message)
  }

  private func describe(_ error: DecodingError, tree: Node?) -> FormatError {
    switch error {
    case .keyNotFound(let key, let context):
      let path = FieldPath.components(context.codingPath)
      return fail(path, tree, "missing required key \"\(key.stringValue)\"")
    case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
      let path = FieldPath.components(context.codingPath)
      return fail(path, tree, "expected \(FieldPath.describe(type))")
    case .dataCorrupted(let context):
      let path = FieldPath.components(context.codingPath)
      if path.isEmpty, let underlying = context.underlyingError {
        return FormatError(
          file: fileName, message: "not valid \(format.rawValue.uppercased()): \(underlying)")
      }
      return fail(path, tree, context.debugDescription)
    @unknown default:
      return FormatError(file: fileName, message: "\(error)")
    }
  }

  private func describe(_ error: any Error) -> FormatError {
    guard let yamlError = error as? YamlError else {
      return FormatError(file: fileName, message: "\(error)")
    }
    switch yamlError {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return FormatError(
        file: fileName, line: mark.line, column: mark.column, message: "not valid YAML: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return FormatError(
        file: fileName, line: context.mark.line, column: context.mark.column,
        message: "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", "))")
    case .reader(let problem, let offset, _, _):
      return FormatError(
        file: fileName,
        message: "not readable: \(problem)" + (offset.map { " at byte \($0)" } ?? ""))
    default:
      return FormatError(file: fileName, message: "not valid YAML: \(yamlError)")
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
    guard validUTF8PrefixLength(Array(data)) == data.count else { return nil }
    self = String(decoding: data, as: UTF8.self)
  }
}
