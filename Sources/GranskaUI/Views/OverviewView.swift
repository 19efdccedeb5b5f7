import GranskaDomain
import GranskaText

extension ViewID {
  public static let overview = ViewID("overview")
}

/// The Overview: what the audit is, where it stands, and the figures. One
/// scrolling text, no detail pane: its rows are the text's lines, and its
/// cursor is how far it is scrolled. `K` chooses a key figure to edit
/// (retire, restore) or adds one; `f` shows the retired ones too.
struct OverviewView: DashboardView {
  static let id = ViewID.overview
  static let title = TextKey.viewOverview
  static let shape = ViewShape(detail: .none, headerRows: 0)
  static let bindings: [KeyBinding] = [
    KeyBinding(
      [.character("K")], .keyFigures, label: .part(.keyKeyFigures), in: .item, statusBar: true,
      word: .keyFigures),
    // Not in the status bar: it offers a choice only once a figure is retired.
    KeyBinding([.character("f")], .filter, .keyFilter, in: .rows),
  ]

  var cursor = ListCursor()
  /// Retired key figures shown too, marked ("Visa utgångna").
  var showRetired = false

  mutating func perform(_ action: Action, _ context: ViewContext) -> ViewCommand {
    guard action == .keyFigures else { return .none }
    return .open(ChooserLayer(purpose: .keyFigures, choice: 0))
  }

  /// In force, or with the retired key figures too; offered only where one is retired.
  func filterChoices(_ context: ViewContext) -> FilterChoices? {
    guard context.data.wholeAudit.keyFigures.contains(where: { $0.retired != nil }) else {
      return nil
    }
    let strings = context.strings
    return FilterChoices(
      title: "\(strings.find(.showTitle)): \(strings[.viewOverview])",
      options: [
        ChooserOption(label: strings.part(.keyFiguresInForce), isCurrent: !showRetired),
        ChooserOption(label: strings.part(.filterRetiredChoice), isCurrent: showRetired),
      ])
  }

  mutating func chooseFilter(_ index: Int, _ context: ViewContext) {
    showRetired = index == 1
  }

  /// The text, a column in from the left edge.
  private func area(_ context: ViewContext) -> Rect { context.layout.list.body.inset(left: 1) }

  func document(_ context: ViewContext) -> Document {
    OverviewText(data: context.data, strings: context.strings, showRetired: showRetired)
      .document(width: max(1, area(context).width - 1))
  }

  func rows(_ context: ViewContext) -> RowSpec {
    let document = document(context)
    return RowSpec(count: document.lines.count, searchText: document.text(of:))
  }

  func render(into grid: inout CellGrid, _ context: ViewContext) {
    document(context).draw(
      into: &grid, rect: area(context), scroll: cursor.top, query: context.query)
  }

  mutating func move(by delta: Int, _ context: ViewContext) {
    scroll(to: cursor.top + delta, context)
  }
  mutating func select(_ row: Int, _ context: ViewContext) { scroll(to: row, context) }
  mutating func click(_ row: Int, _ context: ViewContext) {}
  mutating func normalise(_ context: ViewContext) { scroll(to: cursor.top, context) }

  private mutating func scroll(to line: Int, _ context: ViewContext) {
    // At the top nothing needs the text's length: data reloaded after a
    // save elsewhere does not lay the whole Overview out again.
    guard line > 0 else {
      cursor = ListCursor()
      return
    }
    let last = document(context).maxScroll(visible: context.layout.list.body.height)
    let top = min(max(line, 0), max(last, 0))
    cursor = ListCursor(selected: top, top: top)
  }
}

/// The Overview's text.
private struct OverviewText {
  let data: DashboardData
  let strings: Strings
  var showRetired = false

  var audit: Audit { data.audit }

  func document(width: Int) -> Document {
    var doc = Document()
    let summary = AuditSummary(audit: audit, today: data.today)
    doc.paragraph(audit.title, Style(.title, bold: true), width: width)
    doc.add("\(audit.organisation) · \(audit.auditor) · \(audit.yearOrPeriod)", Style(.accent))
    if !audit.commissionedBy.isEmpty {
      doc.paragraph(
        "\(strings[.commissionedBy]): \(audit.commissionedBy)", Style(.muted), width: width)
    }
    doc.add(
      strings.context(.asOf(date: data.today.description)),
      Style(.normal, bold: true))
    let overall = audit.scale.first { $0.id == audit.overallLevel }
    doc.add(
      [
        Span("\(strings[.overallAssessment]): "),
        levelCell(overall, width: (overall.map { DisplayWidth.of($0.label) } ?? 1) + 2),
      ])
    if audit.questions.isEmpty {
      // An audit entered by hand, still empty: what to add next.
      doc.blank()
      doc.paragraph(strings.structure(.emptyAudit), Style(.accent), width: width)
    }
    doc.blank()
    levels(summary, into: &doc, width: width)
    levelBars(summary, into: &doc, width: width)
    opinions(into: &doc, width: width)
    doc.blank()
    recommendations(summary, into: &doc, width: width)
    ReminderLines(data: data, strings: strings).add(to: &doc)
    if audit.followsTraining {
      doc.blank()
      training(summary, into: &doc, width: width)
    }
    keyFigures(into: &doc, width: width)
    doc.section(strings[.purpose], audit.purpose, width: width)
    doc.section(strings[.overallAssessment], audit.overallAssessment, width: width)
    list(strings[.strategicGoals], audit.strategicGoals, into: &doc, width: width)
    list(strings[.criteria], audit.criteria, into: &doc, width: width)
    list(strings.report(.documentsHeading), audit.documents.map(describe), into: &doc, width: width)
    doc.blank()
    doc.add(strings[.boardReply], Style(.header))
    if let reply = audit.boardReply {
      doc.add(
        [reply.decisionDate.description, reply.paragraph, reply.diaryNumber].compactMap { $0 }
          .joined(separator: " · "))
    } else {
      doc.add(strings[.noBoardReply], Style(.muted))
    }
    return doc
  }

  /// Level counts of the audit round and the latest follow-up, with the
  /// rounds between them where the width holds them (the newest first to
  /// get room), each column as wide as its title. Each label shows its
  /// level's mark: the legend of the bars below.
  private func levels(_ summary: AuditSummary, into doc: inout Document, width: Int) {
    let rows = strings.levelRows(of: audit)
    // The heading stands over the labels: it is not cut while they fit.
    let labelWidth =
      max(
        (rows.map { DisplayWidth.of($0.label) }.max() ?? 4) + 2,
        DisplayWidth.of(strings[.assessments]) - 1)
    let columns = LevelColumns(summary.rounds, room: width - labelWidth - 1)
    var header: Line = [
      Span(DisplayWidth.pad(strings[.assessments], to: labelWidth + 1), Style(.header))
    ]
    for (index, round) in columns.rounds.enumerated() {
      header.append(Span(columns.cell(round.round.title, at: index), Style(.header)))
    }
    doc.add(header)
    for (index, row) in rows.enumerated() {
      // The mark takes the label's leading column: the table keeps its width.
      var line: Line = [
        Span(levelMark(index, role: row.role), Style(row.role.styleRole, ink: true)),
        Span(DisplayWidth.pad(" " + row.label, to: labelWidth - 1), Style(row.role.styleRole)),
        Span(" "),
      ]
      for (column, round) in columns.rounds.enumerated() {
        line.append(Span(columns.cell(String(round.rows[index]), at: column)))
      }
      doc.add(line)
    }
  }

  /// Every round's levels as a bar of block characters, one line a round
  /// in date order, the counts beside it: in words where the line has
  /// room, else each by its level's mark ("█ 8  ▓ 1"), which the table's
  /// labels name; under the bar where not even that fits.
  private func levelBars(_ summary: AuditSummary, into doc: inout Document, width: Int) {
    // An audit entered by hand has no questions yet: nothing to draw.
    guard !audit.questions.isEmpty else { return }
    let rows = strings.levelRows(of: audit)
    let titleWidth = min(
      summary.rounds.map { DisplayWidth.of($0.round.title) }.max() ?? 0, max(10, width / 3))
    // A cell a question where that makes a bar of 10 to 30 cells.
    let questions = max(audit.questions.count, 1)
    let cells = questions > 30 ? 30 : questions * max(1, 10 / questions)
    let room = width - (titleWidth + 3 + cells) - 2
    for round in summary.rounds {
      let title = DisplayWidth.truncate(round.round.title, to: titleWidth)
      var line: Line = [Span(" " + DisplayWidth.pad(title, to: titleWidth) + "  ", Style(.accent))]
      line += levelBar(round.rows, roles: rows.map(\.role), width: cells)
      let counts = levelCounts(round.rows, rows, room: room)
      if counts.width <= room {
        doc.add(line + [Span("  ")] + counts.line)
      } else {
        doc.add(line)
        doc.add([Span(String(repeating: " ", count: titleWidth + 3))] + counts.line)
      }
    }
  }

  /// A round's counts, zeros left out: "Ja 8, Delvis 3" where that fits
  /// in `room`, else "█ 8  ▒ 3".
  private func levelCounts(
    _ counts: [Int], _ rows: [(label: String, role: LevelRole)], room: Int
  ) -> (line: Line, width: Int) {
    let shown = counts.indices.filter { counts[$0] > 0 }
    let words = shown.map { "\(rows[$0].label) \(counts[$0])" }.joined(separator: ", ")
    if DisplayWidth.of(words) <= room { return ([Span(words)], DisplayWidth.of(words)) }
    var line: Line = []
    for (place, index) in shown.enumerated() {
      if place > 0 { line.append(Span("  ")) }
      line.append(
        Span(levelMark(index, role: rows[index].role), Style(rows[index].role.styleRole, ink: true))
      )
      line.append(Span(" \(counts[index])"))
    }
    return (line, line.reduce(0) { $0 + DisplayWidth.of($1.text) })
  }

  /// The latest round's opinion on each section, where a round gives
  /// them (an audit that gives none shows nothing here).
  private func opinions(into doc: inout Document, width: Int) {
    guard let round = audit.latestOpinions else { return }
    doc.blank()
    doc.add("\(strings.report(.opinionsHeading)) · \(round.heading)", Style(.header))
    for section in audit.sections {
      guard let level = audit.opinion(of: section.id, in: round) else { continue }
      let label = level.label
      let name = DisplayWidth.truncate(
        "\(section.id) \(section.title)", to: max(10, width - DisplayWidth.of(label) - 4))
      doc.add([Span("\(name):"), levelCell(level, width: DisplayWidth.of(label) + 1)])
    }
  }

  private func recommendations(_ summary: AuditSummary, into doc: inout Document, width: Int) {
    doc.add("\(strings[.recommendations]): \(audit.recommendations.count)", Style(.header))
    var line: Line = []
    for status in [RecommendationStatus.done, .inProgress, .notStarted, .notApplicable] {
      line.append(Span("\(strings.status(status, in: audit)) \(summary.count(status))   "))
    }
    line.append(
      Span(
        "\(strings[.overdue]) \(summary.overdue)", Style(summary.overdue > 0 ? .overdue : .normal)))
    doc.add(line)
    // The audit's own statuses, where it declares them, on a line of their own.
    let own = audit.statusChoices.filter { !$0.isBuiltIn }.map {
      "\(strings.status($0, in: audit)) \(summary.count($0))"
    }
    if !own.isEmpty { doc.add(own.joined(separator: "   ")) }
    // Which are overdue, so the meeting can name them.
    for item in audit.recommendations where item.isOverdue(on: data.today, in: audit) {
      let due = strings.context(.due(date: item.dueDate?.description ?? ""))
      let room = max(10, width - DisplayWidth.of(item.id) - DisplayWidth.of(due) - 8)
      doc.add([
        Span("! \(item.id) ", Style(.overdue)),
        Span(DisplayWidth.truncate(item.text, to: room)),
        Span(" (\(due))", Style(.muted)),
      ])
    }
  }

  private func training(_ summary: AuditSummary, into doc: inout Document, width: Int) {
    guard let snapshot = summary.latestTraining else {
      doc.add(strings.trainingTitle(of: audit), Style(.header))
      doc.add(strings[.noTraining], Style(.muted))
      return
    }
    let total = snapshot.total
    doc.add("\(strings.trainingTitle(of: audit)) \(snapshot.date)", Style(.header))
    let figures = strings.trainingFigures(snapshot)
    doc.add(
      [
        Span(figures.completed.text, Style(.barCompleted, bold: true)),
        Span(" · \(figures.notStarted.text)"),
        Span(" · \(figures.started.text)", Style(figures.started.derived ? .muted : .normal)),
      ])
    // The target beside the bar that marks it.
    let target = DisplayWidth.of(figures.target.text) + 2
    doc.add(
      trainingBar(total, target: snapshot.targetPercent, width: max(10, min(50, width - target)))
        + [Span("  " + figures.target.text, Style(.barTarget))])
    if snapshot.illustrative { doc.add("(\(strings[.illustrativeNote]))", Style(.illustrative)) }
  }

  /// The figures in force; under "show retired" the retired ones too,
  /// marked, with why.
  private func keyFigures(into doc: inout Document, width: Int) {
    let figures = showRetired ? data.wholeAudit.keyFigures : audit.keyFigures
    guard !figures.isEmpty else { return }
    doc.blank()
    doc.add(strings[.keyFigures], Style(.header))
    let mark = { (figure: KeyFigure) in
      figure.retired == nil ? "" : "(\(strings.part(.retiredMark))) "
    }
    let names = figures.map { mark($0) + $0.name }
    let nameWidth = names.map { DisplayWidth.of($0) }.max() ?? 0
    let values = figures.map { strings.figure($0.value, unit: $0.unit) }
    let valueWidth = values.map(DisplayWidth.of).max() ?? 0
    for ((figure, name), value) in zip(zip(figures, names), values) {
      let retired = figure.retired != nil
      doc.add(
        [
          Span(
            DisplayWidth.pad(name, to: min(nameWidth, 48)) + "  ",
            retired ? Style(.muted) : Style(.normal)),
          Span(
            DisplayWidth.pad(value, to: valueWidth, alignRight: true),
            retired ? Style(.muted) : Style(.accent)),
          Span("  " + figure.period, Style(.muted)),
        ])
      // Where it comes from and what it covers (the calls include Ulricehamn's).
      doc.paragraph(figure.source, Style(.muted), width: width, indent: 4)
      if let reason = figure.retired {
        doc.paragraph("\(strings[.retired]): \(reason)", Style(.muted), width: width, indent: 4)
      }
    }
  }

  private func list(_ heading: String, _ items: [String], into doc: inout Document, width: Int) {
    guard !items.isEmpty else { return }
    doc.blank()
    doc.add(heading, Style(.header))
    for item in items { doc.bullet(item, width: width) }
  }

  /// Title, issuer, the date the report gives and its note ("Ej daterad"
  /// only where the report says so).
  private func describe(_ document: ReviewedDocument) -> String {
    let parts = [document.issuedBy, document.date?.description, document.reference, document.note]
    return "\(document.title) (\(parts.compactMap { $0 }.joined(separator: ", ")))"
  }
}

/// The Overview's round columns, two spaces apart: every round where they
/// fit (as wide as the widest title, else each as wide as its own), else
/// the first and the last with those between, newest first, that fit.
private struct LevelColumns {
  static let gap = 2
  let rounds: [AuditSummary.RoundCounts]
  let widths: [Int]

  init(_ all: [AuditSummary.RoundCounts], room: Int) {
    let own = all.map { max(5, DisplayWidth.of($0.round.title)) }
    let widest = own.map { _ in max(10, own.max() ?? 0) }
    let fits = { (widths: [Int]) in widths.reduce(0) { $0 + Self.gap + $1 } <= room }
    if let widths = [widest, own].first(where: fits) ?? (all.count > 2 ? nil : widest) {
      (rounds, self.widths) = (all, widths)
      return
    }
    var used = own[0] + own[all.count - 1] + 2 * Self.gap
    var kept: Set<Int> = [0, all.count - 1]
    for index in (1..<(all.count - 1)).reversed() {
      guard used + Self.gap + own[index] <= room else { break }
      used += Self.gap + own[index]
      kept.insert(index)
    }
    let shown = all.indices.filter(kept.contains)
    (rounds, widths) = (shown.map { all[$0] }, shown.map { own[$0] })
  }

  /// Text right-aligned in the column of round `index` (of those shown),
  /// after the gap.
  func cell(_ text: String, at index: Int) -> String {
    String(repeating: " ", count: Self.gap)
      + DisplayWidth.pad(text, to: widths[index], alignRight: true)
  }
}
