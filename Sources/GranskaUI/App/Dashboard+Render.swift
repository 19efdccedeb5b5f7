import GranskaText

extension Dashboard {
  /// The whole screen for the current state.
  public func render() -> CellGrid {
    var grid = CellGrid(size: size)
    let layout = layout
    if layout.isTooSmall {
      Chrome.tooSmall(into: &grid, strings: strings, question: question)
      return grid
    }
    let audit = data.audit
    Chrome.tabBar(
      into: &grid, rect: layout.tabBar, current: state.view, strings: strings,
      marker: readOnlyMarker, info: "\(audit.organisation) \(audit.year)")
    renderView(into: &grid)
    renderStatusBar(into: &grid)
    switch state.overlay {
    case .help(let scroll):
      HelpOverlay(view: state.view, strings: strings).render(into: &grid, scroll: scroll)
    case .audits(let cursor):
      AuditChooser(data: data, strings: strings).render(into: &grid, cursor: cursor)
    case .chooser(let chooser):
      ChooserView(
        title: chooserTitle(chooser.purpose), options: chooserOptions(chooser.purpose),
        footer: strings.editing(.statusChooserFooter)
      ).render(into: &grid, choice: chooser.choice)
    case nil: break
    }
    if let form = state.form {
      let discard = state.confirmingDiscard ? strings[.confirmDiscard] : nil
      FormView(form: form, strings: strings, question: discard).render(into: &grid)
    }
    return grid
  }

  var readOnlyMarker: String? { data.editRefusal == nil ? nil : strings[.readOnlyMarker] }

  private func renderView(into grid: inout CellGrid) {
    let panes = layout.panes
    let query = state.search.query
    let listFocused = state.focus == .list
    switch state.view {
    case .overview:
      let content = layout.content
      overviewView.document(width: overviewWidth).draw(
        into: &grid,
        rect: Rect(x: 1, y: content.y, width: content.width - 1, height: content.height),
        scroll: state.overviewScroll, query: query)
      return
    case .matrix:
      matrixView.render(
        into: &grid, rect: panes.list, cursor: state.matrix, roundOffset: state.matrixRoundOffset,
        focused: listFocused, query: query)
    case .recommendations:
      recommendationsView.render(
        into: &grid, rect: panes.list, cursor: state.recommendations, focused: listFocused,
        query: query)
    case .training:
      trainingView.render(
        into: &grid, rect: panes.list, cursor: state.training, focused: listFocused, query: query)
    case .history:
      historyView.render(
        into: &grid, rect: panes.list, cursor: state.history, focused: listFocused, query: query)
    }
    if let rect = panes.detail { renderDetail(into: &grid, rect: rect) }
  }

  private func renderDetail(into grid: inout CellGrid, rect: Rect) {
    let document = detailDocument() ?? Document()
    let visible = max(1, rect.height - 1)
    var title: Line = [Span(" \(strings[.detail]) ")]
    if document.lines.count > visible {
      let last = min(document.lines.count, state.detailScroll + visible)
      title.append(
        Span("\(state.detailScroll + 1)–\(last)/\(document.lines.count) ", Style(.muted)))
    }
    Chrome.paneTitle(into: &grid, rect: rect, title: title, focused: state.focus == .detail)
    document.draw(
      into: &grid, rect: Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: visible),
      scroll: state.detailScroll, query: state.search.query)
  }

  private func renderStatusBar(into grid: inout CellGrid) {
    let rect = layout.statusBar
    if state.confirmingQuit {
      grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: Style(.statusBar))
      grid.put(" " + strings[.confirmQuit], x: rect.x, y: rect.y, style: Style(.error))
      return
    }
    if state.search.isEditing {
      grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: Style(.statusBar))
      let prompt = strings[.searchPrompt]
      grid.put(prompt, x: 1, y: rect.y, style: Style(.statusKey))
      // Show the end of a long query, and a cursor block after it.
      let room = rect.width - DisplayWidth.of(prompt) - 3
      var shown = state.search.draft
      while DisplayWidth.of(shown) > room, !shown.isEmpty { shown.removeFirst() }
      let x = 1 + DisplayWidth.of(prompt)
      let used = grid.put(shown, x: x, y: rect.y, style: Style(.statusBar))
      grid.put("█", x: x + used, y: rect.y, style: Style(.statusKey))
      return
    }
    let context: KeyContext = state.form == nil ? .browse : .form
    if let message = state.message {
      renderMessage(message, into: &grid, context: context)
      return
    }
    Chrome.statusBar(
      into: &grid, rect: rect, view: state.view, context: context, strings: strings,
      right: (searchStatus ?? backHint).map { Span($0, Style(.statusKey)) }, hidden: hiddenHints)
  }

  /// Hints that do nothing here: choosing an audit with only one.
  var hiddenHints: Set<TextKey> { data.audits.count > 1 ? [] : [.keyAudits] }

  /// A message is never cut: beside the hints when at least quit and help
  /// fit too, else alone in the status bar, else over two lines (the row
  /// above as well), else in a box that the next key closes.
  private func renderMessage(_ message: String, into grid: inout CellGrid, context: KeyContext) {
    let rect = layout.statusBar
    let style = Style(.error)
    let lines = messageLines(message)
    let bar = { (grid: inout CellGrid, right: Span?) in
      Chrome.statusBar(
        into: &grid, rect: rect, view: self.state.view, context: context, strings: self.strings,
        right: right, hidden: self.hiddenHints)
    }
    switch lines.count {
    case 1:
      let beside = Chrome.statusHints(
        view: state.view, context: context, strings: strings,
        room: rect.width - 3 - DisplayWidth.of(message), hidden: hiddenHints)
      if beside.count >= 2 {
        bar(&grid, Span(message, style))
      } else {
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: Style(.statusBar))
        grid.put(" " + message, x: rect.x, y: rect.y, style: style)
      }
    case 2:
      for (offset, line) in lines.enumerated() {
        let y = rect.y - 1 + offset
        grid.fill(x: rect.x, y: y, width: rect.width, height: 1, style: Style(.statusBar))
        grid.put(" " + line, x: rect.x, y: y, style: style)
      }
    default:
      bar(&grid, nil)
      MessageBox(message: message, strings: strings).render(into: &grid)
    }
  }

  /// The message wrapped to the status bar's width.
  func messageLines(_ message: String) -> [String] {
    Wrap.lines(message, width: max(1, size.width - 2))
  }
}
