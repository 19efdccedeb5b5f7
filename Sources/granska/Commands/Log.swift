import ArgumentParser
import Foundation
import GranskaStore
import GranskaText

struct Log: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the history of saved changes, newest first.")

  @OptionGroup var global: GlobalOptions

  @Option(help: "Only changes to this audit.")
  var audit: String?

  @Option(help: "Only changes to this kind of entity (audit, recommendation, assessment, …).")
  var entity: String?

  @Option(help: "Only changes saved by this Unix account.")
  var user: String?

  @Option(
    help: ArgumentHelp(
      "Only changes on or after this day (YYYY-MM-DD, local time).", valueName: "day"))
  var since: String?

  @Option(
    help: ArgumentHelp(
      "Only changes on or before this day (YYYY-MM-DD, local time).", valueName: "day"))
  var until: String?

  @Option(help: "At most this many rows.")
  var limit: Int?

  func run() throws {
    try reportingErrors {
      let store = try global.openStore()
      var filter = HistoryFilter(auditID: audit, entity: entity, account: user, limit: limit)
      if let since {
        filter.since = try LocalDay.start(of: since, option: "--since")
      }
      if let until {
        // Up to the start of the next day, so the day itself is included.
        let start = try LocalDay.start(of: until, option: "--until")
        filter.until = Calendar.current.date(byAdding: .day, value: 1, to: start)
      }
      for entry in try store.history(filter) {
        Output.line(HistoryText.line(entry))
      }
    }
  }
}

enum LocalDay {
  /// The moment a local calendar day starts, for filtering UTC history.
  static func start(of text: String, option: String) throws -> Date {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3,
      let date = Calendar.current.date(
        from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
      Calendar.current.component(.day, from: date) == parts[2]
    else { throw CommandFailure(message: "\(option) \(text): not a date (expected YYYY-MM-DD)") }
    return date
  }
}
