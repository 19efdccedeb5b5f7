import GranskaDomain
import GranskaText

/// A short list to choose one from, opened over the view.
public struct Chooser: Hashable, Sendable {
  public enum Purpose: Hashable, Sendable {
    /// `s`: the status of a recommendation.
    case status(recommendation: String)
    /// `f` in Recommendations and in Questions: which rows show.
    case recommendationFilter, questionFilter
    /// Enter in a detail pane with several links: where to go.
    case link([String])
  }

  public var purpose: Purpose
  public var choice: Int
}

/// One line of a chooser.
struct ChooserOption {
  var label: String
  var isCurrent: Bool
}

/// The choosers: `s` (a recommendation's status) and `f` (which
/// recommendations or questions show). ↑↓ move, Enter or an option's
/// number chooses, Esc leaves everything as it was.
extension Dashboard {
  /// `s`: the statuses, with the usual next step chosen (so `s` Enter
  /// moves work on, never round from done to not started).
  mutating func openStatusChooser() {
    guard requireEditing() else { return }
    let view = recommendationsView
    guard view.items.indices.contains(state.recommendations.selected) else { return }
    let item = view.items[state.recommendations.selected]
    let choice = RecommendationStatus.allCases.firstIndex(of: item.status.next) ?? 0
    state.overlay = .chooser(Chooser(purpose: .status(recommendation: item.id), choice: choice))
  }

  /// `f`: which rows the view shows, the current filter chosen.
  mutating func openFilterChooser() {
    let purpose: Chooser.Purpose
    switch state.view {
    case .recommendations: purpose = .recommendationFilter
    case .matrix: purpose = .questionFilter
    default: return
    }
    let choice = chooserOptions(purpose).firstIndex(where: \.isCurrent) ?? 0
    state.overlay = .chooser(Chooser(purpose: purpose, choice: choice))
  }

  func chooserTitle(_ purpose: Chooser.Purpose) -> String {
    switch purpose {
    case .status(let id): strings.fill(strings.editing(.statusChooserTitle), ["id": id])
    case .recommendationFilter: "\(strings.find(.showTitle)): \(strings[.viewRecommendations])"
    case .questionFilter: "\(strings.find(.showTitle)): \(strings[.viewMatrix])"
    case .link: strings.context(.goToTitle)
    }
  }

  func chooserOptions(_ purpose: Chooser.Purpose) -> [ChooserOption] {
    let audit = data.audit
    switch purpose {
    case .status(let id):
      let current = audit.recommendations.first { $0.id == id }?.status
      return RecommendationStatus.allCases.map {
        ChooserOption(label: strings.status($0), isCurrent: $0 == current)
      }
    case .recommendationFilter:
      return RecommendationFilter.choices(for: audit.recommendations).map {
        ChooserOption(
          label: RecommendationsView.choiceName(of: $0, strings: strings),
          isCurrent: $0 == state.recommendationFilter)
      }
    case .questionFilter:
      return QuestionFilter.choices(for: audit).map {
        let name = MatrixView.name(of: $0, in: audit, strings: strings)
        return ChooserOption(
          label: name.prefix(1).uppercased() + name.dropFirst(),
          isCurrent: $0 == state.questionFilter)
      }
    case .link(let ids):
      return linkOptions(ids)
    }
  }

  mutating func handleChooser(_ action: Action, _ chooser: Chooser) -> [Effect] {
    let count = chooserOptions(chooser.purpose).count
    var chooser = chooser
    switch action {
    case .cancel, .quit:
      state.overlay = nil
      return []
    case .up: chooser.choice = max(0, chooser.choice - 1)
    case .down, .chooseStatus, .filter: chooser.choice = min(count - 1, chooser.choice + 1)
    case .top: chooser.choice = 0
    case .bottom: chooser.choice = count - 1
    case .showView(let view) where count <= 5 && view.rawValue <= count:
      return choose(view.rawValue - 1, for: chooser.purpose)
    case .open:
      return choose(chooser.choice, for: chooser.purpose)
    default: break
    }
    state.overlay = .chooser(chooser)
    return []
  }

  private mutating func choose(_ index: Int, for purpose: Chooser.Purpose) -> [Effect] {
    state.overlay = nil
    switch purpose {
    case .status(let id):
      let status = RecommendationStatus.allCases[index]
      guard let item = data.audit.recommendations.first(where: { $0.id == id }),
        item.status != status
      else { return [] }
      let change = FieldChange(
        .recommendation(id), "status", from: item.status.rawValue, to: status.rawValue)
      return save([.set(change)], as: .edit)
    case .recommendationFilter:
      state.recommendationFilter =
        RecommendationFilter.choices(for: data.audit.recommendations)[
          index]
      reorderRecommendations()
    case .questionFilter:
      state.questionFilter = QuestionFilter.choices(for: data.audit)[index]
      state.matrix = ListCursor()
      state.detailScroll = 0
      normaliseCursors()
      refreshMatches()
    case .link(let ids):
      jump(to: ids[index])
    }
    return []
  }
}
