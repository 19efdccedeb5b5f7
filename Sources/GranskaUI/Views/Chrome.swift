import GranskaText

/// The parts around the views: tab bar, pane titles, status bar, and the
/// screen shown when the terminal is too small.
enum Chrome {
  /// "1 Översikt  2 Frågor …" with the current view highlighted.
  /// A `marker` (e.g. read-only) always shows at the right end, the tabs
  /// making room for it; `info` shows there too when it fits.
  static func tabBar(
    into grid: inout CellGrid, rect: Rect, current: ViewID, strings: Strings, marker: String?,
    info: String
  ) {
    grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: Style(.statusBar))
    let reserved = marker.map { DisplayWidth.of($0) + 2 } ?? 0
    var x = rect.x
    for (view, label) in tabs(width: rect.width - reserved, current: current, strings: strings) {
      let style = view == current ? Style(.tabActive) : Style(.tabInactive)
      x += grid.put(label, x: x, y: rect.y, style: style, width: rect.x + rect.width - x)
    }
    let candidates = [marker.map { "\($0) · \(info)" } ?? info, marker].compactMap { $0 }
    if let text = candidates.first(where: { x + DisplayWidth.of($0) + 2 <= rect.x + rect.width }) {
      let width = DisplayWidth.of(text)
      let style = Style(marker == nil ? .statusBar : .statusKey)
      grid.put(text, x: rect.x + rect.width - width - 1, y: rect.y, style: style)
    }
  }

  /// The tab labels; when the names do not fit, other views show only their number.
  static func tabs(width: Int, current: ViewID, strings: Strings) -> [(ViewID, String)] {
    let full = ViewID.allCases.map { ($0, " \($0.rawValue) \(strings[$0.title]) ") }
    let fullWidth = full.reduce(0) { $0 + DisplayWidth.of($1.1) }
    return full.map { view, label in
      (view, fullWidth > width && view != current ? " \(view.rawValue) " : label)
    }
  }

  /// The view whose tab is at column x.
  static func tab(at x: Int, width: Int, current: ViewID, strings: Strings, reserved: Int = 0)
    -> ViewID?
  {
    var start = 0
    for (view, label) in tabs(width: width - reserved, current: current, strings: strings) {
      let end = start + DisplayWidth.of(label)
      if x >= start, x < end { return view }
      start = end
    }
    return nil
  }

  /// A pane's title row; the focused pane's title stands out.
  static func paneTitle(into grid: inout CellGrid, rect: Rect, title: Line, focused: Bool) {
    let style = Style(focused ? .borderFocused : .border, bold: focused)
    grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1)
    let marker = focused ? "▌" : " "
    var line: Line = [Span(marker, style)]
    line += title.map {
      Span($0.text, Style($0.style.role == .normal ? style.role : $0.style.role, bold: true))
    }
    grid.draw(line, x: rect.x, y: rect.y, width: rect.width)
    let used = line.reduce(0) { $0 + DisplayWidth.of($1.text) }
    if used + 2 < rect.width {
      let rule = String(repeating: "─", count: rect.width - used - 1)
      grid.put(rule, x: rect.x + used + 1, y: rect.y, style: Style(style.role))
    }
  }

  /// Key hints from the key table, left; the search state, right.
  static func statusBar(
    into grid: inout CellGrid, rect: Rect, view: ViewID, context: KeyContext, strings: Strings,
    right: Span?, hidden: Set<TextKey> = []
  ) {
    grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: Style(.statusBar))
    let rightWidth = right.map { DisplayWidth.of($0.text) + 2 } ?? 0
    let room = rect.width - 1 - rightWidth
    var x = rect.x + 1
    for group in statusHints(
      view: view, context: context, strings: strings, room: room, hidden: hidden)
    {
      let keys = group.statusKeys
      grid.put(keys, x: x, y: rect.y, style: Style(.statusKey))
      let label = " " + statusLabel(group.label, view: view, strings: strings)
      grid.put(label, x: x + DisplayWidth.of(keys), y: rect.y, style: Style(.statusBar))
      x += DisplayWidth.of(keys) + DisplayWidth.of(label) + 2
    }
    if let right {
      let width = min(DisplayWidth.of(right.text), rect.width - 2)
      grid.put(
        right.text, x: rect.x + rect.width - width - 1, y: rect.y, style: right.style, width: width)
    }
  }

  /// Which hints win when not all fit: quitting and help, then what the
  /// view is for, then undo, search and the report; moving last (the
  /// arrows are no secret).
  static let statusPriority: [TextKey] = [
    .keyQuit, .keyHelp, .keyOpen, .keyChooseStatus, .keyAdd, .keyFilter, .keyUndo, .keySearch,
    .keyReport, .keyAudits, .keySnapshot, .keyScrollSideways, .keySort, .keyNextPane, .keyMove,
    .keySave, .keyCancel, .keyNextField, .keyCursor,
  ]

  /// The status-bar hints that fit, by priority, shown in table order.
  static func statusHints(
    view: ViewID, context: KeyContext, strings: Strings, room: Int, hidden: Set<TextKey> = []
  ) -> [KeyBinding.Group] {
    let groups = KeyBinding.groups(in: view, context: context).filter {
      $0.inStatusBar && !($0.label.textKey.map(hidden.contains) ?? false)
    }
    let rank = { (label: KeyLabel) in
      label.textKey.flatMap { statusPriority.firstIndex(of: $0) } ?? statusPriority.count
    }
    var used = 0
    var chosen = Set<KeyLabel>()
    for group in groups.sorted(by: { rank($0.label) < rank($1.label) }) {
      let label = statusLabel(group.label, view: view, strings: strings)
      let width = DisplayWidth.of(group.statusKeys) + 1 + DisplayWidth.of(label) + 2
      if used + width > room + 2 { continue }
      used += width
      chosen.insert(group.label)
    }
    return groups.filter { chosen.contains($0.label) }
  }

  /// A key's label as the status bar words it: short, and for this view.
  static func statusLabel(_ label: KeyLabel, view: ViewID, strings: Strings) -> String {
    guard let key = label.textKey else { return strings[label] }
    let short: StatusWord? =
      switch key {
      case .keyNextPane: .pane
      case .keyScrollSideways: .rounds
      case .keySnapshot: .snapshot
      case .keyOpen: view == .history ? .details : .edit
      case .keyChooseStatus: .status
      case .keyAdd: view == .training ? .newSnapshot : .newRound
      case .keyReport: .report
      case .keyAudits: .audit
      default: nil
      }
    return short.map(strings.statusWord) ?? strings[key]
  }

  /// The whole screen while the terminal is too small: what it needs, that
  /// only q works there, and a question waiting for its answer.
  static func tooSmall(into grid: inout CellGrid, strings: Strings, question: String?) {
    let size = grid.size
    let width = max(1, size.width)
    let need = "\(Layout.minimum.width)×\(Layout.minimum.height) (\(size.width)×\(size.height))"
    var lines = Wrap.lines(strings[.tooSmall], width: width).map { ($0, StyleRole.error) }
    lines.append((need, .muted))
    lines += Wrap.lines(question ?? strings[.tooSmallQuit], width: width).map {
      ($0, question == nil ? .muted : .error)
    }
    let top = max(0, (size.height - lines.count) / 2)
    for (index, (line, role)) in lines.enumerated() {
      let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
      grid.put(line, x: x, y: top + index, style: Style(role))
    }
  }
}
