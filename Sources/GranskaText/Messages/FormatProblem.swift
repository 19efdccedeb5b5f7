import GranskaDomain

/// What is wrong in an interchange file (YAML or JSON), as facts; the
/// reader adds the place (file, line, column, field path).
public enum FormatProblem: Hashable, Sendable, Worded {
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

  public func message(in language: Language) -> String {
    let q = { quoted($0, language) }
    return switch self {
    case .empty: language("filen är tom", "the file is empty")
    case .tooLarge(let megabytes):
      language("filen är större än \(megabytes) MB", "the file is larger than \(megabytes) MB")
    case .invalidUTF8(let byte):
      language(
        "ogiltig UTF-8 vid byte \(byte): filen måste vara UTF-8-text",
        "invalid UTF-8 at byte \(byte): the file must be UTF-8 text")
    case .tooDeep(let levels):
      language("nästlad djupare än \(levels) nivåer", "nested more than \(levels) levels deep")
    case .tooManyValues(let count):
      language("fler än \(count) värden (alias?)", "more than \(count) values (aliases?)")
    case .textTooLong(let characters):
      language(
        "texten är längre än \(characters) tecken", "text longer than \(characters) characters")
    case .nulCharacter:
      language(
        "texten innehåller ett NUL-tecken (U+0000), som inte kan sparas",
        "the text holds a NUL character (U+0000), which cannot be stored")
    case .controlCharacter(let scalar): AuditProblem.controlCharacter(scalar).message(in: language)
    case .notATime(let text):
      language(
        "\(q(text)) är ingen tidpunkt (ÅÅÅÅ-MM-DDTtt:mm:ss.sssZ)",
        "\(q(text)) is not a time (YYYY-MM-DDThh:mm:ss.sssZ)")
    case .numberTooLarge(let text):
      language(
        "talet \(text) är för stort (högst \(Int.max))",
        "the number \(text) is too large (at most \(Int.max))")
    case .syntax(let format, let detail):
      language("inte giltig \(format): \(detail)", "not valid \(format): \(detail)")
    case .unreadable(let detail): language("kan inte läsas: \(detail)", "not readable: \(detail)")
    case .duplicateKeys(let keys):
      language(
        "nyckeln \(listed(keys.map(q))) finns två gånger", "duplicate key \(listed(keys.map(q)))")
    case .unknownKey(let key): language("okänd nyckel \(q(key))", "unknown key \(q(key))")
    case .missingKey(let key):
      language("nyckeln \(q(key)) saknas", "missing required key \(q(key))")
    case .expected(let kind):
      language("här ska det stå \(kind.message(in: .sv))", "expected \(kind.message(in: .en))")
    case .invalidValue(let detail):
      language("ogiltigt värde: \(detail)", "invalid value: \(detail)")
    case .unsupportedFormat(let found, let expected):
      language(
        "formatet \(q(found)) stöds inte (väntade \(q(expected)))",
        "unsupported format \(q(found)) (expected \(q(expected)))")
    case .noAudit: language("filen innehåller ingen granskning", "the file holds no audit")
    case .duplicateAuditID(let id):
      language("granskningens id \(q(id)) finns två gånger", "duplicate audit id \(q(id))")
    case .rule(let problem): problem.message(in: language)
    }
  }
}

extension FormatProblem.ValueKind {
  fileprivate func message(in language: Language) -> String {
    switch self {
    case .text: language("en text", "text")
    case .wholeNumber: language("ett heltal", "a whole number")
    case .number: language("ett tal", "a number")
    case .boolean: language("true eller false", "true or false")
    case .list: language("en lista", "a list")
    case .mapping: language("nycklar och värden (en mapping)", "a mapping of keys")
    }
  }
}
