import Foundation
import GranskaDomain
import GranskaText

/// An e-mail as the mail system's `sendmail -t` reads it: RFC 5322
/// headers and a UTF-8 plain-text body in quoted-printable, lines ending in
/// LF (sendmail makes them CRLF on the wire). The one place of Granska's
/// mail escaping: addresses are checked (`MailAddress`), the subject is
/// always made of RFC 2047 encoded-words or plain printable ASCII, and no
/// header value can hold a line break or a control character — a text from
/// the data (an owner's name) goes only into the body and the encoded subject.
public struct MailMessage: Equatable, Sendable {
  public var from: String
  public var to: [String]
  public var subject: String
  public var body: String
  public var date: Date
  public var messageID: String

  public init(
    from: String, to: [String], subject: String, body: String, date: Date, messageID: String
  ) {
    self.from = from
    self.to = to
    self.subject = subject
    self.body = body
    self.date = date
    self.messageID = messageID
  }

  /// The message as text, or why it cannot be sent as it is.
  public func rendered(timeZone: TimeZone = .current) throws(MailProblem) -> String {
    for address in [from] + to where !MailAddress.isValid(address) {
      throw MailProblem.invalidAddress(address)
    }
    guard !to.isEmpty else { throw MailProblem.invalidAddress("") }
    let headers: [(String, [String])] = [
      ("Date", [MailEncoding.date(date, timeZone: timeZone)]),
      ("From", [from]),
      ("To", [to.joined(separator: ", ")]),
      ("Subject", MailEncoding.headerWords(subject, name: "Subject")),
      ("Message-ID", [messageID]),
      ("MIME-Version", ["1.0"]),
      ("Content-Type", ["text/plain; charset=UTF-8"]),
      ("Content-Transfer-Encoding", ["quoted-printable"]),
      // RFC 3834: no vacation message or other automatic answer back.
      ("Auto-Submitted", ["auto-generated"]),
    ]
    var text = ""
    for (name, words) in headers {
      // Every piece is printable ASCII; the only line breaks are the folds below.
      guard !words.isEmpty,
        words.allSatisfy({ $0.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) } })
      else { throw MailProblem.unsafeHeader(name: name) }
      text += "\(name): " + words.joined(separator: "\n ") + "\n"
    }
    return text + "\n" + MailEncoding.quotedPrintable(body)
  }
}

/// The encodings mail needs, each by its RFC.
public enum MailEncoding {
  /// A header's value as the pieces of its lines (folded between them):
  /// printable ASCII words as they are, wrapped at spaces, when the text is
  /// that and looks like no encoded-word; otherwise RFC 2047 encoded-words
  /// (`=?UTF-8?B?…?=`), each at most 75 characters and every line at most
  /// 76, a character's bytes never split between two.
  public static func headerWords(_ text: String, name: String) -> [String] {
    let plain = text.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) }
    if plain, !text.contains("=?"), !text.hasPrefix(" "), !text.hasSuffix(" "),
      !text.contains("  ")
    {
      return folded(text, first: name.count + 2)
    }
    return encodedWords(text, first: name.count + 2)
  }

  /// RFC 2047 B encoding. `first`: the columns the header's name takes on
  /// the first line ("Subject: " is 9); later lines start with one space.
  public static func encodedWords(_ text: String, first: Int) -> [String] {
    let overhead = "=?UTF-8?B??=".count
    var words: [String] = []
    var bytes: [UInt8] = []
    func room() -> Int {
      let used = words.isEmpty ? first : 1
      // Base64 in whole groups of four: three bytes each.
      return max(3, (min(75, 76 - used) - overhead) / 4 * 3)
    }
    func flush() {
      guard !bytes.isEmpty else { return }
      words.append("=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?=")
      bytes = []
    }
    for character in text {
      let encoded = Array(String(character).utf8)
      if !bytes.isEmpty, bytes.count + encoded.count > room() { flush() }
      bytes += encoded
    }
    flush()
    return words.isEmpty ? ["=?UTF-8?B??="] : words
  }

  /// Printable ASCII wrapped at spaces so that lines stay within 78
  /// columns where the words allow (a longer word stays whole).
  static func folded(_ text: String, first: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      let used = lines.isEmpty ? first : 1
      if !line.isEmpty, used + line.count + 1 + word.count > 78 {
        lines.append(line)
        line = String(word)
      } else {
        line += (line.isEmpty ? "" : " ") + word
      }
    }
    lines.append(line)
    return lines
  }

  /// RFC 2045 quoted-printable of UTF-8 text: lines of at most 76
  /// characters (soft breaks "=" where longer), "=" and bytes outside
  /// printable ASCII as =XX, a space or tab before a line's end as =20 or
  /// =09, and a line that would start "From " as "=46rom " (mbox files
  /// would otherwise change it). Line breaks stay line breaks.
  public static func quotedPrintable(_ text: String) -> String {
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false)
    var out = ""
    for (index, line) in lines.enumerated() {
      // The text's last line break is the message's.
      if index == lines.count - 1, line.isEmpty, index > 0 { break }
      out += encodedLine(Array(line.utf8)) + "\n"
    }
    return out
  }

  private static func encodedLine(_ bytes: [UInt8]) -> String {
    var pieces: [String] = []
    for (index, byte) in bytes.enumerated() {
      let last = index == bytes.count - 1
      let literal: Bool
      switch byte {
      case 0x20, 0x09: literal = !last
      case 0x3D: literal = false
      case 0x21...0x7E: literal = !(index == 0 && byte == 0x46 && startsFrom(bytes))
      default: literal = false
      }
      pieces.append(
        literal ? String(UnicodeScalar(byte)) : "=" + String(format: "%02X", byte))
    }
    var lines: [String] = []
    var line = ""
    for piece in pieces {
      // Room for the soft break's "=".
      if line.count + piece.count > 75 {
        lines.append(line + "=")
        line = ""
      }
      line += piece
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }

  private static func startsFrom(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: Array("From ".utf8))
  }

  /// RFC 5322's date: "Mon, 07 Dec 2026 06:58:40 +0100".
  public static func date(_ date: Date, timeZone: TimeZone = .current) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = timeZone
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
    return formatter.string(from: date)
  }

  /// A Message-ID no other message has: the time, 64 random bits and the host.
  public static func messageID(date: Date, host: String) -> String {
    let stamp = String(Int64(date.timeIntervalSince1970 * 1000), radix: 36)
    let random = String(UInt64.random(in: .min ... .max), radix: 36)
    let right = MailAddress.isValid("x@\(host)") ? host : "localhost"
    return "<\(stamp).\(random).granska@\(right)>"
  }
}

/// Messages as an mbox file (the "mboxrd" kind mail readers and `mutt -f`
/// open): each after a "From " line with the sender and the time, a body
/// line that starts with ">*From " gets one more ">", a blank line after each.
public enum Mbox {
  public static func entry(_ message: String, sender: String, date: Date) -> String {
    // asctime's form, as "From " lines have it: "Mon Dec  7 06:58:40 2026".
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "d"
    let dayOfMonth = formatter.string(from: date)
    formatter.dateFormat =
      "EEE MMM '\(dayOfMonth.count == 1 ? " " : "")\(dayOfMonth)' HH:mm:ss yyyy"
    var lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    let escaped = lines.map { line in
      line.drop(while: { $0 == ">" }).hasPrefix("From ") ? ">" + line : line
    }
    let day = formatter.string(from: date)
    return "From \(sender) \(day)\n" + escaped.map { $0 + "\n" }.joined() + "\n"
  }
}
