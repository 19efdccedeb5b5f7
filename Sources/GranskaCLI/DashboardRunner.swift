import ArgumentParser
import Foundation
import GranskaDomain
import GranskaFormat
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
  /// A save that takes longer says "Sparar …"; one that takes longer
  /// still, that it waits for another write.
  static let savingNotice: Duration = .milliseconds(300)
  static let waitingNotice: Duration = .milliseconds(1500)

  func run() throws {
    let (theme, warnings) = try global.chosenTheme()
    let store = try global.openStore(busyTimeout: AuditStore.defaultBusyTimeout)
    let loader = DashboardLoader(store: store, language: global.lang)
    let data = try loader.load(auditID: nil)
    let terminal = try Terminal.start(theme: theme, noColor: global.noColor)
    defer { terminal.stop() }
    let session = DashboardSession(
      global: global, store: store, loader: loader, terminal: terminal, data: data,
      watcher: try store.changeSignal(), version: try store.dataVersion())
    if let warning = store.warnings.first ?? warnings.first {
      session.dashboard.notify(warning.message(in: global.lang))
    } else if let greeting = session.dashboard.greeting() {
      session.dashboard.notify(greeting)
    }
    try session.run()
  }
}

/// What the store's thread tells the key loop.
enum StoreReply: Sendable {
  case saved(DashboardData)
  /// Saved, but reading the data again failed: the audit as saved, and why.
  case savedUnread(Audit, Failure)
  case saveFailed(Failure)
  case loaded(DashboardData)
  case loadFailed(Failure)
  /// Another session's commits looked for: the version now, and the data
  /// when it moved (or the server came back).
  case checked(version: Int, data: DashboardData?)
  case checkFailed(Failure)
  /// A save whose outcome was unknown: saved or not (nil: still unknown).
  case outcome(saved: Bool?, data: DashboardData?)
  case report(ReportOutcome)
  case reportText(name: String, markdown: String)
  /// The owner directory's entry saved (or removed), and the data now;
  /// or why not, with the data now when it could be read.
  case ownerSaved(DashboardData, removed: Bool)
  case ownerFailed(Failure, DashboardData?)
  /// A new audit created, and the data of it; or why not.
  case created(DashboardData)
  case notCreated(Failure)

  /// An error as the key loop needs it: the store's own, or words.
  struct Failure: Sendable {
    let error: StoreError?
    let message: String

    init(_ error: any Error, in language: Language) {
      self.error = error as? StoreError
      message = wording(error, in: language)
    }

    var isOffline: Bool { error.map(ServerLink.isOffline) ?? false }
  }
}

/// One dashboard on a terminal: the key loop, which never waits for the
/// database, and the store's thread (`StoreWorker`), which does. Events
/// go to the dashboard; what it asks of the database goes to the thread;
/// replies come back in order and change the dashboard; it is drawn.
final class DashboardSession {
  var dashboard: Dashboard
  private var data: DashboardData
  private let global: GlobalOptions
  private let store: AuditStore
  private let loader: DashboardLoader
  private let terminal: Terminal
  private let watcher: (any ChangeSignal)?
  private let worker = StoreWorker<StoreReply>()
  private var version: Int
  private var link: ServerLink
  /// The database's files were written but no commit showed yet: the
  /// writer may be finishing it (the WAL is written before the commit is
  /// visible, and that last step wakes no watch), so look again soon.
  private var commitMayFollow = false
  /// When the save under way was asked for, and what it has said of itself.
  private var saveStarted: ContinuousClock.Instant?
  private var saveNotice: Duration = .zero
  /// A look for others' commits is under way.
  private var checking = false
  private var lastCheck = ContinuousClock.now
  /// Which file the dashboard last read: another moved over the path is news.
  private var fileGeneration = 0
  private var language: Language { global.lang }
  /// How many of the newest history rows the dashboard shows.
  private var historyCount = Dashboard.historyPage

  init(
    global: GlobalOptions, store: AuditStore, loader: DashboardLoader, terminal: Terminal,
    data: DashboardData, watcher: (any ChangeSignal)?, version: Int
  ) {
    self.global = global
    self.store = store
    self.loader = loader
    self.terminal = terminal
    self.data = data
    self.watcher = watcher
    self.version = version
    self.link = ServerLink(store: store, language: global.lang)
    dashboard = Dashboard(data: data, language: global.lang, size: terminal.size)
  }

  private enum Quit: Error { case requested }

  func run() throws {
    terminal.draw(dashboard.render())
    while true {
      if let signal = terminal.pendingSignal {
        terminal.stop()
        // The shell's convention for "ended by signal n", after a clean restore.
        throw ExitCode(128 + signal)
      }
      let event = terminal.nextEvent(
        timeoutMilliseconds: waitMilliseconds,
        wakeDescriptors: [worker.descriptor] + (watcher.map { [$0.descriptor] } ?? []))
      var changed = takeReplies()
      do {
        if event == .tick {
          changed = tick() || changed
        } else {
          try carryOut(dashboard.handle(event))
          changed = true
        }
      } catch Quit.requested {
        return
      }
      // Nothing changed: nothing is drawn, nothing is sent.
      if changed { terminal.draw(dashboard.render()) }
    }
  }

  /// How long the loop may sleep: long when all is quiet.
  private var waitMilliseconds: Int {
    if let saveStarted {
      let next =
        saveNotice < DashboardRunner.savingNotice
        ? DashboardRunner.savingNotice : DashboardRunner.waitingNotice
      let left = next - (ContinuousClock.now - saveStarted)
      if left > .zero { return max(1, Int(left / .milliseconds(1))) }
    }
    if link.isOffline { return DashboardRunner.reconnectMilliseconds }
    if !dashboard.isSettled || commitMayFollow { return DashboardRunner.settleMilliseconds }
    return DashboardRunner.idleMilliseconds
  }

  /// A quiet moment: the detail pane catches up, a slow save says so, and
  /// the database is asked whether others committed.
  private func tick() -> Bool {
    var changed = dashboard.settle()
    changed = noticeSlowSave() || changed
    let written = watcher?.drain() ?? false
    let due = ContinuousClock.now - lastCheck >= .milliseconds(DashboardRunner.idleMilliseconds)
    if !checking, !worker.isBusy,
      written || commitMayFollow || link.isOffline || due
    {
      checking = true
      lastCheck = .now
      let (store, loader, known, auditID, offline, count) =
        (store, loader, version, data.audit.id, link.isOffline, historyCount)
      let language = language
      worker.submit {
        do {
          let now = try store.dataVersion()
          guard now != known || offline else { return .checked(version: now, data: nil) }
          return .checked(
            version: now, data: try loader.load(auditID: auditID, historyCount: count))
        } catch {
          return .checkFailed(StoreReply.Failure(error, in: language))
        }
      }
      commitMayFollow = false
      _ = written
    }
    return changed
  }

  private func noticeSlowSave() -> Bool {
    guard let saveStarted, dashboard.state.pendingSave != nil else { return false }
    let elapsed = ContinuousClock.now - saveStarted
    if elapsed >= DashboardRunner.waitingNotice, saveNotice < DashboardRunner.waitingNotice,
      store.server != nil
    {
      saveNotice = DashboardRunner.waitingNotice
      dashboard.showSaving(ServerNotice.waitingForTurn.message(in: language))
      return true
    }
    if elapsed >= DashboardRunner.savingNotice, saveNotice < DashboardRunner.savingNotice {
      saveNotice = DashboardRunner.savingNotice
      dashboard.showSaving(language.strings[.saving])
      return true
    }
    return false
  }

  /// Applies the store thread's replies, in the order its jobs ran.
  private func takeReplies() -> Bool {
    let replies = worker.finished()
    for reply in replies { apply(reply) }
    return !replies.isEmpty
  }

  private func apply(_ reply: StoreReply) {
    switch reply {
    case .saved(let fresh):
      saveStarted = nil
      data = fresh
      dashboard.saveSucceeded(fresh)
    case .savedUnread(let audit, let failure):
      saveStarted = nil
      data = dashboard.data
      data.replaceAudit(audit)
      dashboard.saveSucceeded(data)
      if failure.isOffline {
        _ = link.wentAway(&dashboard, data: data)
      } else {
        dashboard.notify(failure.message)
      }
    case .saveFailed(let failure):
      saveStarted = nil
      saveFailed(failure)
    case .loaded(let fresh):
      data = fresh
      dashboard.replaceData(fresh)
    case .loadFailed(let failure):
      dashboard.loadFinished()
      if failure.isOffline {
        _ = link.wentAway(&dashboard, data: data)
      } else {
        dashboard.notify(failure.message)
      }
    case .checked(let now, let fresh):
      checking = false
      commitMayFollow = fresh == nil && now == version && commitMayFollow
      version = now
      if let fresh, !dashboard.isWaiting {
        data = fresh
        dashboard.replaceData(fresh)
      }
      if link.isOffline {
        link.cameBack(&dashboard)
        settleUnknownSave()
      }
      if store.fileGeneration != fileGeneration {
        fileGeneration = store.fileGeneration
        dashboard.notify(StoreNotice.databaseReplaced(path: store.path).message(in: language))
      }
    case .checkFailed(let failure):
      checking = false
      // Offline, or a database dropped or no longer granted: said as it is.
      _ = link.wentAway(&dashboard, data: data, why: failure.isOffline ? nil : failure.message)
    case .outcome(let saved, let fresh):
      guard let saved else { return }
      if let fresh { data = fresh }
      dashboard.unknownSaveSettled(
        saved: saved, data: fresh,
        message: ServerNotice.outcomeFound(saved: saved).message(in: language))
    case .report(let outcome):
      dashboard.reportFinished(outcome)
    case .reportText(let name, let markdown):
      showReport(name: name, markdown: markdown)
    case .ownerSaved(let fresh, let removed):
      data = fresh
      dashboard.ownerSaved(fresh, removed: removed)
    case .ownerFailed(let failure, let fresh):
      if let fresh { data = fresh }
      dashboard.ownerSaveFailed(failure.message, data: fresh)
    case .created(let fresh):
      data = fresh
      dashboard.auditCreated(fresh)
    case .notCreated(let failure):
      dashboard.auditNotCreated(failure.message)
      if failure.isOffline { _ = link.wentAway(&dashboard, data: data) }
    }
    // Keys that waited for the reply go on now.
    if !dashboard.isWaiting { try? carryOut(dashboard.resumeQueuedKeys()) }
  }

  private func saveFailed(_ failure: StoreReply.Failure) {
    guard let error = failure.error else {
      dashboard.saveFailed(.refused(failure.message))
      return
    }
    if case .busy = error {
      dashboard.saveFailed(.refused(language.strings[.busy]))
    } else if case .conflict(let c) = error,
      let field = changedField(named: c, in: dashboard.state.pendingSave?.edits ?? [])
    {
      dashboard.saveFailed(
        .conflict(field: field, account: c.account, at: c.at, savedValue: c.savedValue))
    } else if case .server(.outcomeUnknown(_, let transaction)) = error {
      unknownTransaction = transaction
      dashboard.saveOutcomeUnknown(failure.message)
      _ = link.wentAway(&dashboard, data: data)
    } else {
      dashboard.saveFailed(.refused(failure.message))
      // Offline: nothing was saved, the form keeps the input, and the
      // dashboard says so until the server answers again.
      if failure.isOffline { _ = link.wentAway(&dashboard, data: data) }
    }
  }

  /// Once the server answers again, a save whose outcome was unknown is
  /// looked up: its transaction committed, or it did not.
  private func settleUnknownSave() {
    guard dashboard.awaitsOutcome, let transaction = unknownTransaction else { return }
    let (store, loader, auditID, count) = (store, loader, data.audit.id, historyCount)
    worker.submit {
      guard let saved = (try? store.committed(transaction: transaction)) ?? nil else {
        return .outcome(saved: nil, data: nil)
      }
      let fresh = saved ? try? loader.load(auditID: auditID, historyCount: count) : nil
      return .outcome(saved: saved, data: fresh)
    }
  }

  /// The transaction of the save whose outcome is unknown.
  private var unknownTransaction: Int64?

  /// Carries out the dashboard's effects: the database's work goes to the
  /// store's thread, and the keys queued behind it wait for its reply.
  private func carryOut(_ effects: [Effect]) throws {
    var effects = effects
    while !effects.isEmpty {
      for effect in effects {
        switch effect {
        case .quit:
          throw Quit.requested
        case .loadAudit(let id):
          load(auditID: id, historyCount: historyCount)
        case .save(let auditID, let edits):
          save(edits, to: auditID)
        case .writeReport(let request):
          writeReport(request)
        case .suspend:
          // Returns once continued; the next event redraws everything.
          terminal.suspend()
        case .loadHistory(let auditID, let count):
          historyCount = count
          load(auditID: auditID, historyCount: count)
        case .saveOwner(let name, let contact, let shown):
          saveOwner(name, as: contact, shown: shown)
        case .createAudit(let audit):
          create(audit)
        }
      }
      guard !dashboard.isWaiting else { return }
      effects = dashboard.resumeQueuedKeys()
    }
  }

  private func load(auditID: String, historyCount: Int) {
    dashboard.loadStarted()
    let (loader, language) = (loader, language)
    worker.submit {
      do {
        return .loaded(try loader.load(auditID: auditID, historyCount: historyCount))
      } catch {
        return .loadFailed(StoreReply.Failure(error, in: language))
      }
    }
  }

  /// Saves on the store's thread. A save that committed is reported saved
  /// even when reading the data again fails (the server went away just
  /// after): the audit the save returned is shown, and then the error.
  private func save(_ edits: [AuditEdit], to auditID: String) {
    saveStarted = .now
    saveNotice = .zero
    let (store, loader, language, count) = (store, loader, language, historyCount)
    worker.submit {
      let saved: Audit
      do {
        saved = try AuditStore.retryingWhenBusy { () throws(StoreError) in
          try store.apply(edits, to: auditID)
        }
      } catch {
        return .saveFailed(StoreReply.Failure(error, in: language))
      }
      do {
        // The store remembers the audit as saved: it is not read again.
        return .saved(try loader.load(auditID: auditID, historyCount: count))
      } catch {
        return .savedUnread(saved, StoreReply.Failure(error, in: language))
      }
    }
  }

  /// Saves an owner's entry on the store's thread, then reads the data again.
  private func saveOwner(_ name: String, as contact: OwnerContact?, shown: OwnerContact?) {
    let (store, loader, language, auditID, count) =
      (store, loader, language, data.audit.id, historyCount)
    worker.submit {
      do {
        try store.saveOwner(name, as: contact, shown: shown)
      } catch {
        let fresh = try? loader.load(auditID: auditID, historyCount: count)
        return .ownerFailed(StoreReply.Failure(error, in: language), fresh)
      }
      do {
        return .ownerSaved(
          try loader.load(auditID: auditID, historyCount: count), removed: contact == nil)
      } catch {
        return .ownerFailed(StoreReply.Failure(error, in: language), nil)
      }
    }
  }

  /// Creates a new audit on the store's thread, as `granska new` does
  /// (one history row), then reads it to show.
  private func create(_ audit: Audit) {
    let (store, loader, language, count) = (store, loader, language, historyCount)
    worker.submit {
      do {
        try store.create(audit)
        return .created(try loader.load(auditID: audit.id, historyCount: count))
      } catch {
        return .notCreated(StoreReply.Failure(error, in: language))
      }
    }
  }

  /// Writes the report where the user said: two files (never over files
  /// already there unless they said so), or Markdown printed outside the
  /// dashboard for them to capture. In service-account mode files would
  /// land on the server, as the service account: the form says instead
  /// how to bring the report home.
  private func writeReport(_ request: ReportRequest) {
    if store.person != nil, !request.toTerminal {
      dashboard.reportFinished(
        .failed(ServiceText.fetchReport(command: SSHSession.reportCommand()).message(in: language)))
      return
    }
    let writer = ReportWriter(store: store, language: language)
    let language = language
    worker.submit {
      do {
        if request.toTerminal {
          let report = try writer.report(auditID: request.auditID, since: nil)
          let name = (writer.files(auditID: request.auditID, in: ".").markdown as NSString)
            .lastPathComponent
          return .reportText(name: name, markdown: report.markdown())
        }
        let files = writer.files(auditID: request.auditID, in: request.directory)
        if !request.overwrite,
          let there = [files.html, files.markdown].first(where: FileManager.default.fileExists)
        {
          return .report(.exists(there))
        }
        try writer.write(auditID: request.auditID, to: files)
        return .report(.written(html: files.html, markdown: files.markdown))
      } catch {
        return .report(.failed(wording(error, in: language)))
      }
    }
  }

  private func showReport(name: String, markdown: String) {
    let strings = language.strings
    terminal.showOutside(
      [
        "\n" + strings.report(.reportStart(name: name)),
        markdown,
        strings.report(.reportEnd(name: name)),
        strings.report(.pressEnter) + "\n",
      ].joined(separator: "\n"))
    dashboard.reportFinished(.printed)
  }
}

/// The field of the edits that a conflict is about.
func changedField(named conflict: Conflict, in edits: [AuditEdit]) -> FieldRef? {
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
    switch error {
    case .server(.offline), .server(.noAnswer), .server(.outcomeUnknown): true
    default: false
    }
  }

  /// True when this is news (and the screen changed). `why` words a
  /// database that answers but cannot be used (dropped, or no longer
  /// granted); otherwise the server does not answer.
  mutating func wentAway(_ dashboard: inout Dashboard, data: DashboardData, why: String? = nil)
    -> Bool
  {
    guard !isOffline else { return false }
    isOffline = true
    let notice =
      why ?? ServerNotice.offline(server: store.server ?? store.path).message(in: language)
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
final class DashboardLoader: Sendable {
  let store: AuditStore
  let language: Language

  init(store: AuditStore, language: Language) {
    self.store = store
    self.language = language
  }

  /// The audit (the first one when `auditID` is nil or gone) and its
  /// newest `historyCount` history rows (more as the History view is
  /// scrolled towards older changes).
  func load(auditID: String?, historyCount: Int = Dashboard.historyPage) throws -> DashboardData {
    guard
      let reading = try store.reading(auditID, historyLimit: historyCount)
    else { throw CommandFailure.noAudit }
    // Retired parts leave every view (they keep their history), unless
    // asked for ("show retired").
    var data = DashboardData(
      audit: reading.audit, audits: reading.audits, history: reading.history,
      historyTotal: reading.historyTotal, today: Day.today(), account: store.account,
      editRefusal: reading.editRefusal?.message(in: language))
    data.reportDirectory = reportDirectory
    data.person = try store.signature()
    data.owners = reading.owners
    data.reminders = reading.reminders
    data.overSSH = Self.overSSH
    data.scalePresets = Self.scalePresets
    return data
  }

  /// The scales a new audit may start from, as `granska new --scale` names them.
  private static let scalePresets: [ScaleChoice] = ScalePreset.allCases.map { preset in
    ScaleChoice(name: preset.rawValue, levels: preset.levels)
  }

  /// The current directory, or the database's when this one cannot be written.
  private var reportDirectory: String {
    let here = FileManager.default.currentDirectoryPath
    if FileManager.default.isWritableFile(atPath: here) { return here }
    return store.server != nil
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
