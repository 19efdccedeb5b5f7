import CNcurses
import GranskaUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Terminal {
  /// Waits up to `timeoutMilliseconds` for input, or until `wakeDescriptor`
  /// (e.g. a file watch) is readable. A timeout, a wake-up, an interrupting
  /// signal or an unknown key is `.tick`. Input ncurses already holds is
  /// read first, so nothing typed waits on the wake-up.
  public func nextEvent(timeoutMilliseconds: Int, wakeDescriptor: Int32? = nil) -> InputEvent {
    guard !isStopped else { return .tick }  // reading would restart curses mode
    let screen = cncurses_stdscr()
    if let wakeDescriptor {
      wtimeout(screen, 0)
      let event = readEvent(screen)
      if event != .tick { return event }
      var watched = [
        pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
        pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&watched, 2, Int32(clamping: timeoutMilliseconds))
      guard ready > 0, watched[0].revents != 0 else { return .tick }
      wtimeout(screen, 0)
    } else {
      wtimeout(screen, Int32(clamping: timeoutMilliseconds))
    }
    return readEvent(screen)
  }

  private func readEvent(_ screen: UnsafeMutablePointer<WINDOW>?) -> InputEvent {
    var value: wint_t = 0
    switch wget_wch(screen, &value) {
    case KEY_CODE_YES: return specialKey(Int32(bitPattern: value))
    case OK: return characterEvent(value)
    default: return .tick
    }
  }

  private func specialKey(_ code: Int32) -> InputEvent {
    if let key = Self.keys[code] { return .key(key) }
    switch code {
    case cncurses_key_f(1)...cncurses_key_f(12):
      return .key(.function(Int(code - cncurses_key_f(0))))
    case KEY_RESIZE: return .resize(size)
    case KEY_MOUSE: return mouseEvent()
    default: return .tick
    }
  }

  private static let keys: [Int32: Key] = [
    KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
    KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_HOME: .home, KEY_END: .end,
    KEY_ENTER: .enter, KEY_BTAB: .backTab, KEY_BACKSPACE: .backspace,
    KEY_DC: .delete, KEY_IC: .insert,
  ]

  private func characterEvent(_ value: wint_t) -> InputEvent {
    switch value {
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    case 9: return .key(.tab)
    case 8, 127: return .key(.backspace)
    case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(96 + value)))))
    default:
      guard let scalar = Unicode.Scalar(value), Self.isPrintable(scalar) else { return .tick }
      return textEvent(startingWith: scalar)
    }
  }

  /// A character, or the text that arrived with it at once: combining marks
  /// join their base; several characters together are a paste.
  private func textEvent(startingWith first: Unicode.Scalar) -> InputEvent {
    let screen = cncurses_stdscr()
    var text = String(first)
    wtimeout(screen, 0)
    while text.unicodeScalars.count < 65_536 {
      var value: wint_t = 0
      let status = wget_wch(screen, &value)
      if status == OK, let scalar = Unicode.Scalar(value), Self.isPrintable(scalar) {
        text.unicodeScalars.append(scalar)
        continue
      }
      // Not text: leave it for the next call.
      if status == OK {
        unget_wch(wchar_t(bitPattern: value))
      } else if status == KEY_CODE_YES {
        ungetch(Int32(bitPattern: value))
      }
      break
    }
    if text.count == 1, let character = text.first { return .key(.character(character)) }
    return .paste(text)
  }

  private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value)
  }

  private func mouseEvent() -> InputEvent {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return .tick }
    let kinds: [(mask: mmask_t, kind: MouseEvent.Kind)] = [
      (cncurses_button1_pressed(), .press), (cncurses_button1_clicked(), .press),
      (cncurses_button1_released(), .release), (cncurses_wheel_up(), .wheelUp),
      (cncurses_wheel_down(), .wheelDown),
    ]
    guard let match = kinds.first(where: { $0.mask != 0 && event.bstate & $0.mask != 0 }) else {
      return .tick
    }
    return .mouse(MouseEvent(kind: match.kind, x: Int(event.x), y: Int(event.y)))
  }
}
