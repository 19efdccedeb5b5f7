import GranskaText

/// Overlays (help, the audit chooser; choosers are in `+Choosers`) and the mouse.
extension Dashboard {
  /// Keys while an overlay is open: the same table, read for the overlay.
  mutating func handleOverlay(_ action: Action) -> [Effect] {
    switch state.overlay {
    case .help(let scroll):
      switch action {
      case .cancel, .help, .quit: state.overlay = nil
      case .up: state.overlay = .help(scroll: max(0, scroll - 1))
      case .down: state.overlay = .help(scroll: scroll + 1)
      case .pageUp: state.overlay = .help(scroll: max(0, scroll - 10))
      case .pageDown: state.overlay = .help(scroll: scroll + 10)
      case .showView(let view):
        state.overlay = nil
        return apply(.showView(view))
      default: break
      }
    case .audits(var cursor):
      let rows = RowSpec(count: data.audits.count, searchText: { _ in "" })
      switch action {
      case .cancel, .quit, .chooseAudit: state.overlay = nil
      case .up: cursor.move(by: -1, in: rows, visible: 10)
      case .down: cursor.move(by: 1, in: rows, visible: 10)
      case .open:
        state.overlay = nil
        return [.loadAudit(data.audits[cursor.selected].id)]
      default: break
      }
      if state.overlay != nil { state.overlay = .audits(cursor) }
    case .chooser(let chooser):
      return handleChooser(action, chooser)
    case nil:
      break
    }
    return []
  }

  /// A click selects the row or tab under it and focuses its pane; the
  /// wheel moves through the pane under the pointer.
  mutating func handleMouse(_ mouse: MouseEvent) {
    guard !layout.isTooSmall, state.overlay == nil, !state.search.isEditing else { return }
    if mouse.y == 0, mouse.kind == .press {
      if let view = Chrome.tab(
        at: mouse.x, width: size.width, current: state.view, strings: strings)
      {
        show(view, focus: .list)
      }
      return
    }
    let panes = layout.panes
    if let detail = panes.detail, detail.contains(x: mouse.x, y: mouse.y) {
      setFocus(.detail)
    } else if panes.list.contains(x: mouse.x, y: mouse.y) {
      if state.view != .overview { setFocus(.list) }
      if mouse.kind == .press, let rows = rowSpec {
        let row = currentCursor.top + mouse.y - panes.list.y - headerRows
        if row >= currentCursor.top, row < rows.count, rows.isSelectable(row) {
          var cursor = currentCursor
          cursor.select(row, in: rows, visible: visibleRows)
          setCursor(cursor)
        }
      }
    } else {
      return
    }
    switch mouse.kind {
    case .wheelUp:
      _ = apply(.up)
      _ = apply(.up)
      _ = apply(.up)
    case .wheelDown:
      _ = apply(.down)
      _ = apply(.down)
      _ = apply(.down)
    default: break
    }
  }
}
