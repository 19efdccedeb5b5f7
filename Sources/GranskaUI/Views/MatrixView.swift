import GranskaDomain
import GranskaText

extension ViewID {
  public static let matrix = ViewID("matrix")
}

/// The question matrix: questions grouped by report section, one column per
/// assessment round (scrolling sideways, the audit's own column kept), the
/// selected question in full below or beside. `f` filters by level, `+`
/// adds a follow-up round, Enter edits a question's assessment in it; `A`
/// and `Q` add a section and a question, `E` and `S` edit them, `<` `>`
/// move the question and `(` `)` its section.
struct MatrixView: ListingView {
  static let id = ViewID.matrix
  static let title = TextKey.viewMatrix
  static let shape = ViewShape(
    detail: .besideWhenWide, footerRows: QuestionTable.legendRows, focusedPaneGrows: true)
  static let searchesEarlierRounds = true
  static let bindings: [KeyBinding] =
    [
      KeyBinding(
        [.left, .character("h")], .left, .keyScrollSideways, in: .sideways, statusBar: true,
        hint: "←→", word: .rounds),
      KeyBinding([.right, .character("l")], .right, .keyScrollSideways, in: .sideways),
      .edit,
      KeyBinding([.character("+")], .add, .keyAdd, in: .item, statusBar: true, word: .newRound),
      .retire,
      .back, .filter,
      KeyBinding([.character("A")], .addSection, label: .structure(.keyNewSection), in: .item),
      KeyBinding([.character("Q")], .addQuestion, label: .structure(.keyNewQuestion), in: .item),
      KeyBinding([.character("E")], .editQuestion, label: .structure(.keyEditQuestion), in: .item),
      KeyBinding([.character("S")], .editSection, label: .structure(.keyEditSection), in: .item),
    ] + KeyBinding.move(.keyMoveQuestion) + [
      // Shift-8 and Shift-9 on a Swedish keyboard, beside the other pair's key.
      KeyBinding(
        [.character("(")], .moveSectionUp, label: .part(.keyMoveSection), in: .item),
      KeyBinding(
        [.character(")")], .moveSectionDown, label: .part(.keyMoveSection), in: .item),
    ]

  var cursor = ListCursor()
  /// How far the follow-up rounds are scrolled sideways.
  var roundOffset = 0
  var filter: QuestionFilter = .all

  func listing(_ context: ViewContext) -> QuestionTable {
    QuestionTable(
      data: context.data, strings: context.strings, filter: filter, roundOffset: roundOffset)
  }

  /// A question links to the recommendations that answer it.
  func item(at row: Int, _ context: ViewContext) -> ViewItem? {
    guard let question = listing(context).question(at: row) else { return nil }
    let links = context.audit.recommendations.filter { $0.questions.contains(question.id) }.map {
      Link(id: $0.id, text: $0.text, place: .recommendation($0.id))
    }
    return ViewItem(place: .question(round: nil, question: question.id), links: links)
  }

  mutating func perform(_ action: Action, _ context: ViewContext) -> ViewCommand {
    let factory = FormFactory(data: context.data, strings: context.strings)
    switch action {
    case .left, .right:
      roundOffset = min(
        max(roundOffset + (action == .left ? -1 : 1), 0),
        listing(context).maxOffset(width: context.layout.list.pane.width))
    case .edit:
      guard let question = listing(context).question(at: cursor.selected) else { return .none }
      guard let round = context.audit.rounds.last, round.kind == .followUp else {
        return .message(context.strings[.needFollowUpRound])
      }
      return .open(FormLayer(form: factory.assessment(question, in: round)))
    case .add:
      return .open(FormLayer(form: factory.newRound()))
    case .retire:
      guard let question = listing(context).question(at: cursor.selected) else { return .none }
      return .retireOrRestore(.question, question.id, retired: question.retired, context)
    case .addSection, .addQuestion, .editSection, .editQuestion:
      return structureForm(action, context)
    case .moveUp, .moveDown, .moveSectionUp, .moveSectionDown:
      guard let question = listing(context).question(at: cursor.selected) else {
        return .message(context.strings.structure(.noQuestionsYet))
      }
      let up = action == .moveUp || action == .moveSectionUp
      return action == .moveUp || action == .moveDown
        ? .move(.question, question.id, up: up, context)
        : .move(.section, question.section, up: up, context)
    default:
      break
    }
    return .none
  }

  /// The form that adds or edits a section or question: the selected
  /// question's, or its section's. A new question goes into the last
  /// section still without questions, else the selected question's.
  private func structureForm(_ action: Action, _ context: ViewContext) -> ViewCommand {
    let factory = FormFactory(data: context.data, strings: context.strings)
    let audit = context.audit
    let question = listing(context).question(at: cursor.selected)
    // A section still without questions was most likely just added for them.
    let waiting = audit.sections.last { section in
      !audit.questions.contains { $0.section == section.id }
    }
    let section =
      waiting ?? audit.sections.first { $0.id == question?.section } ?? audit.sections.last
    switch action {
    case .addSection:
      return .open(FormLayer(form: factory.newSection()))
    case .addQuestion:
      guard section != nil else { return .message(context.strings.structure(.noSectionsYet)) }
      return .open(FormLayer(form: factory.newQuestion(in: section?.id)))
    case .editSection:
      let section = audit.sections.first { $0.id == question?.section } ?? section
      guard let section else { return .message(context.strings.structure(.noSectionsYet)) }
      return .open(FormLayer(form: factory.editSection(section)))
    default:
      guard let question else { return .message(context.strings.structure(.noQuestionsYet)) }
      return .open(FormLayer(form: factory.editQuestion(question)))
    }
  }

  func filterChoices(_ context: ViewContext) -> FilterChoices? {
    let audit = context.audit
    let strings = context.strings
    return FilterChoices(
      title: "\(strings.find(.showTitle)): \(strings[.viewMatrix])",
      options: QuestionFilter.choices(for: context.data).map {
        let name = QuestionTable.name(of: $0, in: audit, strings: strings)
        return ChooserOption(
          label: name.prefix(1).uppercased() + name.dropFirst(), isCurrent: $0 == filter)
      })
  }

  /// An audit without questions yet keeps the room for what to add next.
  func listedRows(_ data: DashboardData, _ strings: Strings) -> Int? {
    guard !data.audit.questions.isEmpty else { return nil }
    return QuestionTable(data: data, strings: strings, filter: filter).rows.count
  }

  mutating func chooseFilter(_ index: Int, _ context: ViewContext) {
    filter = QuestionFilter.choices(for: context.data)[index]
    cursor = ListCursor()
  }

  mutating func reveal(_ place: Place, _ context: ViewContext, clearingFilter: Bool) -> Bool {
    switch place {
    case .question(let round, let question):
      if listing(context).row(of: question) == nil {
        guard clearingFilter else { return false }
        // Hidden by the filter: show them all, so it can be seen.
        filter = .all
      }
      if let row = listing(context).row(of: question) { select(row, context) }
      if let round { scroll(toRound: round, context) }
    case .round(let id):
      scroll(toRound: id, context)
    default:
      return false
    }
    return true
  }

  /// Scrolls sideways until the round's column shows.
  private mutating func scroll(toRound id: String, _ context: ViewContext) {
    guard let index = context.audit.rounds.firstIndex(where: { $0.id == id }) else { return }
    roundOffset = listing(context).offset(
      showing: index, from: roundOffset, width: context.layout.list.pane.width)
  }
}

/// The matrix as a frame shows it: the questions the filter lets through,
/// under their sections, and the round columns that fit.
struct QuestionTable: Listing {
  enum Row {
    case section(ReportSection)
    case question(Question)
  }

  /// Round columns are wide enough for the longest level label when they
  /// fit, and cut to this width when there are many rounds.
  static let narrowColumnWidth = 12
  static let minimumTextWidth = 30

  let data: DashboardData
  let strings: Strings
  let filter: QuestionFilter
  /// How far the follow-up rounds are scrolled sideways.
  var roundOffset = 0
  let rows: [Row]
  /// The audit as it applies, or with its retired parts (`filter`).
  let audit: Audit

  /// The questions the filter lets through, each section with its own;
  /// sections with none are left out.
  init(data: DashboardData, strings: Strings, filter: QuestionFilter = .all, roundOffset: Int = 0) {
    self.data = data
    self.strings = strings
    self.filter = filter
    self.roundOffset = roundOffset
    let audit = filter.audit(data)
    self.audit = audit
    // Grouped once, not looked for under every section: the table is made
    // for every frame and key (400 questions in the large data set).
    let shown = Dictionary(
      grouping: audit.questions.filter { filter.includes($0, in: audit) }, by: \.section)
    var rows: [Row] = []
    for section in audit.sections {
      let questions = shown[section.id] ?? []
      if filter == .all || filter == .withRetired || !questions.isEmpty {
        rows.append(.section(section))
      }
      rows += questions.map(Row.question)
    }
    self.rows = rows
  }

  var shownQuestions: Int {
    rows.count { if case .question = $0 { true } else { false } }
  }

  /// Search finds a question by any of the words people use for it: its
  /// id and text (first), its level in the latest round (as shown; the
  /// earlier rounds' only when asked for), the remarks of every round, its
  /// section's heading and text.
  var rowSpec: RowSpec {
    let names = SearchNames(audit: audit, strings: strings)
    return RowSpec(
      count: rows.count,
      isSelectable: { index in
        if case .question = rows[index] { return true }
        return false
      },
      searchFields: { index in
        switch rows[index] {
        case .section(let section): [SearchField(text: "\(section.id) \(section.title)")]
        case .question(let question): searchFields(of: question, names)
        }
      })
  }

  /// What the status bar calls the fields of a question, worked out once
  /// per search rather than per question.
  private struct SearchNames {
    let latestRound: String?
    let level: [String]
    let remark: [String]
    let heading, observations, assessment: String

    init(audit: Audit, strings: Strings) {
      latestRound = audit.latestRound?.id
      level = audit.rounds.map { round in
        round.id == audit.latestRound?.id
          ? strings.find(.inLatestLevel)
          : strings.find(.inRoundLevel(round: round.title))
      }
      remark = audit.rounds.map { strings.find(.inRemark(round: $0.title)) }
      heading = strings.find(.inSectionHeading)
      observations = strings.find(.inSectionObservations)
      assessment = strings.find(.inSectionAssessment)
    }
  }

  private func searchFields(of question: Question, _ names: SearchNames) -> [SearchField] {
    var fields = [SearchField(text: "\(question.id) \(question.text)")]
    for (index, round) in audit.rounds.enumerated() {
      guard let level = audit.level(of: question.id, in: round)?.label else { continue }
      let isLatest = round.id == names.latestRound
      fields.append(
        SearchField(
          name: names.level[index], text: level, kind: isLatest ? .label : .earlierRound)
      )
    }
    for (index, round) in audit.rounds.enumerated() {
      guard let remark = round.assessment(of: question.id)?.remark, !remark.isEmpty else {
        continue
      }
      fields.append(SearchField(name: names.remark[index], text: remark, kind: .prose))
    }
    if let section = audit.sections.first(where: { $0.id == question.section }) {
      fields += [
        SearchField(name: names.heading, text: section.title, kind: .label),
        SearchField(name: names.observations, text: section.observations, kind: .prose),
        SearchField(name: names.assessment, text: section.assessment, kind: .prose),
      ]
    }
    return fields
  }

  /// The filter as the pane title says it: "Nej eller Delvis i senaste omgången".
  static func name(of filter: QuestionFilter, in audit: Audit, strings: Strings) -> String {
    switch filter {
    case .all:
      return strings.find(.allQuestions)
    case .levels(let ids):
      let labels = ids.compactMap { id in audit.scale.first { $0.id == id }?.label }
      let listed =
        labels.count > 1
        ? labels.dropLast().joined(separator: ", ") + " \(strings.find(.or)) " + labels.last!
        : labels.joined()
      return strings.find(.levelsInLatest(levels: listed))
    case .changed:
      return strings.find(.changedSinceBefore)
    case .withRetired:
      return strings.part(.filterRetired)
    }
  }

  /// The row of a question.
  func row(of question: String) -> Int? {
    rows.firstIndex { row in
      if case .question(let q) = row { return q.id == question }
      return false
    }
  }

  func question(at index: Int) -> Question? {
    guard rows.indices.contains(index), case .question(let question) = rows[index] else {
      return nil
    }
    return question
  }

  // MARK: Round columns

  /// The auditor's own round stays put when the follow-ups scroll sideways.
  var frozenRound: AssessmentRound? { audit.rounds.first.flatMap { $0.kind == .audit ? $0 : nil } }
  /// The rounds that scroll: every follow-up round, oldest first.
  var scrollingRounds: ArraySlice<AssessmentRound> {
    frozenRound == nil ? audit.rounds[...] : audit.rounds.dropFirst()
  }

  /// Room for the longest label: a space before it, and " ↑" after.
  private var fullColumnWidth: Int {
    let labels = strings.levelRows(of: audit).map { DisplayWidth.of($0.label) }
    return max(Self.narrowColumnWidth, (labels.max() ?? 0) + 3)
  }

  /// Labels whole unless narrower columns would show more rounds.
  func columnWidth(width: Int) -> Int {
    let room = width - 6 - Self.minimumTextWidth
    let full = fullColumnWidth
    let narrow = Self.narrowColumnWidth
    return room / (full + 1) >= min(audit.rounds.count, room / (narrow + 1)) ? full : narrow
  }

  /// How many round columns fit beside the question text, the frozen one included.
  func visibleRounds(width: Int) -> Int {
    let column = columnWidth(width: width) + 1
    return max(1, min(audit.rounds.count, (width - 6 - Self.minimumTextWidth) / column))
  }

  /// How many scrolling rounds show beside the frozen one.
  func visibleScrolling(width: Int) -> Int {
    max(1, visibleRounds(width: width) - (frozenRound == nil ? 0 : 1))
  }

  func maxOffset(width: Int) -> Int {
    max(0, scrollingRounds.count - visibleScrolling(width: width))
  }

  /// The rounds shown at a sideways offset, each with its place in `audit.rounds`.
  func shownRounds(offset: Int, width: Int) -> [(index: Int, round: AssessmentRound)] {
    let start = scrollingRounds.startIndex + min(max(offset, 0), maxOffset(width: width))
    let scrolled = scrollingRounds[start...].prefix(visibleScrolling(width: width))
    let indices = (frozenRound == nil ? [] : [0]) + Array(scrolled.indices)
    return indices.map { ($0, audit.rounds[$0]) }
  }

  /// The sideways offset, moved as little as needed to show round `index`.
  func offset(showing index: Int, from offset: Int, width: Int) -> Int {
    guard scrollingRounds.indices.contains(index) else { return offset }
    let position = index - scrollingRounds.startIndex
    let shown = visibleScrolling(width: width)
    if position < offset { return position }
    if position >= offset + shown { return position - shown + 1 }
    return offset
  }

  /// How a round is named where room is short: its month (or day, when
  /// two rounds share a month), then its title.
  func shortName(_ round: AssessmentRound) -> String {
    dateLabel(round).map { "\($0) \(round.title)" } ?? round.title
  }

  /// "2025-09", or the whole date when another round is in the same month.
  func dateLabel(_ round: AssessmentRound) -> String? {
    guard let date = round.date else { return nil }
    let month = { (day: Day) in String(day.description.prefix(7)) }
    let shared = audit.rounds.contains { $0.id != round.id && $0.date.map(month) == month(date) }
    return shared ? date.description : month(date)
  }

  /// The column's heading: the short name, or, where that does not fit,
  /// the date that tells the round apart (the legend names it in full).
  func header(_ round: AssessmentRound, width: Int) -> String {
    let name = shortName(round)
    guard DisplayWidth.of(name) > width, let date = dateLabel(round) else { return name }
    return date
  }

  /// The round's full name: title and date.
  func fullName(_ round: AssessmentRound) -> String {
    round.heading
  }

  /// ↑ or ↓ when a question's level in round `index` is better or worse
  /// than in the round before, by the scale's order (best first); nil when
  /// it is the same, or either is not assessed.
  func change(of question: String, inRound index: Int) -> LevelChange? {
    guard index > 0, audit.rounds.indices.contains(index),
      let now = audit.level(of: question, in: audit.rounds[index]),
      let before = audit.level(of: question, in: audit.rounds[index - 1]),
      now.role != .none, before.role != .none,
      let a = audit.scale.firstIndex(where: { $0.id == now.id }),
      let b = audit.scale.firstIndex(where: { $0.id == before.id }), a != b
    else { return nil }
    return a < b ? .better : .worse
  }

  /// A level cell, ending in its change mark when it has one.
  func cell(_ question: String, inRound index: Int, width: Int) -> Line {
    let level = audit.level(of: question, in: audit.rounds[index])
    guard let mark = change(of: question, inRound: index) else {
      return [levelCell(level, width: width)]
    }
    return [levelCell(level, width: max(1, width - 2)), Span(" "), mark.span]
  }

  func render(
    into grid: inout CellGrid, area: Layout.ListArea, cursor: ListCursor, focused: Bool,
    query: String
  ) {
    let rect = area.pane
    let shown = shownRounds(offset: roundOffset, width: rect.width)
    // Which rounds show comes before the filter: short, and never cut.
    var title: Line = [Span(" \(strings[.viewMatrix]) ")]
    let count =
      filter == .all
      ? "\(audit.questions.count) \(strings[audit.questions.count == 1 ? .oneQuestion : .questionsCount])"
      : strings.find(
        .questionsShown(shown: String(shownQuestions), total: String(audit.questions.count)))
    title.append(Span(count + " ", Style(.muted)))
    if let range = roundRange(shown) { title.append(Span(range + " ", Style(.muted))) }
    if filter != .all {
      title += [
        Span("· \(strings[.showing]) ", Style(.muted)),
        Span(Self.name(of: filter, in: audit, strings: strings) + " ", Style(.accent)),
      ]
    }
    Chrome.paneTitle(into: &grid, rect: area.title, title: title, focused: focused)
    let columnWidth = columnWidth(width: rect.width)
    let fixed = [4] + shown.map { _ in columnWidth }
    let table = Table(
      columns: [
        TableColumn("", width: 4),
        TableColumn(
          strings[.question], width: Table.remaining(rect.width, fixed: fixed), searchable: true),
      ] + shown.map { TableColumn(header($0.round, width: columnWidth), width: columnWidth) })
    table.drawHeader(into: &grid, x: rect.x, y: area.header.y, width: rect.width)
    if rows.isEmpty, !audit.questions.isEmpty {
      grid.put("  " + strings.find(.noQuestions), x: rect.x, y: area.body.y, style: Style(.muted))
    }
    table.drawRows(
      into: &grid, rect: area.body, count: rows.count, cursor: cursor, query: query
    ) { index in
      switch rows[index] {
      case .section(let section):
        return .heading(
          [Span("\(section.id) \(section.title)", Style(.accent))] + retiredMark(section.retired))
      case .question(let question):
        return .cells(
          [
            [Span(question.id, Style(.normal, bold: true))],
            question.retired == nil
              ? [Span(question.text)] : retiredMark(question.retired) + [Span(question.text)],
          ] + shown.map { cell(question.id, inRound: $0.index, width: columnWidth) })
      }
    }
    if audit.questions.isEmpty {
      // An audit entered by hand: say what to add next, below its sections.
      let lines = Wrap.lines(strings.structure(.noQuestionsYet), width: max(1, rect.width - 4))
      for (index, line) in lines.enumerated() where rows.count + index < area.body.height {
        grid.put(
          "  " + line, x: rect.x, y: area.body.y + rows.count + index, style: Style(.muted))
      }
    }
    grid.draw(legend(shown), x: rect.x, y: area.footer.y, width: rect.width)
  }

  /// "(utgår) " before a retired part, shown under "show retired".
  private func retiredMark(_ reason: String?) -> Line {
    reason == nil ? [] : [Span("(\(strings.part(.retiredMark))) ", Style(.muted))]
  }

  /// Rows under the table: the legend.
  static let legendRows = 1

  /// "◀ omgångar 2–4 av 4 ▶": which of the rounds that scroll show (the
  /// audit's own column always does), with an arrow where there are more.
  func roundRange(_ shown: [(index: Int, round: AssessmentRound)]) -> String? {
    let scrolled = shown.filter { scrollingRounds.indices.contains($0.index) }
    guard audit.rounds.count > 1, let first = scrolled.first, let last = scrolled.last else {
      return nil
    }
    let left = first.index > scrollingRounds.startIndex ? "◀ " : ""
    let right = last.index < audit.rounds.count - 1 ? " ▶" : ""
    let one = first.index == last.index
    let range = one ? "\(last.index + 1)" : "\(first.index + 1)–\(last.index + 1)"
    let count = String(audit.rounds.count)
    let words = strings.matrix(
      one ? .roundShown(range: range, count: count) : .roundsShown(range: range, count: count))
    return "\(left)\(words)\(right)"
  }

  /// What the marks mean, then the full names of the follow-up rounds shown
  /// after the short names their headers use. The marks come first: on a
  /// narrow screen a round's title is cut (the detail pane has it whole),
  /// the key to the arrows never is.
  func legend(_ shown: [(index: Int, round: AssessmentRound)]) -> Line {
    var line: Line = [Span(" ")]
    if audit.rounds.count > 1 {
      line += [
        LevelChange.better.span, LevelChange.worse.span,
        Span(" " + strings.matrix(.changeLegend), Style(.muted)),
      ]
    }
    for entry in shown where entry.round.kind == .followUp {
      line.append(Span(line.count > 1 ? " · " : "", Style(.muted)))
      if let label = dateLabel(entry.round) {
        line.append(Span(label + " ", Style(.muted, bold: true)))
      }
      line.append(Span(entry.round.title, Style(.muted)))
    }
    return line
  }

  /// The selected question in full: text, verdict per round with remarks,
  /// linked recommendations, and the report section's text.
  func detail(of row: Int, width: Int, linking: Bool) -> Document? {
    question(at: row).map { detail(for: $0, width: width, linkHint: linking) }
  }

  func detail(for question: Question, width: Int, linkHint: Bool = false) -> Document {
    var doc = Document()
    doc.paragraph(question.text, Style(.normal, bold: true), width: width)
    doc.blank()
    if let reason = question.retired {
      doc.paragraph("\(strings[.retired]): \(reason)", Style(.muted, bold: true), width: width)
    }
    for (index, round) in audit.rounds.enumerated() {
      let level = audit.level(of: question.id, in: round)
      var line: Line = [
        Span("\(fullName(round)): "),
        levelCell(level, width: (level.map { DisplayWidth.of($0.label) } ?? 1) + 2),
      ]
      if let change = change(of: question.id, inRound: index) {
        line += [Span(" "), change.span, Span(" " + strings.matrix(change.word), Style(.muted))]
      }
      doc.add(line)
      if let remark = round.assessment(of: question.id)?.remark {
        doc.paragraph("\(strings[.remark]): \(remark)", Style(.muted), width: width, indent: 2)
      }
    }
    doc.lastChange(
      data.lastChange(of: audit.rounds.map { .assessment(round: $0.id, question: question.id) }),
      data: data, strings: strings)
    let linked = audit.recommendations.filter { $0.questions.contains(question.id) }
    doc.blank()
    doc.add(strings[.linkedRecommendations], Style(.header))
    if linked.isEmpty { doc.add(strings[.none], Style(.muted)) }
    for recommendation in linked {
      let status =
        recommendation.retired == nil
        ? strings.status(recommendation.status, in: audit) : strings.part(.retiredMark)
      doc.paragraph("\(recommendation.id) \(recommendation.text) (\(status))", width: width)
    }
    if linkHint { doc.linkHint(linked.map(\.id), strings: strings) }
    if let section = audit.sections.first(where: { $0.id == question.section }) {
      doc.blank()
      doc.add("\(strings[.section]) \(section.id) \(section.title)", Style(.accent, bold: true))
      doc.section(strings[.observations], section.observations, width: width)
      doc.section(strings[.sectionAssessment], section.assessment, width: width)
    }
    return doc
  }
}

/// A level better or worse than in the round before.
enum LevelChange {
  case better, worse

  var span: Span {
    switch self {
    case .better: Span("↑", Style(.changeBetter, bold: true))
    case .worse: Span("↓", Style(.changeWorse, bold: true))
    }
  }

  var word: MatrixKey { self == .better ? .better : .worse }
}
