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
  /// Save an owner's entry in the owner directory (nil: remove it), then
  /// report through `ownerSaved` or `ownerSaveFailed`.
  case saveOwner(String, OwnerContact?, shown: OwnerContact?)
  /// Create this audit (entered in the new-audit form), then report
  /// through `auditCreated` or `auditNotCreated`.
  case createAudit(Audit)
}

/// The dashboard: data and state in, events through `handle`, a grid out of
/// `render`. Plain values only, so every screen can be produced and checked
/// without a terminal. A key goes to the top modal layer when there is one
/// (`Layer`), else to the current view (`DashboardView`) through the key
/// table.
public struct Dashboard: Sendable {
  public private(set) var data: DashboardData
  public internal(set) var state = DashboardState()
  public private(set) var size: Size
  public let language: Language

  public init(data: DashboardData, language: Language, size: Size) {
    self.data = data
    self.language = language
    self.size = size
    dataChanged()
    normaliseCursors()
  }

  var strings: Strings { language.strings }

  /// Shows a message in the status bar until the next key.
  public mutating func notify(_ message: String) { state.message = message }

  /// New data from the database (another audit, or changes saved elsewhere).
  public mutating func replaceData(_ data: DashboardData) {
    let sameAudit = data.audit.id == self.data.audit.id
    self.data = data
    state.loading = false
    if !sameAudit {
      let view = state.view
      state = DashboardState()
      state.view = view
    }
    state.detailRow = nil
    dataChanged()
    normaliseCursors()
    refreshMatches()
  }

  /// Every view works out again what it keeps of the data.
  private mutating func dataChanged() {
    for view in ViewID.allCases { state.views[view].dataChanged(context(for: view)) }
  }

  // MARK: The current view, and where it is

  /// Where everything is on screen for a view: the current one by
  /// default, other views as they show when switched to (list focused).
  func layout(for view: ViewID? = nil, focus: Pane? = nil) -> Layout {
    let view = view ?? state.view
    return Layout(
      size: size, shape: Registry.view(view).shape,
      focus: focus ?? (view == state.view ? state.focus : .list), current: view,
      strings: strings, marker: readOnlyMarker,
      listedRows: state.views[view].listedRows(data, strings))
  }

  var layout: Layout { layout() }

  /// What a view is given to work with (the current one by default).
  func context(for view: ViewID? = nil, focus: Pane? = nil) -> ViewContext {
    let view = view ?? state.view
    let focus = focus ?? (view == state.view ? state.focus : .list)
    return ViewContext(
      data: data, strings: strings, layout: layout(for: view, focus: focus), focus: focus,
      query: state.search.query)
  }

  var current: any DashboardView { state.views[state.view] }
  var currentCursor: ListCursor { current.cursor }

  var readOnlyMarker: String? {
    data.offline
      ? strings[.offlineMarker] : data.editRefusal == nil ? nil : strings[.readOnlyMarker]
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

  // MARK: Events

  public mutating func handle(_ event: InputEvent) -> [Effect] {
    if let held = heldBack(event) { return held }
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
      guard !layout.isTooSmall, state.layers.isEmpty else { break }
      settle()
      handleMouse(mouse)
    case .key(let key):
      return handleKey(key)
    }
    return []
  }

  mutating func handleKey(_ key: Key) -> [Effect] {
    if KeyBinding.suspend.keys.contains(key) { return [.suspend] }
    let tooSmall = layout.isTooSmall
    if isAsking || (!tooSmall && !state.layers.isEmpty) { return handleInTopLayer(key) }
    if tooSmall { return quitOnly(key) }
    // Esc closes a message and does nothing else (the search stays).
    if key == .escape, state.message != nil {
      state.message = nil
      return []
    }
    guard let action = KeyBinding.action(for: key, in: state.view) else { return [] }
    state.message = nil
    return apply(action)
  }

  /// The top layer has the key; it is back on the stack (unless it
  /// closed) before the dashboard does what it asks.
  private mutating func handleInTopLayer(_ key: Key) -> [Effect] {
    state.message = nil
    guard var layer = state.layers.top else { return [] }
    let outcome = layer.handle(key, self)
    return finish(layer, outcome)
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
    if !action.moves { settle() }
    // Enter in a detail pane with links goes along them (reading, not editing).
    if action == .edit, state.focus == .detail, !links.isEmpty {
      followLink()
      return []
    }
    if action.edits, !requireEditing() { return [] }
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
    case .cancel: cancel()
    case .search: state.layers.push(SearchPrompt())
    case .nextMatch: findMatch(forward: true)
    case .previousMatch: findMatch(forward: false)
    case .help: state.layers.push(HelpLayer())
    case .quit: return [.quit]
    case .filter: openFilterChooser()
    case .chooseAudit: chooseAudit()
    case .undo: return undo()
    case .redo: return redo()
    case .writeReport: openReportForm()
    case .suspend: return [.suspend]
    case .back: goBack()
    default: return perform(action)
    }
    return []
  }

  /// One of the current view's own keys, or Enter on its item.
  private mutating func perform(_ action: Action) -> [Effect] {
    apply(state.views[state.view].perform(action, context()))
  }

  /// What a view (or a layer, on its behalf) asks for.
  mutating func apply(_ command: ViewCommand) -> [Effect] {
    switch command {
    case .none: break
    case .rowsChanged: rowsChanged()
    case .message(let text): state.message = text
    case .open(let layer): state.layers.push(layer)
    case .focusDetail: setFocus(.detail)
    case .save(let edits): return save(edits, as: .edit)
    }
    return []
  }

  // MARK: Views and panes

  mutating func show(_ view: ViewID, focus: Pane) {
    if let searched = state.search.view, searched != view { state.search = SearchState() }
    state.jumpedFrom = nil
    state.view = view
    state.focus = layout.detail == nil ? .list : focus
    state.detailScroll = 0
    state.views[view].normalise(context())
    refreshMatches()
  }

  /// Focuses a pane. Where the focused pane takes the larger share (the
  /// stacked matrix), the list keeps its selection on screen as it resizes.
  mutating func setFocus(_ pane: Pane) {
    guard state.focus != pane else { return }
    state.focus = pane
    if Registry.view(state.view).shape.focusedPaneGrows {
      state.views[state.view].normalise(context())
    }
  }

  /// Tab goes through the panes of a view, then on to the next view.
  private mutating func nextPane() {
    if layout.detail != nil, state.focus == .list {
      setFocus(.detail)
    } else {
      show(neighbour(1), focus: .list)
    }
  }

  private mutating func previousPane() {
    if state.focus == .detail {
      setFocus(.list)
    } else {
      show(neighbour(-1), focus: .detail)
    }
  }

  /// The view `offset` tabs away, round the end.
  private func neighbour(_ offset: Int) -> ViewID {
    let all = ViewID.allCases
    return all[(state.view.number - 1 + offset + all.count) % all.count]
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

  /// The current view's rows changed (a filter, an order): the selection
  /// starts over, and the search finds again.
  mutating func rowsChanged() {
    state.detailScroll = 0
    state.views[state.view].normalise(context())
    refreshMatches()
  }

  /// `f`: which rows the view shows, the current filter chosen.
  private mutating func openFilterChooser() {
    guard let choices = current.filterChoices(context()) else { return }
    let choice = choices.options.firstIndex(where: \.isCurrent) ?? 0
    state.layers.push(ChooserLayer(purpose: .filter(state.view), choice: choice))
  }

  private mutating func chooseAudit() {
    // An editor is offered a new audit there, with one audit or several.
    guard data.audits.count > 1 || data.editRefusal == nil else {
      state.message = strings.context(.onlyOneAudit)
      return
    }
    state.layers.push(AuditChooser(showing: data.audit.id, on: self))
  }

  // MARK: Moving

  var pageSize: Int {
    let layout = layout
    return max(1, state.focus == .detail ? layout.detailRows - 1 : layout.visibleRows - 1)
  }

  /// History is loaded a page at a time: near the end of what is loaded,
  /// ask for more.
  public static let historyPage = 1000

  @discardableResult
  private mutating func move(_ delta: Int) -> [Effect] {
    let context = context()
    if state.focus == .detail {
      let lines = detailDocument()?.lines.count ?? 0
      state.detailScroll = clamp(
        state.detailScroll + delta, max(0, lines - context.layout.detailRows))
    } else {
      let before = currentCursor.selected
      state.views[state.view].move(by: delta, context)
      // The detail pane keeps what it shows until keys pause.
      if currentCursor.selected != before, context.layout.detail != nil, state.detailRow == nil {
        state.detailRow = before
      }
    }
    return current.afterMove(context)
  }

  /// Selects a row of the current view's list, keeping it on screen.
  mutating func select(_ row: Int) {
    settle()
    let before = currentCursor.selected
    state.views[state.view].select(row, context())
    if currentCursor.selected != before { state.detailScroll = 0 }
  }

  /// Keeps every cursor on a selectable row and on screen, e.g. after a resize.
  mutating func normaliseCursors() {
    let before = currentCursor.selected
    for view in ViewID.allCases { state.views[view].normalise(context(for: view)) }
    if currentCursor.selected != before, isSettled { state.detailScroll = 0 }
  }

  func clamp(_ value: Int, _ upper: Int) -> Int { min(max(value, 0), max(upper, 0)) }

  // MARK: The detail pane

  /// The selected item of the current view, in full (or, while the
  /// selection moves, the item the pane still shows).
  func detailDocument(_ context: ViewContext? = nil) -> Document? {
    let context = context ?? self.context()
    guard context.layout.detail != nil else { return nil }
    return current.detail(of: state.detailRow ?? currentCursor.selected, context)
  }
}
