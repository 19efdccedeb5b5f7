import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Safe input from any terminal, with the real binary in a real (tmux)
/// terminal: the bytes other terminals send for the same keys, bracketed
/// pastes of text full of command keys, a terminal too small to see, Ctrl-Z,
/// and signals that end the process. Each checks what the person would see
/// and what the database and working directory hold afterwards. One at a
/// time: together with the other end-to-end suites, thirty more dashboards
/// starting at once starve a 2-core machine.
@Suite(.serialized) struct InputEndToEndTests {
  static let title = DashboardEndToEndTests.title

  /// What one terminal sends for Home, End and F1.
  struct Keyboard: CustomStringConvertible, Sendable {
    var name: String
    var term: String
    var home: String
    var end: String
    var f1: String
    var description: String { "\(name) (TERM=\(term))" }
  }

  static let keyboards = [
    Keyboard(name: "xterm", term: "xterm", home: "\u{1B}[H", end: "\u{1B}[F", f1: "\u{1B}OP"),
    Keyboard(
      name: "xterm, application cursor keys", term: "xterm-256color", home: "\u{1B}OH",
      end: "\u{1B}OF", f1: "\u{1B}OP"),
    Keyboard(
      name: "PuTTY (default keyboard)", term: "xterm", home: "\u{1B}[1~", end: "\u{1B}[4~",
      f1: "\u{1B}[11~"),
    Keyboard(
      name: "rxvt", term: "rxvt-unicode", home: "\u{1B}[7~", end: "\u{1B}[8~", f1: "\u{1B}[11~"),
    Keyboard(
      name: "Linux console", term: "linux", home: "\u{1B}[1~", end: "\u{1B}[4~", f1: "\u{1B}[[A"),
    Keyboard(
      name: "tmux and screen", term: "xterm-256color", home: "\u{1B}[1~", end: "\u{1B}[4~",
      f1: "\u{1B}OP"),
  ]

  /// Home, End and F1 do what they say in a list, and in a form End moves
  /// the cursor instead of closing the form.
  @Test(arguments: keyboards)
  func homeEndAndF1DoWhatTheySay(_ keyboard: Keyboard) async throws {
    let tmux = try Tmux.granska(["TERM": keyboard.term])
    try await tmux.waitFor("Samlad bedömning")
    let before = try log(tmux)
    try tmux.sendKeys("3")
    try await tmux.waitFor("›R1")
    try tmux.sendBytes(keyboard.end)
    try await tmux.waitFor("›R8")
    try tmux.sendBytes(keyboard.home)
    try await tmux.waitFor("›R1")
    try tmux.sendBytes(keyboard.f1)
    try await tmux.waitFor("Hjälp – Rekommendationer")
    try tmux.sendKeys("Escape")
    try await tmux.waitUntil("help closes") { !$0.contains("Hjälp –") }
    try tmux.sendKeys("Enter")
    try await tmux.waitFor("Redigera R1")
    try tmux.sendKeys("Tab")
    try tmux.sendText("abc")
    try tmux.sendBytes(keyboard.home)
    try tmux.sendText("X")
    try tmux.sendBytes(keyboard.end)
    try tmux.sendText("Y")
    let screen = try await tmux.waitFor("XabcY")
    #expect(screen.contains("Redigera R1"), "\(keyboard): the form stays open\n\(screen)")
    try await discardTheFormAndQuit(tmux)
    #expect(try log(tmux) == before, "\(keyboard): nothing saved")
  }

  /// tmux's own End and Home (what a person in tmux presses), whatever
  /// TERM says inside.
  @Test(arguments: ["xterm", "xterm-256color", "tmux-256color"])
  func tmuxsEndAndHomeMoveTheSelection(_ term: String) async throws {
    let tmux = try Tmux.granska(["TERM": term])
    try await tmux.waitFor("Samlad bedömning")
    try tmux.sendKeys("3")
    try await tmux.waitFor("›R1")
    try tmux.sendKeys("End")
    try await tmux.waitFor("›R8")
    try tmux.sendKeys("Home")
    try await tmux.waitFor("›R1")
    try tmux.sendKeys("F1")
    try await tmux.waitFor("Hjälp – Rekommendationer")
  }

  static let pastedNote = "Beslut i KS 2025-03-01.\ns u r q 1 2 3 + a\nSista raden, med å ä ö"

  /// A multi-line paste full of command keys goes into the note, as text;
  /// nothing else changes until Enter saves it with its line breaks.
  @Test func aPastedNoteIsTextAndSavesWithItsLineBreaks() async throws {
    let tmux = try Tmux.granska()
    try await tmux.waitFor("Samlad bedömning")
    let before = try log(tmux)
    try tmux.sendKeys("3")
    try await tmux.waitFor("›R1")
    try tmux.sendKeys("Enter")
    try await tmux.waitFor("Redigera R1")
    try tmux.sendKeys("BTab")  // the last field: the new note
    try tmux.paste(Self.pastedNote)
    let screen = try await tmux.waitFor("Sista raden, med å ä ö")
    #expect(screen.contains("s u r q 1 2 3 + a"), "\(screen)")
    #expect(screen.contains("Redigera R1"), "the form is still open")
    #expect(try log(tmux) == before, "nothing saved by the paste")
    #expect(try reports(in: tmux).isEmpty, "no report written by the paste's r")
    try tmux.sendKeys("Enter")
    try await tmux.waitFor("Sparat")
    let export = try GranskaRun().run(
      ["export", "--format", "json"], environment: ["GRANSKA_DB": database(tmux)])
    let encoded = Self.pastedNote.replacingOccurrences(of: "\n", with: "\\n")
    #expect(export.output.contains(encoded), "the note is saved with its line breaks")
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0)
  }

  /// Outside a form or search a paste only says so: no view switch, no
  /// report, no quit.
  @Test func aPasteOutsideAFieldDoesNothingButSaySo() async throws {
    let tmux = try Tmux.granska()
    try await tmux.waitFor("Samlad bedömning")
    try tmux.paste("3\nr\nq\n")
    let screen = try await tmux.waitFor("Inklistrad text hamnar bara i ett formulär")
    #expect(screen.contains("Samlad bedömning"), "still the overview\n\(screen)")
    #expect(try !tmux.paneDead)
    #expect(try reports(in: tmux).isEmpty)
    // In a one-line field a line break becomes a space.
    try tmux.sendKeys("3")
    try await tmux.waitFor("›R1")
    try tmux.sendKeys("Enter", "Tab")
    try tmux.paste("Anna\nAndersson")
    try await tmux.waitFor("Anna Andersson")
  }

  /// 100 KB pasted at once: the form answers at once, the text is cut at the
  /// field's limit and the form says so.
  @Test func aHundredKilobytePasteIsCutAtTheLimitAndSaysSo() async throws {
    let tmux = try Tmux.granska()
    try await tmux.waitFor("Samlad bedömning")
    try tmux.sendKeys("3")
    try await tmux.waitFor("›R1")
    try tmux.sendKeys("Enter", "BTab")
    try await tmux.waitFor("Redigera R1")
    let line = String(repeating: "Lång rad med text och tecken s u r q. ", count: 3) + "\n"
    try tmux.paste(String(repeating: line, count: 110_000 / line.count + 1))
    try await tmux.waitFor("Texten kortades till fältets gräns på 100 000 tecken")
    try await discardTheFormAndQuit(tmux)
  }

  /// While the terminal is too small, keys and pastes change nothing; once
  /// enlarged it shows what it showed before.
  @Test func keysDoNothingWhileTheTerminalIsTooSmall() async throws {
    let tmux = try Tmux.granska(width: 40, height: 10)
    try await tmux.waitFor("q avslutar")
    let before = try log(tmux)
    for key in ["3", "Enter", "s", "u", "r", "+", "Tab", "j", "Escape"] {
      try tmux.sendKeys(key)
      try await Task.sleep(for: .milliseconds(60))
    }
    try tmux.paste("s\nu\n")
    try await Task.sleep(for: .milliseconds(200))
    try tmux.resize(width: 80, height: 24)
    let screen = try await tmux.waitFor("Samlad bedömning")
    #expect(!screen.contains("Redigera"), "\(screen)")
    #expect(try log(tmux) == before, "nothing saved")
    #expect(try reports(in: tmux).isEmpty)
    try tmux.resize(width: 40, height: 10)
    try await tmux.waitFor("q avslutar")
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0)
  }

  /// Ctrl-Z gives the terminal back and stops the process; `fg` (SIGCONT)
  /// draws the screen again as it was.
  @Test func ctrlZSuspendsAndFgRedrawsTheScreen() async throws {
    let tmux = try Tmux()
    try tmux.start(
      ["/bin/bash", "--norc", "--noprofile", "-i"],
      environment: [
        "PATH": "/usr/bin:/bin", "HOME": tmux.directory, "TERM": "xterm-256color",
        "LANG": "C.UTF-8", "PS1": "skal$ ", "GRANSKA_DB": tmux.directory + "/granska.sqlite",
        // bash would write its history into the directory as it is removed.
        "HISTFILE": "/dev/null",
      ])
    try await tmux.waitFor("skal$")
    try tmux.sendText(GranskaRun.binary.path)
    try tmux.sendKeys("Enter")
    try await tmux.waitFor("Samlad bedömning")
    try tmux.sendKeys("3", "j", "j")
    try await tmux.waitFor("›R3")
    let pid = try tmux.programPID()
    try tmux.sendKeys("C-z")
    let shell = try await tmux.waitUntil("the shell is back") { $0.contains("Stopped") }
    #expect(Tmux.state(of: pid) == "T", "the process is stopped")
    #expect(try tmux.value("#{alternate_on}") == "0", "\(shell)")
    #expect(!shell.contains("›R3"), "the dashboard is gone while stopped\n\(shell)")
    try tmux.sendText("fg")
    try tmux.sendKeys("Enter")
    let again = try await tmux.waitFor("›R3")
    #expect(again.contains("Rekommendationer 8/8"), "\(again)")
    #expect(try tmux.value("#{alternate_on}") == "1")
    try tmux.sendKeys("q")
    try await tmux.waitUntil("the shell's prompt") { $0.contains("skal$") && !$0.contains("›R3") }
  }

  /// A signal that ends the process, fatal ones included, first gives the
  /// terminal back: the modes `stty` shows are as before, the alternate
  /// screen, mouse reports and bracketed paste are off, the cursor shows.
  @Test(arguments: [SIGTERM, SIGHUP, SIGSEGV, SIGABRT, SIGBUS, SIGILL])
  func anEndingSignalRestoresTheTerminal(_ signal: Int32) async throws {
    let tmux = try Tmux()
    let script =
      "ulimit -c 0; stty -a > stty-before; \"$0\"; status=$?; stty -a > stty-after; exit $status"
    try tmux.start(
      ["/bin/sh", "-c", script, GranskaRun.binary.path],
      environment: [
        "PATH": "/usr/bin:/bin", "HOME": tmux.directory, "TERM": "xterm-256color",
        "LANG": "C.UTF-8", "GRANSKA_DB": tmux.directory + "/granska.sqlite",
        // The Swift runtime's crash report must not wait for a key here.
        "SWIFT_BACKTRACE": "interactive=no",
      ])
    try await tmux.waitFor("Samlad bedömning")
    kill(try tmux.programPID(), signal)
    #expect(try await tmux.waitForExit() == 128 + signal)
    let before = try String(contentsOfFile: tmux.directory + "/stty-before", encoding: .utf8)
    let after = try String(contentsOfFile: tmux.directory + "/stty-after", encoding: .utf8)
    #expect(after == before, "signal \(signal): terminal modes restored")
    #expect(try tmux.value("#{alternate_on}") == "0")
    let output = tmux.recordedOutput()
    for (on, off) in [("?1049h", "?1049l"), ("?1000h", "?1000l"), ("?2004h", "?2004l")] {
      #expect(last("\u{1B}[" + off, in: output) > last("\u{1B}[" + on, in: output), "\(off)")
    }
    #expect(last("\u{1B}[?25h", in: output) > last("\u{1B}[?25l", in: output), "cursor shown")
  }

  // MARK: Helpers

  /// Esc on the form with typed input: the question, yes, then quit.
  func discardTheFormAndQuit(_ tmux: Tmux) async throws {
    try tmux.sendKeys("Escape")
    try await tmux.waitFor("Kasta det du skrivit i formuläret? (j/n)")
    try tmux.sendKeys("j")
    try await tmux.waitUntil("the form closes") { !$0.contains("Redigera R1") }
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0)
  }

  func database(_ tmux: Tmux) -> String { tmux.directory + "/granska.sqlite" }

  /// The history as `granska log` prints it.
  func log(_ tmux: Tmux) throws -> String {
    try GranskaRun().run(["log"], environment: ["GRANSKA_DB": database(tmux)]).output
  }

  /// Follow-up reports in the pane's working directory.
  func reports(in tmux: Tmux) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: tmux.directory).filter {
      $0.hasPrefix("uppfoljning")
    }
  }

  func last(_ text: String, in output: String) -> Int {
    guard let range = output.range(of: text, options: .backwards) else { return -1 }
    return output.distance(from: output.startIndex, to: range.lowerBound)
  }
}
