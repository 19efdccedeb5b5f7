import ArgumentParser
import Foundation
import GranskaStore
import GranskaText

struct Migrate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: helpText(ServerHelp.migrateAbstract),
    discussion: helpText(ServerHelp.migrateDiscussion))

  @OptionGroup var global: GlobalOptions

  @Option(help: argumentHelp(ServerHelp.migrateBackup, value: .file))
  var backup: String?

  func run() throws {
    try reportingErrors(global.lang) {
      let path = try global.databasePath()
      let target = backup ?? Self.defaultBackup(of: path)
      let applied = try AuditStore.migrate(at: path, backup: target)
      let text: ServiceText =
        applied.isEmpty
        ? .upToDate(path: path)
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
    abstract: helpText(ServerHelp.backupAbstract),
    discussion: helpText(ServerHelp.backupDiscussion))

  @OptionGroup var global: GlobalOptions

  @Argument(help: argumentHelp(ServerHelp.backupFile, value: .file)) var file: String

  func run() throws {
    try reportingErrors(global.lang) {
      try global.openStore(seedNew: false).backup(to: file)
      try Output.line(ServiceText.backupWritten(path: file).message(in: global.lang))
    }
  }
}

struct Restore: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: helpText(ServerHelp.restoreAbstract),
    discussion: helpText(ServerHelp.restoreDiscussion))

  @OptionGroup var global: GlobalOptions

  @Argument(help: argumentHelp(ServerHelp.restoreFile, value: .file)) var file: String

  func run() throws {
    try reportingErrors(global.lang) {
      let audits = try global.openStore(seedNew: false).restore(from: file)
      try Output.line(ServiceText.restored(from: file, audits: audits).message(in: global.lang))
    }
  }
}
