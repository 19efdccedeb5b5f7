import ArgumentParser
import Foundation
import GranskaStore
import GranskaText

/// Moves a database between SQLite and PostgreSQL, either way, whole.
struct Copy: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Copy everything, history included, to or from another database.",
    discussion: """
      Copies between a SQLite file and a PostgreSQL database (either way, or
      between two of a kind) in one transaction on the target: all of it or
      nothing. A target that already holds audits or history is refused
      unless --replace, which empties it first. A new SQLite file or an
      empty PostgreSQL database gets Granska's tables; into PostgreSQL only
      the database's owner may copy, since only the owner writes history as
      it was. Examples:
        granska --db audit.sqlite copy --to postgresql://granska@db.example.org/granska
        granska --db audit.sqlite copy --from postgresql://granska@db.example.org/granska --replace
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("Copy --db into this file or URL.", valueName: "path|url"))
  var to: String?

  @Option(help: ArgumentHelp("Copy this file or URL into --db.", valueName: "path|url"))
  var from: String?

  @Flag(help: "Empty the target first when it holds audits or history.")
  var replace = false

  func run() throws {
    try reportingErrors(global.lang) {
      let here = try global.databasePath()
      let (source, target): (String, String)
      switch (to, from) {
      case (let to?, nil): (source, target) = (here, to)
      case (nil, let from?): (source, target) = (from, here)
      default: throw ValidationError("give --to or --from")
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
}
