import GranskaDomain
import GranskaText

/// The whole audit as a readable document (`export --format markdown|html`):
/// everything the interchange format holds, for people rather than programs.
public struct AuditDocument {
  public let audits: [Audit]
  public let language: Language

  public init(audits: [Audit], language: Language) {
    self.audits = audits
    self.language = language
  }

  var strings: Strings { language.strings }

  public func markdown() -> String { MarkdownRenderer.render(blocks()) }

  public func html() -> String {
    HTMLRenderer.render(
      blocks(), title: audits.map(\.title).joined(separator: " · "), language: language)
  }

  public func blocks() -> [Block] { audits.flatMap(blocks(for:)) }

  private func blocks(for audit: Audit) -> [Block] {
    var blocks: [Block] = [
      .heading(level: 1, text: audit.title),
      .fields([
        Field(strings[.organisation], audit.organisation), Field(strings[.auditor], audit.auditor),
        Field(strings[.year], audit.yearOrPeriod),
        Field(strings[.commissionedBy], audit.commissionedBy),
        Field("Id", audit.id),
      ]),
      .heading(level: 2, text: strings[.purpose]),
    ]
    blocks += paragraphs(audit.purpose)
    blocks.append(.heading(level: 2, text: strings[.overallAssessment]))
    if let level = audit.scale.first(where: { $0.id == audit.overallLevel }) {
      blocks.append(.paragraph([.level(level.label, level.role)]))
    }
    blocks += paragraphs(audit.overallAssessment)
    blocks += list(strings[.strategicGoals], audit.strategicGoals)
    blocks += list(strings[.criteria], audit.criteria)
    blocks += list(strings.report(.documentsHeading), audit.documents.map(describe))
    if let reply = audit.boardReply {
      blocks.append(.heading(level: 2, text: strings[.boardReply]))
      blocks.append(
        .paragraph([
          .text(
            [reply.decisionDate.description, reply.paragraph, reply.diaryNumber].compactMap { $0 }
              .joined(separator: " · "))
        ]))
    }
    blocks += questions(audit)
    blocks += sections(audit)
    blocks += recommendations(audit)
    blocks += training(audit)
    blocks += keyFigures(audit)
    return blocks
  }

  private func list(_ heading: String, _ items: [String]) -> [Block] {
    items.isEmpty ? [] : [.heading(level: 2, text: heading), .bullets(items.map { [.text($0)] })]
  }

  private func describe(_ document: ReviewedDocument) -> String {
    // The date the report gives; "Ej daterad" only where its note says so.
    let parts = [document.issuedBy, document.date?.description, document.reference, document.note]
    return "\(document.title) (\(parts.compactMap { $0 }.joined(separator: ", ")))"
  }

  /// Every question with its level in every round, remarks included.
  private func questions(_ audit: Audit) -> [Block] {
    let header =
      [strings[.id], strings[.question], strings[.section]]
      + audit.rounds.map(\.heading)
    let rows = audit.questions.map { question -> [[Inline]] in
      [
        [.text(question.id)], [.text(question.text)] + retired(question.retired),
        [.text(question.section)],
      ]
        + audit.rounds.map { round in
          let level = audit.level(of: question.id, in: round)
          var cell: [Inline] = [level.map { .level($0.label, $0.role) } ?? .text(strings[.none])]
          if let remark = round.assessment(of: question.id)?.remark {
            cell += [.lineBreak, .text("\(strings[.remark]): \(remark)")]
          }
          return cell
        }
    }
    return [.heading(level: 2, text: strings[.questions]), .table(header: header, rows: rows)]
  }

  /// A retired part stays in the whole audit, marked with why.
  private func retired(_ reason: String?) -> [Inline] {
    reason.map { [.lineBreak, .text("\(strings[.retired]): \($0)")] } ?? []
  }

  private func sections(_ audit: Audit) -> [Block] {
    var blocks: [Block] = [.heading(level: 2, text: strings[.sectionsTitle])]
    for section in audit.sections {
      blocks.append(.heading(level: 3, text: "\(section.id) \(section.title)"))
      if let reason = section.retired { blocks.append(.fields([Field(strings[.retired], reason)])) }
      // The opinion on the section as a whole, in each round that gives one.
      let opinions = audit.rounds.compactMap { round -> Field? in
        guard let level = audit.opinion(of: section.id, in: round) else { return nil }
        return Field("\(strings[.opinion]) \(round.heading)", level.label)
      }
      if !opinions.isEmpty { blocks.append(.fields(opinions)) }
      blocks.append(.paragraph([.strong(strings[.observations])]))
      blocks += paragraphs(section.observations)
      blocks.append(.paragraph([.strong(strings[.sectionAssessment])]))
      blocks += paragraphs(section.assessment)
    }
    return blocks
  }

  private func recommendations(_ audit: Audit) -> [Block] {
    var blocks: [Block] = [.heading(level: 2, text: strings[.recommendations])]
    let none = strings[.none]
    for item in audit.recommendations {
      blocks.append(.heading(level: 3, text: "\(item.id) \(item.text)"))
      var fields = [
        Field(strings[.linkedQuestions], item.questions.joined(separator: ", ")),
        Field(strings[.status], [.strong(strings.status(item.status, in: audit))]),
        Field(strings[.owner], item.owner ?? none),
        Field(strings[.dueDate], strings.dueDate(of: item) ?? none),
        Field(strings[.plannedAction], .lines(item.plannedAction ?? none)),
      ]
      if let priority = item.priority {
        fields.insert(Field(strings[.priority], [.strong(priority)]), at: 2)
      }
      if let reference = item.reference {
        fields.insert(Field(strings[.reportReference], reference), at: 0)
      }
      if let response = item.response { fields.append(strings.responseField(response)) }
      if let reason = item.retired { fields.insert(Field(strings[.retired], reason), at: 0) }
      if !item.evidence.isEmpty {
        fields.append(Field(strings[.evidence], [.text(item.evidence.joined(separator: "; "))]))
      }
      blocks.append(.fields(fields))
      if !item.notes.isEmpty {
        blocks.append(
          .bullets(
            item.notes.map { note in
              [.text("\(note.date)\(note.author.map { " \($0)" } ?? ""): ")] + .lines(note.text)
            }))
      }
    }
    return blocks
  }

  private func training(_ audit: Audit) -> [Block] {
    var blocks: [Block] = []
    for snapshot in audit.training.sorted(by: { $0.date < $1.date }) {
      blocks.append(
        .heading(level: 2, text: "\(strings.trainingTitle(of: audit)) \(snapshot.date)"))
      var about: [Inline] = [
        .text(
          "\(strings.trainingFigures(snapshot).target.text). \(strings[.source]): \(snapshot.source)"
        )
      ]
      if snapshot.illustrative { about += [.lineBreak, .text("(\(strings[.illustrativeNote]))")] }
      blocks.append(.paragraph(about))
      // The total is of the sections in force; a retired one stays, marked.
      var total = snapshot.total
      total.employees = 0
      total.completed = 0
      total.started = 0
      for counts in snapshot.sections where counts.retired == nil {
        total.employees += counts.employees
        total.completed += counts.completed
        total.started += counts.started
      }
      total.section = strings[.total]
      let rows = (snapshot.sections + [total]).map { counts -> [[Inline]] in
        [
          [.text(counts.section)] + retired(counts.retired),
          [.text(strings.number(counts.employees))],
          [.text(strings.number(counts.completed))], [.text(strings.number(counts.started))],
          [.text(strings.number(counts.notStarted))],
          [.text(strings.percent(percent(counts.completed, of: counts.employees)))],
        ]
      }
      blocks.append(
        .table(
          header: [
            strings[.orgSection], strings[.employees], strings[.trainingCompleted],
            strings[.trainingStarted], strings[.trainingNotStarted], "%",
          ], rows: rows))
    }
    return blocks
  }

  private func keyFigures(_ audit: Audit) -> [Block] {
    guard !audit.keyFigures.isEmpty else { return [] }
    let rows = audit.keyFigures.map { figure -> [[Inline]] in
      [
        [.text(figure.name)] + retired(figure.retired),
        [.text(strings.figure(figure.value, unit: figure.unit))],
        [.text(figure.period)], [.text(figure.source)],
      ]
    }
    return [
      .heading(level: 2, text: strings[.keyFigures]),
      .table(
        header: [
          strings[.nameColumn], strings[.valueColumn], strings[.periodColumn], strings[.source],
        ],
        rows: rows),
    ]
  }
}
