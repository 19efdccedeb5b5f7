import GranskaDomain
import GranskaText

/// Where a jump along a link came from, to go back to.
public struct JumpOrigin: Hashable, Sendable {
  /// The question or recommendation that was selected.
  var place: Place
  /// Its id, as the status bar names it.
  public var id: String
}

/// Links between items (a question and the recommendations that answer
/// it): Enter in the detail pane goes to the linked one (a chooser when
/// there are several), Backspace or Esc goes back.
extension Dashboard {
  /// The selected item, where the view has items.
  var selectedItem: ViewItem? { current.item(at: currentCursor.selected, context()) }

  /// What the selected item links to.
  var links: [Link] { selectedItem?.links ?? [] }

  /// Enter in the detail pane: along the link, or a chooser of them.
  mutating func followLink() {
    let links = links
    if links.count == 1 {
      jump(to: links[0])
    } else if !links.isEmpty {
      state.layers.push(ChooserLayer(purpose: .link(links), choice: 0))
    }
  }

  mutating func jump(to link: Link) {
    guard let origin = selectedItem?.place else { return }
    let from = JumpOrigin(place: origin, id: Self.id(of: origin))
    reveal(link.place)
    state.jumpedFrom = from
  }

  /// Backspace or Esc after a jump: back where it was, detail pane focused.
  mutating func goBack() {
    guard let origin = state.jumpedFrom else { return }
    state.jumpedFrom = nil
    reveal(origin.place)
    setFocus(.detail)
  }

  /// "Backspace eller Esc: tillbaka till Q8" while a jump can be undone.
  var backHint: String? {
    state.jumpedFrom.map { strings.context(.back(id: $0.id)) }
  }

  /// The name of the thing at a place, as the user knows it ("Q8", "R1").
  static func id(of place: Place) -> String {
    switch place {
    case .recommendation(let id), .question(_, let id), .round(let id): id
    case .training(let date, let section): section ?? date.description
    }
  }
}
