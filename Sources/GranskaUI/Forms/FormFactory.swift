import GranskaDomain
import GranskaText

/// Builds each kind of form from the data, and turns a filled-in form into
/// the edits to save.
struct FormFactory {
  let data: DashboardData
  let strings: Strings

  var audit: Audit { data.audit }

  func recommendation(_ item: Recommendation) -> Form {
    let statuses = audit.statusChoices.map {
      FormField.Choice(value: $0.rawValue, label: strings.status($0, in: audit))
    }
    return Form(
      purpose: .recommendation(item.id), title: "\(strings[.editTitle]) \(item.id)",
      fields: [
        FormField(
          .recommendation(.status), strings[.status], choices: statuses,
          selected: item.status.rawValue),
        FormField(.recommendation(.owner), strings[.owner], text: item.owner),
        FormField(
          .recommendation(.dueDate), strings[.dueDate] + " (\(strings.editing(.dateFormat)))",
          text: item.dueDate?.description),
        FormField(
          .recommendation(.plannedAction), strings[.plannedAction], text: item.plannedAction,
          multiline: true),
        // One line: references separated by ";".
        FormField(
          .recommendation(.evidence), strings[.evidence] + " (;)",
          text: item.evidence.isEmpty ? nil : item.evidence.joined(separator: "; ")),
      ] + partFields(of: item) + [
        // The note last: Shift-Tab reaches it at once.
        FormField(
          .noteDate, strings[.noteDate] + " (\(strings.editing(.dateFormat)))",
          text: data.today.description),
        FormField(.note, strings[.newNote], text: nil, multiline: true),
      ])
  }

  // MARK: A recommendation's own words, links and priority

  /// What the report says a recommendation is: its text, the questions it
  /// answers, where the audit declares priorities its priority, and its
  /// own number or heading there.
  private func partFields(of item: Recommendation?) -> [FormField] {
    var fields = [
      FormField(
        .recommendation(.text), strings[.text], text: item?.text, multiline: item == nil),
      FormField(
        .recommendation(.questions), strings.part(.questionIDs),
        text: item.map { $0.questions.joined(separator: ", ") }),
    ]
    if let priorities = audit.priorities {
      let choices =
        [FormField.Choice(value: "", label: strings[.none])]
        + priorities.map { FormField.Choice(value: $0, label: $0) }
      fields.append(
        FormField(
          .recommendation(.priority), strings[.priority], choices: choices,
          selected: item?.priority))
    }
    fields.append(
      FormField(.recommendation(.reference), strings[.reportReference], text: item?.reference))
    return fields
  }

  /// Management's response to a recommendation, as the report gives it:
  /// whether it agrees (none: no response), its words, when, and the
  /// officer responsible.
  func response(to item: Recommendation) -> Form {
    let agreements =
      [FormField.Choice(value: "", label: strings[.none])]
      + ResponseAgreement.allCases.map {
        FormField.Choice(value: $0.rawValue, label: strings.agreement($0))
      }
    let response = item.response
    return Form(
      purpose: .response(item.id),
      title: strings.part(.responseTitle(id: item.id)),
      fields: [
        FormField(
          .recommendation(.agreement), strings[.agreement], choices: agreements,
          selected: response?.agreement.rawValue ?? ""),
        FormField(
          .recommendation(.response), strings[.responseText], text: response?.text,
          multiline: true),
        FormField(
          .recommendation(.responded),
          strings[.responded] + " (\(strings.editing(.dateFormat)))",
          text: response?.date?.description),
        FormField(.recommendation(.officer), strings[.officer], text: response?.officer),
      ])
  }

  /// A new recommendation, its id the next never given (`suggestedID`).
  func newRecommendation() -> Form {
    Form(
      purpose: .newRecommendation, title: strings.part(.newRecommendationTitle),
      fields: [
        FormField(
          .partID, strings[.id], text: nil,
          suggested: data.wholeAudit.suggestedID(for: .recommendation))
      ] + partFields(of: nil) + [
        FormField(.recommendation(.owner), strings[.owner], text: nil),
        FormField(
          .recommendation(.dueDate), strings[.dueDate] + " (\(strings.editing(.dateFormat)))",
          text: nil),
      ])
  }

  /// Why a part is retired: asked before it leaves the lists.
  func retire(_ kind: StructureKind, _ id: String) -> Form {
    retire(.structure(kind, id))
  }

  /// Why any part that can be is retired (a section of a training snapshot too).
  func retire(_ part: RetirablePart) -> Form {
    Form(
      purpose: .retire(part), title: strings.part(.retireTitle(id: part.id)),
      fields: [FormField(.reason, strings.part(.reason), text: nil)])
  }

  // MARK: Key figures and training sections

  /// A key figure's fields as the form shows them: its value with a point
  /// (a comma is taken too), its unit, period and source as stored.
  private func figureFields(of figure: KeyFigure?) -> [FormField] {
    [
      FormField(.keyFigure(.name), strings[.figureName], text: figure?.name),
      FormField(
        .keyFigure(.value), strings[.figureValue], text: figure.map { KeyFigure.text(of: $0.value) }
      ),
      FormField(.keyFigure(.unit), strings[.figureUnit], text: figure?.unit),
      FormField(.keyFigure(.period), strings[.figurePeriod], text: figure?.period),
      FormField(.keyFigure(.source), strings[.source], text: figure?.source),
    ]
  }

  /// A new key figure, its id the next K number never given.
  func newKeyFigure() -> Form {
    Form(
      purpose: .newKeyFigure, title: strings.part(.newKeyFigureTitle),
      fields: [
        FormField(.partID, strings[.id], text: nil, suggested: data.wholeAudit.suggestedKeyFigureID)
      ] + figureFields(of: nil))
  }

  /// A key figure's form: its fields, and why it is retired (typing a
  /// reason retires it, clearing it brings it back).
  func keyFigure(_ figure: KeyFigure) -> Form {
    Form(
      purpose: .keyFigure(figure.id),
      title: strings.part(.keyFigureTitle(id: figure.id)),
      fields: figureFields(of: figure) + [
        FormField(.keyFigure(.retired), strings.part(.retiredBecause), text: figure.retired)
      ])
  }

  /// A new section in the snapshot of the date, with its counts.
  func newTrainingSection(in snapshot: TrainingSnapshot) -> Form {
    Form(
      purpose: .newTrainingSection(snapshot.date),
      title: strings.part(.newTrainingSectionTitle(date: snapshot.date.description)),
      fields: [FormField(.sectionName, strings[.orgSection], text: nil)]
        + TrainingField.counts.map {
          FormField(.training($0), strings[$0.label], text: nil, suggested: "0")
        })
  }

  /// The edits of a key figure's form: each field whose input says
  /// something else than it did (a value by the number it reads as, so
  /// "12,5" over "12.5" is no change; an empty unit, period or source is "").
  private func keyFigureChanges(_ form: Form, _ id: String) -> [AuditEdit] {
    KeyFigureField.allCases.compactMap { field in
      guard let input = form.field(.keyFigure(field)) else { return nil }
      let old = input.original
      let new = input.value
      switch field {
      case .value:
        if let new, let old, KeyFigure.value(from: new) == KeyFigure.value(from: old) {
          return nil
        }
      case .unit, .period, .source:
        if (new ?? "") == (old ?? "") { return nil }
        return .set(FieldChange(.keyFigure(id, field), from: old, to: new ?? ""))
      case .name, .retired, .position:
        break
      }
      return new == old ? nil : .set(FieldChange(.keyFigure(id, field), from: old, to: new))
    }
  }

  /// The edits of a form that adds or retires a part, by the domain's own
  /// rules (`Audit.retiring`, `AuditEdit.addRecommendation`); nil for
  /// other forms.
  func partEdits(from form: Form) throws(EditError) -> [AuditEdit]? {
    switch form.purpose {
    case .newRecommendation:
      let value = { (key: FormKey) in form.field(key)?.value }
      let recommendation = Recommendation(
        id: value(.partID) ?? "", text: value(.recommendation(.text)) ?? "",
        questions: Self.questionIDs(value(.recommendation(.questions))),
        priority: value(.recommendation(.priority)), owner: value(.recommendation(.owner)),
        dueDate: value(.recommendation(.dueDate)).flatMap(Day.init),
        reference: value(.recommendation(.reference)))
      return [.addRecommendation(recommendation)]
    case .retire(let part):
      return [try data.wholeAudit.retiring(part, reason: form.field(.reason)?.value ?? "")]
    case .newKeyFigure:
      let value = { (key: FormKey) in form.field(key)?.value }
      let typed = value(.keyFigure(.value)) ?? ""
      guard let number = KeyFigure.value(from: typed) else {
        throw .invalid(field: KeyFigureField.value.rawValue, .notANumber(typed))
      }
      let figure = KeyFigure(
        id: value(.partID) ?? "", name: value(.keyFigure(.name)) ?? "", value: number,
        unit: value(.keyFigure(.unit)) ?? "", period: value(.keyFigure(.period)) ?? "",
        source: value(.keyFigure(.source)) ?? "")
      return [.addKeyFigure(figure)]
    case .keyFigure(let id):
      return keyFigureChanges(form, id)
    case .newTrainingSection(let date):
      let count = { (field: TrainingField) in
        form.field(.training(field))?.value.flatMap { Int($0) } ?? 0
      }
      let counts = SectionTraining(
        section: form.field(.sectionName)?.value ?? "", employees: count(.employees),
        completed: count(.completed), started: count(.started))
      return [.addTrainingSection(date: date, counts)]
    case .newSection, .newQuestion, .section, .question:
      return try structureEdits(from: form)
    default:
      return nil
    }
  }

  /// The changes of text, linked questions, priority and reference. Questions are
  /// typed "Q1, Q2" and saved one a line: a change only when the ids differ.
  private func partChanges(_ form: Form, _ id: String) -> [AuditEdit] {
    var edits = [RecommendationField.text, .priority, .reference].compactMap {
      change(form, .recommendation(id, $0))
    }
    if let questions = form.field(.recommendation(.questions)), questions.isChanged {
      let old = Self.questionIDs(questions.original).joined(separator: "\n")
      let new = Self.questionIDs(questions.value).joined(separator: "\n")
      if old != new {
        edits.append(
          .set(
            FieldChange(
              .recommendation(id, .questions), from: old.isEmpty ? nil : old,
              to: new.isEmpty ? nil : new)))
      }
    }
    return edits
  }

  /// Question ids as typed: "Q1, Q2" (or one a line).
  private static func questionIDs(_ text: String?) -> [String] {
    (text ?? "").split(whereSeparator: { $0 == "," || $0 == "\n" })
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// A question not yet assessed in the round starts as "not assessed",
  /// whatever the scale: saving a remark never sets a level by itself.
  func assessment(_ question: Question, in round: AssessmentRound) -> Form {
    let notAssessed = FormField.Choice(
      value: "",
      label: audit.scale.first { $0.role == .none }?.label ?? strings.levels(.notAssessed))
    let levels =
      audit.scale.filter { $0.role != .none }.map {
        FormField.Choice(value: $0.id, label: $0.label)
      } + [notAssessed]
    let field = { FieldRef.assessment(round: round.id, question: question.id, $0) }
    return Form(
      purpose: .assessment(round: round.id, question: question.id),
      title: "\(question.id) · \(round.title)",
      fields: [
        FormField(
          .assessment(.level), strings[.level], choices: levels,
          selected: try? audit.value(of: field(.level))),
        FormField(
          .assessment(.remark), strings[.remark],
          text: (try? audit.value(of: field(.remark))) ?? nil),
      ])
  }

  func training(_ counts: SectionTraining, in snapshot: TrainingSnapshot) -> Form {
    Form(
      purpose: .training(date: snapshot.date, section: counts.section),
      title: "\(counts.section) · \(snapshot.date)",
      fields: TrainingField.counts.map {
        FormField(.training($0), strings[$0.label], text: String(counts[$0]))
      })
  }

  private var yesNo: [FormField.Choice] {
    [
      FormField.Choice(value: "yes", label: strings[.yes]),
      FormField.Choice(value: "no", label: strings[.no]),
    ]
  }

  private var dateLabel: String { strings[.date] + " (\(strings.editing(.dateFormat)))" }

  /// A new round, its title suggested from its date (following the date
  /// while the title is not typed over).
  func newRound() -> Form {
    var title = FormField(
      .round(.title), strings[.roundTitle], text: nil,
      suggested: "\(strings[.followUpDefaultTitle]) \(data.today)")
    title.follows = FormField.Following(
      key: .round(.date), prefix: strings[.followUpDefaultTitle])
    return Form(
      purpose: .newRound, title: strings[.newRoundTitle],
      fields: [
        title,
        FormField(.round(.date), dateLabel, text: nil, suggested: data.today.description),
        FormField(.copyLevels, strings[.copyLevels], choices: yesNo, selected: "yes"),
      ])
  }

  /// A new snapshot, its target suggested from the one shown.
  func newSnapshot(copying shown: TrainingSnapshot?) -> Form {
    let target = shown?.targetPercent ?? audit.suggestedTargetPercent
    return Form(
      purpose: .newSnapshot, title: strings[.newSnapshotTitle],
      fields: [
        FormField(.snapshotDate, dateLabel, text: nil, suggested: data.today.description),
        FormField(
          .snapshot(.targetPercent), strings[.targetPercent], text: nil, suggested: String(target)),
        FormField(.snapshot(.source), strings[.source], text: nil),
        FormField(
          // New figures are real until someone says otherwise: never
          // inherited from an illustrative snapshot.
          .illustrative, strings[.illustrative], choices: yesNo, selected: "no"),
      ])
  }

  // MARK: Form → edits

  func edits(from form: Form) -> [AuditEdit] {
    switch form.purpose {
    case .recommendation(let id):
      var edits = [RecommendationField.status, .owner, .dueDate, .plannedAction].compactMap {
        change(form, .recommendation(id, $0))
      }
      if let evidence = form.field(.recommendation(.evidence)), evidence.isChanged {
        let lines = (evidence.value ?? "").split(separator: ";").map {
          $0.trimmingCharacters(in: .whitespaces)
        }
        edits.append(
          .set(
            FieldChange(
              .recommendation(id, .evidence),
              from: evidence.original?.replacingOccurrences(of: "; ", with: "\n"),
              to: lines.filter { !$0.isEmpty }.joined(separator: "\n"))))
      }
      edits += partChanges(form, id)
      if let note = form.field(.note)?.value {
        let date = form.field(.noteDate)?.value.flatMap(Day.init) ?? data.today
        edits.append(
          .addNote(recommendation: id, Note(date: date, author: data.person, text: note)))
      }
      return edits
    case .assessment(let round, let question):
      return AssessmentField.allCases.compactMap {
        change(form, .assessment(round: round, question: question, $0))
      }
    case .training(let date, let section):
      return TrainingField.counts.compactMap {
        change(form, .training(date: date, section: section, $0))
      }
    case .newRound:
      let date = Day(form.field(.round(.date))?.value ?? "") ?? data.today
      return [
        .addRound(
          audit.newRound(
            title: form.field(.round(.title))?.value ?? "", date: date,
            copyingLevels: form.field(.copyLevels)?.value == "yes"))
      ]
    case .newSnapshot:
      // The latest snapshot's sections, on the form's date.
      let snapshot = audit.newSnapshot(
        date: Day(form.field(.snapshotDate)?.value ?? "") ?? data.today,
        source: form.field(.snapshot(.source))?.value ?? "",
        targetPercent: Int(form.field(.snapshot(.targetPercent))?.value ?? "") ?? 0,
        illustrative: form.field(.illustrative)?.value == "yes",
        sections: audit.latestSnapshot?.sections ?? [])
      return [.addSnapshot(snapshot)]
    case .newSection, .newQuestion, .section, .question:
      return (try? structureEdits(from: form)) ?? []
    case .newAudit:
      return []
    case .response(let id):
      // The agreement first when one is given, last when it is taken away:
      // words, date and officer belong to a response that agrees or not.
      let details: [RecommendationField] = [.response, .responded, .officer]
      let withdrawn = form.field(.recommendation(.agreement))?.value == nil
      return (withdrawn ? details + [.agreement] : [.agreement] + details).compactMap {
        change(form, .recommendation(id, $0))
      }
    case .report, .owner, .newRecommendation, .retire, .newKeyFigure, .keyFigure,
      .newTrainingSection:
      return (try? partEdits(from: form)) ?? []
    }
  }

  /// The first field whose text cannot be what it stands for (a date that
  /// is no date, a count that is no number), with the reason.
  func problem(in form: Form) -> (field: Int, message: String)? {
    let needsDate = [.newRound, .newSnapshot, .newAudit].contains(form.purpose)
    for (index, field) in form.fields.enumerated() {
      guard let value = field.value else {
        if field.key.isDate && needsDate || field.key.isRequired {
          return (index, "\(field.label): \(strings[.required])")
        }
        continue
      }
      if field.key.isDate, Day(value) == nil {
        return (index, "\(field.label): ”\(value)” \(strings[.notADate])")
      }
      if field.key.isCount, (Int(value) ?? -1) < 0 {
        return (index, "\(field.label): ”\(value)” \(strings[.notACount])")
      }
    }
    return impossibleCounts(in: form)
  }

  /// Training counts that cannot all be true: more trained than employed.
  private func impossibleCounts(in form: Form) -> (field: Int, message: String)? {
    let count = { (field: TrainingField) in form.field(.training(field))?.value.flatMap { Int($0) }
    }
    switch form.purpose {
    case .training, .newTrainingSection: break
    default: return nil
    }
    guard let employees = count(.employees),
      let completed = count(.completed), let started = count(.started),
      completed + started > employees, let index = form.index(of: .training(.completed))
    else { return nil }
    let message = strings[
      .countsExceedEmployees(
        completed: strings.number(completed), started: strings.number(started),
        employees: strings.number(employees))]
    return (index, message)
  }

  /// The change of a field the form edits, when its input changed it.
  func change(_ form: Form, _ field: FieldRef) -> AuditEdit? {
    guard let input = form.field(field.formKey), input.isChanged else { return nil }
    return .set(FieldChange(field, from: input.original, to: input.value))
  }
}
