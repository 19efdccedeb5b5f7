import ArgumentParser
import Foundation
import GranskaDomain
import GranskaStore
import GranskaText

/// `granska set …`: the dashboard's edits, for scripts.
struct SetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: helpText(EditingHelp.setAbstract),
    subcommands: [SetRecommendation.self, SetAssessment.self])
}

struct SetRecommendation: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "recommendation",
    abstract: helpText(EditingHelp.recommendationAbstract),
    discussion: helpText(EditingHelp.recommendationDiscussion))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Argument(help: argumentHelp(EditingHelp.recommendationID, value: .id)) var id: String
  @Option(help: argumentHelp(EditingHelp.recommendationStatus, value: .status)) var status: String?
  @Option(help: argumentHelp(StructureHelp.recommendationPriority, value: .priority))
  var priority: String?
  @Option(help: argumentHelp(EditingHelp.recommendationOwner, value: .owner)) var owner: String?
  @Option(help: argumentHelp(EditingHelp.recommendationDue, value: .date)) var due: String?
  @Option(help: argumentHelp(EditingHelp.recommendationAction, value: .action)) var action: String?
  @Option(help: argumentHelp(EditingHelp.recommendationEvidence, value: .evidence))
  var evidence: [String] = []
  @Option(help: argumentHelp(EditingHelp.recommendationNote, value: .note)) var note: String?
  @OptionGroup var responseOptions: ResponseOptions

  func run() throws {
    let store = try global.openStore()
    let auditID = try auditOption.resolve(in: store)
    let signature = try store.signature()
    try ScriptEdit.apply(store: store, auditID: auditID) { audit throws(EditError) in
      var edits: [AuditEdit] = []
      let fields: [(RecommendationField, String?)] =
        [
          (.status, status), (.priority, priority), (.owner, owner), (.dueDate, due),
          (.plannedAction, action),
          (.evidence, evidence.isEmpty ? nil : evidence.joined(separator: "\n")),
        ] + responseOptions.fields
      for (field, value) in fields where value != nil {
        edits.append(try ScriptEdit.change(audit, .recommendation(id, field), to: value))
      }
      if let note {
        edits.append(
          .addNote(
            recommendation: id,
            Note(date: Day.today(), author: signature, text: note))
        )
      }
      return edits
    }
  }
}

struct SetAssessment: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "assessment",
    abstract: helpText(EditingHelp.assessmentAbstract),
    discussion: helpText(EditingHelp.assessmentDiscussion))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Argument(help: argumentHelp(EditingHelp.assessmentQuestion, value: .question))
  var question: String
  @Option(help: argumentHelp(EditingHelp.assessmentRound, value: .round)) var round: String?
  @Option(help: argumentHelp(EditingHelp.assessmentLevel, value: .level)) var level: String?
  @Option(help: argumentHelp(EditingHelp.assessmentRemark, value: .remark)) var remark: String?

  func run() throws {
    let store = try global.openStore()
    let auditID = try auditOption.resolve(in: store)
    try ScriptEdit.apply(store: store, auditID: auditID) { audit throws(EditError) in
      guard let roundID = round ?? audit.rounds.last?.id else {
        throw EditError.invalid(field: "round", .noRounds)
      }
      var edits: [AuditEdit] = []
      for (field, value) in [(AssessmentField.level, level), (.remark, remark)] where value != nil {
        let ref = FieldRef.assessment(round: roundID, question: question, field)
        edits.append(try ScriptEdit.change(audit, ref, to: value))
      }
      return edits
    }
  }
}
