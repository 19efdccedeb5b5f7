import Foundation
import GranskaDomain
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

/// Granska's database: several audits and the history of every change, in
/// a SQLite file or a PostgreSQL database (`StoreBackend`). Every rule —
/// history in the same transaction, conflicts, merging, the import checks
/// — lives here and in the row code, shared by both.
public final class AuditStore: Sendable {
  /// The database as messages name it: a file's path, or a PostgreSQL URL
  /// without its password.
  public let path: String
  /// Who saves: the Unix account, or in service-account mode the person
  /// (`--as NAME`) whose key opened the session; on PostgreSQL the role.
  public let account: String
  /// Set in service-account mode: the person whose role decides what they may do.
  public let person: String?
  /// Set when this session cannot edit whatever the lists say: `--read-only`,
  /// or the file system does not let this account write the database.
  public let readOnlyReason: ReadOnlyReason?
  /// What the user should know about where the database lives.
  public var warnings: [StoreWarning] { backend.warnings }
  /// The server as messages name it ("host:port"); nil for a file.
  public var server: String? { backend.server }
  /// True when the database's own roles and grants decide who may edit
  /// (PostgreSQL), false when the store's lists do (`access`).
  public var decidesAccess: Bool { backend.decidesAccess }
  let backend: any StoreBackend
  let clock: (@Sendable () -> Date)?
  let remembered = RememberedReading()

  init(
    backend: any StoreBackend, account: String, person: String?,
    readOnlyReason: ReadOnlyReason?, now: (@Sendable () -> Date)?
  ) {
    self.path = backend.location
    self.backend = backend
    self.account = person ?? account
    self.person = person
    self.readOnlyReason = readOnlyReason
    self.clock = now
  }

  /// How long a save waits for another session's write to finish before it
  /// gives up with `StoreError.busy` (nothing saved, a clear message).
  public static let defaultBusyTimeout: TimeInterval = 5

  /// Opens the database at `path`, creating it when missing. A new file is
  /// filled with the audits `seed` gives (called only then, since reading
  /// them has a cost). A file that is not Granska's, or was written by a
  /// newer Granska, is refused and left untouched.
  ///
  /// Read-only (`readOnly`, or an account that cannot write the file or its
  /// directory) never creates, migrates or writes anything, journal files
  /// included. A schema upgrade happens on opening only for a private
  /// database (the account's own, writable by no one else); a shared one
  /// says to run `granska migrate`.
  ///
  /// `person` (service-account mode) names who the session is; only the
  /// database's owner may open it so, since the owner runs every keyed session.
  ///
  /// `now` stamps history; without it the backend's clock does (the
  /// server's, on PostgreSQL).
  public static func open(
    at path: String, seed: (() throws -> [Audit])? = nil, account: String = currentAccount(),
    person: String? = nil, readOnly: Bool = false,
    busyTimeout: TimeInterval = defaultBusyTimeout,
    now: (@Sendable () -> Date)? = nil
  ) throws(StoreError) -> AuditStore {
    if let address = try PostgresAddress.parse(path) {
      return try openPostgres(
        address, seed: seed, person: person, readOnly: readOnly, busyTimeout: busyTimeout,
        now: now)
    }
    try DatabaseFile.refusePlanted(path)
    let access = DatabaseAccess.check(path)
    if let person { try requireOwner(path, toActAs: person) }
    let exists = FileStatus(path) != nil
    if exists, DatabaseFile.staysEmpty(path) { throw StoreError.emptyFile(path: path) }
    if !access.canRead, !access.canWrite, let problem = access.problem {
      throw StoreError.permission(problem)
    }
    if readOnly || (exists && !access.canWrite) {
      guard exists else { throw StoreError.readOnlyMissing(path: path) }
      let refusal: ReadOnlyReason = readOnly ? .requested : .cannotWrite(access.problem!)
      let store = AuditStore(
        backend: try SQLiteBackend.openReadOnly(path, busyTimeout: busyTimeout),
        account: account, person: person, readOnlyReason: refusal, now: now)
      try store.requireKnownPerson()
      return store
    }
    let created = try DatabaseFile.createIfMissing(path)
    do throws(StoreError) {
      let store = AuditStore(
        backend: try SQLiteBackend.openExisting(
          path, created: created, busyTimeout: busyTimeout),
        account: account, person: person, readOnlyReason: nil, now: now)
      if created, let seed { try store.seed(seed) }
      try store.requireKnownPerson()
      return store
    } catch {
      if created { DatabaseFile.remove(path) }
      throw error
    }
  }

  /// Fills a new database with the audits `seed` gives.
  func seed(_ seed: () throws -> [Audit]) throws(StoreError) {
    let audits: [Audit]
    do {
      audits = try seed()
    } catch {
      throw StoreError.builtInAudit(detail: "\(error)")
    }
    _ = try write { db, history in
      try insert(audits, source: "built-in", db, history)
    }
  }

  // MARK: Reading

  public func audits() throws(StoreError) -> [AuditHeader] {
    try read(Self.headers)
  }

  private static func headers(_ db: any SQLDatabase) throws -> [AuditHeader] {
    try db.fetchAll("SELECT id, title, organisation, year, period FROM audit ORDER BY position")
      .map { row in
        AuditHeader(
          id: row["id"], title: row["title"], organisation: row["organisation"],
          year: row["year"], period: row["period"])
      }
  }

  /// What a reader of one audit sees, read in one snapshot.
  public struct Reading: Sendable {
    public var audits: [AuditHeader]
    public var audit: Audit
    /// The newest changes, newest first.
    public var history: [HistoryEntry]
    /// How many changes the audit's history holds.
    public var historyTotal: Int
    /// Why this session may not edit; nil when it may.
    public var editRefusal: StoreError?
    /// The owner directory, and the last reminder each owner got about the audit.
    public var owners: [OwnerContact]
    public var reminders: [ReminderSent]
  }

  /// The audit `id` (the first one when nil or gone) with its newest
  /// `historyLimit` changes, the list of audits and the owner directory, in one transaction (on
  /// PostgreSQL, one round trip each, not three); nil when there are no
  /// audits; with whether this session may edit. An audit this store just
  /// saved or read, and no one has changed since, is not read a second time.
  public func reading(_ id: String?, historyLimit: Int) throws(StoreError) -> Reading? {
    try read { db in
      let audits = try Self.headers(db)
      guard let id = audits.first(where: { $0.id == id })?.id ?? audits.first?.id else {
        return nil
      }
      let revision = try revision(of: id, in: db)
      let history =
        try remembered.history(id, at: revision, limit: historyLimit)
        ?? RememberedReading.History(
          entries: try HistoryQuery.fetch(
            HistoryFilter(auditID: id, limit: historyLimit), from: db),
          total: try db.value(
            Int.self, "SELECT COUNT(*) FROM history WHERE auditId = \(id)") ?? 0,
          limit: historyLimit)
      guard let audit = try current(id, in: db, at: revision) else { return nil }
      remembered.keep(audit, at: revision, history: history)
      return Reading(
        audits: audits, audit: audit, history: history.entries, historyTotal: history.total,
        editRefusal: try editRefusal(in: db), owners: try Self.fetchOwners(db),
        reminders: try Self.lastReminders(auditID: id, db))
    }
  }

  /// The audit `id`, or only the `parts` a reader needs (then read anew,
  /// not remembered: a part is no audit to start a save from).
  public func audit(_ id: String, parts: AuditParts = .whole) throws(StoreError) -> Audit {
    let audit = try read { db in
      parts == .whole
        ? try current(id, in: db, at: revision(of: id, in: db))
        : try AuditRows.fetch(id, from: db, parts: parts)
    }
    guard let audit else { throw StoreError.auditNotFound(id) }
    return audit
  }

  /// Every audit in the database, in the order they were added (only the
  /// `parts` a reader needs of each).
  public func allAudits(parts: AuditParts = .whole) throws(StoreError) -> [Audit] {
    try read { db in
      try db.values(String.self, "SELECT id FROM audit ORDER BY position").compactMap {
        try AuditRows.fetch($0, from: db, parts: parts)
      }
    }
  }

  /// The audits (one, or all) and the time of the newest change they hold,
  /// read together: an export says "as of" it, and an import of the file
  /// then knows which changes it lacks.
  public func exportSnapshot(auditID: String? = nil) throws(StoreError) -> (
    audits: [Audit], asOf: Date?
  ) {
    var snapshot: (audits: [Audit], asOf: Date?) = ([], nil)
    do {
      try forEachAudit(
        auditID: auditID, start: { snapshot.asOf = $0 }, each: { snapshot.audits.append($0) })
    } catch let error as StoreError {
      throw error
    } catch {
      preconditionFailure("only the store throws here: \(error)")
    }
    return snapshot
  }

  /// The audits (one, or all) in one snapshot, handed out as they are read:
  /// `start` gets the time of the newest change, then `each` one audit at a
  /// time, so memory holds one audit however many there are. Throws
  /// `StoreError.auditNotFound` for an `auditID` the database lacks, and
  /// what `start` and `each` throw as they threw it.
  @discardableResult
  public func forEachAudit(
    auditID: String? = nil, start: (Date?) throws -> Void, each: (Audit) throws -> Void
  ) throws -> Int {
    var handedOn: (any Error)?
    let found: Int
    do {
      found = try read { db in
        let ids =
          try auditID.map { [$0] }
          ?? db.values(String.self, "SELECT id FROM audit ORDER BY position")
        let newest = try db.value(String.self, Self.newestChange(of: auditID))
        var count = 0
        for id in ids {
          guard let audit = try AuditRows.fetch(id, from: db) else { continue }
          do {
            if count == 0 { try start(newest.flatMap(Timestamp.date)) }
            try each(audit)
          } catch {
            handedOn = error
            throw error
          }
          count += 1
        }
        return count
      }
    } catch {
      throw handedOn ?? error
    }
    if found == 0, let auditID { throw StoreError.auditNotFound(auditID) }
    return found
  }

  /// The time of the newest change of one audit, or of every audit: read
  /// by going through the history once, since by the index of an audit's
  /// rows SQLite looked up each of them (a third of an export's time).
  private static func newestChange(of auditID: String?) -> SQL {
    guard let auditID else {
      return "SELECT MAX(history.at) FROM history JOIN audit ON audit.id = history.auditId"
    }
    return "SELECT MAX(at) FROM history WHERE auditId = \(auditID)"
  }

  public func history(_ filter: HistoryFilter = HistoryFilter()) throws(StoreError)
    -> [HistoryEntry]
  {
    try read { db in try HistoryQuery.fetch(filter, from: db) }
  }

  /// The history the filter selects, newest first, handed to `body` a page
  /// at a time, each page read in a transaction of its own: the first rows
  /// (a short first page) come at once and memory does not grow with the
  /// history. Rows saved meanwhile are not included (they come after the
  /// first page's).
  public func forEachHistoryPage(
    _ filter: HistoryFilter, firstPage: Int = 200, pageSize: Int = 2_000,
    _ body: ([HistoryEntry]) throws -> Void
  ) throws {
    var page = filter
    var left = filter.limit ?? .max
    var size = firstPage
    while left > 0 {
      page.limit = min(left, size)
      size = pageSize
      let entries = try history(page)
      if entries.isEmpty { return }
      try body(entries)
      left -= entries.count
      if entries.count < page.limit! { return }
      page.beforeID = entries.last!.id
    }
  }

  /// The audits the filter's history rows belong to.
  public func historyAuditIDs(_ filter: HistoryFilter) throws(StoreError) -> Set<String> {
    try read { db in try HistoryQuery.auditIDs(filter, from: db) }
  }

  /// The audit as this transaction sees it at `revision`: the one
  /// remembered then, or else read and remembered (only before the
  /// transaction writes anything: what it reads is then committed).
  func current(_ id: String, in db: any SQLDatabase, at revision: Int64) throws -> Audit? {
    if let audit = remembered.audit(id, at: revision) { return audit }
    guard let audit = try AuditRows.fetch(id, from: db) else { return nil }
    remembered.keep(audit, at: revision)
    return audit
  }

  // MARK: Writing

  public enum ImportOutcome: Equatable, Sendable {
    case added(String)
    case replaced(String)
    /// The database already held exactly this audit.
    case unchanged(String)
  }

  /// Adds each audit, or replaces the audit with the same id, all in one
  /// transaction: on any error nothing is changed. An audit whose history
  /// has changes after `since` (the newest change the file holds; when
  /// nil, the audit's last import) is not replaced — the file cannot hold
  /// them — unless `replacingNewer`: the error lists them. The check and the
  /// replacement are one transaction, so no change saved meanwhile slips
  /// between them.
  public func importAudits(
    _ audits: [Audit], source: String, since: Date? = nil, replacingNewer: Bool = false
  ) throws(StoreError) -> [ImportOutcome] {
    try requireEditor()
    for audit in audits {
      if let issue = audit.validate().first {
        throw StoreError.invalidAudit(id: audit.id, issue)
      }
    }
    return try write { db, history in
      var unchanged: [String] = []
      for audit in audits {
        guard let saved = try AuditRows.fetch(audit.id, from: db) else { continue }
        if saved == audit {
          unchanged.append(audit.id)
        } else if !replacingNewer {
          try refuseIfNewer(than: since, saved, db)
        }
      }
      let changed = audits.filter { !unchanged.contains($0.id) }
      let outcomes = try insert(changed, source: source, db, history)
      let byID = Dictionary(uniqueKeysWithValues: zip(changed.map(\.id), outcomes))
      return audits.map { byID[$0.id] ?? .unchanged($0.id) }
    }
  }

  /// Throws `newerChanges` when the saved audit has history after `since`
  /// (or, with no time to go by, after its last import).
  private func refuseIfNewer(than since: Date?, _ saved: Audit, _ db: any SQLDatabase) throws {
    let reference =
      try since
      ?? db.value(
        String.self,
        "SELECT MAX(at) FROM history WHERE auditId = \(saved.id) AND entity = 'audit' AND field = 'import'"
      ).flatMap(Timestamp.date)
    // History times follow the order of saving (`nextHistoryTime`), so the
    // rows after the file's newest are exactly the ones it lacks.
    var filter = HistoryFilter(auditID: saved.id)
    filter.since = reference?.addingTimeInterval(0.001)
    let newer = try HistoryQuery.fetch(filter, from: db)
    if !newer.isEmpty {
      throw StoreError.newerChanges(audit: saved, since: reference, changes: newer)
    }
  }

  func insert(
    _ audits: [Audit], source: String, _ db: any SQLDatabase, _ history: HistoryWriter
  )
    throws -> [ImportOutcome]
  {
    var outcomes: [ImportOutcome] = []
    for audit in audits {
      let oldPosition = try db.value(
        Int.self, "SELECT position FROM audit WHERE id = \(audit.id)")
      let position: Int
      if let oldPosition {
        try db.execute("DELETE FROM audit WHERE id = \(audit.id)")
        position = oldPosition
      } else {
        position = try db.value(Int.self, "SELECT COALESCE(MAX(position) + 1, 0) FROM audit")!
      }
      try AuditRows.insert(audit, position: position, into: db)
      try history.record(
        db, auditID: audit.id, entity: "audit", entityID: audit.id, field: "import",
        old: oldPosition == nil ? nil : "replaced", new: source)
      outcomes.append(oldPosition == nil ? .added(audit.id) : .replaced(audit.id))
    }
    return outcomes
  }

  /// The audit's revision as this store remembers it: the number, and
  /// which file it counts in (a file moved over the path counts anew).
  func revision(of auditID: String, in db: any SQLDatabase) throws -> Int64 {
    try Revision.of(auditID, in: db) | Int64(backend.fileGeneration) << 48
  }

  /// How often another file was opened at the database's path.
  public var fileGeneration: Int { backend.fileGeneration }

  // MARK: Transactions

  /// Under a storm of writers one wait may not be enough: `body` is tried
  /// a few times, after a short random pause, before the database is said
  /// to have stayed busy.
  @discardableResult public static func retryingWhenBusy<T>(
    attempts: Int = 3, _ body: () throws(StoreError) -> T
  ) throws(StoreError) -> T {
    var attempt = 1
    while true {
      do {
        return try body()
      } catch {
        guard case .busy = error, attempt < attempts else { throw error }
        attempt += 1
        usleep(UInt32.random(in: 1_000...50_000))
      }
    }
  }

  func read<T>(_ body: (any SQLDatabase) throws -> T) throws(StoreError) -> T {
    try backend.read(body)
  }

  /// Runs `body` in one immediate transaction, with a history writer for
  /// this account and this moment.
  func write<T>(_ body: (any SQLDatabase, HistoryWriter) throws -> T) throws(StoreError) -> T {
    if let readOnlyReason { throw StoreError.readOnly(readOnlyReason) }
    do {
      return try backend.write { db in
        try body(db, HistoryWriter(account: account, at: try nextHistoryTime(db)))
      }
    } catch {
      // Refused before the body could ask (a viewer cannot take the
      // writers' turn): say why in the words the body would have.
      if case .server(.missingGrants) = error, let refusal = (try? editRefusal()) ?? nil {
        throw refusal
      }
      throw error
    }
  }

  /// History times follow the order changes were saved in: taken once this
  /// transaction holds the write lock, and never at or before the last row's
  /// (two saves in one millisecond, a clock set back). So "the changes after
  /// the newest one an export holds" is exact (see `importAudits`).
  private func nextHistoryTime(_ db: any SQLDatabase) throws -> Date {
    guard let clock else { return try backend.historyTime(db) }
    return try Self.after(lastIn: db, clock())
  }

  /// `now`, or a millisecond after the newest history row when that is later.
  static func after(lastIn db: any SQLDatabase, _ now: Date) throws -> Date {
    guard
      let last = try db.value(String.self, "SELECT at FROM history ORDER BY id DESC LIMIT 1")
        .flatMap(Timestamp.date)
    else { return now }
    return max(now, last.addingTimeInterval(0.001))
  }
}

extension AuditStore {
  /// What a waiting dashboard sleeps on until someone else commits (see
  /// `StoreBackend.changeSignal`); nil: it looks every two seconds.
  public func changeSignal() throws(StoreError) -> (any ChangeSignal)? {
    try backend.changeSignal()
  }
}
