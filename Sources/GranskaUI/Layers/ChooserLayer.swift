import GranskaDomain
import GranskaText

/// One line of a chooser.
struct ChooserOption {
  var label: String
  var isCurrent: Bool
}

/// A short list to choose one from, over the view: a recommendation's
/// status (`s`), which rows a view shows (`f`), where a link goes (Enter
/// on an item with several), a key figure to edit or a new one (`K`). ↑↓ move, Enter or an option's number
/// chooses, Esc leaves everything as it was; among key figures `<` `>`
/// move the one highlighted.
struct ChooserLayer: Layer {
  enum Purpose: Hashable, Sendable {
    case status(recommendation: String)
    /// The filter of a view.
    case filter(ViewID)
    case link([Link])
    /// A new key figure, or one to edit (retired ones too, marked).
    case keyFigures
  }

  var purpose: Purpose
  var choice: Int

  static let docTitle = "In a chooser (status, filter, link, key figure)"
  static let bindings: [KeyBinding] =
    [
      KeyBinding([.up, .character("k")], .up, .keyMove),
      KeyBinding([.down, .character("j")], .down, .keyMove),
      KeyBinding([.character("s"), .character("f")], .down, label: .layer(.nextOption)),
      KeyBinding([.character("g"), .home], .top, .keyJump),
      KeyBinding([.character("G"), .end], .bottom, .keyJump),
      KeyBinding([.enter], .open, label: .layer(.choose)),
    ] + KeyBinding.move(.keyMoveKeyFigure)
    + (1...ChooserView.numberedAtMost).map {
      KeyBinding([.character(Character(String($0)))], .pick($0 - 1), label: .layer(.chooseByNumber))
    } + [KeyBinding([.escape, .character("q"), .control("c")], .cancel, label: .layer(.close))]

  mutating func handle(_ key: Key, _ dashboard: Dashboard) -> LayerOutcome {
    let count = dashboard.chooserOptions(purpose).count
    switch Self.action(for: key) {
    case .cancel?: return .close
    case .up?: choice = max(0, choice - 1)
    case .down?: choice = min(count - 1, choice + 1)
    case .top?: choice = 0
    case .bottom?: choice = count - 1
    case .pick(let index)? where count <= ChooserView.numberedAtMost && index < count:
      return choose(index)
    case .open?: return choose(choice)
    case .moveUp?, .moveDown?: return moveKeyFigure(up: Self.action(for: key) == .moveUp, dashboard)
    default: break
    }
    return .stay
  }

  /// The key figure highlighted moved one place, the highlight with it.
  private mutating func moveKeyFigure(up: Bool, _ dashboard: Dashboard) -> LayerOutcome {
    let figures = dashboard.data.wholeAudit.keyFigures
    guard purpose == .keyFigures, figures.indices.contains(choice - 1) else { return .stay }
    let command = ViewCommand.move(
      .keyFigure(figures[choice - 1].id), up: up, dashboard.context())
    if case .save(let edits) = command, case .set(let change)? = edits.first,
      let place = change.new.flatMap({ Int($0) })
    {
      choice = place + 1
    }
    return .stay { $0.apply(command) }
  }

  private func choose(_ index: Int) -> LayerOutcome {
    let purpose = purpose
    return .close { $0.choose(index, for: purpose) }
  }

  func render(into grid: inout CellGrid, _ dashboard: Dashboard, _ layout: Layout) {
    ChooserView(
      title: dashboard.chooserTitle(purpose), options: dashboard.chooserOptions(purpose),
      footer: dashboard.strings.editing(.statusChooserFooter)
    ).render(into: &grid, choice: choice)
  }
}

extension Dashboard {
  func chooserTitle(_ purpose: ChooserLayer.Purpose) -> String {
    switch purpose {
    case .status(let id): strings.editing(.statusChooserTitle(id: id))
    case .filter(let view): state.views[view].filterChoices(context(for: view))?.title ?? ""
    case .link: strings.context(.goToTitle)
    case .keyFigures: strings.part(.keyFiguresTitle)
    }
  }

  func chooserOptions(_ purpose: ChooserLayer.Purpose) -> [ChooserOption] {
    switch purpose {
    case .status(let id):
      let current = data.wholeAudit.recommendations.first { $0.id == id }?.status
      return data.wholeAudit.statusChoices.map {
        ChooserOption(label: strings.status($0, in: data.wholeAudit), isCurrent: $0 == current)
      }
    case .filter(let view):
      return state.views[view].filterChoices(context(for: view))?.options ?? []
    case .link(let links):
      return links.map { ChooserOption(label: "\($0.id) \($0.text)", isCurrent: false) }
    case .keyFigures:
      let mark = strings.part(.retiredMark)
      return [ChooserOption(label: strings.part(.newKeyFigureChoice), isCurrent: false)]
        + data.wholeAudit.keyFigures.map { figure in
          let value = strings.figure(figure.value, unit: figure.unit)
          let label = "\(figure.id) \(figure.name): \(value)"
          return ChooserOption(
            label: figure.retired == nil ? label : "(\(mark)) \(label)", isCurrent: false)
        }
    }
  }

  mutating func choose(_ index: Int, for purpose: ChooserLayer.Purpose) -> [Effect] {
    switch purpose {
    case .status(let id):
      let choices = data.wholeAudit.statusChoices
      guard choices.indices.contains(index) else { return [] }
      let status = choices[index]
      guard let item = data.wholeAudit.recommendations.first(where: { $0.id == id }),
        item.status != status
      else { return [] }
      let change = FieldChange(
        .recommendation(id, .status), from: item.status.rawValue, to: status.rawValue)
      return save([.set(change)], as: .edit)
    case .filter(let view):
      state.views[view].chooseFilter(index, context(for: view))
      rowsChanged()
    case .link(let links):
      jump(to: links[index])
    case .keyFigures:
      let factory = FormFactory(data: data, strings: strings)
      let figures = data.wholeAudit.keyFigures
      let form =
        index == 0
        ? factory.newKeyFigure() : factory.keyFigure(figures[min(index, figures.count) - 1])
      state.layers.push(FormLayer(form: form))
    }
    return []
  }
}

/// A short list drawn in a box: the current value marked ✓, numbered 1–5
/// when there are no more than five.
struct ChooserView {
  static let numberedAtMost = 5

  let title: String
  let options: [ChooserOption]
  let footer: String

  var numbered: Bool { options.count <= Self.numberedAtMost }

  func render(into grid: inout CellGrid, choice: Int) {
    let labels = options.enumerated().map { index, option in
      (numbered ? "\(index + 1)  " : "") + option.label + (option.isCurrent ? "  ✓" : "")
    }
    let width =
      ([footer, title].map(DisplayWidth.of) + labels.map { DisplayWidth.of($0) + 2 }).max()! + 6
    let inner = Box.draw(
      into: &grid, width: width, height: min(options.count, 16) + 4, title: title)
    let visible = max(1, inner.height - 2)
    let top = min(max(0, choice - visible + 1), max(0, options.count - visible))
    for row in 0..<visible where top + row < options.count {
      let index = top + row
      Box.option(
        labels[index], selected: index == choice, bold: options[index].isCurrent, into: &grid,
        x: inner.x, y: inner.y + row, width: inner.width)
    }
    grid.put(
      footer, x: inner.x, y: inner.y + inner.height - 1, style: Style(.muted), width: inner.width)
  }
}
