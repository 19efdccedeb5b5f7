import ArgumentParser
import GranskaDomain
import GranskaStore
import GranskaText

struct RoundCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "round",
    abstract: helpText(EditingHelp.roundAbstract),
    subcommands: [AddRound.self])
}

struct AddRound: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: helpText(EditingHelp.roundAddAbstract),
    discussion: helpText(EditingHelp.roundAddDiscussion))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Option(help: argumentHelp(EditingHelp.roundTitle, value: .title)) var title: String
  @Option(help: argumentHelp(EditingHelp.roundDate, value: .date)) var date: String
  @Option(help: argumentHelp(EditingHelp.roundID, value: .id)) var id: String?
  @Flag(help: argumentHelp(EditingHelp.roundCopyPrevious)) var copyPrevious = false

  func run() throws {
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
