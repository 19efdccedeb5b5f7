import GranskaDomain
import GranskaText

/// Builds each kind of form from the data, and turns a filled-in form into
/// the edits to save.
struct FormFactory {
  let data: DashboardData
  let strings: Strings

  var audit: Audit { data.audit }

  func recommendation(_ item: Recommendation) -> Form {
    let statuses = RecommendationStatus.allCases.map {
      FormField.Choice(value: $0.rawValue, label: strings.status($0))
    }
    return Form(
      purpose: .recommendation(item.id), title: "\(strings[.editTitle]) \(item.id)",
      fields: [
        FormField("status", strings[.status], choices: statuses, selected: item.status.rawValue),
        FormField("owner", strings[.owner], text: item.owner),
        FormField(
          "dueDate", strings[.dueDate] + " (\(strings.editing(.dateFormat)))",
          text: item.dueDate?.description),
        FormField(
          "plannedAction", strings[.plannedAction], text: item.plannedAction, multiline: true),
        // One line: references separated by ";".
        FormField(
          "evidence", strings[.evidence] + " (;)",
          text: item.evidence.isEmpty ? nil : item.evidence.joined(separator: "; ")),
        FormField("note", strings[.newNote], text: nil, multiline: true),
      ])
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
    let current = round.assessment(of: question.id)
    let level = current.flatMap { audit.isNotAssessed($0.level) ? nil : $0.level }
    return Form(
      purpose: .assessment(round: round.id, question: question.id),
      title: "\(question.id) · \(round.title)",
      fields: [
        FormField("level", strings[.level], choices: levels, selected: level),
        FormField("remark", strings[.remark], text: current?.remark),
      ])
  }

  func training(_ counts: SectionTraining, in snapshot: TrainingSnapshot) -> Form {
    Form(
      purpose: .training(date: snapshot.date, section: counts.section),
      title: "\(counts.section) · \(snapshot.date)",
      fields: [
        FormField("employees", strings[.employees], text: String(counts.employees)),
        FormField("completed", strings[.trainingCompleted], text: String(counts.completed)),
        FormField("started", strings[.trainingStarted], text: String(counts.started)),
      ])
  }

  private var yesNo: [FormField.Choice] {
    [
      FormField.Choice(value: "yes", label: strings[.yes]),
      FormField.Choice(value: "no", label: strings[.no]),
    ]
  }

  func newRound() -> Form {
    var form = Form(
      purpose: .newRound, title: strings[.newRoundTitle],
      fields: [
        FormField("title", strings[.roundTitle], text: nil),
        FormField("date", strings[.date] + " (\(strings.editing(.dateFormat)))", text: nil),
        FormField("copy", strings[.copyLevels], choices: yesNo, selected: "yes"),
      ])
    // Suggested values count as typed: saving them is the point of the form.
    form.fields[0].input = TextInput("\(strings[.followUpDefaultTitle]) \(data.today)")
    form.fields[1].input = TextInput(data.today.description)
    return form
  }

  func newSnapshot(copying last: TrainingSnapshot?) -> Form {
    let latest = audit.training.max { $0.date < $1.date }
    let source = last ?? latest
    var form = Form(
      purpose: .newSnapshot, title: strings[.newSnapshotTitle],
      fields: [
        FormField("date", strings[.date] + " (\(strings.editing(.dateFormat)))", text: nil),
        FormField("targetPercent", strings[.targetPercent], text: nil),
        FormField("source", strings[.source], text: nil),
        FormField(
          // New figures are real until someone says otherwise: never
          // inherited from an illustrative snapshot.
          "illustrative", strings[.illustrative], choices: yesNo, selected: "no"),
      ])
    form.fields[0].input = TextInput(data.today.description)
    form.fields[1].input = TextInput(String(source?.targetPercent ?? 75))
    return form
  }

  // MARK: Form → edits

  func edits(from form: Form) -> [AuditEdit] {
    switch form.purpose {
    case .recommendation(let id):
      var edits = changes(
        form, entity: .recommendation(id), fields: ["status", "owner", "dueDate", "plannedAction"])
      if let evidence = form.field("evidence"), evidence.isChanged {
        let lines = (evidence.value ?? "").split(separator: ";").map {
          $0.trimmingCharacters(in: .whitespaces)
        }
        edits.append(
          .set(
            FieldChange(
              .recommendation(id), "evidence",
              from: evidence.original?.replacingOccurrences(of: "; ", with: "\n"),
              to: lines.filter { !$0.isEmpty }.joined(separator: "\n"))))
      }
      if let note = form.field("note")?.value {
        edits.append(
          .addNote(recommendation: id, Note(date: data.today, author: data.person, text: note)))
      }
      return edits
    case .assessment(let round, let question):
      return changes(
        form, entity: .assessment(round: round, question: question), fields: ["level", "remark"])
    case .training(let date, let section):
      return changes(
        form, entity: .training(date: date, section: section),
        fields: ["employees", "completed", "started"])
    case .newRound:
      return [.addRound(round(from: form))]
    case .newSnapshot:
      return [.addSnapshot(snapshot(from: form))]
    case .report:
      return []
    }
  }

  static let dateFields: Set<String> = ["date", "dueDate"]
  static let countFields: Set<String> = ["employees", "completed", "started", "targetPercent"]

  /// The first field whose text cannot be what it stands for (a date that
  /// is no date, a count that is no number), with the reason.
  func problem(in form: Form) -> (field: Int, message: String)? {
    let needsDate = form.purpose == .newRound || form.purpose == .newSnapshot
    for (index, field) in form.fields.enumerated() {
      guard let value = field.value else {
        if field.name == "date", needsDate {
          return (index, "\(field.label): \(strings[.required])")
        }
        continue
      }
      if Self.dateFields.contains(field.name), Day(value) == nil {
        return (index, "\(field.label): ”\(value)” \(strings[.notADate])")
      }
      if Self.countFields.contains(field.name), (Int(value) ?? -1) < 0 {
        return (index, "\(field.label): ”\(value)” \(strings[.notACount])")
      }
    }
    return impossibleCounts(in: form)
  }

  /// Training counts that cannot all be true: more trained than employed.
  private func impossibleCounts(in form: Form) -> (field: Int, message: String)? {
    guard case .training = form.purpose,
      let employees = form.field("employees")?.value.flatMap({ Int($0) }),
      let completed = form.field("completed")?.value.flatMap({ Int($0) }),
      let started = form.field("started")?.value.flatMap({ Int($0) }),
      completed + started > employees,
      let index = form.fields.firstIndex(where: { $0.name == "completed" })
    else { return nil }
    let message = strings[.countsExceedEmployees]
      .replacingOccurrences(of: "{completed}", with: strings.number(completed))
      .replacingOccurrences(of: "{started}", with: strings.number(started))
      .replacingOccurrences(of: "{employees}", with: strings.number(employees))
    return (index, message)
  }

  private func changes(_ form: Form, entity: EntityRef, fields: [String]) -> [AuditEdit] {
    fields.compactMap { name in
      guard let field = form.field(name), field.isChanged else { return nil }
      return .set(FieldChange(entity, name, from: field.original, to: field.value))
    }
  }

  private func round(from form: Form) -> AssessmentRound {
    let dateText = form.field("date")?.value ?? ""
    let base = "uppfoljning-\(dateText)"
    var id = base
    var n = 2
    while audit.rounds.contains(where: { $0.id == id }) {
      id = "\(base)-\(n)"
      n += 1
    }
    let copy = form.field("copy")?.value == "yes"
    return AssessmentRound(
      id: id, title: form.field("title")?.value ?? "", date: Day(dateText), kind: .followUp,
      assessments: copy ? (audit.rounds.last?.assessments ?? []) : [])
  }

  /// The new snapshot: the latest one's sections, on the form's date.
  private func snapshot(from form: Form) -> TrainingSnapshot {
    let latest = audit.training.max { $0.date < $1.date }
    let target = Int(form.field("targetPercent")?.value ?? "") ?? 0
    return TrainingSnapshot(
      date: Day(form.field("date")?.value ?? "") ?? data.today,
      source: form.field("source")?.value ?? "",
      targetPercent: target,
      targetPeriod: target == latest?.targetPercent ? latest?.targetPeriod : nil,
      illustrative: form.field("illustrative")?.value == "yes",
      sections: latest?.sections ?? [])
  }
}
