import ArgumentParser
import GranskaDomain
import GranskaStore
import GranskaText

struct RoundCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "round",
    abstract: "Add a follow-up round of assessments.",
    subcommands: [AddRound.self])
}

struct AddRound: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add a dated follow-up round, optionally starting from the previous round's levels.",
    discussion:
      "Example: granska round add --title \"Uppföljning 2025\" --date 2025-09-15 --copy-previous")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Option(help: "The round's title.") var title: String
  @Option(help: ArgumentHelp("When it was assessed.", valueName: "YYYY-MM-DD")) var date: String
  @Option(help: "The round's id (default: uppfoljning-DATE, made unique).") var id: String?
  @Flag(help: "Start from the previous round's levels and remarks.") var copyPrevious = false

  func run() throws {
    try reportingErrors(global.lang) {
      guard let day = Day(date) else {
        throw CommandFailure.notADate(option: "--date", text: date)
      }
      let store = try global.openStore()
      let auditID = try auditOption.resolve(in: store)
      try ScriptEdit.apply(store: store, auditID: auditID) { audit throws(EditError) in
        [.addRound(audit.newRound(title: title, date: day, id: id, copyingLevels: copyPrevious))]
      }
      try Output.notice(.addedRound(title: title, on: day), in: global.lang)
    }
  }
}
