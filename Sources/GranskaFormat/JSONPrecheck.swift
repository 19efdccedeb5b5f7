import Foundation
import GranskaDomain

/// The checks `checkTree` makes, run straight over a JSON file's bytes:
/// no tree of the file is built, which took most of an import's time and
/// memory. It only tells a file that surely passes them; on any problem,
/// or anything it does not expect (an escaped key, a text near the
/// limit), it is not sure, and the file is read the careful way, which
/// finds the problem and says where it is.
///
/// Stricter than `checkTree`, never looser: every control character is
/// refused wherever it is, and so is every whole number too large for one.
struct JSONPrecheck {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  private var values = 0

  private struct NotSure: Error {}

  /// True when the file is one JSON value that passes every check. The
  /// nesting must have been checked (`checkNesting`): this recurses.
  static func passes(_ data: Data) -> Bool {
    data.withUnsafeBytes { raw in
      var check = JSONPrecheck(bytes: raw.bindMemory(to: UInt8.self))
      do {
        try check.document()
        return true
      } catch {
        return false
      }
    }
  }

  private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  private mutating func document() throws(NotSure) {
    skipSpace()
    try value(at: "")
    skipSpace()
    guard index == bytes.count else { throw NotSure() }
  }

  /// One value at `place` (as `KnownKeys` names places); true when it is `null`.
  @discardableResult
  private mutating func value(at place: String) throws(NotSure) -> Bool {
    values += 1
    guard values <= DocumentReader.maximumValues, index < bytes.count else { throw NotSure() }
    switch bytes[index] {
    case UInt8(ascii: "{"): try object(at: place)
    case UInt8(ascii: "["): try list(at: place)
    case UInt8(ascii: "\""): try text()
    case UInt8(ascii: "n"):
      try literal("null")
      return true
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    default: try number()
    }
    return false
  }

  private mutating func object(at place: String) throws(NotSure) {
    index += 1
    skipSpace()
    if try take("}") { return }
    let known = KnownKeys.byPlace[place]
    repeat {
      skipSpace()
      let key = try key()
      skipSpace()
      guard try take(":") else { throw NotSure() }
      skipSpace()
      // A place's name is made only for what has places inside it.
      let inner = index < bytes.count && (bytes[index] == 0x7B || bytes[index] == 0x5B)
      let isNull = try value(at: inner ? place + "." + key : "")
      if let known, !known.contains(key), !isNull { throw NotSure() }
      skipSpace()
    } while try take(",")
    guard try take("}") else { throw NotSure() }
  }

  private mutating func list(at place: String) throws(NotSure) {
    index += 1
    skipSpace()
    if try take("]") { return }
    let itemPlace = place + "[]"
    repeat {
      skipSpace()
      try value(at: itemPlace)
      skipSpace()
    } while try take(",")
    guard try take("]") else { throw NotSure() }
  }

  /// A key without escapes (every key the format knows is plain).
  private mutating func key() throws(NotSure) -> String {
    guard try take("\"") else { throw NotSure() }
    let start = index
    while index < bytes.count, bytes[index] != 0x22 {
      guard bytes[index] != 0x5C, bytes[index] >= 0x20 else { throw NotSure() }
      index += 1
    }
    guard index < bytes.count else { throw NotSure() }
    let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    index += 1
    return key
  }

  /// A string: no control character, raw or escaped, and not longer than
  /// a text may be (its bytes in the file are at least its characters).
  private mutating func text() throws(NotSure) {
    index += 1
    let start = index
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case 0x22:
        guard index - start <= DocumentReader.maximumTextLength else { throw NotSure() }
        index += 1
        return
      case 0x5C: try escape()
      case 0x00..<0x20, 0x7F: throw NotSure()
      case 0xC2:
        // U+0080…U+009F, the C1 controls.
        if index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { throw NotSure() }
        index += 1
      default: index += 1
      }
    }
    throw NotSure()
  }

  /// An escape inside a string, `\` first: the ones that stand for a
  /// control character other than tab and newline are refused.
  private mutating func escape() throws(NotSure) {
    guard index + 1 < bytes.count else { throw NotSure() }
    switch bytes[index + 1] {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "n"),
      UInt8(ascii: "t"):
      index += 2
    case UInt8(ascii: "u"):
      guard index + 6 <= bytes.count,
        let scalar = UInt32(
          String(
            decoding: UnsafeBufferPointer(rebasing: bytes[index + 2..<index + 6]), as: UTF8.self),
          radix: 16),
        scalar == 0x09 || scalar == 0x0A || !(scalar < 0x20 || (0x7F...0x9F).contains(scalar))
      else { throw NotSure() }
      index += 6
    default: throw NotSure()
    }
  }

  /// A number; a whole one must fit an `Int`.
  private mutating func number() throws(NotSure) {
    let start = index
    var whole = true
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"): break
      case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"): whole = false
      default:
        guard index > start else { throw NotSure() }
        return try checkNumber(from: start, whole: whole)
      }
      index += 1
    }
    try checkNumber(from: start, whole: whole)
  }

  private func checkNumber(from start: Int, whole: Bool) throws(NotSure) {
    guard index - start <= 40 else { throw NotSure() }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    if whole, Int(text) == nil { throw NotSure() }
  }

  private mutating func literal(_ word: StaticString) throws(NotSure) {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { throw NotSure() }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
      throw NotSure()
    }
    index += count
  }

  /// Takes `character` when it comes next.
  private mutating func take(_ character: Unicode.Scalar) throws(NotSure) -> Bool {
    guard index < bytes.count else { throw NotSure() }
    guard bytes[index] == UInt8(ascii: character) else { return false }
    index += 1
    return true
  }

  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }
}
