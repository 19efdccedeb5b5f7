import GranskaDomain
import GranskaText

/// The question matrix: questions grouped by report section, one column per
/// assessment round, each cell coloured and labelled by level.
struct MatrixView {
  enum Row {
    case section(ReportSection)
    case question(Question)
  }

  /// Round columns are wide enough for the longest level label when they
  /// fit, and cut to this width when there are many rounds.
  static let narrowColumnWidth = 12
  static let minimumTextWidth = 30
  static let comfortableTextWidth = 40

  let data: DashboardData
  let strings: Strings
  let rows: [Row]

  init(data: DashboardData, strings: Strings) {
    self.data = data
    self.strings = strings
    var rows: [Row] = []
    for section in data.audit.sections {
      rows.append(.section(section))
      rows += data.audit.questions.filter { $0.section == section.id }.map(Row.question)
    }
    self.rows = rows
  }

  var audit: Audit { data.audit }

  var rowSpec: RowSpec {
    RowSpec(
      count: rows.count,
      isSelectable: { index in
        if case .question = rows[index] { return true }
        return false
      },
      searchText: { index in
        switch rows[index] {
        case .section(let section): "\(section.id) \(section.title)"
        case .question(let question): "\(question.id) \(question.text)"
        }
      })
  }

  /// The row of a question.
  func row(of question: String) -> Int? {
    rows.firstIndex { row in
      if case .question(let q) = row { return q.id == question }
      return false
    }
  }

  /// The sideways offset, moved as little as needed to show round `index`.
  func offset(showing index: Int, from offset: Int, width: Int) -> Int {
    let shown = visibleRounds(width: width)
    if index < offset { return index }
    if index >= offset + shown { return index - shown + 1 }
    return offset
  }

  func question(at index: Int) -> Question? {
    guard rows.indices.contains(index), case .question(let question) = rows[index] else {
      return nil
    }
    return question
  }

  private var fullColumnWidth: Int {
    max(Self.narrowColumnWidth, (audit.scale.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2)
  }

  func columnWidth(width: Int) -> Int {
    let full = fullColumnWidth
    // Full labels only while the question text keeps a readable width.
    let fits = audit.rounds.count * (full + 1) <= width - 6 - Self.comfortableTextWidth
    return fits ? full : Self.narrowColumnWidth
  }

  /// How many round columns fit beside the question text.
  func visibleRounds(width: Int) -> Int {
    let column = columnWidth(width: width) + 1
    return max(1, min(audit.rounds.count, (width - 6 - Self.minimumTextWidth) / column))
  }

  func render(
    into grid: inout CellGrid, rect: Rect, cursor: ListCursor, roundOffset: Int, focused: Bool,
    query: String
  ) {
    let rounds = Array(audit.rounds.dropFirst(roundOffset).prefix(visibleRounds(width: rect.width)))
    var title: Line = [
      Span(" \(strings[.viewMatrix]) "),
      Span("\(audit.questions.count) \(strings[.questionsCount]) ", Style(.muted)),
    ]
    if audit.rounds.count > rounds.count {
      title.append(
        Span(
          "◀ \(roundOffset + 1)–\(roundOffset + rounds.count)/\(audit.rounds.count) ▶ ",
          Style(.muted)))
    }
    Chrome.paneTitle(into: &grid, rect: rect, title: title, focused: focused)
    let columnWidth = columnWidth(width: rect.width)
    let fixed = [4] + rounds.map { _ in columnWidth }
    let table = Table(
      columns: [
        TableColumn("", width: 4),
        TableColumn(
          strings[.question], width: Table.remaining(rect.width, fixed: fixed), searchable: true),
      ] + rounds.map { TableColumn($0.title, width: columnWidth) })
    table.drawHeader(into: &grid, x: rect.x, y: rect.y + 1, width: rect.width)
    table.drawRows(
      into: &grid, rect: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2),
      count: rows.count, cursor: cursor, query: query
    ) { index in
      switch rows[index] {
      case .section(let section):
        return .heading([Span("\(section.id) \(section.title)", Style(.accent))])
      case .question(let question):
        return .cells(
          [[Span(question.id, Style(.normal, bold: true))], [Span(question.text)]]
            + rounds.map { [levelCell(audit.level(of: question.id, in: $0), width: columnWidth)] })
      }
    }
  }

  /// The selected question in full: text, verdict per round with remarks,
  /// linked recommendations, and the report section's text.
  func detail(for question: Question, width: Int) -> Document {
    var doc = Document()
    doc.paragraph(question.text, Style(.normal, bold: true), width: width)
    doc.blank()
    for round in audit.rounds {
      let level = audit.level(of: question.id, in: round)
      let when = round.date.map { " \($0)" } ?? ""
      doc.add([
        Span("\(round.title)\(when): "),
        levelCell(level, width: (level.map { DisplayWidth.of($0.label) } ?? 1) + 2),
      ])
      if let remark = round.assessment(of: question.id)?.remark {
        doc.paragraph("\(strings[.remark]): \(remark)", Style(.muted), width: width, indent: 2)
      }
    }
    let linked = audit.recommendations.filter { $0.questions.contains(question.id) }
    doc.blank()
    doc.add(strings[.linkedRecommendations], Style(.header))
    if linked.isEmpty { doc.add(strings[.none], Style(.muted)) }
    for recommendation in linked {
      let status = strings.status(recommendation.status)
      doc.paragraph("\(recommendation.id) \(recommendation.text) (\(status))", width: width)
    }
    if let section = audit.sections.first(where: { $0.id == question.section }) {
      doc.blank()
      doc.add("\(strings[.section]) \(section.id) \(section.title)", Style(.accent, bold: true))
      doc.section(strings[.observations], section.observations, width: width)
      doc.section(strings[.sectionAssessment], section.assessment, width: width)
    }
    return doc
  }
}
