import GranskaDomain
import GranskaText

/// What the dashboard asks its runner to do after an event.
public enum Effect: Equatable, Sendable {
  case quit
  /// Load another audit and give it back through `replaceData`.
  case loadAudit(String)
  /// Save these edits, then report through `saveSucceeded` or `saveFailed`.
  case save(auditID: String, edits: [AuditEdit])
  /// Write the follow-up report where asked, then report through `reportFinished`.
  case writeReport(ReportRequest)
  /// Load this many of the newest history rows, then `replaceData`.
  case loadHistory(auditID: String, count: Int)
  /// Give the terminal back and stop, as Ctrl-Z does in a shell.
  case suspend
}

/// The dashboard: data and state in, events through `handle`, a grid out of
/// `render`. Plain values only, so every screen can be produced and checked
/// without a terminal.
public struct Dashboard: Sendable {
  public private(set) var data: DashboardData
  public internal(set) var state = DashboardState()
  public private(set) var size: Size
  public let language: Language
  /// The recommendations table's order, kept from one key to the next:
  /// refreshed only when the data, filter or sort change.
  private(set) var recommendationOrder: [Int] = []

  public init(data: DashboardData, language: Language, size: Size) {
    self.data = data
    self.language = language
    self.size = size
    refreshRecommendationOrder()
    normaliseCursors()
  }

  mutating func refreshRecommendationOrder() {
    recommendationOrder = RecommendationsView.order(
      of: data.audit.recommendations, today: data.today, filter: state.recommendationFilter,
      sort: state.recommendationSort)
  }

  var strings: Strings { language.strings }
  var layout: Layout { Layout(size: size, view: state.view, focus: state.focus) }

  /// Shows a message in the status bar until the next key.
  public mutating func notify(_ message: String) { state.message = message }

  /// New data from the database (another audit, or changes saved elsewhere).
  public mutating func replaceData(_ data: DashboardData) {
    let sameAudit = data.audit.id == self.data.audit.id
    self.data = data
    if !sameAudit {
      let view = state.view
      state = DashboardState()
      state.view = view
    }
    state.detailRow = nil
    refreshRecommendationOrder()
    normaliseCursors()
    refreshMatches()
  }

  // MARK: The detail pane catches up

  /// Whether the detail pane shows the selected row. While keys move the
  /// selection it keeps showing the row it showed: over a slow link only
  /// the list's changes are sent, and the pane follows once keys pause.
  public var isSettled: Bool { state.detailRow == nil }

  /// Brings the detail pane up to the selection; true when that changed it.
  @discardableResult
  public mutating func settle() -> Bool {
    guard let shown = state.detailRow else { return false }
    state.detailRow = nil
    if shown != currentCursor.selected { state.detailScroll = 0 }
    return true
  }

  public mutating func handle(_ event: InputEvent) -> [Effect] {
    switch event {
    case .resize(let newSize):
      settle()
      size = newSize
      normaliseCursors()
      refreshMatches()
    case .tick:
      break
    case .text(let text):
      return typed(text)
    case .paste(let text):
      pasted(text)
    case .mouse(let mouse):
      guard !layout.isTooSmall, state.form == nil, !isAsking else { break }
      settle()
      handleMouse(mouse)
    case .key(let key):
      return handleKey(key)
    }
    return []
  }

  mutating func handleKey(_ key: Key) -> [Effect] {
    if KeyBinding.action(for: key, in: state.view) == .suspend { return [.suspend] }
    if isAsking { return answer(key) }
    if layout.isTooSmall { return quitOnly(key) }
    if key == .control("c"), state.form != nil { return quitAskingFirst() }
    if state.form != nil { return handleForm(key) }
    if state.search.isEditing {
      editSearch(key)
      return []
    }
    // Esc closes a message and does nothing else (the search stays).
    if key == .escape, state.message != nil, state.overlay == nil {
      state.message = nil
      return []
    }
    if state.overlay != nil {
      guard let action = KeyBinding.overlayAction(for: key, in: state.view) else { return [] }
      state.message = nil
      return handleOverlay(action)
    }
    guard let action = KeyBinding.action(for: key, in: state.view) else { return [] }
    state.message = nil
    return apply(action)
  }

  /// Handles keys that arrived together, one after another, stopping after
  /// one that asks the runner for something (a save, say): the next key must
  /// see the data as saved. The runner calls this again until it is empty.
  public mutating func resumeQueuedKeys() -> [Effect] {
    while !state.queuedKeys.isEmpty {
      let effects = handleKey(state.queuedKeys.removeFirst())
      if !effects.isEmpty { return effects }
    }
    return []
  }

  mutating func apply(_ action: Action) -> [Effect] {
    switch action {
    case .up, .down, .pageUp, .pageDown, .top, .bottom: break
    default: settle()
    }
    switch action {
    case .showView(let view): show(view, focus: .list)
    case .nextPane: nextPane()
    case .previousPane: previousPane()
    case .up: move(-1)
    case .down: return move(1)
    case .pageUp: move(-pageSize)
    case .pageDown: return move(pageSize)
    case .top: move(-Int.max / 2)
    case .bottom: return move(Int.max / 2)
    case .left: sideways(-1)
    case .right: sideways(1)
    case .open: open()
    case .cancel: cancel()
    case .search:
      state.search.isEditing = true
      state.search.draft = ""
    case .nextMatch: findMatch(forward: true)
    case .previousMatch: findMatch(forward: false)
    case .help: state.overlay = .help(scroll: 0)
    case .quit: return [.quit]
    case .filter: openFilterChooser()
    case .cycleSort: cycleSort()
    case .chooseAudit: chooseAudit()
    case .chooseStatus: openStatusChooser()
    case .undo: return undo()
    case .redo: return redo()
    case .add: openAddForm()
    case .writeReport: openReportForm()
    case .suspend: return [.suspend]
    case .back: goBack()
    case .nextField, .previousField, .save, .clearField, .deleteWord, .newLine: break
    }
    return []
  }

  /// Enter: the selected item's form where items can be edited, else the
  /// detail pane; in a question's or recommendation's detail pane, the link.
  private mutating func open() {
    if state.view == .history {
      setFocus(.detail)
    } else if state.focus == .detail, !links.isEmpty {
      followLink()
    } else {
      openForm()
    }
  }

  // MARK: Views and panes

  var hasDetail: Bool { layout.hasDetail }

  mutating func show(_ view: ViewID, focus: Pane) {
    if let searched = state.search.view, searched != view { state.search = SearchState() }
    state.jumpedFrom = nil
    state.view = view
    state.focus = view == .overview ? .list : focus  // normalised below
    state.detailScroll = 0
    normaliseCursors()
    refreshMatches()
  }

  /// Focuses a pane. The stacked matrix gives the focused pane the larger
  /// share, so the list keeps its selection on screen as it changes size.
  mutating func setFocus(_ pane: Pane) {
    guard state.focus != pane else { return }
    state.focus = pane
    if state.view == .matrix { normaliseCursors() }
  }

  /// Tab goes through the panes of a view, then on to the next view.
  private mutating func nextPane() {
    if hasDetail, state.focus == .list {
      setFocus(.detail)
    } else {
      show(ViewID(rawValue: state.view.rawValue % 5 + 1)!, focus: .list)
    }
  }

  private mutating func previousPane() {
    if state.focus == .detail {
      setFocus(.list)
    } else {
      show(ViewID(rawValue: (state.view.rawValue + 3) % 5 + 1)!, focus: .detail)
    }
  }

  private mutating func cancel() {
    if !state.search.query.isEmpty {
      state.search = SearchState()
    } else if state.jumpedFrom != nil {
      goBack()
    } else if state.focus == .detail {
      setFocus(.list)
    }
  }

  // MARK: Moving

  var pageSize: Int {
    if state.view == .overview { return max(1, layout.content.height - 1) }
    return max(1, state.focus == .detail ? layout.detailRows - 1 : visibleRows - 1)
  }

  var headerRows: Int { state.view == .training ? TrainingView.headerRows : 2 }
  /// Rows under a list (the matrix's legend).
  var footerRows: Int { state.view == .matrix ? MatrixView.legendRows : 0 }
  var visibleRows: Int { layout.listRows(headerRows: headerRows + footerRows) }

  /// History is loaded a page at a time: near the end of what is loaded,
  /// ask for more.
  public static let historyPage = 1000

  @discardableResult
  private mutating func move(_ delta: Int) -> [Effect] {
    if state.view == .overview {
      let document = overviewView.document(width: overviewWidth)
      state.overviewScroll = clamp(
        state.overviewScroll + delta, document.maxScroll(visible: layout.content.height))
    } else if state.focus == .detail {
      let lines = detailDocument()?.lines.count ?? 0
      state.detailScroll = clamp(state.detailScroll + delta, max(0, lines - layout.detailRows))
    } else if let rows = rowSpec {
      var cursor = currentCursor
      cursor.move(by: delta, in: rows, visible: visibleRows)
      if cursor.selected != currentCursor.selected, state.detailRow == nil {
        state.detailRow = currentCursor.selected
      }
      setCursor(cursor)
    }
    let loaded = data.history.count
    if state.view == .history, loaded < data.historyTotal,
      state.history.selected >= loaded - pageSize
    {
      return [.loadHistory(auditID: data.audit.id, count: loaded + Self.historyPage)]
    }
    return []
  }

  private mutating func sideways(_ delta: Int) {
    switch state.view {
    case .training:
      let view = trainingView
      state.snapshotIndex = clamp(view.index + delta, max(0, view.snapshots.count - 1))
    case .matrix:
      state.matrixRoundOffset = clamp(
        state.matrixRoundOffset + delta, matrixView.maxOffset(width: layout.panes.list.width))
    default:
      break
    }
  }

  private mutating func cycleSort() {
    let all = RecommendationSort.allCases
    state.recommendationSort = all[(all.firstIndex(of: state.recommendationSort)! + 1) % all.count]
    reorderRecommendations()
  }

  mutating func reorderRecommendations() {
    refreshRecommendationOrder()
    state.recommendations = ListCursor()
    state.detailScroll = 0
    refreshMatches()
  }

  private mutating func chooseAudit() {
    guard data.audits.count > 1 else {
      state.message = strings.context(.onlyOneAudit)
      return
    }
    let current = data.audits.firstIndex { $0.id == data.audit.id } ?? 0
    state.overlay = .audits(ListCursor(selected: current, top: 0))
  }

  /// Keeps every cursor on a selectable row and on screen, e.g. after a resize.
  mutating func normaliseCursors() {
    let saved = state.view
    for view in ViewID.allCases where view != .overview {
      state.view = view
      guard let rows = rowSpec else { continue }
      var cursor = currentCursor
      cursor.select(cursor.selected, in: rows, visible: visibleRows)
      setCursor(cursor)
    }
    state.view = saved
    if saved == .overview {
      let document = overviewView.document(width: overviewWidth)
      state.overviewScroll = clamp(
        state.overviewScroll, document.maxScroll(visible: layout.content.height))
    }
  }

  func clamp(_ value: Int, _ upper: Int) -> Int { min(max(value, 0), max(upper, 0)) }

  // MARK: The current view's model

  var overviewView: OverviewView { OverviewView(data: data, strings: strings) }
  var overviewWidth: Int { max(1, size.width - 2) }
  var matrixView: MatrixView {
    MatrixView(data: data, strings: strings, filter: state.questionFilter)
  }
  var recommendationsView: RecommendationsView {
    RecommendationsView(
      data: data, strings: strings, filter: state.recommendationFilter,
      sort: state.recommendationSort, order: recommendationOrder)
  }
  var trainingView: TrainingView {
    TrainingView(data: data, strings: strings, snapshotIndex: state.snapshotIndex)
  }
  var historyView: HistoryView { HistoryView(data: data, strings: strings) }

  var rowSpec: RowSpec? {
    switch state.view {
    case .overview: nil
    case .matrix: matrixView.rowSpec
    case .recommendations: recommendationsView.rowSpec
    case .training: trainingView.rowSpec
    case .history: historyView.rowSpec
    }
  }

  var currentCursor: ListCursor {
    switch state.view {
    case .overview: ListCursor(selected: state.overviewScroll, top: state.overviewScroll)
    case .matrix: state.matrix
    case .recommendations: state.recommendations
    case .training: state.training
    case .history: state.history
    }
  }

  mutating func setCursor(_ cursor: ListCursor) {
    let changed = cursor.selected != currentCursor.selected && isSettled
    switch state.view {
    case .overview: state.overviewScroll = cursor.top
    case .matrix: state.matrix = cursor
    case .recommendations: state.recommendations = cursor
    case .training: state.training = cursor
    case .history: state.history = cursor
    }
    if changed { state.detailScroll = 0 }
  }

  /// The selected item of the current view, in full (or, while the
  /// selection moves, the item the pane still shows).
  func detailDocument() -> Document? {
    let width = layout.detailWidth
    let selected = state.detailRow ?? currentCursor.selected
    switch state.view {
    case .overview: return nil
    case .matrix:
      return matrixView.question(at: selected).map {
        matrixView.detail(for: $0, width: width, linkHint: state.focus == .detail)
      }
    case .recommendations:
      let view = recommendationsView
      return view.items.indices.contains(selected)
        ? view.detail(for: view.items[selected], width: width, linkHint: state.focus == .detail)
        : nil
    case .training: return trainingView.detail(for: selected, width: width)
    case .history: return historyView.detail(for: selected, width: width)
    }
  }
}
