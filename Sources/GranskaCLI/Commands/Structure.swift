import ArgumentParser
import Foundation
import GranskaDomain
import GranskaStore
import GranskaText

// `granska add|edit|retire|restore section|question|recommendation|key-figure`
// (and `training-section`): an audit's parts entered by hand, each an edit
// with its history row, made inside one transaction from the audit as it
// is (`ScriptEdit`).

struct AddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: helpText(StructureHelp.addAbstract),
    subcommands: [
      AddSection.self, AddQuestion.self, AddRecommendation.self, AddKeyFigure.self,
      AddTrainingSection.self,
    ])
}

struct EditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit", abstract: helpText(StructureHelp.editAbstract),
    subcommands: [
      EditSection.self, EditQuestion.self, EditRecommendation.self, EditKeyFigure.self,
    ])
}

struct RetireCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "retire", abstract: helpText(StructureHelp.retireAbstract),
    discussion: helpText(StructureHelp.retireDiscussion),
    subcommands: [
      RetireSection.self, RetireQuestion.self, RetireRecommendation.self, RetireKeyFigure.self,
      RetireTrainingSection.self,
    ])
}

/// Saves the edits `build` makes from the audit as it is now.
private func saveStructure(
  _ global: GlobalOptions, _ auditOption: AuditOption,
  _ build: (Audit) throws(EditError) -> [AuditEdit]
) throws {
  let store = try global.openStore()
  try ScriptEdit.apply(store: store, auditID: try auditOption.resolve(in: store), build)
}

/// A date option as a day, or the refusal naming the field.
private func day(_ text: String?, field: String) throws(EditError) -> Day? {
  guard let text else { return nil }
  guard let day = Day(text) else { throw .invalid(field: field, .notADate(text)) }
  return day
}

// MARK: Add

/// Saves the one addition `build` makes from the audit as it is, then
/// says what was added.
private func saveAddition(
  _ global: GlobalOptions, _ auditOption: AuditOption,
  _ build: (Audit) throws(EditError) -> (edit: AuditEdit, said: CommandNotice)
) throws {
  var said: CommandNotice?
  try saveStructure(global, auditOption) { audit throws(EditError) in
    let addition = try build(audit)
    said = addition.said
    return [addition.edit]
  }
  if let said { try Output.notice(said, in: global.lang) }
}

/// Adds the part `build` makes under its id (the one given, else the next
/// free one of its kind), and says which.
private func addPart(
  _ kind: StructureKind, id: String?, _ global: GlobalOptions, _ auditOption: AuditOption,
  _ build: (Audit, String) throws(EditError) -> AuditEdit
) throws {
  try saveAddition(global, auditOption) { audit throws(EditError) in
    let added = id ?? audit.suggestedID(for: kind)
    return (try build(audit, added), .addedPart(kind, id: added))
  }
}

struct AddSection: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "section", abstract: helpText(StructureHelp.addSection),
    discussion: helpText(StructureHelp.addDiscussion))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Option(help: argumentHelp(StructureHelp.newPartID, value: .id)) var id: String?
  @Option(help: argumentHelp(StructureHelp.sectionTitle, value: .title)) var title: String
  @Option(help: argumentHelp(StructureHelp.sectionText, value: .text)) var text: String?
  @Option(help: argumentHelp(StructureHelp.sectionAssessment, value: .text)) var assessment: String?

  func run() throws {
    try addPart(.section, id: id, global, auditOption) { _, id throws(EditError) in
      .addSection(
        ReportSection(id: id, title: title, observations: text ?? "", assessment: assessment ?? ""))
    }
  }
}

struct AddQuestion: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "question", abstract: helpText(StructureHelp.addQuestion),
    discussion: helpText(StructureHelp.addDiscussion))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Option(help: argumentHelp(StructureHelp.newPartID, value: .id)) var id: String?
  @Option(help: argumentHelp(StructureHelp.questionSection, value: .section)) var section: String
  @Option(help: argumentHelp(StructureHelp.questionText, value: .text)) var text: String
  @Option(help: argumentHelp(StructureHelp.questionLevel, value: .level)) var level: String?
  @Option(help: argumentHelp(StructureHelp.questionRemark, value: .remark)) var remark: String?

  func run() throws {
    try addPart(.question, id: id, global, auditOption) { audit, id throws(EditError) in
      .addQuestion(
        Question(id: id, section: section, text: text), try assessment(of: id, in: audit))
    }
  }

  /// The auditor's assessment, the level named as people name it.
  private func assessment(of question: String, in audit: Audit) throws(EditError) -> Assessment? {
    guard let level else {
      if remark != nil { throw .invalid(field: "remark", .remarkNeedsLevel) }
      return nil
    }
    return Assessment(
      question: question, level: audit.levelID(named: level) ?? level, remark: remark)
  }
}

struct AddRecommendation: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "recommendation", abstract: helpText(StructureHelp.addRecommendation),
    discussion: helpText(StructureHelp.addDiscussion))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Option(help: argumentHelp(StructureHelp.newPartID, value: .id)) var id: String?
  @Option(help: argumentHelp(StructureHelp.recommendationText, value: .text)) var text: String
  @Option(help: argumentHelp(StructureHelp.recommendationQuestion, value: .question))
  var question: [String] = []
  @Option(help: argumentHelp(StructureHelp.recommendationPriority, value: .priority))
  var priority: String?
  @Option(help: argumentHelp(StructureHelp.recommendationReference, value: .reference))
  var reference: String?
  @Option(help: argumentHelp(EditingHelp.recommendationOwner, value: .owner)) var owner: String?
  @Option(help: argumentHelp(EditingHelp.recommendationDue, value: .date)) var due: String?
  @OptionGroup var responseOptions: ResponseOptions

  func run() throws {
    try addPart(.recommendation, id: id, global, auditOption) { _, id throws(EditError) in
      .addRecommendation(
        Recommendation(
          id: id, text: text, questions: question, priority: priority?.nonEmpty,
          owner: owner?.nonEmpty,
          dueDate: try day(due, field: "dueDate"), response: try responseOptions.response(),
          reference: reference?.nonEmpty))
    }
  }
}

struct AddKeyFigure: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "key-figure", abstract: helpText(StructureHelp.addKeyFigure))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Option(help: argumentHelp(StructureHelp.newPartID, value: .id)) var id: String?
  @Option(help: argumentHelp(StructureHelp.keyFigureName, value: .name)) var name: String
  @Option(help: argumentHelp(StructureHelp.keyFigureValue, value: .number)) var value: Double
  @Option(help: argumentHelp(StructureHelp.keyFigureUnit, value: .unit)) var unit: String = ""
  @Option(help: argumentHelp(StructureHelp.keyFigurePeriod, value: .period)) var period: String =
    ""
  @Option(help: argumentHelp(StructureHelp.keyFigureSource, value: .source)) var source: String =
    ""

  func run() throws {
    try saveAddition(global, auditOption) { audit throws(EditError) in
      let added = id ?? audit.suggestedKeyFigureID
      let figure = KeyFigure(
        id: added, name: name, value: value, unit: unit, period: period, source: source)
      return (.addKeyFigure(figure), .addedKeyFigure(id: added))
    }
  }
}

struct AddTrainingSection: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "training-section", abstract: helpText(StructureHelp.addTrainingSection),
    discussion: helpText(StructureHelp.trainingSectionDiscussion))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Option(help: argumentHelp(EditingHelp.trainingDate, value: .date)) var date: String
  @Option(help: argumentHelp(EditingHelp.trainingSection, value: .section)) var section: String
  @Option(help: argumentHelp(EditingHelp.trainingEmployees, value: .count)) var employees: Int
  @Option(help: argumentHelp(EditingHelp.trainingCompleted, value: .count)) var completed = 0
  @Option(help: argumentHelp(EditingHelp.trainingStarted, value: .count)) var started = 0

  func run() throws {
    let counts = SectionTraining(
      section: section, employees: employees, completed: completed, started: started)
    try saveAddition(global, auditOption) { _ throws(EditError) in
      guard let day = Day(date) else { throw .invalid(field: "date", .notADate(date)) }
      return (.addTrainingSection(date: day, counts), .addedTrainingSection(section, on: day))
    }
  }
}

// MARK: Edit

struct EditSection: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "section", abstract: helpText(StructureHelp.editSection),
    discussion: helpText(StructureHelp.editDiscussion))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Argument(help: argumentHelp(StructureHelp.partID, value: .id)) var id: String
  @Option(help: argumentHelp(StructureHelp.sectionTitle, value: .title)) var title: String?
  @Option(help: argumentHelp(StructureHelp.sectionText, value: .text)) var text: String?
  @Option(help: argumentHelp(StructureHelp.sectionAssessment, value: .text)) var assessment: String?
  @Option(help: argumentHelp(StructureHelp.sectionOpinion, value: .level)) var opinion: String?
  @Option(help: argumentHelp(StructureHelp.sectionOpinionRound, value: .round)) var round: String?

  func run() throws {
    try saveStructure(global, auditOption) { audit throws(EditError) in
      let fields: [(SectionField, String?)] = [
        (.title, title), (.observations, text), (.assessment, assessment),
      ]
      return try fields.changes(of: audit) { .section(id, $0) } + opinionChange(of: audit)
    }
  }

  /// A round's opinion on the section: the latest round's unless named.
  private func opinionChange(of audit: Audit) throws(EditError) -> [AuditEdit] {
    guard let opinion else { return [] }
    guard let target = round ?? audit.latestRound?.id else {
      throw .invalid(field: FieldRef.opinionField, .noRounds)
    }
    return [try ScriptEdit.change(audit, .opinion(round: target, section: id), to: opinion)]
  }
}

struct EditQuestion: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "question", abstract: helpText(StructureHelp.editQuestion),
    discussion: helpText(StructureHelp.editDiscussion))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Argument(help: argumentHelp(StructureHelp.partID, value: .id)) var id: String
  @Option(help: argumentHelp(StructureHelp.questionText, value: .text)) var text: String?
  @Option(help: argumentHelp(StructureHelp.questionSection, value: .section)) var section: String?
  @Option(help: argumentHelp(StructureHelp.questionLevel, value: .level)) var level: String?
  @Option(help: argumentHelp(StructureHelp.questionRemark, value: .remark)) var remark: String?

  func run() throws {
    try saveStructure(global, auditOption) { audit throws(EditError) in
      let fields: [(QuestionField, String?)] = [(.text, text), (.section, section)]
      return try fields.changes(of: audit) { .question(id, $0) } + corrections(of: audit)
    }
  }

  /// The auditor's level and remark, corrected where they were entered wrong.
  private func corrections(of audit: Audit) throws(EditError) -> [AuditEdit] {
    guard level != nil || remark != nil else { return [] }
    guard let round = audit.rounds.first(where: { $0.kind == .audit }) else {
      throw .invalid(field: "level", .noRounds)
    }
    let fields: [(AssessmentField, String?)] = [(.level, level), (.remark, remark)]
    return try fields.changes(of: audit) { .assessment(round: round.id, question: id, $0) }
      .compactMap { $0.fieldChange.map(AuditEdit.correctAuditorsAssessment) }
  }
}

struct EditRecommendation: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "recommendation", abstract: helpText(StructureHelp.editRecommendation),
    discussion: helpText(StructureHelp.editDiscussion))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Argument(help: argumentHelp(StructureHelp.partID, value: .id)) var id: String
  @Option(help: argumentHelp(StructureHelp.recommendationText, value: .text)) var text: String?
  @Option(help: argumentHelp(StructureHelp.recommendationQuestion, value: .question))
  var question: [String] = []
  @Option(help: argumentHelp(StructureHelp.recommendationPriority, value: .priority))
  var priority: String?
  @Option(help: argumentHelp(StructureHelp.recommendationReference, value: .reference))
  var reference: String?
  @Option(help: argumentHelp(EditingHelp.recommendationOwner, value: .owner)) var owner: String?
  @Option(help: argumentHelp(EditingHelp.recommendationDue, value: .date)) var due: String?
  @OptionGroup var responseOptions: ResponseOptions

  func run() throws {
    try saveStructure(global, auditOption) { audit throws(EditError) in
      let questions = question.isEmpty ? nil : question.joined(separator: "\n")
      let fields: [(RecommendationField, String?)] =
        [
          (.text, text), (.questions, questions), (.priority, priority),
          (.reference, reference), (.owner, owner), (.dueDate, due),
        ] + responseOptions.fields
      return try fields.changes(of: audit) { .recommendation(id, $0) }
    }
  }
}

struct EditKeyFigure: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "key-figure", abstract: helpText(StructureHelp.editKeyFigure),
    discussion: helpText(StructureHelp.editKeyFigureDiscussion))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Argument(help: argumentHelp(StructureHelp.keyFigureID, value: .id)) var id: String
  @Option(help: argumentHelp(StructureHelp.keyFigureName, value: .name)) var name: String?
  @Option(help: argumentHelp(StructureHelp.keyFigureValueEdit, value: .number)) var value: String?
  @Option(help: argumentHelp(StructureHelp.keyFigureUnit, value: .unit)) var unit: String?
  @Option(help: argumentHelp(StructureHelp.keyFigurePeriod, value: .period)) var period: String?
  @Option(help: argumentHelp(StructureHelp.keyFigureSource, value: .source)) var source: String?

  func run() throws {
    try saveStructure(global, auditOption) { audit throws(EditError) in
      let fields: [(KeyFigureField, String?)] = [
        (.name, name), (.value, value), (.unit, unit), (.period, period), (.source, source),
      ]
      return try fields.changes(of: audit) { .keyFigure(id, $0) }
    }
  }
}

extension Array {
  /// The changes of the fields given a value (nil: left as it is).
  fileprivate func changes<Field>(
    of audit: Audit, _ ref: (Field) -> FieldRef
  ) throws(EditError) -> [AuditEdit] where Element == (Field, String?) {
    var edits: [AuditEdit] = []
    for (field, value) in self where value != nil {
      edits.append(try ScriptEdit.change(audit, ref(field), to: value))
    }
    return edits
  }
}

extension String {
  fileprivate var nonEmpty: String? {
    trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : self
  }
}

// MARK: Retire and restore

/// Retiring one kind of part: the same for each kind.
/// `granska retire KIND ID --reason …`: one subcommand per kind of part,
/// alike but for the kind.
struct Retire<Part: RetirableKind>: GlobalCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: Part.commandName, abstract: helpText(Part.abstract),
      discussion: helpText(StructureHelp.retireDiscussion))
  }
  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption
  @Argument(help: argumentHelp(StructureHelp.partID, value: .id)) var id: String
  @Option(help: argumentHelp(StructureHelp.reason, value: .reason)) var reason: String

  func run() throws {
    try saveStructure(global, auditOption) { audit throws(EditError) in
      [try audit.retiring(Part.part(id), reason: reason)]
    }
  }
}

protocol RetirableKind {
  /// The word after `retire` (and `restore`).
  static var commandName: String { get }
  static var abstract: StructureHelp { get }
  static func part(_ id: String) -> RetirablePart
}

/// A section, question or recommendation: its kind's name is the word.
protocol RetirableStructure: RetirableKind {
  static var kind: StructureKind { get }
}

extension RetirableStructure {
  static var commandName: String { kind.rawValue }
  static func part(_ id: String) -> RetirablePart { .structure(kind, id) }
}

enum RetirableSection: RetirableStructure {
  static let kind = StructureKind.section
  static let abstract = StructureHelp.retireSection
}

enum RetirableQuestion: RetirableStructure {
  static let kind = StructureKind.question
  static let abstract = StructureHelp.retireQuestion
}

enum RetirableRecommendation: RetirableStructure {
  static let kind = StructureKind.recommendation
  static let abstract = StructureHelp.retireRecommendation
}

enum RetirableKeyFigure: RetirableKind {
  static let commandName = "key-figure"
  static let abstract = StructureHelp.retireKeyFigure
  static func part(_ id: String) -> RetirablePart { .keyFigure(id) }
}

typealias RetireSection = Retire<RetirableSection>
typealias RetireQuestion = Retire<RetirableQuestion>
typealias RetireRecommendation = Retire<RetirableRecommendation>
typealias RetireKeyFigure = Retire<RetirableKeyFigure>

/// `granska retire training-section --date D --section S --reason …`: a
/// section of one snapshot, named by the snapshot's date and its name.
struct RetireTrainingSection: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "training-section", abstract: helpText(StructureHelp.retireTrainingSection),
    discussion: helpText(StructureHelp.retireDiscussion))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption
  @Option(help: argumentHelp(StructureHelp.trainingSectionDate, value: .date)) var date: String
  @Option(help: argumentHelp(StructureHelp.trainingSectionName, value: .section))
  var section: String
  @Option(help: argumentHelp(StructureHelp.reason, value: .reason)) var reason: String

  func run() throws {
    try saveStructure(global, auditOption) { audit throws(EditError) in
      guard let day = try day(date, field: "date") else { return [] }
      return [try audit.retiring(.trainingSection(date: day, section: section), reason: reason)]
    }
  }
}

/// The words of `restore` that name a part rather than a backup file:
/// `restore KIND ID`, or `restore training-section --date D --section S`.
enum RestoreWords {
  static let keyFigure = "key-figure"
  static let trainingSection = "training-section"

  /// The part the words name; nil when they name a file.
  static func part(kind: String, id: String?, date: String?, section: String?)
    -> RetirablePart?
  {
    if kind == trainingSection {
      guard id == nil, let date, let day = Day(date), let section else { return nil }
      return .trainingSection(date: day, section: section)
    }
    guard let id, date == nil, section == nil else { return nil }
    if kind == keyFigure { return .keyFigure(id) }
    return StructureKind(rawValue: kind).map { .structure($0, id) }
  }
}

/// `granska restore KIND ID`: a retired part applies again.
func restorePart(_ part: RetirablePart, _ global: GlobalOptions, _ auditOption: AuditOption)
  throws
{
  try saveStructure(global, auditOption) { audit throws(EditError) in
    [try audit.restoring(part)]
  }
}
