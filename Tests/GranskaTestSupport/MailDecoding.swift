import Foundation

/// Mail as a reader's program decodes it, for tests that hold Granska's
/// messages to their RFCs.
public enum MailDecoding {
  /// Quoted-printable back to text (RFC 2045 6.7); nil for a malformed `=`
  /// escape or bytes that are not UTF-8.
  public static func quotedPrintable(_ text: String) -> String? {
    var bytes: [UInt8] = []
    var lines = text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    for line in lines {
      let soft = line.hasSuffix("=")
      let chars = Array((soft ? String(line.dropLast()) : line).utf8)
      var index = 0
      while index < chars.count {
        if chars[index] == UInt8(ascii: "=") {
          guard index + 2 < chars.count,
            let byte = UInt8(
              String(decoding: chars[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
          else { return nil }
          bytes.append(byte)
          index += 3
        } else {
          bytes.append(chars[index])
          index += 1
        }
      }
      if !soft { bytes.append(UInt8(ascii: "\n")) }
    }
    return String(bytes: bytes, encoding: .utf8)
  }
}
