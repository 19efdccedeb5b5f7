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
    let cellsWidth = rounds.count * (columnWidth + 1)
    let textWidth = max(1, rect.width - 6 - cellsWidth)
    var header: Line = [
      Span(DisplayWidth.pad("  \(strings[.question])", to: 6 + textWidth), Style(.header))
    ]
    for round in rounds {
      header.append(Span(" " + DisplayWidth.pad(round.title, to: columnWidth), Style(.header)))
    }
    grid.draw(header, x: rect.x, y: rect.y + 1, width: rect.width)
    let visible = rect.height - 2
    for row in 0..<visible {
      let index = cursor.top + row
      guard index < rows.count else { break }
      let y = rect.y + 2 + row
      switch rows[index] {
      case .section(let section):
        grid.draw(
          [Span("\(section.id) \(section.title)", Style(.accent))], x: rect.x, y: y,
          width: rect.width)
      case .question(let question):
        let selected = index == cursor.selected
        let style = Style(selected ? .selection : .normal)
        if selected { grid.fill(x: rect.x, y: y, width: 6 + textWidth, height: 1, style: style) }
        var line: Line = [
          Span(selected ? "›" : " ", style),
          Span(DisplayWidth.pad(question.id, to: 4) + " ", Style(style.role, bold: true)),
          Span(DisplayWidth.pad(question.text, to: textWidth - 1) + " ", style),
        ]
        for round in rounds {
          line.append(Span(" "))
          line.append(levelCell(audit.level(of: question.id, in: round), width: columnWidth))
        }
        grid.draw(line, x: rect.x, y: y, width: rect.width)
      }
      grid.highlight(query, x: rect.x + 6, y: y, width: textWidth)
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
