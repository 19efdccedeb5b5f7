import GranskaTerminal
import GranskaUI
import Testing

/// The key parser against the bytes real terminals send: a table of byte
/// sequences and the events they must give, whole, split across reads at
/// every point, and followed by more keys.
@Suite struct InputParserTests {
  struct Case: CustomStringConvertible, Sendable {
    var bytes: String
    var events: [InputEvent]
    var source: String
    var description: String {
      "\(source): \(bytes.unicodeScalars.map { $0.value < 32 ? "^" + String(Character(Unicode.Scalar($0.value + 64)!)) : String($0) }.joined())"
    }
  }

  static func key(_ key: Key) -> [InputEvent] { [.key(key)] }
  static let nothing: [InputEvent] = []

  static let cases: [Case] = [
    // xterm and xterm-256color, normal and application cursor modes
    Case(bytes: "\u{1B}[A", events: key(.up), source: "xterm"),
    Case(bytes: "\u{1B}[B", events: key(.down), source: "xterm"),
    Case(bytes: "\u{1B}[C", events: key(.right), source: "xterm"),
    Case(bytes: "\u{1B}[D", events: key(.left), source: "xterm"),
    Case(bytes: "\u{1B}OA", events: key(.up), source: "xterm application mode"),
    Case(bytes: "\u{1B}OD", events: key(.left), source: "xterm application mode"),
    Case(bytes: "\u{1B}[H", events: key(.home), source: "xterm"),
    Case(bytes: "\u{1B}[F", events: key(.end), source: "xterm"),
    Case(bytes: "\u{1B}OH", events: key(.home), source: "xterm application mode"),
    Case(bytes: "\u{1B}OF", events: key(.end), source: "xterm application mode"),
    Case(bytes: "\u{1B}OP", events: key(.function(1)), source: "xterm"),
    Case(bytes: "\u{1B}OS", events: key(.function(4)), source: "xterm"),
    Case(bytes: "\u{1B}[15~", events: key(.function(5)), source: "xterm"),
    Case(bytes: "\u{1B}[24~", events: key(.function(12)), source: "xterm"),
    Case(bytes: "\u{1B}[2~", events: key(.insert), source: "xterm"),
    Case(bytes: "\u{1B}[3~", events: key(.delete), source: "xterm"),
    Case(bytes: "\u{1B}[5~", events: key(.pageUp), source: "xterm"),
    Case(bytes: "\u{1B}[6~", events: key(.pageDown), source: "xterm"),
    Case(bytes: "\u{1B}[Z", events: key(.backTab), source: "xterm Shift-Tab"),
    Case(bytes: "\u{1B}[1;1A", events: key(.up), source: "xterm, modifier 1 = none"),
    // PuTTY (TERM=xterm by default), rxvt, the Linux console, tmux, screen
    Case(bytes: "\u{1B}[1~", events: key(.home), source: "PuTTY, tmux, screen, linux"),
    Case(bytes: "\u{1B}[4~", events: key(.end), source: "PuTTY, tmux, screen, linux"),
    Case(bytes: "\u{1B}[7~", events: key(.home), source: "rxvt"),
    Case(bytes: "\u{1B}[8~", events: key(.end), source: "rxvt"),
    Case(bytes: "\u{1B}[11~", events: key(.function(1)), source: "PuTTY, rxvt"),
    Case(bytes: "\u{1B}[14~", events: key(.function(4)), source: "PuTTY, rxvt"),
    Case(bytes: "\u{1B}[[A", events: key(.function(1)), source: "linux console"),
    Case(bytes: "\u{1B}[[E", events: key(.function(5)), source: "linux console"),
    Case(bytes: "\u{1B}OM", events: key(.enter), source: "keypad Enter, application mode"),
    Case(bytes: "\u{1B}Oq", events: key(.character("1")), source: "keypad 1, application mode"),
    // Control keys: both backspaces, Enter as CR, Ctrl-J as LF
    Case(bytes: "\u{7F}", events: key(.backspace), source: "Backspace as ^?"),
    Case(bytes: "\u{08}", events: key(.backspace), source: "Backspace as ^H"),
    Case(bytes: "\r", events: key(.enter), source: "Enter"),
    Case(bytes: "\n", events: key(.control("j")), source: "Ctrl-J"),
    Case(bytes: "\t", events: key(.tab), source: "Tab"),
    Case(bytes: "\u{03}", events: key(.control("c")), source: "Ctrl-C"),
    Case(bytes: "\u{1A}", events: key(.control("z")), source: "Ctrl-Z"),
    Case(bytes: "\u{15}", events: key(.control("u")), source: "Ctrl-U"),
    // Text
    Case(bytes: "q", events: key(.character("q")), source: "a key"),
    Case(bytes: "ö", events: key(.character("ö")), source: "UTF-8"),
    Case(bytes: "o\u{0308}", events: key(.character("o\u{0308}")), source: "combining mark"),
    Case(bytes: "jjq", events: [.text("jjq")], source: "keys in one read"),
    Case(bytes: "Åsa 😀", events: [.text("Åsa 😀")], source: "text in one read"),
    // Mouse: SGR, X10, urxvt
    Case(
      bytes: "\u{1B}[<0;5;3M", events: [.mouse(MouseEvent(kind: .press, x: 4, y: 2))],
      source: "SGR mouse press"),
    Case(
      bytes: "\u{1B}[<0;5;3m", events: [.mouse(MouseEvent(kind: .release, x: 4, y: 2))],
      source: "SGR mouse release"),
    Case(
      bytes: "\u{1B}[<64;10;20M", events: [.mouse(MouseEvent(kind: .wheelUp, x: 9, y: 19))],
      source: "SGR wheel"),
    Case(
      bytes: "\u{1B}[<65;1;1M", events: [.mouse(MouseEvent(kind: .wheelDown, x: 0, y: 0))],
      source: "SGR wheel"),
    Case(
      bytes: "\u{1B}[M !!", events: [.mouse(MouseEvent(kind: .press, x: 0, y: 0))],
      source: "X10 mouse"),
    Case(
      bytes: "\u{1B}[32;3;4M", events: [.mouse(MouseEvent(kind: .press, x: 2, y: 3))],
      source: "urxvt mouse"),
    Case(bytes: "\u{1B}[<32;5;3M", events: nothing, source: "mouse motion"),
    Case(bytes: "\u{1B}[<2;5;3M", events: nothing, source: "right button"),
    // Swallowed whole: sequences nobody binds
    Case(bytes: "\u{1B}[1;5P", events: nothing, source: "Ctrl-F1"),
    Case(bytes: "\u{1B}[1;5A", events: nothing, source: "Ctrl-Up"),
    Case(bytes: "\u{1B}[1;2F", events: nothing, source: "Shift-End"),
    Case(bytes: "\u{1B}[3;5~", events: nothing, source: "Ctrl-Delete"),
    Case(bytes: "\u{1B}[97;5u", events: nothing, source: "kitty Ctrl-a"),
    Case(bytes: "\u{1B}[I", events: nothing, source: "focus in"),
    Case(bytes: "\u{1B}[O", events: nothing, source: "focus out"),
    Case(bytes: "\u{1B}[99~", events: nothing, source: "unknown"),
    Case(bytes: "\u{1B}[12;40R", events: nothing, source: "cursor position report"),
    Case(bytes: "\u{1B}[7$", events: nothing, source: "rxvt Shift-Home"),
    Case(bytes: "\u{1B}[a", events: nothing, source: "rxvt Shift-Up"),
    Case(bytes: "\u{1B}Oa", events: nothing, source: "rxvt Ctrl-Up"),
    Case(bytes: "\u{1B}O5P", events: nothing, source: "old xterm Ctrl-F1"),
    Case(bytes: "\u{1B}\u{1B}[A", events: nothing, source: "Alt-Up (rxvt)"),
    Case(bytes: "\u{1B}j", events: nothing, source: "Alt-j"),
    Case(bytes: "\u{1B}ö", events: nothing, source: "Alt-ö"),
    Case(bytes: "\u{1B}[201~", events: nothing, source: "a paste end without a start"),
    // Bracketed paste
    Case(
      bytes: "\u{1B}[200~s\ru\rq\u{1B}[201~", events: [.paste("s\nu\nq")],
      source: "bracketed paste"),
    Case(
      bytes: "\u{1B}[200~a\r\nb\u{1B}[A\u{1B}[201~", events: [.paste("a\nb\u{1B}[A")],
      source: "bracketed paste holding an escape sequence"),
  ]

  static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  @Test(arguments: cases)
  func eachSequenceIsReadWhole(_ test: Case) {
    var parser = InputParser()
    #expect(parser.feed(Self.bytes(test.bytes)) == test.events, "\(test)")
    #expect(parser.waitMilliseconds == nil, "nothing left waiting: \(test)")
  }

  /// Cut in two at every place, the parser still gives the same events
  /// (text arrives in parts, and is text in parts). Alt plus a key is one
  /// write of the terminal; cut after its ESC it is Esc, then the key
  /// (`anEscapeThatEndedAReadIsTheEscapeKey`).
  @Test(arguments: cases)
  func splitAcrossReadsItIsTheSame(_ test: Case) {
    let all = Self.bytes(test.bytes)
    let altKey = test.source.hasPrefix("Alt-")
    for cut in (altKey ? 2 : 1)..<max(1, all.count) {
      var parser = InputParser()
      let events = parser.feed(all[..<cut]) + parser.feed(all[cut...])
      #expect(Self.joinedText(events) == Self.joinedText(test.events), "\(test) cut at \(cut)")
    }
  }

  /// A sequence followed by a key: the key is never part of the sequence.
  @Test(arguments: cases)
  func theNextKeyStaysAKey(_ test: Case) {
    var parser = InputParser()
    let events = parser.feed(Self.bytes(test.bytes + "\u{03}"))
    #expect(Array(events.suffix(1)) == [.key(.control("c"))], "\(test)")
    #expect(Self.joinedText(Array(events.dropLast())) == Self.joinedText(test.events), "\(test)")
  }

  /// Text split into parts compares as the whole text.
  static func joinedText(_ events: [InputEvent]) -> [InputEvent] {
    var result: [InputEvent] = []
    for event in events {
      let text: String? =
        switch event {
        case .text(let t): t
        case .key(.character(let c)): String(c)
        default: nil
        }
      if let text, case .text(let previous)? = result.last {
        result[result.count - 1] = .text(previous + text)
      } else if let text {
        result.append(.text(text))
      } else {
        result.append(event)
      }
    }
    return result
  }

  @Test func aLoneEscapeIsTheEscapeKeyAfterTheWait() {
    var parser = InputParser()
    #expect(parser.feed(Self.bytes("\u{1B}")).isEmpty)
    #expect(parser.waitMilliseconds == InputParser.escapeWaitMilliseconds)
    #expect(parser.timeOut() == [.key(.escape)])
    #expect(parser.waitMilliseconds == nil)
    // Two presses in one read are two.
    #expect(parser.feed(Self.bytes("\u{1B}\u{1B}")).isEmpty)
    #expect(parser.timeOut() == [.key(.escape), .key(.escape)])
  }

  /// Esc pressed, then a key: two reads, however soon the key follows.
  @Test func anEscapeThatEndedAReadIsTheEscapeKey() {
    var parser = InputParser()
    #expect(parser.feed(Self.bytes("\u{1B}")).isEmpty)
    #expect(parser.feed(Self.bytes("q")) == [.key(.escape), .key(.character("q"))])
    #expect(parser.feed(Self.bytes("\u{1B}")).isEmpty)
    #expect(parser.feed(Self.bytes("[4~")) == [.key(.end)], "a sequence split after its ESC")
    #expect(parser.feed(Self.bytes("\u{1B}q")).isEmpty, "Alt-q in one read")
  }

  @Test func escapeThenASequenceIsEscapeThenTheKey() {
    var parser = InputParser()
    #expect(parser.feed(Self.bytes("\u{1B}\u{1B}[4~")).isEmpty, "ESC ESC [ is read as one")
    var second = InputParser()
    #expect(second.feed(Self.bytes("\u{1B}")).isEmpty)
    #expect(second.timeOut() == [.key(.escape)])
    #expect(second.feed(Self.bytes("\u{1B}[4~")) == [.key(.end)])
  }

  @Test func aSequenceCutShortIsDroppedNotReadAsKeys() {
    var parser = InputParser()
    #expect(parser.feed(Self.bytes("\u{1B}[1;5")).isEmpty)
    #expect(parser.timeOut().isEmpty)
    #expect(parser.feed(Self.bytes("q")) == [.key(.character("q"))])
  }

  /// A paste of 100 KB arriving in 4 KB reads, its end marker split
  /// between two of them: one paste event, the text exact.
  @Test func aLargePasteInManyReadsIsOnePaste() {
    let line = "Rad med åäö och kommandotecken s u r q 1 2 3\r"
    let text = String(repeating: line, count: 100_000 / line.utf8.count + 1)
    let all = Self.bytes("\u{1B}[200~" + text + "\u{1B}[201~j")
    var parser = InputParser()
    var events: [InputEvent] = []
    var start = 0
    while start < all.count {
      let end = min(all.count, start + 4096)
      events += parser.feed(all[start..<end])
      start = end
    }
    let expected = text.replacingOccurrences(of: "\r", with: "\n")
    #expect(events == [.paste(expected), .key(.character("j"))])
    let cutInMarker = all.count - 4
    var split = InputParser()
    let parts = split.feed(all[..<cutInMarker]) + split.feed(all[cutInMarker...])
    #expect(parts == [.paste(expected), .key(.character("j"))])
  }

  @Test func aPasteThatLostItsEndMarkerEndsAfterItsWait() {
    var parser = InputParser()
    #expect(parser.feed(Self.bytes("\u{1B}[200~halv text\u{1B}[20")).isEmpty)
    #expect(parser.waitMilliseconds == InputParser.pasteWaitMilliseconds)
    #expect(parser.timeOut() == [.paste("halv text\u{1B}[20")])
    #expect(parser.feed(Self.bytes("q")) == [.key(.character("q"))])
  }

  @Test func invalidUTF8IsDropped() {
    var parser = InputParser()
    #expect(parser.feed([0x61, 0xFF, 0x62, 0xC3]) == [.text("ab")])
    #expect(parser.waitMilliseconds != nil, "waits for the rest of the character")
    #expect(parser.feed([0xA5]) == [.key(.character("å"))])
  }
}
