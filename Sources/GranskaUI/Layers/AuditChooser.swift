import GranskaText

/// `a`: choose which of the database's audits to show, or (editors) start
/// a new one: "Ny granskning…" after the audits.
struct AuditChooser: Layer {
  var cursor = ListCursor()

  static let docTitle = "Choosing an audit"
  static let bindings: [KeyBinding] = [
    KeyBinding([.up, .character("k")], .up, .keyMove),
    KeyBinding([.down, .character("j")], .down, .keyMove),
    KeyBinding([.enter], .open, label: .layer(.choose)),
    KeyBinding(
      [.escape, .character("q"), .control("c"), .character("a")], .cancel, label: .layer(.close)),
  ]

  /// The chooser with the audit shown selected.
  init(showing id: String, on dashboard: Dashboard) {
    let index = dashboard.data.audits.firstIndex { $0.id == id } ?? 0
    cursor.select(index, in: Self.rows(dashboard), visible: Self.visible(dashboard))
  }

  private static func rows(_ dashboard: Dashboard) -> RowSpec {
    RowSpec(count: rowCount(dashboard), searchText: { _ in "" })
  }

  /// The audits, and "Ny granskning…" where the session may edit (a
  /// viewer is not offered what would be refused).
  private static func rowCount(_ dashboard: Dashboard) -> Int {
    dashboard.data.audits.count + (offersNewAudit(dashboard) ? 1 : 0)
  }

  private static func offersNewAudit(_ dashboard: Dashboard) -> Bool {
    dashboard.data.editRefusal == nil
  }

  /// The box: as wide as the screen allows, up to twenty rows high.
  private static func box(_ dashboard: Dashboard) -> (box: Rect, inside: Rect) {
    Box.place(
      width: dashboard.size.width - 8, height: min(rowCount(dashboard), 20) + 2,
      on: dashboard.size)
  }

  private static func visible(_ dashboard: Dashboard) -> Int {
    max(1, box(dashboard).inside.height)
  }

  mutating func handle(_ key: Key, _ dashboard: Dashboard) -> LayerOutcome {
    let rows = Self.rows(dashboard)
    switch Self.action(for: key) {
    case .cancel?: return .close
    case .up?: cursor.move(by: -1, in: rows, visible: Self.visible(dashboard))
    case .down?: cursor.move(by: 1, in: rows, visible: Self.visible(dashboard))
    case .open?:
      guard dashboard.data.audits.indices.contains(cursor.selected) else {
        return .close { $0.openNewAuditForm() }
      }
      let id = dashboard.data.audits[cursor.selected].id
      return .close { _ in [.loadAudit(id)] }
    default: break
    }
    return .stay
  }

  func render(into grid: inout CellGrid, _ dashboard: Dashboard, _ layout: Layout) {
    let audits = dashboard.data.audits
    let (box, inner) = Self.box(dashboard)
    Box.draw(
      into: &grid, width: box.width, height: box.height, title: dashboard.strings[.auditsTitle])
    // After a resize the list may show fewer rows than when it last moved.
    var cursor = cursor
    cursor.scrollIntoView(rows: Self.rows(dashboard), visible: inner.height)
    for row in 0..<inner.height {
      let index = cursor.top + row
      guard index < audits.count else {
        if index < Self.rowCount(dashboard) {
          Box.option(
            dashboard.strings.structure(.newAuditOption), selected: index == cursor.selected,
            bold: true, into: &grid, x: inner.x, y: inner.y + row, width: inner.width)
        }
        break
      }
      let audit = audits[index]
      Box.option(
        "\(audit.organisation) \(audit.yearOrPeriod) – \(audit.title)",
        selected: index == cursor.selected,
        into: &grid, x: inner.x, y: inner.y + row, width: inner.width)
    }
  }
}
