import GranskaText

/// The parts around the views: tab bar, pane titles, status bar, and the
/// screen shown when the terminal is too small.
enum Chrome {
  /// "1 Översikt  2 Frågor …" with the current view highlighted, the tabs
  /// where the layout puts them. A `marker` (e.g. read-only) always shows
  /// at the right end (the layout made room for it); `info` shows there too
  /// when it fits.
  static func tabBar(
    into grid: inout CellGrid, layout: Layout, current: ViewID, marker: String?, info: String
  ) {
    let rect = layout.tabBar
    grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: Style(.statusBar))
    var x = rect.x
    for tab in layout.tabs {
      let style = tab.view == current ? Style(.tabActive) : Style(.tabInactive)
      x =
        tab.rect.x
        + grid.put(
          tab.label, x: tab.rect.x, y: rect.y, style: style, width: rect.x + rect.width - tab.rect.x
        )
    }
    let candidates = [marker.map { "\($0) · \(info)" } ?? info, marker].compactMap { $0 }
    if let text = candidates.first(where: { x + DisplayWidth.of($0) + 2 <= rect.x + rect.width }) {
      let width = DisplayWidth.of(text)
      let style = Style(marker == nil ? .statusBar : .statusKey)
      grid.put(text, x: rect.x + rect.width - width - 1, y: rect.y, style: style)
    }
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

  /// Key hints, left; the search state, right.
  static func statusBar(
    into grid: inout CellGrid, rect: Rect, groups: [KeyBinding.Group], strings: Strings,
    right: Span?
  ) {
    grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: Style(.statusBar))
    let rightWidth = right.map { DisplayWidth.of($0.text) + 2 } ?? 0
    let room = rect.width - 1 - rightWidth
    var x = rect.x + 1
    for group in statusHints(groups, strings: strings, room: room) {
      let keys = group.statusKeys
      grid.put(keys, x: x, y: rect.y, style: Style(.statusKey))
      let label = " " + statusLabel(group, strings: strings)
      grid.put(label, x: x + DisplayWidth.of(keys), y: rect.y, style: Style(.statusBar))
      x += DisplayWidth.of(keys) + DisplayWidth.of(label) + 2
    }
    if let right {
      let width = min(DisplayWidth.of(right.text), rect.width - 2)
      grid.put(
        right.text, x: rect.x + rect.width - width - 1, y: rect.y, style: right.style, width: width)
    }
  }

  /// The status bar as one line of text (a message, a question).
  static func statusLine(_ text: String, into grid: inout CellGrid, rect: Rect, style: Style) {
    grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: Style(.statusBar))
    grid.put(" " + text, x: rect.x, y: rect.y, style: style)
  }

  /// Which hints win when not all fit: quitting and help, then what the
  /// view is for, then undo, search and the report, then the view's
  /// rarer parts (key figures, a training section); moving last (the
  /// arrows are no secret).
  static let statusPriority: [KeyLabel] =
    [
      .keyQuit, .keyHelp, .keyOpen, .keyChooseStatus, .keyAdd, .keyFilter, .keyUndo, .keySearch,
      .keyReport,
    ].map(KeyLabel.text) + [.part(.keyKeyFigures), .part(.keyNewTrainingSection)]
    + [
      .keyAudits, .keySnapshot, .keyScrollSideways, .keySort, .keyNextPane, .keyMove, .keySave,
      .keyCancel, .keyNextField, .keyCursor,
    ].map(KeyLabel.text)

  /// The hints (groups in the status bar) that fit, by priority, shown in table order.
  static func statusHints(_ groups: [KeyBinding.Group], strings: Strings, room: Int)
    -> [KeyBinding.Group]
  {
    let rank = { (label: KeyLabel) in
      statusPriority.firstIndex(of: label) ?? statusPriority.count
    }
    var used = 0
    var chosen = Set<KeyLabel>()
    for group in groups.sorted(by: { rank($0.label) < rank($1.label) }) {
      let label = statusLabel(group, strings: strings)
      let width = DisplayWidth.of(group.statusKeys) + 1 + DisplayWidth.of(label) + 2
      if used + width > room + 2 { continue }
      used += width
      chosen.insert(group.label)
    }
    return groups.filter { chosen.contains($0.label) }
  }

  /// A key's label as the status bar words it: its short word, if it has one.
  static func statusLabel(_ group: KeyBinding.Group, strings: Strings) -> String {
    group.word.map(strings.statusWord) ?? strings[group.label]
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
