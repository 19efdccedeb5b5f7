import ArgumentParser
import Foundation
import GranskaDomain
import GranskaStore
import GranskaTerminal
import GranskaText
import GranskaUI

/// Runs the full-screen dashboard until the user quits or a signal (SIGTERM,
/// SIGHUP, SIGINT, SIGQUIT) asks it to stop: feeds events to the dashboard,
/// carries out its effects (saving, loading), and reloads when another
/// session commits to the database — woken by a file watch, not by polling.
struct DashboardRunner {
  let global: GlobalOptions

  /// Longest wait for input: the bound on noticing a change where the file
  /// system cannot be watched (and a signal that slipped past the wait).
  static let idleMilliseconds = 2000
  /// How long keys must pause before the detail pane catches up with the
  /// selection (see `Dashboard.settle`).
  static let settleMilliseconds = 60
  /// How often an offline dashboard tries the server again.
  static let reconnectMilliseconds = 1000

  func run() throws {
    let (theme, warnings) = try global.chosenTheme()
    let store = try global.openStore(busyTimeout: AuditStore.defaultBusyTimeout)
    let loader = DashboardLoader(store: store, language: global.lang)
    var data = try loader.load(auditID: nil)
    let terminal = try Terminal.start(theme: theme, noColor: global.noColor)
    defer { terminal.stop() }
    let watcher = try store.changeSignal()
    var version = try store.dataVersion()
    var dashboard = Dashboard(data: data, language: global.lang, size: terminal.size)
    if let warning = store.warnings.first ?? warnings.first {
      dashboard.notify(warning.message(in: global.lang))
    }
    terminal.draw(dashboard.render())
    // The database's files were written but no commit showed yet: the
    // writer may be finishing it (the WAL is written before the commit is
    // visible, and that last step wakes no watch), so look again soon.
    var commitMayFollow = false
    var link = ServerLink(store: store, language: global.lang)
    while true {
      if let signal = terminal.pendingSignal {
        terminal.stop()
        // The shell's convention for "ended by signal n", after a clean restore.
        throw ExitCode(128 + signal)
      }
      let wait =
        dashboard.isSettled && !commitMayFollow && !link.isOffline
        ? Self.idleMilliseconds
        : link.isOffline ? Self.reconnectMilliseconds : Self.settleMilliseconds
      let event = terminal.nextEvent(timeoutMilliseconds: wait, wakeDescriptor: watcher?.descriptor)
      if event == .tick {
        var changed = dashboard.settle()
        let written = watcher?.drain() ?? false
        do {
          let now = try store.dataVersion()
          commitMayFollow = written && now == version
          if now != version || link.isOffline {
            version = now
            data = try loader.load(auditID: data.audit.id)
            dashboard.replaceData(data)
            link.cameBack(&dashboard)
            changed = true
          }
        } catch let error as StoreError where ServerLink.isOffline(error) {
          changed = link.wentAway(&dashboard, data: data) || changed
        }
        // Nothing changed: nothing is drawn, nothing is sent.
        guard changed else { continue }
      } else {
        var effects = dashboard.handle(event)
        // Keys that came together wait while each effect is carried out.
        do {
          try carryOut(
            &effects, dashboard: &dashboard, data: &data, store: store, loader: loader,
            terminal: terminal)
        } catch let error as StoreError where ServerLink.isOffline(error) {
          _ = link.wentAway(&dashboard, data: data)
        } catch Quit.requested {
          return
        }
      }
      terminal.draw(dashboard.render())
    }
  }

  private enum Quit: Error { case requested }

  /// Carries out the dashboard's effects, and those of keys queued behind them.
  private func carryOut(
    _ effects: inout [Effect], dashboard: inout Dashboard, data: inout DashboardData,
    store: AuditStore, loader: DashboardLoader, terminal: Terminal
  ) throws {
    while !effects.isEmpty {
      for effect in effects {
        switch effect {
        case .quit:
          throw Quit.requested
        case .loadAudit(let id):
          data = try loader.load(auditID: id)
          dashboard.replaceData(data)
        case .save(let auditID, let edits):
          try save(
            edits, to: auditID, store: store, loader: loader, into: &dashboard, data: &data)
        case .writeReport(let request):
          dashboard.reportFinished(writeReport(request, store: store, terminal: terminal))
        case .suspend:
          // Returns once continued; the next event redraws everything.
          terminal.suspend()
        case .loadHistory(let auditID, let count):
          loader.historyCount = count
          data = try loader.load(auditID: auditID)
          dashboard.replaceData(data)
        }
      }
      effects = dashboard.resumeQueuedKeys()
    }
  }

  /// Writes the report where the user said: two files (never over files
  /// already there unless they said so), or Markdown printed outside the
  /// dashboard for them to capture. In service-account mode files would
  /// land on the server, as the service account: the form says instead
  /// how to bring the report home.
  private func writeReport(_ request: ReportRequest, store: AuditStore, terminal: Terminal)
    -> ReportOutcome
  {
    if store.person != nil, !request.toTerminal {
      return .failed(
        ServiceText.fetchReport(command: SSHSession.reportCommand()).message(in: global.lang))
    }
    let writer = ReportWriter(store: store, language: global.lang)
    do {
      if request.toTerminal {
        let report = try writer.report(auditID: request.auditID, since: nil)
        let strings = global.lang.strings
        let name = (writer.files(auditID: request.auditID, in: ".").markdown as NSString)
          .lastPathComponent
        terminal.showOutside(
          [
            "\n" + strings.fill(strings.report(.reportStart), ["name": name]),
            report.markdown(),
            strings.fill(strings.report(.reportEnd), ["name": name]),
            strings.report(.pressEnter) + "\n",
          ].joined(separator: "\n"))
        return .printed
      }
      let files = writer.files(auditID: request.auditID, in: request.directory)
      if !request.overwrite,
        let there = [files.html, files.markdown].first(where: FileManager.default.fileExists)
      {
        return .exists(there)
      }
      try writer.write(auditID: request.auditID, to: files)
      return .written(html: files.html, markdown: files.markdown)
    } catch {
      return .failed(wording(error, in: global.lang))
    }
  }

  /// Saves, and on success makes `data` what the dashboard shows now. A
  /// save that committed is reported saved even when reading the data
  /// again fails (the server went away just after): the audit the save
  /// returned is shown, and then the error.
  private func save(
    _ edits: [AuditEdit], to auditID: String, store: AuditStore, loader: DashboardLoader,
    into dashboard: inout Dashboard, data: inout DashboardData
  ) throws {
    let saved: Audit
    do {
      saved = try AuditStore.retryingWhenBusy { () throws(StoreError) in
        try store.apply(edits, to: auditID)
      }
    } catch let error as StoreError {
      if case .busy = error {
        dashboard.saveFailed(.refused(global.lang.strings[.busy]))
      } else if case .conflict(let c) = error, let field = changedField(named: c, in: edits) {
        dashboard.saveFailed(
          .conflict(field: field, account: c.account, at: c.at, savedValue: c.savedValue))
      } else {
        dashboard.saveFailed(.refused(error.message(in: global.lang)))
        // Offline: nothing was saved, the form keeps the input, and the
        // dashboard says so until the server answers again.
        if ServerLink.isOffline(error) { throw error }
      }
      return
    } catch {
      dashboard.saveFailed(.refused(wording(error, in: global.lang)))
      return
    }
    do {
      // The store remembers the audit as saved: it is not read again.
      data = try loader.load(auditID: auditID)
      dashboard.saveSucceeded(data)
    } catch {
      data = dashboard.data
      data.audit = saved
      dashboard.saveSucceeded(data)
      if let error = error as? StoreError, ServerLink.isOffline(error) { throw error }
      dashboard.notify(wording(error, in: global.lang))
    }
  }
}

/// The field of the edits that a conflict is about.
private func changedField(named conflict: Conflict, in edits: [AuditEdit]) -> FieldRef? {
  edits.lazy.compactMap { edit -> FieldRef? in
    guard case .set(let change) = edit, change.entity.kind == conflict.entity,
      change.entity.id == conflict.entityID, change.field.name == conflict.field
    else { return nil }
    return change.field
  }.first
}

/// Whether the database server answers. While it does not, the dashboard
/// stays up with what it last read, read-only, saying so; it tries again
/// every second and says when it is back.
struct ServerLink {
  let store: AuditStore
  let language: Language
  private(set) var isOffline = false

  init(store: AuditStore, language: Language) {
    self.store = store
    self.language = language
  }

  static func isOffline(_ error: StoreError) -> Bool {
    if case .server(.offline) = error { return true }
    return false
  }

  /// True when this is news (and the screen changed).
  mutating func wentAway(_ dashboard: inout Dashboard, data: DashboardData) -> Bool {
    guard !isOffline else { return false }
    isOffline = true
    let notice = ServerNotice.offline(server: store.server ?? store.path).message(in: language)
    var offline = data
    offline.editRefusal = notice
    offline.offline = true
    dashboard.replaceData(offline)
    dashboard.notify(notice)
    return true
  }

  mutating func cameBack(_ dashboard: inout Dashboard) {
    guard isOffline else { return }
    isOffline = false
    dashboard.notify(ServerNotice.online(server: store.server ?? store.path).message(in: language))
  }
}

/// Reads what the dashboard shows from the database.
final class DashboardLoader {
  let store: AuditStore
  let language: Language
  /// How many of the newest history rows to load; grows as the History
  /// view is scrolled towards older changes.
  var historyCount = Dashboard.historyPage

  init(store: AuditStore, language: Language) {
    self.store = store
    self.language = language
  }

  /// The audit (the first one when `auditID` is nil or gone) and its history.
  func load(auditID: String?) throws -> DashboardData {
    guard
      let reading = try store.reading(auditID, historyLimit: historyCount)
    else { throw CommandFailure.noAudit }
    var data = DashboardData(
      audit: reading.audit, audits: reading.audits, history: reading.history,
      historyTotal: reading.historyTotal, today: Day.today(), account: store.account,
      editRefusal: reading.editRefusal?.message(in: language))
    data.reportDirectory = reportDirectory
    data.person = try store.signature()
    data.overSSH = Self.overSSH
    return data
  }

  /// The current directory, or the database's when this one cannot be written.
  private var reportDirectory: String {
    let here = FileManager.default.currentDirectoryPath
    if FileManager.default.isWritableFile(atPath: here) { return here }
    return store.isPostgres
      ? NSHomeDirectory() : (store.path as NSString).deletingLastPathComponent
  }

  /// Whether the session came over SSH (sshd sets these for the session).
  static var overSSH: Bool {
    let environment = ProcessInfo.processInfo.environment
    return ["SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY"].contains {
      !(environment[$0] ?? "").isEmpty
    }
  }

}
