import ArgumentParser
import Foundation
import GranskaDomain
import GranskaStore
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

struct Migrate: GlobalCommand {
  static let configuration = CommandConfiguration(
    abstract: helpText(ServerHelp.migrateAbstract),
    discussion: helpText(ServerHelp.migrateDiscussion))

  @OptionGroup var global: GlobalOptions

  @Option(help: argumentHelp(ServerHelp.migrateBackup, value: .file))
  var backup: String?

  func run() throws {
    let path = try global.databasePath()
    let target = backup ?? Self.defaultBackup(of: path)
    if !PostgresAddress.isURL(path) { StalePartials.remove(besides: target, in: global.lang) }
    let applied = try AuditStore.migrate(at: path, backup: target)
    // PostgreSQL upgrades in its transaction; no copy is made to name.
    let text: ServiceText =
      applied.isEmpty
      ? .upToDate(path: path)
      : .migrated(
        path: path, migrations: applied, backup: PostgresAddress.isURL(path) ? nil : target)
    try Output.line(text.message(in: global.lang))
  }

  /// "granska.sqlite" → "granska-before-upgrade-2025-05-01-1030.sqlite".
  static func defaultBackup(of path: String) -> String {
    let stamp = Date().formatted(
      Date.VerbatimFormatStyle(
        format:
          "\(year: .defaultDigits)-\(month: .twoDigits)-\(day: .twoDigits)-\(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased))\(minute: .twoDigits)\(second: .twoDigits)",
        timeZone: .current, calendar: Calendar(identifier: .gregorian)))
    let url = URL(fileURLWithPath: path)
    let name = url.deletingPathExtension().lastPathComponent
    let suffix = url.pathExtension.isEmpty ? "" : "." + url.pathExtension
    return url.deletingLastPathComponent().appendingPathComponent(
      "\(name)-before-upgrade-\(stamp)\(suffix)"
    ).path
  }
}

struct Backup: GlobalCommand {
  static let configuration = CommandConfiguration(
    abstract: helpText(ServerHelp.backupAbstract),
    discussion: helpText(ServerHelp.backupDiscussion))

  @OptionGroup var global: GlobalOptions

  @Argument(help: argumentHelp(ServerHelp.backupFile, value: .file)) var file: String

  func run() throws {
    StalePartials.remove(besides: file, in: global.lang)
    try global.openStore(seedNew: false).backup(to: file)
    try Output.line(ServiceText.backupWritten(path: file).message(in: global.lang))
  }
}

struct Restore: GlobalCommand {
  static let configuration = CommandConfiguration(
    abstract: helpText(ServerHelp.restoreAbstract),
    discussion: helpText(ServerHelp.restoreDiscussion) + "\n\n"
      + helpText(StructureHelp.restorePartDiscussion))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Argument(help: argumentHelp(ServerHelp.restoreFile, value: .file)) var file: String
  @Argument(help: argumentHelp(StructureHelp.restorePartID, value: .id)) var id: String?
  @Option(help: argumentHelp(StructureHelp.restoreDate, value: .date)) var date: String?
  @Option(help: argumentHelp(StructureHelp.restoreSection, value: .section)) var section: String?

  /// A retired part to bring back (`restore recommendation R3`, `restore
  /// training-section --date D --section S`), rather than a backup: the
  /// kind where the file would be, and its id.
  var part: RetirablePart? {
    RestoreWords.part(kind: file, id: id, date: date, section: section)
  }

  func validate() throws {
    let namesPart =
      id != nil || date != nil || section != nil
      || file == RestoreWords.trainingSection
    if namesPart && part == nil {
      throw ValidationError(helpText(StructureHelp.restorePartKinds))
    }
  }

  func run() throws {
    if let part { return try restorePart(part, global, auditOption) }
    StalePartials.remove(besides: try global.databasePath(), in: global.lang)
    let audits = try global.openStore(seedNew: false).restore(from: file)
    try Output.line(ServiceText.restored(from: file, audits: audits).message(in: global.lang))
  }
}

/// A backup (also the one `migrate` writes first) is written beside its
/// target as `TARGET.partial-PID` and linked into place only when whole
/// (`AuditStore.backup`); a run that was killed leaves that file, and
/// perhaps its `-journal`, behind. The next `backup` or `migrate` into the
/// same directory removes those of processes that no longer run: regular
/// files of this account, untouched for a minute, empty or a SQLite
/// database (the journal files whatever they hold). It says each one.
enum StalePartials {
  static let marker = ".partial-"
  static let journals = ["", "-journal", "-wal", "-shm"]

  static func remove(besides target: String, in language: Language) {
    let directory = (target as NSString).deletingLastPathComponent
    let folder = directory.isEmpty ? "." : directory
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names.sorted() {
      let path = directory.isEmpty ? name : directory + "/" + name
      if isStale(name: name, path: path) && unlink(path) == 0 {
        warn(ServiceText.stalePartialRemoved(path: path), in: language)
      }
    }
  }

  /// The process whose partial file `name` is, and what follows its id.
  static func owner(of name: String) -> (pid: pid_t, journal: String)? {
    guard let marker = name.range(of: marker, options: .backwards),
      marker.lowerBound > name.startIndex
    else { return nil }
    let rest = name[marker.upperBound...]
    let digits = rest.prefix(while: \.isASCII).prefix(while: \.isNumber)
    guard let pid = pid_t(digits), pid > 0 else { return nil }
    let journal = String(rest.dropFirst(digits.count))
    return journals.contains(journal) ? (pid, journal) : nil
  }

  private static func isStale(name: String, path: String) -> Bool {
    guard let (pid, journal) = owner(of: name) else { return false }
    // Still running (or someone else's process): theirs to finish.
    if kill(pid, 0) == 0 || errno != ESRCH { return false }
    var info = stat()
    guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid(),
      time(nil) - info.st_mtim.tv_sec >= 60
    else { return false }
    return !journal.isEmpty || info.st_size == 0 || isSQLite(path)
  }

  private static func isSQLite(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let header = (try? handle.read(upToCount: 16)) ?? Data()
    return header == Data("SQLite format 3\0".utf8)
  }
}
