/// The mouse, where the terminal sends it: what is under the pointer comes
/// from the same layout the screen was drawn with.
extension Dashboard {
  /// A click selects the row or tab under it and focuses its pane; the
  /// wheel moves through the pane under the pointer.
  mutating func handleMouse(_ mouse: MouseEvent) {
    let layout = layout
    if layout.tabBar.contains(x: mouse.x, y: mouse.y) {
      let tab = layout.tabs.first { $0.rect.contains(x: mouse.x, y: mouse.y) }
      if mouse.kind == .press, let tab { show(tab.view, focus: .list) }
      return
    }
    if let detail = layout.detail, detail.pane.contains(x: mouse.x, y: mouse.y) {
      setFocus(.detail)
    } else if layout.list.pane.contains(x: mouse.x, y: mouse.y) {
      setFocus(.list)
      if mouse.kind == .press, layout.list.body.contains(x: mouse.x, y: mouse.y) {
        let before = currentCursor.selected
        state.views[state.view].click(
          currentCursor.top + mouse.y - layout.list.body.y, context())
        if currentCursor.selected != before { state.detailScroll = 0 }
      }
    } else {
      return
    }
    switch mouse.kind {
    case .wheelUp:
      for _ in 0..<3 { _ = apply(.up) }
    case .wheelDown:
      for _ in 0..<3 { _ = apply(.down) }
    default: break
    }
  }
}
