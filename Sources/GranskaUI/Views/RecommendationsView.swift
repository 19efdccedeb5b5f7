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
  static let bindings: [KeyBinding] = [
    .edit,
    KeyBinding(
      [.character("s")], .chooseStatus, .keyChooseStatus, in: .item, statusBar: true,
      word: .status),
    KeyBinding([.character("e")], .editOwner, label: .owner(.keyOwner), in: .item),
    .back, .filter,
    KeyBinding([.character("o")], .cycleSort, .keySort, in: .rows, statusBar: true),
  ]

  var cursor = ListCursor()
  var filter: RecommendationFilter = .all
  var sort: RecommendationSort = .id
  /// The table's order, kept from one key to the next: worked out again
  /// only when the data, the filter or the order change.
  private(set) var order: [Int] = []

  func listing(_ context: ViewContext) -> RecommendationTable {
    RecommendationTable(
      data: context.data, strings: context.strings, filter: filter, sort: sort, order: order)
  }

  mutating func dataChanged(_ context: ViewContext) {
    order = RecommendationTable.order(
      of: context.audit.recommendations, today: context.data.today, filter: filter, sort: sort)
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
    let items = listing(context).items
    guard items.indices.contains(cursor.selected) else {
      return action == .cycleSort ? cycleSort(context) : .none
    }
    let item = items[cursor.selected]
    switch action {
    case .edit:
      return .open(
        FormLayer(
          form: FormFactory(data: context.data, strings: context.strings).recommendation(item)))
    case .chooseStatus:
      // The usual next step chosen, so that `s` Enter moves work on, never
      // round from done to not started.
      let choice = RecommendationStatus.allCases.firstIndex(of: item.status.next) ?? 0
      return .open(ChooserLayer(purpose: .status(recommendation: item.id), choice: choice))
    case .editOwner:
      guard let owner = item.owner else {
        return .message(
          OwnerProblem.noOwner(recommendation: item.id).message(in: context.strings.language))
      }
      return .open(
        FormLayer(form: FormFactory(data: context.data, strings: context.strings).owner(owner)))
    case .cycleSort:
      return cycleSort(context)
    default:
      return .none
    }
  }

  private mutating func cycleSort(_ context: ViewContext) -> ViewCommand {
    let all = RecommendationSort.allCases
    sort = all[(all.firstIndex(of: sort)! + 1) % all.count]
    dataChanged(context)
    cursor = ListCursor()
    return .rowsChanged
  }

  func filterChoices(_ context: ViewContext) -> FilterChoices? {
    let strings = context.strings
    return FilterChoices(
      title: "\(strings.find(.showTitle)): \(strings[.viewRecommendations])",
      options: RecommendationFilter.choices(for: context.audit.recommendations).map {
        ChooserOption(
          label: RecommendationTable.choiceName(of: $0, strings: strings), isCurrent: $0 == filter)
      })
  }

  mutating func chooseFilter(_ index: Int, _ context: ViewContext) {
    filter = RecommendationFilter.choices(for: context.audit.recommendations)[index]
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

  /// `order` comes from `RecommendationTable.order`, kept by the view so
  /// a keystroke does not filter and sort the list again.
  init(
    data: DashboardData, strings: Strings, filter: RecommendationFilter, sort: RecommendationSort,
    order: [Int]
  ) {
    self.data = data
    self.strings = strings
    self.filter = filter
    self.sort = sort
    items = OrderedRecommendations(all: data.audit.recommendations, order: order)
  }

  /// Positions of the recommendations the table shows, filtered and sorted.
  static func order(
    of recommendations: [Recommendation], today: Day, filter: RecommendationFilter,
    sort: RecommendationSort
  ) -> [Int] {
    let shown = recommendations.indices.filter {
      filter.includes(recommendations[$0], today: today)
    }
    let statusRank: [RecommendationStatus: Int] = [
      .notStarted: 0, .inProgress: 1, .done: 2, .notApplicable: 3,
    ]
    // Ties keep the report's order; undated and unowned last.
    return shown.sorted { a, b in
      let x = recommendations[a]
      let y = recommendations[b]
      switch sort {
      case .id: return a < b
      case .status: return (statusRank[x.status]!, a) < (statusRank[y.status]!, b)
      case .dueDate: return Self.precedes(x.dueDate, y.dueDate, a, b)
      case .owner:
        return Self.precedes(
          x.owner?.lowercased(), y.owner?.lowercased(), a, b)
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
  /// its text, status, owner, due date, planned action, evidence and notes.
  var rowSpec: RowSpec {
    RowSpec(
      count: items.count,
      searchText: { index in
        let r = items[index]
        let notes = r.notes.map { "\($0.author ?? "") \($0.text)" }
        return
          ([
            r.id, r.text, strings.status(r.status), r.owner ?? "", r.dueDate?.description ?? "",
            r.plannedAction ?? "",
          ] + r.evidence + notes + r.questions).joined(separator: " ")
      })
  }

  /// The filter as the pane title says it: "öppna", "status Pågår".
  static func name(of filter: RecommendationFilter, strings: Strings) -> String {
    switch filter {
    case .open: strings[.filterOpen]
    case .all: strings[.filterAll]
    case .overdue: strings[.filterOverdue]
    case .status(let status):
      strings.fill(strings.find(.filterStatus), ["status": strings.status(status)])
    case .owner(let owner?): strings.fill(strings.find(.filterOwner), ["owner": owner])
    case .owner(nil): strings.find(.filterNoOwner)
    }
  }

  /// The filter as the chooser lists it: "Öppna", "Status: Pågår".
  static func choiceName(of filter: RecommendationFilter, strings: Strings) -> String {
    switch filter {
    case .open: strings.find(.filterOpenChoice)
    case .all: strings.find(.filterAllChoice)
    case .overdue: strings.find(.filterOverdueChoice)
    case .status(let status):
      strings.fill(strings.find(.statusChoice), ["status": strings.status(status)])
    case .owner(let owner?): strings.fill(strings.find(.ownerChoice), ["owner": owner])
    case .owner(nil): strings.find(.noOwnerChoice)
    }
  }

  private var filterName: String { Self.name(of: filter, strings: strings) }

  private var sortName: String {
    switch sort {
    case .id: strings[.sortID]
    case .status: strings[.sortStatus]
    case .dueDate: strings[.sortDue]
    case .owner: strings.find(.sortOwner)
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
          "\(items.count)/\(data.audit.recommendations.count) · \(strings[.showing]) \(filterName) · \(strings[.sortedBy]) \(sortName) ",
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
      let overdue = item.isOverdue(on: data.today)
      return .cells(
        [
          [Span(item.id, Style(.normal, bold: true))], [Span(item.text)],
          [Span(strings.status(item.status), Self.style(of: item.status))],
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
  /// a meeting, so on narrow screens the text gives way.
  private func table(width: Int) -> Table {
    let owner = width >= 100 ? 17 : 13
    let fixed = [4, 13, 12, owner]
    return Table(
      columns: [
        TableColumn(strings[.id], width: 4),
        TableColumn(strings[.text], width: Table.remaining(width, fixed: fixed), searchable: true),
        TableColumn(strings[.status], width: 13), TableColumn(strings[.dueDate], width: 12),
        TableColumn(strings[.owner], width: owner, searchable: true),
      ])
  }

  /// A status in colour as well as in words: done green, under way yellow.
  static func style(of status: RecommendationStatus) -> Style {
    switch status {
    case .done: Style(.statusDone)
    case .inProgress: Style(.statusInProgress)
    case .notStarted: Style(.normal)
    case .notApplicable: Style(.muted)
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
    let overdue = item.isOverdue(on: data.today)
    doc.add([
      Span("\(strings[.status]): "), Span(strings.status(item.status), Self.style(of: item.status)),
    ])
    if let priority = item.priority { doc.add("\(strings[.priority]): \(priority)") }
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
    let audit = data.audit
    for id in item.questions {
      guard let question = audit.questions.first(where: { $0.id == id }) else { continue }
      var verdicts: Line = [Span("\(id) ")]
      if let first = audit.rounds.first {
        verdicts.append(levelCell(audit.level(of: id, in: first), width: 12))
      }
      if audit.rounds.count > 1, let last = audit.rounds.last {
        verdicts.append(Span(" → "))
        verdicts.append(levelCell(audit.level(of: id, in: last), width: 12))
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
