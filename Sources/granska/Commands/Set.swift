import ArgumentParser
import Foundation
import GranskaDomain
import GranskaStore
import GranskaText

/// `granska set …`: the dashboard's edits, for scripts.
struct SetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: "Change a recommendation or an assessment (as the dashboard's forms do).",
    subcommands: [SetRecommendation.self, SetAssessment.self])
}

struct SetRecommendation: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recommendation",
    abstract:
      "Set a recommendation's status, owner, due date, planned action or evidence, or add a note.",
    discussion: """
      Example: granska set recommendation R1 --status in-progress --owner Kommunchef --due 2025-06-30
      An empty value ("") clears a field. Statuses: not-started, in-progress, done, not-applicable.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Argument(help: "The recommendation's id, e.g. R1.") var id: String
  @Option(help: "not-started, in-progress, done or not-applicable.") var status: String?
  @Option(help: "Who is responsible.") var owner: String?
  @Option(help: ArgumentHelp("When it should be done.", valueName: "YYYY-MM-DD")) var due: String?
  @Option(help: "What is planned.") var action: String?
  @Option(help: "A reference that shows the work (repeat for several; replaces the list).")
  var evidence: [String] = []
  @Option(help: "A note to add, dated today and signed with your account.") var note: String?

  func run() throws {
    try reportingErrors(global.lang) {
      let store = try global.openStore()
      let auditID = try auditOption.resolve(in: store)
      let signature = try store.signature()
      try ScriptEdit.apply(store: store, auditID: auditID) { audit throws(EditError) in
        var edits: [AuditEdit] = []
        let fields: [(RecommendationField, String?)] = [
          (.status, status), (.owner, owner), (.dueDate, due), (.plannedAction, action),
          (.evidence, evidence.isEmpty ? nil : evidence.joined(separator: "\n")),
        ]
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
}

struct SetAssessment: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assessment",
    abstract: "Set a question's level or remark in a follow-up round.",
    discussion: "Example: granska set assessment Q8 --round uppfoljning-2025-09-15 --level delvis")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Argument(help: "The question's id, e.g. Q8.") var question: String
  @Option(help: "The follow-up round (default: the latest).") var round: String?
  @Option(help: "A level id of the audit's scale, e.g. ja, delvis, nej.") var level: String?
  @Option(help: "A remark on the verdict.") var remark: String?

  func run() throws {
    try reportingErrors(global.lang) {
      let store = try global.openStore()
      let auditID = try auditOption.resolve(in: store)
      try ScriptEdit.apply(store: store, auditID: auditID) { audit throws(EditError) in
        guard let roundID = round ?? audit.rounds.last?.id else {
          throw EditError.invalid(field: "round", .noRounds)
        }
        var edits: [AuditEdit] = []
        for (field, value) in [(AssessmentField.level, level), (.remark, remark)] where value != nil
        {
          let ref = FieldRef.assessment(round: roundID, question: question, field)
          edits.append(try ScriptEdit.change(audit, ref, to: value))
        }
        return edits
      }
    }
  }
}
