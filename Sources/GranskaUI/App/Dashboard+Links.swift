import GranskaDomain
import GranskaText

/// Where a jump along a link came from, to go back to.
public struct JumpOrigin: Hashable, Sendable {
  public var view: ViewID
  /// The question or recommendation that was selected.
  public var id: String
}

/// Links between questions and recommendations: Enter in the detail pane
/// goes to the linked one (a chooser when there are several), Backspace or
/// Esc goes back.
extension Dashboard {
  /// The ids the selected item links to: a question's recommendations, a
  /// recommendation's questions.
  var links: [String] {
    switch state.view {
    case .matrix:
      guard let question = matrixView.question(at: state.matrix.selected) else { return [] }
      return data.audit.recommendations.filter { $0.questions.contains(question.id) }.map(\.id)
    case .recommendations:
      let items = recommendationsView.items
      guard items.indices.contains(state.recommendations.selected) else { return [] }
      return items[state.recommendations.selected].questions
    default:
      return []
    }
  }

  /// The id of the selected question or recommendation.
  var selectedID: String? {
    switch state.view {
    case .matrix: return matrixView.question(at: state.matrix.selected)?.id
    case .recommendations:
      let items = recommendationsView.items
      return items.indices.contains(state.recommendations.selected)
        ? items[state.recommendations.selected].id : nil
    default: return nil
    }
  }

  /// Enter in the detail pane: along the link, or a chooser of them.
  mutating func followLink() {
    let links = links
    if links.count == 1 {
      jump(to: links[0])
    } else if !links.isEmpty {
      state.overlay = .chooser(Chooser(purpose: .link(links), choice: 0))
    }
  }

  mutating func jump(to id: String) {
    guard let origin = selectedID else { return }
    let from = JumpOrigin(view: state.view, id: origin)
    reveal(
      state.view == .matrix ? .recommendation(id) : .question(round: nil, question: id))
    state.jumpedFrom = from
  }

  /// Backspace or Esc after a jump: back where it was, detail pane focused.
  mutating func goBack() {
    guard let origin = state.jumpedFrom else { return }
    state.jumpedFrom = nil
    reveal(
      origin.view == .matrix
        ? .question(round: nil, question: origin.id) : .recommendation(origin.id))
    setFocus(.detail)
  }

  /// "Backspace eller Esc: tillbaka till Q8" while a jump can be undone.
  var backHint: String? {
    state.jumpedFrom.map { strings.fill(strings.context(.back), ["id": $0.id]) }
  }

  /// The chooser's lines for links: id and text.
  func linkOptions(_ ids: [String]) -> [ChooserOption] {
    ids.map { id in
      let text =
        data.audit.recommendations.first { $0.id == id }?.text
        ?? data.audit.questions.first { $0.id == id }?.text ?? ""
      return ChooserOption(label: "\(id) \(text)", isCurrent: false)
    }
  }
}
