import GranskaDomain
import GranskaText

/// The forms of an audit entered by hand: a new audit (from the audit
/// chooser), and a section or question added or edited (the Questions
/// view). Their rules are the domain's, as `granska new` and `granska add`
/// use them: ids from `suggestedID`, the audit from `Audit.entered`.
extension FormFactory {
  func newAudit() -> Form {
    let field = { (key: NewAuditField, words: StructureWords) in
      FormField(.newAudit(key), strings.structure(words), text: nil)
    }
    let scales =
      data.scalePresets.map {
        FormField.Choice(value: $0.name, label: $0.levels.map(\.label).joined(separator: ", "))
      } + [FormField.Choice(value: Form.ownScale, label: strings.structure(.ownScale))]
    return Form(
      purpose: .newAudit, title: strings.structure(.newAuditTitle),
      fields: [
        field(.id, .auditID), field(.title, .auditTitle), field(.organisation, .organisation),
        field(.auditor, .auditor), field(.period, .period),
        FormField(
          .newAudit(.date), strings.structure(.date) + " (\(strings.editing(.dateFormat)))",
          text: nil, suggested: data.today.description),
        field(.commissionedBy, .orderedBy),
        FormField(
          .newAudit(.scale), strings.structure(.scale), choices: scales,
          selected: scales.first?.value),
        // Highest first, comma separated, as `granska new --priorities` takes
        // them; the audit's own statuses beside the four, likewise.
        field(.priorities, .priorities), field(.openStatuses, .openStatuses),
        field(.closedStatuses, .closedStatuses),
      ])
  }

  /// The audit the new-audit form describes, by the rules `granska new` follows.
  func enteredAudit(from form: Form) throws(EditError) -> Audit {
    let text = { (key: NewAuditField) in form.field(.newAudit(key))?.value }
    let list = { (key: NewAuditField) in Audit.commaSeparated(text(key)) }
    let id = text(.id) ?? ""
    if data.audits.contains(where: { $0.id == id }) { throw .invalid(field: "id", .idTaken(id)) }
    let scale =
      text(.scale) == Form.ownScale
      ? form.typedLevels : data.scalePresets.first { $0.name == text(.scale) }?.levels ?? []
    return try Audit.entered(
      id: id, title: text(.title) ?? "", organisation: text(.organisation) ?? "",
      auditor: text(.auditor) ?? "", date: Day(text(.date) ?? "") ?? data.today,
      period: text(.period), commissionedBy: text(.commissionedBy), scale: scale,
      priorities: list(.priorities), openStatuses: list(.openStatuses) ?? [],
      closedStatuses: list(.closedStatuses) ?? [])
  }

  func newSection() -> Form {
    Form(
      purpose: .newSection, title: strings.structure(.newSectionTitle),
      fields: [
        partID(.section),
        FormField(.section(.title), strings.structure(.sectionHeading), text: nil),
        FormField(
          .section(.observations), strings.structure(.sectionText), text: nil, multiline: true),
      ])
  }

  /// The rounds whose opinion on a section its form edits: the audit's
  /// own (where the report's opinions are entered) and the latest.
  private var opinionRounds: [AssessmentRound] {
    var rounds: [AssessmentRound] = []
    for round in [audit.auditRound, audit.latestRound].compactMap({ $0 })
    where !rounds.contains(where: { $0.id == round.id }) {
      rounds.append(round)
    }
    return rounds
  }

  func editSection(_ section: ReportSection) -> Form {
    var fields = [
      FormField(.section(.title), strings.structure(.sectionHeading), text: section.title),
      FormField(
        .section(.observations), strings.structure(.sectionText),
        text: section.observations.isEmpty ? nil : section.observations, multiline: true),
    ]
    // The opinion on the section of the audit's own round and of the
    // latest (one field while they are one round), a level or none.
    let choices =
      [FormField.Choice(value: "", label: strings[.none])]
      + audit.scale.map { FormField.Choice(value: $0.id, label: $0.label) }
    for round in opinionRounds {
      fields.append(
        FormField(
          .opinion(round: round.id),
          strings.structure(.sectionOpinion(round: round.date?.description ?? round.title)),
          choices: choices, selected: round.opinion(of: section.id)))
    }
    return Form(
      purpose: .section(section.id),
      title: strings.structure(.editSectionTitle(id: section.id)),
      fields: fields)
  }

  /// A new question, in the section given (the selected question's) or
  /// the last, with the auditor's level and remark where the report gives them.
  func newQuestion(in section: String?) -> Form {
    Form(
      purpose: .newQuestion, title: strings.structure(.newQuestionTitle),
      fields: [
        partID(.question), sectionChoice(selected: section ?? audit.sections.last?.id),
        FormField(.question(.text), strings.structure(.questionText), text: nil, multiline: true),
      ] + auditorsAssessment(of: nil))
  }

  /// A question's text and section, and the auditor's level and remark
  /// (a correction of what was entered from the report).
  func editQuestion(_ question: Question) -> Form {
    Form(
      purpose: .question(question.id),
      title: strings.structure(.editQuestionTitle(id: question.id)),
      fields: [
        sectionChoice(selected: question.section),
        FormField(
          .question(.text), strings.structure(.questionText), text: question.text, multiline: true),
      ] + auditorsAssessment(of: question.id))
  }

  /// The auditor's own round: the audit's assessment of its questions.
  private var auditorsRound: AssessmentRound? { audit.rounds.first { $0.kind == .audit } }

  /// The audit's level of a question (a choice of its scale, or none) and
  /// its remark, as the auditor's round holds them; none for a new question.
  private func auditorsAssessment(of question: String?) -> [FormField] {
    let field = { (field: AssessmentField) -> String? in
      guard let question, let round = self.auditorsRound else { return nil }
      return (try? audit.value(of: .assessment(round: round.id, question: question, field))) ?? nil
    }
    let none = FormField.Choice(
      value: "",
      label: audit.scale.first { $0.role == .none }?.label ?? strings.levels(.notAssessed))
    let levels =
      audit.scale.filter { $0.role != .none }.map {
        FormField.Choice(value: $0.id, label: $0.label)
      } + [none]
    return [
      FormField(
        .assessment(.level), strings.structure(.auditorsLevel), choices: levels,
        selected: field(.level)),
      FormField(.assessment(.remark), strings.structure(.auditorsRemark), text: field(.remark)),
    ]
  }

  /// A new part's id: the next free one of its kind, retired ones counted.
  private func partID(_ kind: StructureKind) -> FormField {
    FormField(
      .partID, strings.structure(.partID), text: nil,
      suggested: data.wholeAudit.suggestedID(for: kind))
  }

  /// The sections in force a question may be placed in.
  private func sectionChoice(selected: String?) -> FormField {
    let sections = audit.sections.map {
      FormField.Choice(value: $0.id, label: "\($0.id) \($0.title)")
    }
    return FormField(
      .question(.section), strings.structure(.questionSection), choices: sections,
      selected: selected)
  }

  /// The edits a section or question form saves: the new part, or the
  /// fields its input changed (the auditor's level and remark as a
  /// correction of the auditor's round).
  func structureEdits(from form: Form) throws(EditError) -> [AuditEdit] {
    let text = { (key: FormKey) in form.field(key)?.value ?? "" }
    switch form.purpose {
    case .newSection:
      return [
        .addSection(
          ReportSection(
            id: text(.partID), title: text(.section(.title)),
            observations: text(.section(.observations)), assessment: ""))
      ]
    case .newQuestion:
      let id = text(.partID)
      let level = form.field(.assessment(.level))?.value
      let remark = form.field(.assessment(.remark))?.value
      if level == nil, remark != nil {
        throw .invalid(field: AssessmentField.remark.rawValue, .remarkNeedsLevel)
      }
      return [
        .addQuestion(
          Question(id: id, section: text(.question(.section)), text: text(.question(.text))),
          level.map { Assessment(question: id, level: $0, remark: remark) })
      ]
    case .section(let id):
      let opinions = opinionRounds.map { FieldRef.opinion(round: $0.id, section: id) }
      return ([SectionField.title, .observations].map { .section(id, $0) } + opinions)
        .compactMap { change(form, $0) }
    case .question(let id):
      return [QuestionField.section, .text].compactMap { change(form, .question(id, $0)) }
        + auditorsCorrections(form, of: id)
    default:
      return []
    }
  }

  /// The auditor's level and remark as the form changed them: a level
  /// taken away goes after its remark, one given before it (a remark needs a level).
  private func auditorsCorrections(_ form: Form, of question: String) -> [AuditEdit] {
    guard let round = auditorsRound else { return [] }
    let order: [AssessmentField] =
      form.field(.assessment(.level))?.value == nil ? [.remark, .level] : [.level, .remark]
    return order.compactMap {
      change(form, .assessment(round: round.id, question: question, $0))?.fieldChange
    }.map(AuditEdit.correctAuditorsAssessment)
  }
}

/// A scale typed level by level in the new-audit form: while "own scale"
/// is chosen, a label and a colour role (the roles a theme colours levels
/// by) for each level, best first, and one more empty level after the
/// last typed (up to `maximumTypedLevels`).
extension Form {
  /// The scale choice that stands for a scale typed in the form.
  static let ownScale = "(own)"
  static let maximumTypedLevels = 5

  /// The levels typed, best first: each label given, with its role.
  var typedLevels: [Level] {
    (1...Self.maximumTypedLevels).compactMap { n in
      guard let label = field(.levelLabel(n))?.value else { return nil }
      let role = field(.levelRole(n))?.value.flatMap(LevelRole.init(rawValue:)) ?? .none
      var level = Level(label: label, role: role)
      // A label of no letters or digits ("++"): the level is named by its place.
      if level.id.isEmpty { level.id = "level-\(n)" }
      return level
    }
  }

  /// After an edit of the new-audit form: the level fields the scale
  /// choice and the levels typed call for, what is typed in them kept.
  mutating func fitTypedLevels(_ strings: Strings) {
    guard purpose == .newAudit else { return }
    let focused = fields[focus].key
    let own = field(.newAudit(.scale))?.value == Self.ownScale
    // One level after the last typed; one left blank between is skipped.
    var wanted = 0
    if own {
      let typed = (1...Self.maximumTypedLevels).last { field(.levelLabel($0))?.value != nil }
      wanted = min((typed ?? 0) + 1, Self.maximumTypedLevels)
    }
    let kept = fields.filter {
      switch $0.key {
      case .levelLabel(let n), .levelRole(let n): n <= wanted
      default: true
      }
    }
    guard kept.count != fields.count || !kept.contains(where: { $0.key == .levelLabel(wanted) })
    else { return }
    fields = kept
    // The levels follow the scale, before the fields after it.
    var place = (fields.firstIndex { $0.key == .newAudit(.scale) } ?? fields.count - 1) + 1
    for n in 1...max(wanted, 1) {
      if let typed = fields.firstIndex(where: { $0.key == .levelRole(n) }) {
        place = typed + 1
        continue
      }
      guard own else { continue }
      fields.insert(contentsOf: levelFields(n, strings), at: place)
      place += 2
    }
    focus = fields.firstIndex { $0.key == focused } ?? min(focus, fields.count - 1)
  }
}

extension Form {
  /// A typed level's label and its colour role.
  fileprivate func levelFields(_ n: Int, _ strings: Strings) -> [FormField] {
    // A likely role by place: the best good, the next warning, the rest bad.
    let suggested: LevelRole = n == 1 ? .good : n == 2 ? .warn : .bad
    return [
      FormField(
        .levelLabel(n),
        strings.structure(n == 1 ? .bestLevel(n: String(n)) : .level(n: String(n))),
        text: nil),
      FormField(
        .levelRole(n), strings.structure(.levelRole),
        choices: LevelRole.allCases.map {
          FormField.Choice(value: $0.rawValue, label: strings.structure($0.word))
        }, selected: suggested.rawValue),
    ]
  }
}

extension LevelRole {
  /// The role's word in the new-audit form.
  var word: StructureWords {
    switch self {
    case .good: .roleGood
    case .fair: .roleFair
    case .warn: .roleWarn
    case .bad: .roleBad
    case .none: .roleNone
    }
  }
}
