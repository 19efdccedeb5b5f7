import Foundation
import GranskaTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private tmux server running one program in one pane, for end-to-end
/// tests: its own socket and no configuration (`-f /dev/null`), so a test
/// never touches a user's tmux. The server is killed when this goes away.
///
/// The program runs under `/bin/sh`, which writes its exit status to a file:
/// tmux 3.3's `#{pane_dead_status}` is often left empty (the pane is marked
/// dead before tmux reaps the child, and then the status never appears).
final class Tmux {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// Holds the socket, the exit status, the recorded output and anything
  /// else a test puts there; removed with the server.
  let directory: String
  private var socket: String { directory + "/tmux.sock" }
  private var statusFile: String { directory + "/exit-status" }
  private var outputFile: String { directory + "/pane-output" }
  private let session = "granska"

  init() throws {
    directory = NSTemporaryDirectory() + "granska-e2e-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  deinit {
    _ = try? tmux("kill-server")
    try? FileManager.default.removeItem(atPath: directory)
  }

  /// Starts `command` in a detached pane of the given size with exactly
  /// `environment` (nothing inherited), in `directory` (so anything it writes
  /// there stays private). The pane stays after the program ends, and
  /// everything it writes is recorded.
  func start(
    _ command: [String], environment: [String: String], width: Int = 80, height: Int = 24
  ) throws {
    let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    let recordStatus = "\"$@\"; echo $? > '\(statusFile)'"
    let program =
      ["/usr/bin/env", "-i"] + variables + ["/bin/sh", "-c", recordStatus, "sh"] + command
    try tmux(
      [
        "new-session", "-d", "-s", session, "-c", directory, "-x", "\(width)", "-y", "\(height)",
        "--",
      ] + program
        + [";", "set-option", "-t", session, "remain-on-exit", "on"]
        + [";", "pipe-pane", "-o", "-t", session, "cat > '\(outputFile)'"])
  }

  /// Sends keys by tmux name ("q", "Enter", "C-c", "Up").
  func sendKeys(_ keys: String...) throws {
    try tmux(["send-keys", "-t", session] + keys)
  }

  /// Types text literally.
  func sendText(_ text: String) throws {
    try tmux("send-keys", "-t", session, "-l", text)
  }

  /// Sends bytes exactly as given, as a terminal would (e.g. PuTTY's End
  /// key, "\u{1B}[4~"), whatever tmux itself would send for a key. ASCII only.
  func sendBytes(_ text: String) throws {
    try tmux(["send-keys", "-t", session, "-H"] + text.utf8.map { String($0, radix: 16) })
  }

  /// Pastes `text` as a terminal does: bracketed (ESC[200~ … ESC[201~) when
  /// the program asked for bracketed paste, and with line breaks as CR.
  func paste(_ text: String) throws {
    let file = directory + "/paste-buffer"
    try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    try tmux("load-buffer", "-b", "test", file)
    try tmux("paste-buffer", "-p", "-b", "test", "-t", session)
  }

  /// The pane as text; with `escapes`, with its colours and attributes as SGR sequences.
  func screen(escapes: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", session] + (escapes ? ["-e"] : []))
  }

  /// Everything the pane showed, scrolled-off lines included, wrapped lines
  /// joined (tmux scrolls the pane by a line when it marks it dead).
  func transcript() throws -> String {
    try tmux("capture-pane", "-p", "-J", "-S", "-", "-t", session)
  }

  func resize(width: Int, height: Int) throws {
    try tmux("resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)")
  }

  /// A tmux format for the pane, e.g. "#{alternate_on}".
  func value(_ format: String) throws -> String {
    try tmux("display-message", "-p", "-t", session, format)
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  var paneDead: Bool { get throws { try value("#{pane_dead}") == "1" } }
  /// Unreliable in tmux 3.3 (see the type's comment); prefer `waitForExit`.
  var paneDeadStatus: Int32? { get throws { Int32(try value("#{pane_dead_status}")) } }

  /// Everything the program wrote to the terminal so far.
  func recordedOutput() -> String {
    (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
  }

  /// The program's process: the one named `name` among the descendants of
  /// the pane's shell (a child, or deeper under a shell of the test's own).
  func programPID(named name: String = "granska") throws -> pid_t {
    guard let shell = pid_t(try value("#{pane_pid}")) else { throw Failure(description: "no pane") }
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    for entry in entries {
      guard let pid = pid_t(entry),
        (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?
          .trimmingCharacters(in: .whitespacesAndNewlines) == name
      else { continue }
      var ancestor = Self.parent(of: pid)
      while let current = ancestor, current > 1 {
        if current == shell { return pid }
        ancestor = Self.parent(of: current)
      }
    }
    throw Failure(description: "no \(name) running under pane process \(shell)")
  }

  /// A process's state letter from /proc/PID/stat ("T" when stopped).
  static func state(of pid: pid_t) -> String? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let end = stat.lastIndex(of: ")")
    else { return nil }
    return stat[stat.index(after: end)...].split(separator: " ").first.map(String.init)
  }

  /// The parent from /proc/PID/stat: the second field after the command name.
  private static func parent(of pid: pid_t) -> pid_t? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let end = stat.lastIndex(of: ")")
    else { return nil }
    let fields = stat[stat.index(after: end)...].split(separator: " ")
    return fields.count > 1 ? pid_t(fields[1]) : nil
  }

  // MARK: Waiting

  /// Waits until the pane shows `text`; returns the screen.
  @discardableResult
  func waitFor(_ text: String, timeout: Duration = .seconds(20)) async throws -> String {
    try await waitUntil("the pane shows \"\(text)\"", timeout: timeout) { $0.contains(text) }
  }

  /// Polls the screen every 50 ms until `condition` holds; fails with the
  /// last screen seen.
  @discardableResult
  func waitUntil(
    _ what: String, timeout: Duration = .seconds(20), _ condition: (String) throws -> Bool
  ) async throws -> String {
    let deadline = ContinuousClock.now + timeout
    var last = ""
    while ContinuousClock.now < deadline {
      last = try screen()
      if try condition(last) { return last }
      try await Task.sleep(for: .milliseconds(50))
    }
    // One more look: with tests that block their threads (waiting for a
    // process) running alongside, this task may wake only after the
    // deadline, and must judge the screen as it is then, not as it was
    // before it slept.
    last = try screen()
    if try condition(last) { return last }
    throw Failure(description: "timed out waiting until \(what); the screen was:\n\(last)")
  }

  /// Waits for the program to end and returns its exit status.
  func waitForExit(timeout: Duration = .seconds(20)) async throws -> Int32 {
    var status: Int32?
    try await waitUntil("the program exits", timeout: timeout) { _ in
      let text = try? String(contentsOfFile: statusFile, encoding: .utf8)
      status = text.flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
      return status != nil
    }
    return status!
  }

  // MARK: Running tmux

  @discardableResult
  private func tmux(_ arguments: String...) throws -> String {
    try tmux(arguments)
  }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    let output = directory + "/tmux-stdout"
    let environment = [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      // tmux writes UTF-8 to a client only under a UTF-8 locale.
      "LANG": "C.UTF-8",
      "TMUX_TMPDIR": directory,
    ]
    let status = try Spawn.run(
      ["tmux", "-S", socket, "-f", "/dev/null"] + arguments, environment: environment,
      output: output)
    let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    guard status == 0 else {
      throw Failure(description: "tmux \(arguments.joined(separator: " ")) exited \(status)")
    }
    return text
  }
}

extension Tmux {
  /// Starts granska in its own tmux server with an explicit environment:
  /// `overrides` add variables or, with nil, remove them. The database is
  /// the server's own unless `database` names a shared one.
  static func granska(
    _ overrides: [String: String?] = [:], database: String? = nil, arguments: [String] = [],
    width: Int = 80, height: Int = 24
  ) throws -> Tmux {
    let tmux = try Tmux()
    var environment = [
      "PATH": "/usr/bin:/bin",
      "HOME": tmux.directory,
      "TERM": "tmux-256color",
      "GRANSKA_DB": database ?? tmux.directory + "/granska.sqlite",
      "XDG_DATA_HOME": tmux.directory + "/xdg",
    ]
    for (name, value) in overrides { environment[name] = value }
    try tmux.start(
      [GranskaRun.binary.path] + arguments, environment: environment, width: width, height: height)
    return tmux
  }
}

/// What goes into a dashboard form's field: text typed, or keys by tmux
/// name (a choice).
enum FormInput: ExpressibleByStringLiteral {
  case text(String)
  case keys([String])
  /// A suggested text cleared (Ctrl-U) and this typed instead.
  case replacing(String)

  init(stringLiteral value: String) { self = .text(value) }
}

extension Tmux {
  /// Fills a dashboard form's fields, Tab between them, once the form whose
  /// title starts so shows, and saves it; waits until it has closed (saved).
  func fill(form title: String, _ fields: [FormInput]) async throws {
    try await waitFor("─ \(title)")
    for (index, input) in fields.enumerated() {
      if index > 0 { try sendKeys("Tab") }
      switch input {
      case .text(let text): if !text.isEmpty { try sendText(text) }
      case .keys(let keys): for key in keys { try sendKeys(key) }
      case .replacing(let text):
        try sendKeys("C-u")
        try sendText(text)
      }
    }
    try sendKeys("Enter")
    try await waitUntil("the form \(title) closes") { !$0.contains("─ \(title)") }
  }
}
