import GranskaText

/// `?`: the keys of the current view, straight from its key table, and the mouse.
struct HelpLayer: Layer {
  var scroll = 0

  static let docTitle = "In help"
  static let bindings: [KeyBinding] =
    [
      KeyBinding([.up, .character("k")], .up, label: .layer(.scroll)),
      KeyBinding([.down, .character("j")], .down, label: .layer(.scroll)),
      KeyBinding([.pageUp], .pageUp, label: .layer(.scroll)),
      KeyBinding([.pageDown], .pageDown, label: .layer(.scroll)),
    ]
    + ViewID.allCases.map {
      KeyBinding(
        [.character(Character(String($0.number)))], .showView($0),
        label: .layer(.closeAndShowView))
    } + [
      KeyBinding(
        [.escape, .character("?"), .function(1), .character("q"), .control("c")], .cancel,
        label: .layer(.close))
    ]

  mutating func handle(_ key: Key, _ dashboard: Dashboard) -> LayerOutcome {
    switch Self.action(for: key) {
    case .cancel?: return .close
    case .up?: scroll = max(0, scroll - 1)
    case .down?: scroll += 1
    case .pageUp?: scroll = max(0, scroll - 10)
    case .pageDown?: scroll += 10
    case .showView(let view)?: return .close { $0.apply(.showView(view)) }
    default: break
    }
    return .stay
  }

  func render(into grid: inout CellGrid, _ dashboard: Dashboard, _ layout: Layout) {
    // As the status bar: in a detail pane with links, Enter goes to them.
    HelpView(
      view: dashboard.state.view, strings: dashboard.strings,
      followsLinks: dashboard.state.focus == .detail && !dashboard.links.isEmpty
    ).render(into: &grid, scroll: scroll)
  }
}

/// The help box: the view's key groups, then the mouse.
struct HelpView {
  let view: ViewID
  let strings: Strings
  /// The focused pane is a detail pane with links: Enter follows them.
  var followsLinks = false

  var lines: [Line] {
    let groups = KeyBinding.groups(in: view)
    let keyTexts = groups.map { $0.keys.map(\.displayName).joined(separator: " ") }
    let keyWidth = keyTexts.map(DisplayWidth.of).max() ?? 0
    var lines: [Line] = [
      [
        Span(
          DisplayWidth.pad(strings[.keyColumn], to: keyWidth + 2) + strings[.actionColumn],
          Style(.header))
      ]
    ]
    for (group, keys) in zip(groups, keyTexts) {
      let label =
        followsLinks && group.word == .edit ? strings.statusWord(.follow) : strings[group.label]
      lines.append([Span(DisplayWidth.pad(keys, to: keyWidth + 2), Style(.accent)), Span(label)])
    }
    // The mouse, where the terminal sends it.
    let mouseWidth = max(
      keyWidth, mouseBindings.map { DisplayWidth.of(strings.mouse($0.0)) }.max()!)
    lines.append([])
    lines.append([Span(strings.mouse(.heading), Style(.header))])
    for (what, does) in mouseBindings {
      lines.append([
        Span(DisplayWidth.pad(strings.mouse(what), to: mouseWidth + 2), Style(.accent)),
        Span(strings.mouse(does)),
      ])
    }
    return lines
  }

  func render(into grid: inout CellGrid, scroll: Int) {
    let lines = lines
    let width = (lines.map { $0.reduce(0) { $0 + DisplayWidth.of($1.text) } }.max() ?? 20) + 6
    let title = "\(strings[.helpTitle]) – \(strings[view.title])"
    let inner = Box.draw(
      into: &grid, width: max(width, DisplayWidth.of(title) + 8), height: lines.count + 4,
      title: title)
    let visible = max(1, inner.height - 1)
    let start = min(scroll, max(0, lines.count - visible))
    for row in 0..<visible where start + row < lines.count {
      grid.draw(lines[start + row], x: inner.x, y: inner.y + row, width: inner.width)
    }
    grid.put(
      strings[.helpFooter], x: inner.x, y: inner.y + inner.height - 1, style: Style(.muted),
      width: inner.width)
  }
}
