import GranskaDomain

/// What is wrong in an interchange file (YAML or JSON), as facts; the
/// reader adds the place (file, line, column, field path).
public enum FormatProblem: Hashable, Sendable, Worded, Wording {
  case empty
  case tooLarge(megabytes: Int)
  case invalidUTF8(byte: Int)
  case tooDeep(levels: Int)
  case tooManyValues(Int)
  case textTooLong(characters: Int)
  case nulCharacter
  case controlCharacter(Unicode.Scalar)
  case notATime(String)
  case numberTooLarge(String)
  /// Not well-formed; `detail` is the parser's own words.
  case syntax(format: String, detail: String)
  case unreadable(detail: String)
  case duplicateKeys([String])
  case unknownKey(String)
  case missingKey(String)
  case expected(ValueKind)
  /// A value the decoder refused, in its own words.
  case invalidValue(detail: String)
  case unsupportedFormat(found: String, expected: String)
  case noAudit
  case duplicateAuditID(String)
  case rule(AuditProblem)

  public enum ValueKind: Hashable, Sendable {
    case text, wholeNumber, number, boolean, list, mapping
  }

  public var swedish: String {
    let q = { quoted($0, .sv) }
    return switch self {
    case .empty: "filen är tom"
    case .tooLarge(let megabytes): "filen är större än \(megabytes) MB"
    case .invalidUTF8(let byte): "ogiltig UTF-8 vid byte \(byte): filen måste vara UTF-8-text"
    case .tooDeep(let levels): "nästlad djupare än \(levels) nivåer"
    case .tooManyValues(let count): "fler än \(count) värden (alias?)"
    case .textTooLong(let characters): "texten är längre än \(characters) tecken"
    case .nulCharacter: "texten innehåller ett NUL-tecken (U+0000), som inte kan sparas"
    case .controlCharacter(let scalar): AuditProblem.controlCharacter(scalar).swedish
    case .notATime(let text): "\(q(text)) är ingen tidpunkt (ÅÅÅÅ-MM-DDTtt:mm:ss.sssZ)"
    case .numberTooLarge(let text): "talet \(text) är för stort (högst \(Int.max))"
    case .syntax(let format, let detail): "inte giltig \(format): \(detail)"
    case .unreadable(let detail): "kan inte läsas: \(detail)"
    case .duplicateKeys(let keys): "nyckeln \(listed(keys.map(q))) finns två gånger"
    case .unknownKey(let key): "okänd nyckel \(q(key))"
    case .missingKey(let key): "nyckeln \(q(key)) saknas"
    case .expected(let kind): "här ska det stå \(kind.swedish)"
    case .invalidValue(let detail): "ogiltigt värde: \(detail)"
    case .unsupportedFormat(let found, let expected):
      "formatet \(q(found)) stöds inte (väntade \(q(expected)))"
    case .noAudit: "filen innehåller ingen granskning"
    case .duplicateAuditID(let id): "granskningens id \(q(id)) finns två gånger"
    case .rule(let problem): problem.message(in: .sv)
    }
  }

  public var english: String {
    let q = { quoted($0, .en) }
    return switch self {
    case .empty: "the file is empty"
    case .tooLarge(let megabytes): "the file is larger than \(megabytes) MB"
    case .invalidUTF8(let byte): "invalid UTF-8 at byte \(byte): the file must be UTF-8 text"
    case .tooDeep(let levels): "nested more than \(levels) levels deep"
    case .tooManyValues(let count): "more than \(count) values (aliases?)"
    case .textTooLong(let characters): "text longer than \(characters) characters"
    case .nulCharacter: "the text holds a NUL character (U+0000), which cannot be stored"
    case .controlCharacter(let scalar): AuditProblem.controlCharacter(scalar).english
    case .notATime(let text): "\(q(text)) is not a time (YYYY-MM-DDThh:mm:ss.sssZ)"
    case .numberTooLarge(let text): "the number \(text) is too large (at most \(Int.max))"
    case .syntax(let format, let detail): "not valid \(format): \(detail)"
    case .unreadable(let detail): "not readable: \(detail)"
    case .duplicateKeys(let keys): "duplicate key \(listed(keys.map(q)))"
    case .unknownKey(let key): "unknown key \(q(key))"
    case .missingKey(let key): "missing required key \(q(key))"
    case .expected(let kind): "expected \(kind.english)"
    case .invalidValue(let detail): "invalid value: \(detail)"
    case .unsupportedFormat(let found, let expected):
      "unsupported format \(q(found)) (expected \(q(expected)))"
    case .noAudit: "the file holds no audit"
    case .duplicateAuditID(let id): "duplicate audit id \(q(id))"
    case .rule(let problem): problem.message(in: .en)
    }
  }
}

extension FormatProblem.ValueKind {
  fileprivate var swedish: String {
    switch self {
    case .text: "en text"
    case .wholeNumber: "ett heltal"
    case .number: "ett tal"
    case .boolean: "true eller false"
    case .list: "en lista"
    case .mapping: "nycklar och värden (en mapping)"
    }
  }

  fileprivate var english: String {
    switch self {
    case .text: "text"
    case .wholeNumber: "a whole number"
    case .number: "a number"
    case .boolean: "true or false"
    case .list: "a list"
    case .mapping: "a mapping of keys"
    }
  }
}
