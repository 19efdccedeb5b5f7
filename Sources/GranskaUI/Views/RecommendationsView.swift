import GranskaDomain
import GranskaText

extension ViewID {
  public static let recommendations = ViewID("recommendations")
}

/// Recommendations: a table (filtered with `f`, sorted with `o`) and the
/// selected one in full. Enter edits one, `s` chooses its status.
struct RecommendationsView: ListingView {
  static let id = ViewID.recommendations
  static let title = TextKey.viewRecommendations
  static let shape = ViewShape(detail: .besideWhenWide)
  static let bindings: [KeyBinding] =
    [
      .edit,
      KeyBinding(
        [.character("s")], .chooseStatus, .keyChooseStatus, in: .item, statusBar: true,
        word: .status),
      KeyBinding([.character("e")], .editOwner, label: .owner(.keyOwner), in: .item),
      KeyBinding([.character("m")], .editResponse, label: .part(.keyResponse), in: .item),
      KeyBinding([.character("+")], .add, label: .part(.keyNewRecommendation), in: .item),
      .retire,
    ] + KeyBinding.move(.keyMoveRecommendation) + [
      .back, .filter,
      KeyBinding([.character("o")], .cycleSort, .keySort, in: .rows, statusBar: true),
    ]

  var cursor = ListCursor()
  var filter: RecommendationFilter = .all
  var sort: RecommendationSort = .id
  /// The table's order, kept from one key to the next: worked out again
  /// only when the data, the filter or the order change.
  private(set) var order: [Int] = []
  /// The widest owner's name among them, in columns (kept with the order,
  /// so that a row move does not measure every name again).
  private(set) var widestOwner = 0

  func listing(_ context: ViewContext) -> RecommendationTable {
    RecommendationTable(
      data: context.data, strings: context.strings, filter: filter, sort: sort, order: order,
      widestOwner: widestOwner)
  }

  func listedRows(_ data: DashboardData, _ strings: Strings) -> Int? { order.count }

  mutating func dataChanged(_ context: ViewContext) {
    order = RecommendationTable.order(
      of: filter.source(context.data), in: context.audit, today: context.data.today,
      filter: filter, sort: sort)
    let shown = OrderedRecommendations(all: filter.source(context.data), order: order)
    widestOwner = shown.compactMap(\.owner).map(DisplayWidth.of).max() ?? 0
  }

  /// A recommendation links to the questions it answers.
  func item(at row: Int, _ context: ViewContext) -> ViewItem? {
    let items = listing(context).items
    guard items.indices.contains(row) else { return nil }
    let item = items[row]
    let links = item.questions.map { id in
      Link(
        id: id, text: context.audit.questions.first { $0.id == id }?.text ?? "",
        place: .question(round: nil, question: id))
    }
    return ViewItem(place: .recommendation(item.id), links: links)
  }

  mutating func perform(_ action: Action, _ context: ViewContext) -> ViewCommand {
    let factory = FormFactory(data: context.data, strings: context.strings)
    if action == .add { return .open(FormLayer(form: factory.newRecommendation())) }
    let items = listing(context).items
    guard items.indices.contains(cursor.selected) else {
      return action == .cycleSort ? cycleSort(context) : .none
    }
    let item = items[cursor.selected]
    switch action {
    case .retire:
      return .retireOrRestore(.recommendation, item.id, retired: item.retired, context)
    case .moveUp, .moveDown:
      return .move(.recommendation, item.id, up: action == .moveUp, context)
    case .edit:
      return .open(
        FormLayer(
          form: FormFactory(data: context.data, strings: context.strings).recommendation(item)))
    case .chooseStatus:
      // The usual next step chosen, so that `s` Enter moves work on, never
      // round from done to not started.
      let choice = context.data.wholeAudit.statusChoices.firstIndex(of: item.status.next) ?? 0
      return .open(ChooserLayer(purpose: .status(recommendation: item.id), choice: choice))
    case .editOwner:
      guard let owner = item.owner else {
        return .message(
          OwnerProblem.noOwner(recommendation: item.id).message(in: context.strings.language))
      }
      return .open(
        FormLayer(form: FormFactory(data: context.data, strings: context.strings).owner(owner)))
    case .editResponse:
      return .open(FormLayer(form: factory.response(to: item)))
    case .cycleSort:
      return cycleSort(context)
    default:
      return .none
    }
  }

  private mutating func cycleSort(_ context: ViewContext) -> ViewCommand {
    let all = RecommendationSort.offered(for: context.audit)
    sort = all[((all.firstIndex(of: sort) ?? -1) + 1) % all.count]
    dataChanged(context)
    cursor = ListCursor()
    return .rowsChanged
  }

  func filterChoices(_ context: ViewContext) -> FilterChoices? {
    let strings = context.strings
    return FilterChoices(
      title: "\(strings.find(.showTitle)): \(strings[.viewRecommendations])",
      options: RecommendationFilter.choices(for: context.data).map {
        ChooserOption(
          label: RecommendationTable.choiceName(of: $0, in: context.audit, strings: strings),
          isCurrent: $0 == filter)
      })
  }

  mutating func chooseFilter(_ index: Int, _ context: ViewContext) {
    filter = RecommendationFilter.choices(for: context.data)[index]
    dataChanged(context)
    cursor = ListCursor()
  }

  mutating func reveal(_ place: Place, _ context: ViewContext, clearingFilter: Bool) -> Bool {
    guard case .recommendation(let id) = place else { return false }
    if !listing(context).items.contains(where: { $0.id == id }) {
      guard clearingFilter else { return false }
      // Hidden by the filter: show them all, so it can be seen.
      filter = .all
      dataChanged(context)
    }
    if let row = listing(context).items.firstIndex(where: { $0.id == id }) { select(row, context) }
    return true
  }
}

/// The recommendations as a frame shows them, in the table's order.
struct RecommendationTable: Listing {
  let data: DashboardData
  let strings: Strings
  let filter: RecommendationFilter
  let sort: RecommendationSort
  let items: OrderedRecommendations
  let widestOwner: Int

  /// `order` and `widestOwner` are kept by the view, so a keystroke does
  /// not filter, sort and measure the list again.
  init(
    data: DashboardData, strings: Strings, filter: RecommendationFilter, sort: RecommendationSort,
    order: [Int], widestOwner: Int
  ) {
    self.data = data
    self.strings = strings
    self.filter = filter
    self.sort = sort
    self.widestOwner = widestOwner
    items = OrderedRecommendations(all: filter.source(data), order: order)
  }

  /// Positions of the recommendations the table shows, filtered and sorted.
  static func order(
    of recommendations: [Recommendation], in audit: Audit, today: Day,
    filter: RecommendationFilter, sort: RecommendationSort
  ) -> [Int] {
    let priorities = audit.priorities ?? []
    let shown = recommendations.indices.filter {
      filter.includes(recommendations[$0], today: today, in: audit)
    }
    // Work to do first: the open (the audit's own open ones after in
    // progress), then the closed, the audit's own closed ones last.
    let own = audit.statusChoices.filter { !$0.isBuiltIn }
    let ranked: [RecommendationStatus] =
      [.notStarted, .inProgress] + own.filter(audit.isOpen) + [.done, .notApplicable]
      + own.filter { !audit.isOpen($0) }
    let statusRank = Dictionary(
      ranked.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    // Ties keep the report's order; undated and unowned last.
    return shown.sorted { a, b in
      let x = recommendations[a]
      let y = recommendations[b]
      switch sort {
      case .id: return a < b
      case .status:
        return (statusRank[x.status] ?? ranked.count, a) < (statusRank[y.status] ?? ranked.count, b)
      case .dueDate: return Self.precedes(x.dueDate, y.dueDate, a, b)
      case .owner:
        return Self.precedes(
          x.owner?.lowercased(), y.owner?.lowercased(), a, b)
      case .priority:
        // Highest first, as the audit declares them.
        return Self.precedes(
          x.priority.flatMap(priorities.firstIndex), y.priority.flatMap(priorities.firstIndex), a,
          b)
      }
    }
  }

  /// Values first, missing ones last, ties in the report's order.
  private static func precedes<T: Comparable>(_ x: T?, _ y: T?, _ a: Int, _ b: Int) -> Bool {
    switch (x, y) {
    case (let p?, let q?) where p != q: p < q
    case (.some, nil): true
    case (nil, .some): false
    default: a < b
    }
  }

  /// Search finds a recommendation by any of the words people use for it:
  /// its id and text (first), status, owner, due date, priority, reference, planned
  /// action, evidence, notes and linked questions.
  var rowSpec: RowSpec {
    // The fields' names once, not once per row searched.
    let name = Dictionary(
      uniqueKeysWithValues: Self.carriedFields.map { ($0, strings[$0].lowercased()) })
    let audit = data.wholeAudit
    return RowSpec(count: items.count) { index in
      let r = items[index]
      var fields = [SearchField(text: "\(r.id) \(r.text)")]
      func add(_ key: TextKey, _ texts: [String?], _ kind: SearchField.Kind = .label) {
        for case let text? in texts where !text.isEmpty {
          fields.append(SearchField(name: name[key], text: text, kind: kind))
        }
      }
      add(.status, [strings.status(r.status, in: audit)])
      add(.owner, [r.owner])
      add(.dueDate, [r.dueDate?.description])
      add(.priority, [r.priority])
      add(.reportReference, [r.reference])
      add(.linkedQuestions, r.questions)
      add(.plannedAction, [r.plannedAction], .prose)
      add(.evidence, r.evidence, .prose)
      add(.notes, r.notes.map { "\($0.author ?? "") \($0.text)" }, .prose)
      return fields
    }
  }

  /// What a recommendation carries besides its text, as search names it.
  private static let carriedFields: [TextKey] = [
    .status, .owner, .dueDate, .priority, .reportReference, .plannedAction, .evidence, .notes,
    .linkedQuestions,
  ]

  /// The filter as the pane title says it: "öppna", "status Pågår".
  static func name(of filter: RecommendationFilter, in audit: Audit, strings: Strings) -> String {
    switch filter {
    case .open: strings[.filterOpen]
    case .all: strings[.filterAll]
    case .overdue: strings[.filterOverdue]
    case .status(let status):
      strings.find(.filterStatus(status: strings.status(status, in: audit)))
    case .owner(let owner?): strings.find(.filterOwner(owner: owner))
    case .owner(nil): strings.find(.filterNoOwner)
    case .priority(let priority):
      strings.part(.filterPriority(priority: priority))
    case .withRetired: strings.part(.filterRetired)
    }
  }

  /// The filter as the chooser lists it: "Öppna", "Status: Pågår".
  static func choiceName(of filter: RecommendationFilter, in audit: Audit, strings: Strings)
    -> String
  {
    switch filter {
    case .open: strings.find(.filterOpenChoice)
    case .all: strings.find(.filterAllChoice)
    case .overdue: strings.find(.filterOverdueChoice)
    case .status(let status):
      strings.find(.statusChoice(status: strings.status(status, in: audit)))
    case .owner(let owner?): strings.find(.ownerChoice(owner: owner))
    case .owner(nil): strings.find(.noOwnerChoice)
    case .priority(let priority):
      strings.part(.filterPriorityChoice(priority: priority))
    case .withRetired: strings.part(.filterRetiredChoice)
    }
  }

  private var filterName: String { Self.name(of: filter, in: data.audit, strings: strings) }

  /// "sorterat på status"; the report's order (as moved with `<` `>`)
  /// is said as such.
  private var sortName: String {
    guard sort != .id else { return strings[.sortID] }
    return "\(strings[.sortedBy]) \(sortKeyName)"
  }

  private var sortKeyName: String {
    switch sort {
    case .id: strings[.sortID]
    case .status: strings[.sortStatus]
    case .dueDate: strings[.sortDue]
    case .owner: strings.find(.sortOwner)
    case .priority: strings.part(.sortPriority)
    }
  }

  func render(
    into grid: inout CellGrid, area: Layout.ListArea, cursor: ListCursor, focused: Bool,
    query: String
  ) {
    let rect = area.pane
    Chrome.paneTitle(
      into: &grid, rect: area.title,
      title: [
        Span(" \(strings[.viewRecommendations]) "),
        Span(
          "\(items.count)/\(filter.source(data).count) · \(strings[.showing]) \(filterName) · \(sortName) ",
          Style(.muted)),
      ], focused: focused)
    let table = self.table(width: rect.width)
    table.drawHeader(into: &grid, x: rect.x, y: area.header.y, width: rect.width)
    if items.isEmpty {
      grid.put("  " + strings[.noRecommendations], x: rect.x, y: area.body.y, style: Style(.muted))
    }
    table.drawRows(
      into: &grid, rect: area.body, count: items.count, cursor: cursor, query: query
    ) { index in
      let item = items[index]
      let overdue = item.isOverdue(on: data.today, in: data.audit) && item.retired == nil
      let retired = item.retired != nil
      let priority = data.audit.priorities == nil ? [] : [[Span(item.priority ?? strings[.none])]]
      return .cells(
        [
          [Span(item.id, Style(.normal, bold: true))],
          [Span(item.text, retired ? Style(.muted) : Style(.normal))],
        ] + priority + [
          // A retired one says so where its status would be.
          retired
            ? [Span(strings[.retired], Style(.muted))]
            : [
              Span(
                strings.status(item.status, in: data.audit),
                Self.style(of: item.status, in: data.audit))
            ],
          // "!" after the date too: the marker column shows "›" on the selected row.
          [
            Span(
              Self.dueCell(item, overdue: overdue, none: strings[.none]),
              Style(overdue ? .overdue : .normal))
          ],
          [Span(item.owner ?? strings[.none])],
        ], marker: overdue ? Span("!", Style(.overdue)) : nil)
    }
  }

  /// The due date, "*" when it was revised (the detail pane says from
  /// what), "!" when overdue: "2025-06-30*!" still fits the column.
  static func dueCell(_ item: Recommendation, overdue: Bool, none: String) -> String {
    guard let due = item.dueDate else { return none }
    let revised = item.originalDueDate != nil
    return due.description + (revised ? "*" : "") + (overdue ? (revised ? "!" : " !") : "")
  }

  /// Id, text, status, due date and owner: who is responsible matters in
  /// a meeting, so the text gives way first. Status, priority and owner
  /// are as wide as their longest word; the owner is cut only where the
  /// text would otherwise fall below `minimumTextWidth`, and never to less
  /// than 13 columns. A priority column comes after the text where the
  /// audit declares priorities.
  private func table(width: Int) -> Table {
    let widest = { (words: [String]) in words.map(DisplayWidth.of).max() ?? 0 }
    // The audit's own status words too, the longest cut at 18 columns.
    let builtIn = widest(
      [strings[.status]] + RecommendationStatus.builtIn.map { strings.status($0, in: data.audit) })
    let own = widest(data.audit.statusChoices.map { strings.status($0, in: data.audit) })
    let status = max(builtIn, min(18, own))
    let priority = data.audit.priorities.map { min(12, widest([strings[.priority]] + $0)) }
    let fixed = [4] + (priority.map { [$0] } ?? []) + [status, Self.dueWidth]
    let ownerRoom = Table.remaining(width, fixed: fixed + [Self.minimumTextWidth])
    let owners = max(DisplayWidth.of(strings[.owner]), widestOwner)
    let owner = min(owners, max(13, ownerRoom))
    let priorityColumn = priority.map { [TableColumn(strings[.priority], width: $0)] } ?? []
    return Table(
      columns: [
        TableColumn(strings[.id], width: 4),
        TableColumn(
          strings[.text], width: Table.remaining(width, fixed: fixed + [owner]), searchable: true),
      ] + priorityColumn + [
        TableColumn(strings[.status], width: status),
        TableColumn(strings[.dueDate], width: Self.dueWidth),
        TableColumn(strings[.owner], width: owner, searchable: true),
      ])
  }

  /// "2025-06-30*!" and "Klart senast" both fit.
  static let dueWidth = 12
  static let minimumTextWidth = 24

  /// A status in colour as well as in words: done green, under way yellow;
  /// an audit's own open status as under way, its own closed one muted.
  static func style(of status: RecommendationStatus, in audit: Audit) -> Style {
    switch status {
    case .done: Style(.statusDone)
    case .inProgress: Style(.statusInProgress)
    case .notStarted: Style(.normal)
    case .notApplicable: Style(.muted)
    case .declared: audit.isOpen(status) ? Style(.statusInProgress) : Style(.muted)
    }
  }

  /// The selected recommendation in full, with its questions' verdicts.
  func detail(of row: Int, width: Int, linking: Bool) -> Document? {
    items.indices.contains(row) ? detail(for: items[row], width: width, linkHint: linking) : nil
  }

  func detail(for item: Recommendation, width: Int, linkHint: Bool = false) -> Document {
    var doc = Document()
    doc.paragraph(item.text, Style(.normal, bold: true), width: width)
    doc.blank()
    if let reason = item.retired {
      doc.paragraph("\(strings[.retired]): \(reason)", Style(.muted, bold: true), width: width)
    }
    let overdue = item.isOverdue(on: data.today, in: data.wholeAudit)
    doc.add([
      Span("\(strings[.status]): "),
      Span(
        strings.status(item.status, in: data.wholeAudit),
        Self.style(of: item.status, in: data.wholeAudit)),
    ])
    if let priority = item.priority { doc.add("\(strings[.priority]): \(priority)") }
    if let reference = item.reference { doc.add("\(strings[.reportReference]): \(reference)") }
    doc.add("\(strings[.owner]): \(item.owner ?? strings[.none])")
    if let owner = item.owner { ReminderLines(data: data, strings: strings).add(owner, to: &doc) }
    var due: Line = [Span("\(strings[.dueDate]): \(strings.dueDate(of: item) ?? strings[.none])")]
    if overdue { due.append(Span("  \(strings[.overdueMarker])", Style(.overdue))) }
    doc.add(due)
    if let response = item.response { add(response, to: &doc, width: width) }
    doc.lastChange(
      data.lastChange(of: [.recommendation(item.id)]), data: data,
      strings: strings)
    doc.blank()
    doc.add(strings[.linkedQuestions], Style(.header))
    // Under "show retired" a retired question is shown too, marked.
    let audit = filter == .withRetired ? data.wholeAudit : data.audit
    // Levels whole where the pane holds two of them ("No assurance → Limited").
    let widest = audit.scale.map { DisplayWidth.of($0.label) }.max() ?? 0
    let cell = min(max(12, widest + 1), max(12, (width - 8) / 2))
    for id in item.questions {
      guard let question = audit.questions.first(where: { $0.id == id }) else { continue }
      var verdicts: Line = [Span("\(id) ")]
      if question.retired != nil {
        verdicts.append(Span("(\(strings.part(.retiredMark))) ", Style(.muted)))
      }
      if let first = audit.rounds.first {
        verdicts.append(levelCell(audit.level(of: id, in: first), width: cell))
      }
      if audit.rounds.count > 1, let last = audit.rounds.last {
        verdicts.append(Span(" → "))
        verdicts.append(levelCell(audit.level(of: id, in: last), width: cell))
      }
      doc.add(verdicts)
      doc.paragraph(question.text, Style(.muted), width: width, indent: 2)
    }
    if linkHint { doc.linkHint(item.questions, strings: strings) }
    doc.section(strings[.plannedAction], item.plannedAction, width: width)
    if !item.evidence.isEmpty {
      doc.blank()
      doc.add(strings[.evidence], Style(.header))
      for reference in item.evidence { doc.bullet(reference, width: width) }
    }
    if !item.notes.isEmpty {
      doc.blank()
      doc.add(strings[.notes], Style(.header))
      for note in item.notes.reversed() {
        let who = note.author.map { " \($0)" } ?? ""
        doc.add("\(note.date)\(who)", Style(.muted))
        doc.paragraph(note.text, width: width, indent: 2)
      }
    }
    return doc
  }
}

extension RecommendationTable {
  /// Management's response: "Agreed (2025-02-28, Head of ICT)", then its words.
  fileprivate func add(_ response: ManagementResponse, to doc: inout Document, width: Int) {
    let about = [response.date?.description, response.officer].compactMap { $0 }
    doc.add([
      Span("\(strings[.managementResponse]): "),
      Span(strings.agreement(response.agreement), Style(.normal, bold: true)),
      Span(about.isEmpty ? "" : " (\(about.joined(separator: ", ")))"),
    ])
    if let text = response.text { doc.paragraph(text, width: width, indent: 2) }
  }
}

/// The recommendations a table shows, in its order, without copying them.
struct OrderedRecommendations: RandomAccessCollection {
  let all: [Recommendation]
  let order: [Int]

  var startIndex: Int { 0 }
  var endIndex: Int { order.count }
  subscript(position: Int) -> Recommendation { all[order[position]] }
}
