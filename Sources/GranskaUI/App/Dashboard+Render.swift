import GranskaText

extension Dashboard {
  /// The whole screen for the current state: the view with its tab bar and
  /// status bar, then the layers over it, bottom first. The layout is
  /// worked out once for the frame.
  public func render() -> CellGrid {
    var grid = CellGrid(size: size)
    let context = context()
    let layout = context.layout
    if layout.isTooSmall {
      Chrome.tooSmall(into: &grid, strings: strings, question: question)
      return grid
    }
    let audit = data.audit
    Chrome.tabBar(
      into: &grid, layout: layout, current: state.view, marker: readOnlyMarker,
      info: "\(audit.organisation) \(audit.yearOrPeriod)")
    current.render(into: &grid, context)
    if let detail = layout.detail { renderDetail(into: &grid, area: detail, context) }
    if !state.layers.all.contains(where: \.coversStatusBar) {
      renderStatusBar(into: &grid, layout: layout)
    }
    for layer in state.layers.all { layer.render(into: &grid, self, layout) }
    return grid
  }

  private func renderDetail(
    into grid: inout CellGrid, area: Layout.DetailArea, _ context: ViewContext
  ) {
    let document = detailDocument(context) ?? Document()
    let visible = area.body.height
    var title: Line = [Span(" \(strings[.detail]) ")]
    if document.lines.count > visible {
      let last = min(document.lines.count, state.detailScroll + visible)
      title.append(
        Span("\(state.detailScroll + 1)–\(last)/\(document.lines.count) ", Style(.muted)))
    }
    Chrome.paneTitle(into: &grid, rect: area.title, title: title, focused: state.focus == .detail)
    document.draw(
      into: &grid, rect: area.body, scroll: state.detailScroll, query: state.search.query)
  }

  /// The keys the status bar offers: those of the top layer that shows
  /// its own (a form), else the view's — Enter named for what it does in
  /// the focused pane (in a detail pane with links it goes along them).
  var statusGroups: [KeyBinding.Group] {
    let layer = state.layers.all.last { type(of: $0).showsKeysInStatusBar }
    let table = layer.map { type(of: $0).bindings } ?? KeyBinding.table(for: state.view)
    var groups = KeyBinding.groups(of: table).filter {
      $0.inStatusBar && !hiddenHints.contains($0.label)
    }
    if layer == nil, state.focus == .detail, !links.isEmpty,
      let index = groups.firstIndex(where: { $0.word == .edit })
    {
      groups[index].word = .follow
    }
    return groups
  }

  /// Hints that do nothing here: choosing an audit with only one.
  var hiddenHints: Set<KeyLabel> { data.audits.count > 1 ? [] : [.text(.keyAudits)] }

  private func renderStatusBar(into grid: inout CellGrid, layout: Layout) {
    let groups = statusGroups
    if let message = state.message {
      renderMessage(message, into: &grid, rect: layout.statusBar, groups: groups)
      return
    }
    Chrome.statusBar(
      into: &grid, rect: layout.statusBar, groups: groups, strings: strings,
      right: (searchStatus ?? backHint).map { Span($0, Style(.statusKey)) })
  }

  /// A message is never cut: beside the hints when at least quit and help
  /// fit too, else alone in the status bar, else over two lines (the row
  /// above as well), else in a box that the next key closes.
  private func renderMessage(
    _ message: String, into grid: inout CellGrid, rect: Rect, groups: [KeyBinding.Group]
  ) {
    let style = Style(.error)
    let lines = messageLines(message)
    switch lines.count {
    case 1:
      let beside = Chrome.statusHints(
        groups, strings: strings, room: rect.width - 3 - DisplayWidth.of(message))
      if beside.count >= 2 {
        Chrome.statusBar(
          into: &grid, rect: rect, groups: groups, strings: strings, right: Span(message, style))
      } else {
        Chrome.statusLine(message, into: &grid, rect: rect, style: style)
      }
    case 2:
      for (offset, line) in lines.enumerated() {
        Chrome.statusLine(
          line, into: &grid,
          rect: Rect(x: rect.x, y: rect.y - 1 + offset, width: rect.width, height: 1),
          style: style)
      }
    default:
      Chrome.statusBar(into: &grid, rect: rect, groups: groups, strings: strings, right: nil)
      MessageBox(message: message, strings: strings).render(into: &grid)
    }
  }

  /// The message wrapped to the status bar's width.
  func messageLines(_ message: String) -> [String] {
    Wrap.lines(message, width: max(1, size.width - 2))
  }
}
