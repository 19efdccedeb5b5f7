import ArgumentParser
import Foundation
import GranskaStore
import GranskaText

struct Migrate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Upgrade the database to this version of Granska, after a backup.",
    discussion: """
      A shared database (one others may write) is never upgraded silently: a
      new version of Granska says it needs this command. A backup is written
      first, beside the database unless --backup names another file; it is a
      whole, consistent copy even while others have the database open.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(
    help: ArgumentHelp(
      "Where the backup goes (default: beside the database, named with the time).",
      valueName: "file"))
  var backup: String?

  func run() throws {
    try reportingErrors(global.lang) {
      let path = try global.databasePath()
      let target = backup ?? Self.defaultBackup(of: path)
      let applied = try AuditStore.migrate(at: path, backup: target)
      let text: ServiceText =
        applied.isEmpty
        ? .upToDate(path: path, version: AuditStore.schemaVersion)
        : .migrated(path: path, migrations: applied, backup: target)
      try Output.line(text.message(in: global.lang))
    }
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

struct Backup: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Copy the database to a new file, consistently, while others may be editing.",
    discussion: """
      Uses SQLite's online backup API: the copy is one consistent moment of
      the database. The file must not exist (a backup never replaces one) and
      is created readable by its owner only. For a nightly backup:
        granska --db /var/lib/granska/granska.sqlite backup /var/backups/granska/$(date +%F).sqlite
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("The new file.", valueName: "file")) var file: String

  func run() throws {
    try reportingErrors(global.lang) {
      try global.openStore(seedNew: false).backup(to: file)
      try Output.line(ServiceText.backupWritten(path: file).message(in: global.lang))
    }
  }
}
