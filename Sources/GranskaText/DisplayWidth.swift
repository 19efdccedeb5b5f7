import CTextSupport

#if canImport(Glibc)
import Glibc
#endif

/// Terminal columns a text takes as it is drawn (see `Sanitize.line`): each
/// scalar as the terminal itself counts it, the C library's `wcwidth` (CJK
/// and emoji take two, combining marks none); a control character as its
/// one-column placeholder; joiners nothing. A grapheme of several spacing
/// scalars (a flag, an emoji family) takes what its parts take, since
/// terminals differ in which of them they join: the grid draws each part in
/// its own cells, so nothing runs over a border. Only right under a UTF-8
/// character type, which `Locale.ensureUTF8` sets.
public enum DisplayWidth {
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    if scalar.isASCII { return 1 }
    if Sanitize.isJoiner(scalar) { return 0 }
    if Sanitize.needsPlaceholder(scalar) { return 1 }
    TextLocale.ensureUTF8()
    let width = Int(granska_wcwidth(scalar.value))
    return max(width, 0)
  }

  public static func of(_ character: Character) -> Int {
    character.unicodeScalars.reduce(0) { $0 + of($1) }
  }

  /// The sum over the text's scalars, as over its characters, without
  /// finding where each character ends; ASCII text by its length.
  public static func of(_ text: String) -> Int {
    var text = text
    if text.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } }) { return text.utf8.count }
    return text.unicodeScalars.reduce(0) { $0 + of($1) }
  }

  /// The text cut to at most `width` columns, ending in "…" when cut.
  public static func truncate(_ text: String, to width: Int) -> String {
    guard width > 0 else { return "" }
    if of(text) <= width { return text }
    var result = ""
    var used = 0
    for character in text {
      let w = of(character)
      if used + w > width - 1 { break }
      result.append(character)
      used += w
    }
    // "tydliggör…", not "tydliggör …".
    while result.last == " " { result.removeLast() }
    return result + "…"
  }

  /// The text padded with spaces (or cut) to exactly `width` columns.
  public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
    let cut = truncate(text, to: width)
    let fill = String(repeating: " ", count: max(0, width - of(cut)))
    return alignRight ? fill + cut : cut + fill
  }
}

/// The process's character type, made UTF-8 when the environment names a
/// locale this machine lacks (common over SSH): å ä ö must never depend on it.
public enum TextLocale {
  /// Sets LC_CTYPE from the environment and, if that is not UTF-8, to a
  /// UTF-8 locale that exists. Runs once; the terminal backend calls it
  /// before ncurses starts, since ncurses decides on UTF-8 at start.
  public static func ensureUTF8() { _ = chosen }

  private static let chosen: Void = {
    setlocale(LC_CTYPE, "")
    if isUTF8 { return }
    for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "sv_SE.UTF-8"] {
      if setlocale(LC_CTYPE, name) != nil, isUTF8 { return }
    }
  }()

  public static var isUTF8: Bool { granska_ctype_is_utf8() != 0 }
}
