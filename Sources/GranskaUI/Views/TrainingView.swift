import GranskaDomain
import GranskaText

extension ViewID {
  public static let training = ViewID("training")
}

/// Training per section for one dated snapshot (←→ step through them):
/// counts, a bar against the target, a total row, and the change since the
/// snapshot before. Enter edits a section's counts, `+` adds a snapshot,
/// `A` a section to the snapshot shown, `x` retires a section (or restores
/// a retired one, shown under `f`'s "Visa utgångna"): it leaves the total;
/// `<` `>` move a section among the snapshot's.
struct TrainingView: ListingView {
  static let id = ViewID.training
  static let title = TextKey.viewTraining
  static let shape = ViewShape(detail: .below, headerRows: TrainingTable.headerRows)
  static let bindings: [KeyBinding] =
    [
      KeyBinding(
        [.left, .character("h")], .left, .keySnapshot, in: .sideways, statusBar: true, hint: "←→",
        word: .snapshot),
      KeyBinding([.right, .character("l")], .right, .keySnapshot, in: .sideways),
      .edit,
      KeyBinding([.character("+")], .add, .keyAdd, in: .item, statusBar: true, word: .newSnapshot),
      KeyBinding(
        [.character("A")], .addTrainingSection, label: .part(.keyNewTrainingSection), in: .item,
        statusBar: true, word: .trainingSection),
      .retire,
    ] + KeyBinding.move(.keyMoveTrainingSection) + [
      // Not in the status bar: it offers a choice only once a section is retired.
      KeyBinding([.character("f")], .filter, .keyFilter, in: .rows)
    ]

  var cursor = ListCursor()
  /// The snapshot shown; nil: the latest.
  var snapshotIndex: Int? = nil
  /// Retired sections shown too, marked ("Visa utgångna").
  var showRetired = false

  func listing(_ context: ViewContext) -> TrainingTable {
    TrainingTable(
      data: context.data, strings: context.strings, snapshotIndex: snapshotIndex,
      showRetired: showRetired)
  }

  /// All sections, or the retired ones too; offered only where one is retired.
  func filterChoices(_ context: ViewContext) -> FilterChoices? {
    let whole = context.data.wholeAudit.training
    guard whole.contains(where: { $0.sections.contains { $0.retired != nil } }) else {
      return nil
    }
    let strings = context.strings
    let all = strings.part(.allTrainingSections)
    return FilterChoices(
      title: "\(strings.find(.showTitle)): \(strings[.viewTraining])",
      options: [
        ChooserOption(label: all.prefix(1).uppercased() + all.dropFirst(), isCurrent: !showRetired),
        ChooserOption(label: strings.part(.filterRetiredChoice), isCurrent: showRetired),
      ])
  }

  mutating func chooseFilter(_ index: Int, _ context: ViewContext) {
    showRetired = index == 1
    cursor = ListCursor()
  }

  mutating func perform(_ action: Action, _ context: ViewContext) -> ViewCommand {
    let table = listing(context)
    let factory = FormFactory(data: context.data, strings: context.strings)
    switch action {
    case .left, .right:
      let index = table.index + (action == .left ? -1 : 1)
      snapshotIndex = min(max(index, 0), max(0, table.snapshots.count - 1))
    case .edit:
      guard let snapshot = table.snapshot, let counts = table.section(at: cursor.selected)
      else { return .message(context.strings[.totalNotEditable]) }
      return .open(FormLayer(form: factory.training(counts, in: snapshot)))
    case .add:
      return .open(FormLayer(form: factory.newSnapshot(copying: table.snapshot)))
    case .addTrainingSection:
      guard let snapshot = table.snapshot else {
        return .message(context.strings.part(.noSnapshotYet))
      }
      return .open(FormLayer(form: factory.newTrainingSection(in: snapshot)))
    case .retire:
      guard let snapshot = table.snapshot, let counts = table.section(at: cursor.selected)
      else { return .message(context.strings[.totalNotEditable]) }
      return .retireOrRestore(
        .trainingSection(date: snapshot.date, section: counts.section), retired: counts.retired,
        context)
    case .moveUp, .moveDown:
      guard let snapshot = table.snapshot, let counts = table.section(at: cursor.selected)
      else { return .message(context.strings[.totalNotEditable]) }
      return .move(
        .trainingSection(date: snapshot.date, section: counts.section), up: action == .moveUp,
        context)
    default:
      break
    }
    return .none
  }

  mutating func reveal(_ place: Place, _ context: ViewContext, clearingFilter: Bool) -> Bool {
    guard case .training(let date, let section) = place else { return false }
    if let index = listing(context).snapshots.firstIndex(where: { $0.date == date }) {
      snapshotIndex = index
    }
    if let section, let row = listing(context).rows.firstIndex(where: { $0.section == section }) {
      select(row, context)
    }
    return true
  }
}

/// One snapshot's table, as a frame shows it.
struct TrainingTable: Listing {
  let data: DashboardData
  let strings: Strings
  /// The snapshots in force: retired sections are out of them and their totals.
  let snapshots: [TrainingSnapshot]
  let index: Int
  /// Whether the rows show the retired sections too (never the total).
  let showRetired: Bool

  init(data: DashboardData, strings: Strings, snapshotIndex: Int?, showRetired: Bool = false) {
    self.data = data
    self.strings = strings
    self.showRetired = showRetired
    snapshots = data.audit.training.sorted { $0.date < $1.date }
    index = min(max(snapshotIndex ?? snapshots.count - 1, 0), max(snapshots.count - 1, 0))
  }

  var snapshot: TrainingSnapshot? { snapshots.indices.contains(index) ? snapshots[index] : nil }
  var previous: TrainingSnapshot? { index > 0 ? snapshots[index - 1] : nil }

  /// The sections (with the retired ones, under "show retired"), then
  /// the total of those in force.
  var rows: [SectionTraining] {
    guard let snapshot else { return [] }
    var total = snapshot.total
    total.section = strings[.total]
    let whole = data.wholeAudit.training.first { $0.date == snapshot.date }
    return (showRetired ? whole?.sections ?? snapshot.sections : snapshot.sections) + [total]
  }

  /// The section of a row; nil for the total.
  func section(at row: Int) -> SectionTraining? {
    let rows = rows
    return row >= 0 && row < rows.count - 1 ? rows[row] : nil
  }

  var rowSpec: RowSpec {
    let rows = rows
    return RowSpec(count: rows.count, searchText: { rows[$0].section })
  }

  /// Rows above the table: pane title, snapshot line, banner, column header.
  static let headerRows = 4

  func render(
    into grid: inout CellGrid, area: Layout.ListArea, cursor: ListCursor, focused: Bool,
    query: String
  ) {
    let rect = area.pane
    // Under "show retired" the title says so, as the other views' filters do.
    let filter = showRetired ? " · \(strings.part(.filterRetired))" : ""
    Chrome.paneTitle(
      into: &grid, rect: area.title, title: [Span(" \(strings[.viewTraining])\(filter) ")],
      focused: focused)
    guard let snapshot else {
      grid.put("  " + strings[.noTraining], x: rect.x, y: area.header.y + 1, style: Style(.muted))
      return
    }
    var chooser: Line = [
      Span(" \(strings[.snapshot]) "), Span(snapshot.date.description, Style(.accent, bold: true)),
      Span(" (\(index + 1)/\(snapshots.count))  ◀ ▶   ", Style(.muted)),
      Span("\(strings[.target]) \(strings.percent(snapshot.targetPercent))", Style(.barTarget)),
    ]
    if let previous {
      let since = strings[.changeSince(date: previous.date.description)]
      chooser.append(Span("   \(since)", Style(.muted)))
    }
    grid.draw(chooser, x: rect.x, y: area.header.y, width: rect.width)
    let banner =
      snapshot.illustrative
      ? strings[.illustrativeBanner] : "\(strings[.source]): \(snapshot.source)"
    grid.put(
      " " + banner, x: rect.x, y: area.header.y + 1,
      style: Style(snapshot.illustrative ? .illustrative : .muted), width: rect.width)

    let columns = Columns(width: rect.width, rows: rows, showChange: previous != nil)
    let table = Table(
      columns: [TableColumn(strings[.orgSection], width: columns.name, searchable: true)]
        + Columns.counts.prefix(columns.countColumns).map {
          TableColumn(strings[$0], width: Columns.number, alignRight: true)
        } + [TableColumn("%", width: Columns.share, alignRight: true)]
        + (columns.showChange
          ? [TableColumn(strings[.change], width: Columns.change, alignRight: true)] : [])
        + [TableColumn("", width: columns.bar)])
    table.drawHeader(into: &grid, x: rect.x, y: area.body.y - 1, width: rect.width)
    let rows = rows
    table.drawRows(
      into: &grid, rect: area.body, count: rows.count, cursor: cursor, query: query
    ) { index in
      let counts = rows[index]
      let isTotal = index == rows.count - 1
      let share = percent(counts.completed, of: counts.employees)
      let reached = share >= snapshot.targetPercent
      let values = [counts.employees, counts.completed, counts.started, counts.notStarted]
      var cells: [Line] = [
        counts.retired == nil
          ? [Span(counts.section)]
          : [Span("(\(strings.part(.retiredMark))) \(counts.section)", Style(.muted))]
      ]
      cells += values.prefix(columns.countColumns).map { [Span(strings.number($0))] }
      cells.append([Span(strings.percent(share), Style(reached ? .message : .normal, bold: true))])
      if columns.showChange {
        cells.append([Span(change(for: counts, isTotal: isTotal), Style(.muted))])
      }
      cells.append(trainingBar(counts, target: snapshot.targetPercent, width: columns.bar))
      return .cells(cells, bold: isTotal)
    }
  }

  /// Column widths: the bar takes what the names and numbers leave, the
  /// names whole where the bar can spare the room. The
  /// change column shows whenever there is an earlier snapshot (the line
  /// above promises it), the bar giving way down to a short one. On narrow
  /// screens "started" and "not started" are left to the bar's shading and
  /// the detail pane, so the bar keeps a readable length.
  struct Columns {
    static let counts: [TextKey] = [
      .employees, .trainingCompleted, .trainingStarted, .trainingNotStarted,
    ]
    static let number = 12
    static let share = 7
    static let change = 11
    static let minimumBar = 24
    static let shortestBar = 8
    let name: Int
    let countColumns: Int
    let showChange: Bool
    let bar: Int

    init(width: Int, rows: [SectionTraining], showChange: Bool) {
      // Names whole where the bar keeps its readable length beside two
      // count columns; on narrow screens at least 22 columns of them.
      let room =
        width - Table.markerWidth - Self.share - 2 * Table.gap - 2 * (Self.number + Table.gap)
        - Table.gap - Self.minimumBar
      let longest = rows.map { DisplayWidth.of($0.section) }.max() ?? 12
      name = max(12, min(longest, max(22, room)))
      let base = Table.markerWidth + name + Self.share + 2 * Table.gap
      countColumns = width - base - 4 * (Self.number + Table.gap) >= Self.minimumBar ? 4 : 2
      let fixed = base + countColumns * (Self.number + Table.gap)
      let changeWidth = Self.change + Table.gap
      self.showChange = showChange && width - fixed - changeWidth - Table.gap >= Self.shortestBar
      bar = max(4, width - fixed - (self.showChange ? changeWidth : 0) - Table.gap)
    }
  }

  /// Change in completed share since the previous snapshot, in percentage points.
  func change(for counts: SectionTraining, isTotal: Bool) -> String {
    guard let previous else { return strings[.none] }
    let before = isTotal ? previous.total : previous.sections.first { $0.section == counts.section }
    guard let before else { return strings[.none] }
    let delta =
      percent(counts.completed, of: counts.employees)
      - percent(before.completed, of: before.employees)
    return (delta > 0 ? "+" : "") + "\(delta) \(strings[.percentPoints])"
  }

  /// The selected section over every snapshot (the trend), and the snapshot's source.
  func detail(of row: Int, width: Int, linking: Bool = false) -> Document? {
    var doc = Document()
    guard let snapshot, rows.indices.contains(row) else { return doc }
    let name = rows[row].section
    let isTotal = row == rows.count - 1
    doc.add(name, Style(.normal, bold: true))
    if let reason = rows[row].retired {
      doc.paragraph("\(strings[.retired]): \(reason)", Style(.muted, bold: true), width: width)
    }
    for earlier in snapshots {
      let counts = isTotal ? earlier.total : earlier.sections.first { $0.section == name }
      guard let counts else { continue }
      let share = strings.percent(percent(counts.completed, of: counts.employees))
      let marker = earlier.date == snapshot.date ? "›" : " "
      doc.add(
        [
          Span("\(marker) \(earlier.date)  "),
          Span("\(strings[.trainingCompleted]) \(share)", Style(.barCompleted, bold: true)),
          Span(
            " · \(strings.number(counts.completed))/\(strings.number(counts.employees))"
              + " · \(strings[.trainingStarted]) \(strings.number(counts.started))"
              + " · \(strings[.trainingNotStarted]) \(strings.number(counts.notStarted))"),
        ])
    }
    doc.lastChange(
      data.lastChange(of: [.training(date: snapshot.date, section: name), .snapshot(snapshot.date)]
      ),
      data: data, strings: strings)
    if snapshot.illustrative {
      doc.blank()
      doc.paragraph(strings[.illustrativeBanner], Style(.illustrative), width: width)
    }
    doc.section(strings[.source], snapshot.source, width: width)
    return doc
  }
}
