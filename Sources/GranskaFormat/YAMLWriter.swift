import Foundation
import Yams

/// Writes a value as YAML, the same bytes Yams writes with the format's
/// options (`InterchangeDocument.yamlEncoder`), in a fraction of the time:
/// Yams matches every string against regular expressions twice and builds
/// a node object per value. This writer takes the value through `Codable`
/// into a light tree and writes it with libyaml's rules for block style,
/// for the cases the format's data has: plain, single-quoted and literal
/// (`|-`) scalars. A value it cannot write the same way (a double-quoted
/// string: tabs, control or non-BMP characters, a space before a line
/// break; other line breaks than LF) returns nil, and Yams writes it.
enum YAMLWriter {
  /// The value as a document, or as an item of a top-level list
  /// (`asListItem`: "- " before its first key, every line two spaces in),
  /// written so at once rather than indented after.
  static func yaml<Value: Encodable>(_ value: Value, asListItem: Bool = false) -> String? {
    let encoder = TreeEncoder()
    do {
      try value.encode(to: encoder)
    } catch {
      return nil
    }
    var output = Output()
    if asListItem { output.bytes += "- ".utf8 }
    guard case .mapping(let pairs) = encoder.box.built, !pairs.isEmpty,
      output.writeMapping(pairs, indent: asListItem ? 2 : 0, inSequenceItem: asListItem)
    else { return nil }
    return String(decoding: output.bytes, as: UTF8.self)
  }

  /// A value as YAML sees it: a scalar with the style Yams would ask
  /// libyaml for, or a sequence or mapping.
  indirect enum Tree {
    case scalar(String, Requested)
    case sequence([Tree])
    case mapping([(String, Tree)])
  }

  /// The style Yams asks for: a string that would read back as another
  /// type (`'2025-01-01'`, `'yes'`) quoted, one with a line feed literal.
  enum Requested { case any, singleQuoted, literal }

  // MARK: Writing

  struct Output {
    var bytes: [UInt8] = []

    /// A block mapping whose keys start at `indent`; the first key is
    /// already placed when it is a sequence item's ("- key: …").
    mutating func writeMapping(_ pairs: [(String, Tree)], indent: Int, inSequenceItem: Bool)
      -> Bool
    {
      for (index, (key, value)) in pairs.enumerated() {
        if index > 0 || !inSequenceItem { spaces(indent) }
        guard Scalar.style(of: key, requested: Scalar.requested(for: key)) == .plain else {
          return false
        }
        bytes += key.utf8
        bytes.append(UInt8(ascii: ":"))
        guard writeValue(value, indent: indent) else { return false }
      }
      return true
    }

    /// What follows "key:": a scalar on the same line, an empty
    /// collection in flow style, else the collection on the next lines (a
    /// sequence at the key's own indent, as libyaml writes it).
    private mutating func writeValue(_ value: Tree, indent: Int) -> Bool {
      switch value {
      case .scalar(let text, let requested):
        bytes.append(UInt8(ascii: " "))
        return writeScalar(text, requested, contentIndent: indent + 2) && newline()
      case .sequence(let items) where items.isEmpty:
        bytes += " []".utf8
        return newline()
      case .mapping(let pairs) where pairs.isEmpty:
        bytes += " {}".utf8
        return newline()
      case .sequence(let items):
        return newline() && writeSequence(items, indent: indent)
      case .mapping(let pairs):
        return newline() && writeMapping(pairs, indent: indent + 2, inSequenceItem: false)
      }
    }

    private mutating func writeSequence(_ items: [Tree], indent: Int) -> Bool {
      for item in items {
        spaces(indent)
        bytes += "- ".utf8
        switch item {
        // A literal or a nested list in a list: not in the format.
        case .scalar(let text, let requested) where requested != .literal:
          guard writeScalar(text, requested, contentIndent: indent + 2), newline() else {
            return false
          }
        case .mapping(let pairs) where !pairs.isEmpty:
          guard writeMapping(pairs, indent: indent + 2, inSequenceItem: true) else { return false }
        default: return false
        }
      }
      return true
    }

    private mutating func writeScalar(_ text: String, _ requested: Requested, contentIndent: Int)
      -> Bool
    {
      switch Scalar.style(of: text, requested: requested) {
      case .plain:
        bytes += text.utf8
      case .singleQuoted:
        bytes.append(UInt8(ascii: "'"))
        var text = text
        text.withUTF8 { text in
          for byte in text {
            if byte == UInt8(ascii: "'") { bytes.append(byte) }
            bytes.append(byte)
          }
        }
        bytes.append(UInt8(ascii: "'"))
      case .literal(let chomp):
        bytes += "|\(chomp)\n".utf8
        var text = text
        text.withUTF8 { writeLines($0, indent: contentIndent) }
        // Clipped ("|"): the text's own line feed ended the last line.
        if chomp.isEmpty { bytes.removeLast() }
      case nil:
        return false
      }
      return true
    }

    /// A literal's lines, each but an empty one indented.
    private mutating func writeLines(_ text: UnsafeBufferPointer<UInt8>, indent: Int) {
      var atLineStart = true
      for byte in text {
        if byte == UInt8(ascii: "\n") {
          bytes.append(byte)
          atLineStart = true
          continue
        }
        if atLineStart { spaces(indent) }
        atLineStart = false
        bytes.append(byte)
      }
    }

    private mutating func spaces(_ count: Int) {
      bytes += repeatElement(UInt8(ascii: " "), count: count)
    }

    private mutating func newline() -> Bool {
      bytes.append(UInt8(ascii: "\n"))
      return true
    }
  }
}

/// libyaml's choice of a scalar's style (`yaml_emitter_analyze_scalar`
/// and `yaml_emitter_select_scalar_style`), in block context, where
/// this writer writes that style the same way; nil where it does not.
enum Scalar {
  enum Style: Equatable {
    case plain, singleQuoted
    /// Literal, with its chomping indicator ("-", or "" for one final line feed).
    case literal(chomp: String)
  }

  /// The style Yams asks for a string: literal with a line feed (as
  /// Swift's `contains` sees one), quoted where it would read back as
  /// another type, else any.
  static func requested(for text: String) -> YAMLWriter.Requested {
    // Bytes, not Foundation's search: a CR LF is declined either way.
    var text = text
    if text.withUTF8({ $0.contains(UInt8(ascii: "\n")) }) { return .literal }
    return readsAsString(text) ? .any : .singleQuoted
  }

  /// Whether Yams's resolver reads the text back as a string. Its rules
  /// (bool, int, float, merge, null, timestamp, value) only match text
  /// that is empty, starts with a digit or one of `-+.<~=`, or is one of
  /// its bool and null words; a date is a timestamp. Only text that starts
  /// so is asked of the resolver, whose regular expressions are slow.
  static func readsAsString(_ text: String) -> Bool {
    let utf8 = text.utf8
    guard let first = utf8.first else { return false }
    if utf8.count == 10, isDate(Array(utf8)) { return false }
    switch first {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
      UInt8(ascii: "."), UInt8(ascii: "<"), UInt8(ascii: "~"), UInt8(ascii: "="):
      return Resolver.default.resolveTag(of: Node(text)) == .str
    default:
      // Five bytes at most ("FALSE"): longer text is not hashed to be sure.
      return utf8.count > 5 || !boolAndNullWords.contains(text)
    }
  }

  /// The words Yams's bool and null rules match (Resolver.Rule.bool, .null).
  static let boolAndNullWords: Set<String> = [
    "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
    "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
  ]

  /// YYYY-MM-DD, as a timestamp's first form.
  private static func isDate(_ bytes: [UInt8]) -> Bool {
    bytes.indices.allSatisfy { i in
      i == 4 || i == 7
        ? bytes[i] == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i])
    }
  }

  static func style(of text: String, requested: YAMLWriter.Requested) -> Style? {
    guard let facts = Facts(text) else { return nil }
    var style: Style
    switch requested {
    case .any: style = facts.plainAllowed ? .plain : .singleQuoted
    case .singleQuoted: style = .singleQuoted
    case .literal:
      // A leading space or break needs an indentation indicator, two
      // final breaks the keep indicator ("|+"): not written here.
      guard facts.blockAllowed, !facts.leadingSpaceOrBreak, !text.hasSuffix("\n\n"),
        text != "\n"
      else { return nil }
      return .literal(chomp: text.hasSuffix("\n") ? "" : "-")
    }
    if style == .singleQuoted {
      // Double quotes where single ones cannot say it; a break inside
      // single quotes is folded: neither is written here.
      guard facts.singleQuotedAllowed, !facts.lineBreaks else { return nil }
    }
    return style
  }

  /// What libyaml's analysis finds in a scalar, for the styles here.
  struct Facts {
    var plainAllowed = true
    var singleQuotedAllowed = true
    var blockAllowed = true
    var lineBreaks = false
    var leadingSpaceOrBreak = false

    /// nil for text with a line break other than LF (CR, NEL, LS, PS).
    init?(_ text: String) {
      var text = text
      guard let facts = text.withUTF8({ Facts(bytes: $0) }) else { return nil }
      self = facts
    }

    /// Over the text's own buffer: an export asks this of every key and
    /// value, and copying each into an array cost more than the analysis.
    private init?(bytes: UnsafeBufferPointer<UInt8>) {
      if bytes.isEmpty {
        plainAllowed = false  // libyaml: plain only outside flow and keys; Yams quotes ''.
        blockAllowed = false
        return
      }
      // "---" and "..." start a document.
      var indicators =
        bytes.count >= 3 && bytes[0] == bytes[1] && bytes[1] == bytes[2]
        && (bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "."))
      var specialCharacters = false
      var leadingSpace = false
      var trailingSpace = false
      var breakSpace = false
      var spaceBreak = false
      var previousSpace = false
      var previousBreak = false
      var precededByBlank = true
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        // Most bytes after the first: printable ASCII that is no blank and
        // no indicator, which changes nothing but that a blank came last.
        if index > 0, byte > 0x20, byte < 0x7F, byte != UInt8(ascii: ":"),
          byte != UInt8(ascii: "#")
        {
          previousSpace = false
          previousBreak = false
          precededByBlank = false
          index += 1
          continue
        }
        let width = Self.width(of: byte)
        guard width > 0, index + width <= bytes.count else { return nil }
        let next = index + width < bytes.count ? bytes[index + width] : 0
        let followedByBlank = Self.isBlankOrEnd(next)
        if index == 0 {
          switch byte {
          case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "*"),
            UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
            UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            indicators = true
          case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "-"):
            if followedByBlank { indicators = true }
          default: break
          }
        } else if byte == UInt8(ascii: ":") && followedByBlank {
          indicators = true
        } else if byte == UInt8(ascii: "#") && precededByBlank {
          indicators = true
        }
        if Self.isOtherBreak(bytes, index) { return nil }
        if !Self.isPrintable(bytes, index) { specialCharacters = true }
        if byte == UInt8(ascii: " ") {
          if index == 0 { leadingSpace = true }
          if index + 1 == bytes.count { trailingSpace = true }
          if previousBreak { breakSpace = true }
          previousSpace = true
          previousBreak = false
        } else if byte == UInt8(ascii: "\n") {
          lineBreaks = true
          if index == 0 { leadingSpaceOrBreak = true }
          if previousSpace { spaceBreak = true }
          previousSpace = false
          previousBreak = true
        } else {
          previousSpace = false
          previousBreak = false
        }
        precededByBlank = Self.isBlankOrEnd(byte)
        index += width
      }
      let trailingBreak = bytes.last == UInt8(ascii: "\n")
      leadingSpaceOrBreak = leadingSpaceOrBreak || leadingSpace
      if leadingSpaceOrBreak || trailingSpace || trailingBreak || lineBreaks
        || indicators
      {
        plainAllowed = false
      }
      if trailingSpace { blockAllowed = false }
      if breakSpace {
        plainAllowed = false
        singleQuotedAllowed = false
      }
      if spaceBreak || specialCharacters {
        plainAllowed = false
        singleQuotedAllowed = false
        blockAllowed = false
      }
    }

    /// The length of a UTF-8 sequence from its first byte (0: not a first byte).
    static func width(of byte: UInt8) -> Int {
      switch byte {
      case 0x00...0x7F: 1
      case 0xC0...0xDF: 2
      case 0xE0...0xEF: 3
      case 0xF0...0xF7: 4
      default: 0
      }
    }

    /// Space, tab, a line break or the end (NUL).
    static func isBlankOrEnd(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0
    }

    /// The byte at `i`, or 0 past the end.
    private static func byte(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt8 {
      i < bytes.count ? bytes[i] : 0
    }

    /// CR, NEL, LS or PS.
    static func isOtherBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
      let first = bytes[i]
      return first == 0x0D || (first == 0xC2 && byte(bytes, i + 1) == 0x85)
        || (first == 0xE2 && byte(bytes, i + 1) == 0x80
          && (byte(bytes, i + 2) == 0xA8 || byte(bytes, i + 2) == 0xA9))
    }

    /// libyaml's printable characters: LF, printable ASCII, and the BMP
    /// from U+00A0 without surrogates, the byte order mark, U+FFFE and U+FFFF.
    static func isPrintable(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
      let (second, third) = (byte(bytes, i + 1), byte(bytes, i + 2))
      switch bytes[i] {
      case 0x0A, 0x20...0x7E: return true
      case 0xC2: return second >= 0xA0
      case 0xC3...0xEC: return true
      case 0xED: return second < 0xA0
      case 0xEE: return true
      case 0xEF:
        return !(second == 0xBB && third == 0xBF)
          && !(second == 0xBF && (third == 0xBE || third == 0xBF))
      default: return false
      }
    }
  }
}
