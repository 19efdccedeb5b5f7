import ArgumentParser
import GranskaTerminal
import GranskaUI

/// Runs the full-screen dashboard on the first audit until the user quits
/// or a signal (SIGTERM, SIGHUP, SIGINT, SIGQUIT) asks it to stop.
struct DashboardRunner {
  let global: GlobalOptions

  /// How long to wait for input before a `.tick`, the dashboard's chance to
  /// look for changes made elsewhere; also bounds how late a signal is seen.
  static let tickMilliseconds = 250

  func run() throws {
    let theme = try global.chosenTheme()
    let store = try global.openStore()
    guard let first = try store.audits().first else {
      throw CommandFailure(message: "the database holds no audit; add one with 'granska import'")
    }
    let audit = try store.audit(first.id)
    let terminal = try Terminal.start(theme: theme, noColor: global.noColor)
    defer { terminal.stop() }
    var dashboard = Dashboard(audit: audit, language: global.lang, size: terminal.size)
    terminal.draw(dashboard.render())
    while true {
      if let signal = terminal.pendingSignal {
        terminal.stop()
        // The shell's convention for "ended by signal n", after a clean restore.
        throw ExitCode(128 + signal)
      }
      let event = terminal.nextEvent(timeoutMilliseconds: Self.tickMilliseconds)
      if dashboard.handle(event).contains(.quit) { return }
      // A tick changes nothing on screen (yet): skip the redraw.
      if event != .tick { terminal.draw(dashboard.render()) }
    }
  }
}
