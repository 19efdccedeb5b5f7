/// Text from the data must never reach a terminal as instructions: control
/// characters, bidi overrides and invisible characters become visible
/// placeholders ("␛" for ESC). Applied to every data string on its way out
/// to a terminal — never to what is stored: there the text stays as typed.
public enum Sanitize {
  /// One line of text: newlines and tabs are also replaced. Joiners and
  /// variation selectors are left out: terminals join and restyle
  /// differently, and the grid must know where every cell ends up.
  public static func line(_ text: String) -> String {
    guard mayNeedChanges(text),
      text.unicodeScalars.contains(where: { needsPlaceholder($0) || isJoiner($0) })
    else {
      return text
    }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\t" {
        result.append(" ")
      } else if needsPlaceholder(scalar) {
        result.append(placeholder(for: scalar))
      } else if !isJoiner(scalar) {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Text as typed, for storing: only the C0 and C1 control characters
  /// (ESC, BEL, …), which no one types as text, become visible; joiners,
  /// bidi marks and zero-width spaces stay as they are. Line breaks stay in
  /// a text of several lines.
  public static func controls(_ text: String, keepingLineBreaks: Bool) -> String {
    let isControl = { (scalar: Unicode.Scalar) -> Bool in
      switch scalar.value {
      case 0x0A: !keepingLineBreaks
      case 0x00...0x1F, 0x7F...0x9F: true
      default: false
      }
    }
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\t" {
        result.append(" ")
      } else if scalar == "\r", keepingLineBreaks {
        continue
      } else {
        result.append(isControl(scalar) ? placeholder(for: scalar) : scalar)
      }
    }
    return String(result)
  }

  /// A document's text (CSV) with every control character but tab and
  /// newline written out as visible text ("\u001B"): such characters reach
  /// the data only through raw database edits, and a terminal that shows
  /// the document must not obey them.
  public static func visibleControls(_ text: String) -> String {
    let isControl = { (scalar: Unicode.Scalar) -> Bool in
      switch scalar.value {
      case 0x09, 0x0A: false
      case 0x00...0x1F, 0x7F...0x9F: true
      default: false
      }
    }
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// JSON text with DEL and the C1 controls escaped (`\u009b`) as well as
  /// what JSON itself requires: valid JSON, the same data, and nothing a
  /// terminal would obey. (They can only occur inside strings.)
  public static func jsonEscapes(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: { (0x7F...0x9F).contains($0.value) }) else {
      return json
    }
    var result = ""
    for scalar in json.unicodeScalars {
      if (0x7F...0x9F).contains(scalar.value) {
        result += "\\u00" + String(scalar.value, radix: 16)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Zero-width joiner and non-joiner, variation selectors: they only ask
  /// the terminal to join or restyle their neighbours.
  static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x200C, 0x200D, 0xFE0E, 0xFE0F: true
    default: false
    }
  }

  /// Text that may hold line breaks: each line is sanitised, breaks are kept.
  public static func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map {
      line(String($0.hasSuffix("\r") ? $0.dropLast() : $0))
    }
  }

  /// False when no scalar can need a placeholder (a line feed does) or be
  /// a joiner: none is encoded as theirs begin (below space, DEL, C2 80…9F
  /// for the C1 controls, E2 80 and E2 81 for the invisible and bidi ones
  /// of U+2000…U+207F, EF for the rest). Most text is told by its bytes,
  /// without decoding a scalar; an arrow (E2 86) is not taken for one.
  /// Over the bytes as one buffer: a loop over `utf8` costs many times
  /// more, and `log` asks this of every line.
  static func mayNeedChanges(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var previous: UInt8 = 0
      for byte in bytes {
        if byte < 0x20 || byte == 0x7F || byte == 0xEF { return true }
        if previous == 0xC2, byte <= 0x9F { return true }
        if previous == 0xE2, byte == 0x80 || byte == 0x81 { return true }
        previous = byte
      }
      return false
    }
  }

  static func needsPlaceholder(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true  // C0, DEL, C1 controls (ESC, CSI, OSC, BEL, …)
    case 0x200B, 0x200E, 0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: true  // invisible, bidi
    case 0xFFF9...0xFFFB: true  // interlinear annotation controls
    default: false
    }
  }

  static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)!  // ␀ … ␟, ESC is ␛
    case 0x7F: "\u{2421}"  // ␡
    default: "\u{FFFD}"  // �
    }
  }
}
