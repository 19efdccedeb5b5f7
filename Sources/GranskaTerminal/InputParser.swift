import GranskaUI

/// Turns the bytes a terminal sends into `InputEvent`s, whatever TERM says:
/// xterm, PuTTY, rxvt, the Linux console, tmux and screen send the same keys
/// as different escape sequences, and terminfo describes only one of them.
/// Pure: bytes in, events out, no terminal needed (see InputParserTests).
///
/// - A sequence is read whole, also when it arrives split across reads; one
///   that nobody binds (Ctrl-F1, kitty's `CSI 97;5u`, focus reports, an
///   unknown `CSI 99~`) is swallowed whole, never read as Esc plus letters.
/// - An Esc with nothing after it is the Esc key once `timeOut()` is called,
///   after `waitMilliseconds` without more bytes. Alt plus a key (ESC and
///   the key in one read, as a terminal writes it) is swallowed; an Esc that
///   ended a read, followed by a key in the next, is Esc and that key.
/// - Text between `ESC[200~` and `ESC[201~` (bracketed paste) is one
///   `.paste`, never keys; printable characters that arrive together are one
///   `.text`; a single character is a key.
public struct InputParser: Sendable {
  /// How long an Esc (or a sequence cut short) waits for the rest: long
  /// enough for a sequence split between two reads, short enough that Esc
  /// feels instant.
  public static let escapeWaitMilliseconds = 40
  /// How long a paste may pause before it is taken as ended without its end
  /// marker (a terminal that lost it).
  public static let pasteWaitMilliseconds = 1000
  /// The most bytes a paste keeps; the rest is dropped (fields cap far lower).
  public static let pasteLimit = 4 << 20

  /// Bytes of a sequence or a character not yet complete.
  private var pending: [UInt8] = []
  /// The bytes of a bracketed paste while it lasts.
  private var pasted: [UInt8]? = nil
  /// Whether `pending` starts with an ESC that was the last byte of a read.
  private var escapeEndedRead = false

  public init() {}

  /// How long to wait for more bytes before calling `timeOut()`; nil when
  /// nothing is waiting.
  public var waitMilliseconds: Int? {
    if pasted != nil { return Self.pasteWaitMilliseconds }
    return pending.isEmpty ? nil : Self.escapeWaitMilliseconds
  }

  /// The events the bytes complete. Bytes of an unfinished sequence are kept
  /// for the next call.
  public mutating func feed(_ bytes: some Sequence<UInt8>) -> [InputEvent] {
    let escapeAlone = escapeEndedRead
    escapeEndedRead = false
    pending.append(contentsOf: bytes)
    var events: [InputEvent] = []
    var text = ""
    var index = 0
    while index < pending.count {
      if pasted != nil {
        // Nil: the paste goes on in the next read (`pending` holds the rest).
        guard let next = continuePaste(from: index, into: &events) else { return events }
        index = next
        continue
      }
      switch token(at: index, escapeAlone: escapeAlone && index == 0) {
      case .incomplete:
        flush(&text, into: &events)
        pending.removeFirst(index)
        escapeEndedRead = pending == [0x1B]
        return events
      case .character(let scalar, let length):
        text.unicodeScalars.append(scalar)
        index += length
      case .event(let event, let length):
        // A swallowed sequence or a broken byte does not split typed text.
        if let event {
          flush(&text, into: &events)
          events.append(event)
        }
        index += length
      case .pasteStart(let length):
        flush(&text, into: &events)
        pasted = []
        index += length
      }
    }
    flush(&text, into: &events)
    pending.removeAll()
    return events
  }

  /// No more bytes came in time: a lone Esc is the Esc key, a sequence cut
  /// short is dropped, a paste that lost its end marker ends here.
  public mutating func timeOut() -> [InputEvent] {
    defer {
      pending.removeAll()
      escapeEndedRead = false
    }
    if let bytes = pasted {
      pasted = nil
      return [Self.pasteEvent(bytes + pending)]
    }
    return pending.allSatisfy { $0 == 0x1B } ? pending.map { _ in .key(.escape) } : []
  }

  // MARK: Tokens

  private enum Token {
    /// The bytes so far could still become a sequence or a character.
    case incomplete
    case character(Unicode.Scalar, length: Int)
    /// A key, mouse report or nothing (a sequence swallowed whole).
    case event(InputEvent?, length: Int)
    case pasteStart(length: Int)
  }

  private func token(at index: Int, escapeAlone: Bool) -> Token {
    let byte = pending[index]
    switch byte {
    case 0x1B: return escape(at: index, alone: escapeAlone)
    case 0x0D: return .event(.key(.enter), length: 1)
    case 0x0A: return .event(.key(.control("j")), length: 1)
    case 0x09: return .event(.key(.tab), length: 1)
    case 0x08, 0x7F: return .event(.key(.backspace), length: 1)
    case 0x01...0x1A:
      return .event(.key(.control(Character(Unicode.Scalar(byte + 0x60)))), length: 1)
    case 0x00...0x1F: return .event(nil, length: 1)
    default: return utf8(at: index)
    }
  }

  /// A UTF-8 character; a byte that cannot start or continue one is dropped.
  private func utf8(at index: Int) -> Token {
    let lead = pending[index]
    let length: Int
    switch lead {
    case 0x20...0x7E: return .character(Unicode.Scalar(lead), length: 1)
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return .event(nil, length: 1)
    }
    let available = min(length, pending.count - index)
    for offset in 1..<available where pending[index + offset] & 0xC0 != 0x80 {
      return .event(nil, length: offset)
    }
    guard available == length else { return .incomplete }
    var decoder = UTF8()
    var iterator = pending[index..<index + length].makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator),
      scalar.value >= 0xA0
    else { return .event(nil, length: length) }
    return .character(scalar, length: length)
  }

  /// What follows an ESC: a CSI or SS3 sequence, a lone Esc, or Alt plus a
  /// key (swallowed: nothing binds Alt). `alone`: the ESC ended the read
  /// before, so a key after it was pressed after it.
  private func escape(at index: Int, alone: Bool = false) -> Token {
    guard index + 1 < pending.count else { return .incomplete }
    switch pending[index + 1] {
    case UInt8(ascii: "["): return csi(at: index + 2, start: index)
    case UInt8(ascii: "O"): return ss3(at: index + 2, start: index)
    case _ where alone: return .event(.key(.escape), length: 1)
    case 0x1B:
      // ESC ESC [ … is Alt plus a key in rxvt; ESC ESC alone is Esc twice.
      guard index + 2 < pending.count else { return .incomplete }
      let next = pending[index + 2]
      guard next == UInt8(ascii: "[") || next == UInt8(ascii: "O") else {
        return .event(.key(.escape), length: 1)
      }
      return swallowed(escape(at: index + 1), extra: 1)
    default:
      return swallowed(utf8(at: index + 1), extra: 1)
    }
  }

  private func swallowed(_ token: Token, extra: Int) -> Token {
    switch token {
    case .incomplete: .incomplete
    case .character(_, let length), .event(_, let length), .pasteStart(let length):
      .event(nil, length: length + extra)
    }
  }

  /// `ESC [` parameters, intermediates, final byte; and the two forms that
  /// break that shape: the Linux console's `ESC [ [ A` and X10 mouse reports.
  private func csi(at first: Int, start: Int) -> Token {
    guard first < pending.count else { return .incomplete }
    if pending[first] == UInt8(ascii: "[") {
      guard first + 1 < pending.count else { return .incomplete }
      let letter = pending[first + 1]
      let key = (0x41...0x45).contains(letter) ? Key.function(Int(letter) - 0x40) : nil
      return .event(key.map(InputEvent.key), length: first + 2 - start)
    }
    if pending[first] == UInt8(ascii: "M") {
      guard first + 3 < pending.count else { return .incomplete }
      let report = pending[first + 1...first + 3].map { Int($0) - 32 }
      return .event(
        Self.mouse(button: report[0], x: report[1] - 1, y: report[2] - 1, released: false),
        length: first + 4 - start)
    }
    var index = first
    while index < pending.count {
      let byte = pending[index]
      switch byte {
      case 0x30...0x3F, 0x20...0x23, 0x25...0x2F:
        index += 1
        // Longer than any real key: not a key.
        if index - start > 32 { return .event(nil, length: index - start) }
      case 0x24, 0x40...0x7E:  // rxvt ends modified keys with "$"
        let parameters = String(decoding: pending[first..<index], as: UTF8.self)
        return csiEvent(parameters: parameters, final: byte, length: index + 1 - start)
      default:
        // Broken off by something that cannot be in a sequence.
        return .event(nil, length: index - start)
      }
    }
    return .incomplete
  }

  private func csiEvent(parameters: String, final: UInt8, length: Int) -> Token {
    if parameters == "200", final == UInt8(ascii: "~") { return .pasteStart(length: length) }
    let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map {
      Int($0.drop { !$0.isNumber }) ?? 0
    }
    if final == UInt8(ascii: "M") || final == UInt8(ascii: "m") {
      return .event(
        mouseReport(parameters, numbers, release: final == UInt8(ascii: "m")),
        length: length)
    }
    // A modifier (Shift, Alt, Ctrl) is the second number; nothing binds those.
    let modified = numbers.count > 1 && numbers[1] > 1
    let plain = parameters.allSatisfy { $0.isNumber || $0 == ";" }
    guard plain, !modified else { return .event(nil, length: length) }
    let key: Key? =
      final == UInt8(ascii: "~")
      ? Self.tildeKeys[numbers.first ?? 0]
      : (numbers.first ?? 1) <= 1 ? Self.letterKeys[final] : nil
    return .event(key.map(InputEvent.key), length: length)
  }

  /// `ESC O` plus a final byte (application cursor and keypad modes), with
  /// an optional modifier digit some terminals put before it.
  private func ss3(at first: Int, start: Int) -> Token {
    var index = first
    while index < pending.count, (0x30...0x39).contains(pending[index]) { index += 1 }
    guard index < pending.count else { return .incomplete }
    let final = pending[index]
    guard (0x40...0x7E).contains(final) else { return .event(nil, length: index - start) }
    let key = index == first ? Self.letterKeys[final] ?? Self.keypadKeys[final] : nil
    return .event(key.map(InputEvent.key), length: index + 1 - start)
  }

  // MARK: Meanings

  /// `CSI n ~`: xterm, PuTTY, rxvt and the Linux console (1/7 Home, 4/8 End).
  private static let tildeKeys: [Int: Key] = [
    1: .home, 2: .insert, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end,
    11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4), 15: .function(5),
    17: .function(6), 18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
    23: .function(11), 24: .function(12),
  ]

  /// `CSI x` and `SS3 x`: cursor keys, Home/End, F1–F4, Shift-Tab.
  private static let letterKeys: [UInt8: Key] = [
    UInt8(ascii: "A"): .up, UInt8(ascii: "B"): .down, UInt8(ascii: "C"): .right,
    UInt8(ascii: "D"): .left, UInt8(ascii: "H"): .home, UInt8(ascii: "F"): .end,
    UInt8(ascii: "P"): .function(1), UInt8(ascii: "Q"): .function(2),
    UInt8(ascii: "R"): .function(3), UInt8(ascii: "S"): .function(4),
    UInt8(ascii: "Z"): .backTab,
  ]

  /// `SS3 x` of the numeric keypad in application mode.
  private static let keypadKeys: [UInt8: Key] = {
    var keys: [UInt8: Key] = [UInt8(ascii: "M"): .enter]
    for (letter, character) in zip("jklmnopqrstuvwxyX".utf8, "*+,-./0123456789=") {
      keys[letter] = .character(character)
    }
    return keys
  }()

  /// SGR (`CSI < b;x;y M`) and urxvt (`CSI b;x;y M`) mouse reports.
  private func mouseReport(_ parameters: String, _ numbers: [Int], release: Bool) -> InputEvent? {
    guard numbers.count == 3 else { return nil }
    let sgr = parameters.hasPrefix("<")
    return Self.mouse(
      button: sgr ? numbers[0] : numbers[0] - 32, x: numbers[1] - 1, y: numbers[2] - 1,
      released: release)
  }

  /// A mouse report as the dashboard uses it: the left button and the wheel;
  /// other buttons and motion are nothing.
  private static func mouse(button: Int, x: Int, y: Int, released: Bool) -> InputEvent? {
    guard x >= 0, y >= 0, button & 32 == 0 else { return nil }
    let kind: MouseEvent.Kind
    switch (button & ~0x1C, released) {
    case (0, false): kind = .press
    case (0, true), (3, _): kind = .release
    case (64, false): kind = .wheelUp
    case (65, false): kind = .wheelDown
    default: return nil
    }
    return .mouse(MouseEvent(kind: kind, x: x, y: y))
  }

  // MARK: Text and paste

  /// Characters that came together: one key, or text.
  private func flush(_ text: inout String, into events: inout [InputEvent]) {
    guard !text.isEmpty else { return }
    if text.count == 1, let character = text.first {
      events.append(.key(.character(character)))
    } else {
      events.append(.text(text))
    }
    text = ""
  }

  private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

  /// Takes paste bytes from `index` up to the end marker and returns where
  /// parsing goes on; nil when the marker has not come yet.
  private mutating func continuePaste(from index: Int, into events: inout [InputEvent]) -> Int? {
    let rest = pending[index...]
    if let end = rest.firstRange(of: Self.pasteEnd) {
      keepPasted(pending[index..<end.lowerBound])
      events.append(Self.pasteEvent(pasted ?? []))
      pasted = nil
      return end.upperBound
    }
    // Keep a possible start of the end marker for the next read.
    let keep = (1..<Self.pasteEnd.count).last { Self.pasteEnd.starts(with: rest.suffix($0)) } ?? 0
    keepPasted(rest.dropLast(keep))
    pending = Array(rest.suffix(keep))
    return nil
  }

  private mutating func keepPasted(_ bytes: ArraySlice<UInt8>) {
    let room = Self.pasteLimit - (pasted?.count ?? 0)
    pasted?.append(contentsOf: bytes.prefix(max(0, room)))
  }

  /// Pasted bytes as text, line breaks as "\n" whatever the terminal sent.
  private static func pasteEvent(_ bytes: [UInt8]) -> InputEvent {
    let text = String(decoding: bytes, as: UTF8.self)
      .replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
    return .paste(text)
  }
}
