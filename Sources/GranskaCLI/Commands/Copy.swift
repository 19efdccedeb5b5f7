import ArgumentParser
import Foundation
import GranskaStore
import GranskaText

/// Moves a database between SQLite and PostgreSQL, either way, whole.
struct Copy: GlobalCommand {
  static let configuration = CommandConfiguration(
    abstract: helpText(ServerHelp.copyAbstract),
    discussion: helpText(ServerHelp.copyDiscussion))

  @OptionGroup var global: GlobalOptions

  @Option(help: argumentHelp(ServerHelp.copyTo, value: .pathOrURL))
  var to: String?

  @Option(help: argumentHelp(ServerHelp.copyFrom, value: .pathOrURL))
  var from: String?

  @Flag(help: argumentHelp(ServerHelp.copyReplace))
  var replace = false

  /// One direction or the other: a usage error (status 64, with copy's
  /// usage line), in the reader's words.
  func validate() throws {
    if (to == nil) == (from == nil) {
      throw ValidationError(CommandFailure.copyNeedsOneDirection.message(in: global.lang))
    }
  }

  func run() throws {
    let here = try global.databasePath()
    let (source, target): (String, String)
    switch (to, from) {
    case (let to?, nil): (source, target) = (here, to)
    case (nil, let from?): (source, target) = (from, here)
    default: throw CommandFailure.copyNeedsOneDirection  // (validate() has refused it)
    }
    let reader = try AuditStore.open(
      at: source, readOnly: !PostgresAddress.isURL(source),
      busyTimeout: GlobalOptions.scriptBusyTimeout)
    let writer = try AuditStore.open(
      at: target, seed: { [] }, busyTimeout: GlobalOptions.scriptBusyTimeout)
    let copied = try reader.copy(to: writer, replacing: replace)
    try Output.line(
      ServerNotice.copied(
        audits: copied.audits, history: copied.history, from: reader.path, to: writer.path
      ).message(in: global.lang))
  }
}
