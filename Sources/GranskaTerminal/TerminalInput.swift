import CNcurses
import GranskaUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Terminal {
  /// Waits up to `timeoutMilliseconds` for input, or until `wakeDescriptor`
  /// (e.g. a file watch) is readable. The keyboard is read here, byte by
  /// byte through `InputParser`, not through ncurses. A resize, and a
  /// continue after Ctrl-Z, are `.resize` (the screen is then drawn whole);
  /// a timeout, a wake-up or a termination signal (see `pendingSignal`) is
  /// `.tick`. Events that arrived together come one per call, without
  /// waiting.
  public func nextEvent(timeoutMilliseconds: Int, wakeDescriptors: [Int32] = []) -> InputEvent {
    guard !isStopped else { return .tick }
    let deadline = ContinuousClock.now + .milliseconds(timeoutMilliseconds)
    while true {
      if let event = signalEvent() { return event }
      if !parsedEvents.isEmpty { return parsedEvents.removeFirst() }
      if inputClosed { return .tick }
      let remaining = max(0, (deadline - ContinuousClock.now) / .milliseconds(1))
      let sequenceWait = parser.waitMilliseconds
      let wait = min(Int(remaining.rounded(.up)), sequenceWait ?? Int.max)
      switch waitForInput(milliseconds: wait, wakeDescriptors: wakeDescriptors) {
      case .input:
        readInput()
      case .signal:
        cncurses_drain_wake()
      case .wake:
        return .tick
      case .timeout:
        // A lone Esc, or a sequence cut short, waited long enough.
        if let sequenceWait, wait >= sequenceWait {
          parsedEvents += parser.timeOut()
          continue
        }
        return .tick
      }
    }
  }

  /// What a signal asks of the loop, if one came.
  private func signalEvent() -> InputEvent? {
    if cncurses_take_continued() != 0 {
      // The screen was given back (or written over by the shell): redraw it all.
      mustRepaint = true
      _ = cncurses_take_resize()
      return .resize(updatedSize())
    }
    if cncurses_take_resize() != 0 { return .resize(updatedSize()) }
    let signal = cncurses_take_signal()
    if signal != 0 {
      receivedSignal = signal
      return .tick
    }
    return nil
  }

  /// Tells ncurses the window's new size (we handle SIGWINCH, not ncurses).
  private func updatedSize() -> Size {
    var rows: Int32 = 0
    var columns: Int32 = 0
    if cncurses_window_size(&rows, &columns) != 0 { resizeterm(rows, columns) }
    return size
  }

  private enum Readiness { case input, signal, wake, timeout }

  private func waitForInput(milliseconds: Int, wakeDescriptors: [Int32]) -> Readiness {
    var watched = [
      pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
      pollfd(fd: cncurses_wake_descriptor(), events: Int16(POLLIN), revents: 0),
    ]
    for descriptor in wakeDescriptors where descriptor >= 0 {
      watched.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0))
    }
    let ready = poll(&watched, nfds_t(watched.count), Int32(clamping: milliseconds))
    // Interrupted by a signal: its handler wrote to the wake-up pipe.
    if ready < 0 { return errno == EINTR ? .signal : .timeout }
    if ready == 0 { return .timeout }
    if watched[1].revents != 0 { return .signal }
    // Readable, or hung up (the read then says end of file).
    if watched[0].revents != 0 { return .input }
    return .wake
  }

  /// Reads what the terminal sent and parses it; end of file means the
  /// terminal has gone (an SSH connection dropped without SIGHUP).
  private func readInput() {
    let count = readBuffer.withUnsafeMutableBytes {
      read(STDIN_FILENO, $0.baseAddress, $0.count)
    }
    if count > 0 {
      parsedEvents += parser.feed(readBuffer[..<count])
    } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
      inputClosed = true
    }
  }
}
