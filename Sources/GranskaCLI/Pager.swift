import Foundation
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

/// A long text on a terminal goes through the reader's pager, as `git log`
/// does: `$GRANSKA_PAGER`, else `$PAGER`, else `less` (with `LESS=FRX`
/// unless set: one screen is just printed, colours pass, the text stays on
/// the screen after `q`). An empty pager or `cat` means none.
enum Pager {
  private nonisolated(unsafe) static var running: pid_t?

  /// Sends standard output to the pager from here on; nothing happens when
  /// it is not a terminal or no pager is to be had.
  static func start() {
    guard running == nil, isatty(STDOUT_FILENO) == 1, let command = Self.command else { return }
    // Still sanitised for the terminal the pager shows it on.
    Output.sanitizing = true
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    if getenv("LESS") == nil { setenv("LESS", "FRX", 1) }
    guard
      let pid = try? ChildProcess.spawn(["/bin/sh", "-c", command], input: ends[0], output: nil)
    else {
      close(ends[0])
      close(ends[1])
      return
    }
    close(ends[0])
    dup2(ends[1], STDOUT_FILENO)
    close(ends[1])
    running = pid
  }

  /// After the last write (`Output.finish` closed standard output): the
  /// reader reads on until they quit the pager.
  /// False when there is no pager.
  @discardableResult
  static func waitUntilQuit() -> Bool {
    guard let pid = running else { return false }
    running = nil
    close(STDOUT_FILENO)
    _ = try? ChildProcess.wait(pid)
    return true
  }

  private static var command: String? {
    let environment = ProcessInfo.processInfo.environment
    if let chosen = environment["GRANSKA_PAGER"] ?? environment["PAGER"] {
      let words = chosen.trimmingCharacters(in: .whitespaces)
      return words.isEmpty || words == "cat" ? nil : words
    }
    // `less` only where it is: a missing pager would swallow the text.
    let path = environment["PATH"] ?? "/usr/bin:/bin"
    let found = path.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/less")
    }
    return found ? "less" : nil
  }
}
