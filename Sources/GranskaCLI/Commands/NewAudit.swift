import ArgumentParser
import Foundation
import GranskaDomain
import GranskaFormat
import GranskaStore
import GranskaText

/// `granska new`: an audit entered by hand, empty but for its facts, its
/// scale and the auditor's round; `granska add` fills it.
struct NewAudit: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: helpText(StructureHelp.newAbstract),
    discussion: helpText(StructureHelp.newDiscussion))

  @OptionGroup var global: GlobalOptions

  @Option(help: argumentHelp(StructureHelp.newID, value: .id)) var id: String
  @Option(help: argumentHelp(StructureHelp.newTitle, value: .title)) var title: String
  @Option(help: argumentHelp(StructureHelp.newOrganisation, value: .name)) var organisation: String
  @Option(help: argumentHelp(StructureHelp.newAuditor, value: .name)) var auditor: String
  @Option(help: argumentHelp(StructureHelp.newDate, value: .date)) var date: String
  @Option(help: argumentHelp(StructureHelp.newPeriod, value: .period)) var period: String?
  @Option(help: argumentHelp(StructureHelp.newOrderedBy, value: .name)) var orderedBy: String?
  @Option(help: argumentHelp(StructureHelp.newScale, value: .scale)) var scale: String
  @Option(help: argumentHelp(StructureHelp.newPriorities, value: .priorities))
  var priorities: String?
  @Option(help: argumentHelp(StructureHelp.newOpenStatuses, value: .statuses))
  var openStatuses: String?
  @Option(help: argumentHelp(StructureHelp.newClosedStatuses, value: .statuses))
  var closedStatuses: String?

  func run() throws {
    guard let day = Day(date) else { throw CommandFailure.notADate(option: "--date", text: date) }
    let audit: Audit
    do {
      audit = try Audit.entered(
        id: id, title: title, organisation: organisation, auditor: auditor, date: day,
        period: period, commissionedBy: orderedBy, scale: try levels(),
        priorities: Audit.commaSeparated(priorities),
        openStatuses: Audit.commaSeparated(openStatuses) ?? [],
        closedStatuses: Audit.commaSeparated(closedStatuses) ?? [])
    } catch let error as EditError {
      throw StoreError.invalidEdit(error)
    }
    // A database made by `new` holds only the new audit, as one made by `import`.
    try global.openStore(seedNew: false).create(audit)
    try Output.notice(.added(audit: audit.id), in: global.lang)
  }

  /// A preset by its name, else the levels in the file of that name.
  private func levels() throws -> [Level] {
    if let preset = ScalePreset(rawValue: scale) { return preset.levels }
    guard FileManager.default.fileExists(atPath: scale) || scale == "-" else {
      throw CommandFailure.unknownScale(scale, presets: ScalePreset.allCases.map(\.rawValue))
    }
    let data = try Files.read(scale)
    return try ScaleFile.read(data, fileName: scale)
  }
}
