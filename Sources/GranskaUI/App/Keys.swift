import GranskaText

/// The five views, numbered as their keys.
public enum ViewID: Int, CaseIterable, Hashable, Sendable {
  case overview = 1
  case matrix, recommendations, training, history

  public var title: TextKey {
    switch self {
    case .overview: .viewOverview
    case .matrix: .viewMatrix
    case .recommendations: .viewRecommendations
    case .training: .viewTraining
    case .history: .viewHistory
    }
  }
}

/// What a key asks for. The reducer decides what it means where.
public enum Action: Hashable, Sendable {
  case showView(ViewID)
  case nextPane, previousPane
  case up, down, left, right, pageUp, pageDown, top, bottom
  case open, cancel
  case search, nextMatch, previousMatch
  case help, quit
  case cycleFilter, cycleSort
  case chooseAudit
}

/// One row of the key table: the keys, what they do, where, and whether the
/// status bar shows them. Help, the status bar and docs/KEYBINDINGS.md are
/// all generated from `KeyBinding.table`; rows with the same label are
/// shown together ("↑ k  ↓ j  move").
public struct KeyBinding: Sendable {
  public let keys: [Key]
  public let action: Action
  public let label: TextKey
  /// The views where it applies; nil for every view.
  public let views: [ViewID]?
  public let inStatusBar: Bool
  /// How the status bar writes the keys of this row's group, e.g. "↑↓".
  public let hint: String?

  init(
    _ keys: [Key], _ action: Action, _ label: TextKey, views: [ViewID]? = nil,
    statusBar: Bool = false, hint: String? = nil
  ) {
    self.keys = keys
    self.action = action
    self.label = label
    self.views = views
    self.inStatusBar = statusBar
    self.hint = hint
  }

  public func applies(in view: ViewID) -> Bool { views?.contains(view) ?? true }

  public static let table: [KeyBinding] =
    ViewID.allCases.map { view in
      KeyBinding([.character(Character(String(view.rawValue)))], .showView(view), .keyViews)
    } + [
      KeyBinding([.tab], .nextPane, .keyNextPane, statusBar: true),
      KeyBinding([.backTab], .previousPane, .keyPreviousPane),
      KeyBinding([.up, .character("k")], .up, .keyMove, statusBar: true, hint: "↑↓"),
      KeyBinding([.down, .character("j")], .down, .keyMove),
      KeyBinding(
        [.left, .character("h")], .left, .keySnapshot, views: [.training], statusBar: true,
        hint: "←→"),
      KeyBinding([.right, .character("l")], .right, .keySnapshot, views: [.training]),
      KeyBinding([.left, .character("h")], .left, .keyScrollSideways, views: [.matrix]),
      KeyBinding([.right, .character("l")], .right, .keyScrollSideways, views: [.matrix]),
      KeyBinding([.pageUp], .pageUp, .keyPage),
      KeyBinding([.pageDown], .pageDown, .keyPage),
      KeyBinding([.character("g"), .home], .top, .keyJump),
      KeyBinding([.character("G"), .end], .bottom, .keyJump),
      KeyBinding(
        [.enter], .open, .keyOpen, views: [.matrix, .recommendations, .training, .history],
        statusBar: true),
      KeyBinding([.escape], .cancel, .keyCancel),
      KeyBinding(
        [.character("f")], .cycleFilter, .keyFilter, views: [.recommendations], statusBar: true),
      KeyBinding(
        [.character("o")], .cycleSort, .keySort, views: [.recommendations], statusBar: true),
      KeyBinding([.character("a")], .chooseAudit, .keyAudits),
      KeyBinding([.character("/")], .search, .keySearch, statusBar: true),
      KeyBinding([.character("n")], .nextMatch, .keyNextMatch),
      KeyBinding([.character("N")], .previousMatch, .keyPreviousMatch),
      KeyBinding([.character("?"), .function(1)], .help, .keyHelp, statusBar: true),
      KeyBinding([.character("q"), .control("c")], .quit, .keyQuit, statusBar: true),
    ]

  /// The action a key has in a view, if any.
  public static func action(for key: Key, in view: ViewID) -> Action? {
    table.first { $0.keys.contains(key) && $0.applies(in: view) }?.action
  }

  /// Bindings that share a label, shown together in help, docs and the status bar.
  public struct Group: Sendable {
    public var keys: [Key]
    public var label: TextKey
    public var inStatusBar: Bool
    public var hint: String?

    /// The keys as the status bar writes them.
    public var statusKeys: String { hint ?? keys.first?.displayName ?? "" }
  }

  /// The bindings of a view merged by label, in table order.
  public static func groups(in view: ViewID?) -> [Group] {
    var groups: [Group] = []
    for binding in table where view.map(binding.applies) ?? true {
      if let index = groups.firstIndex(where: { $0.label == binding.label }) {
        groups[index].keys += binding.keys.filter { !groups[index].keys.contains($0) }
        groups[index].inStatusBar = groups[index].inStatusBar || binding.inStatusBar
        groups[index].hint = groups[index].hint ?? binding.hint
      } else {
        groups.append(
          Group(
            keys: binding.keys, label: binding.label, inStatusBar: binding.inStatusBar,
            hint: binding.hint))
      }
    }
    return groups
  }
}

extension Key {
  /// How the key is written in help, the status bar and the docs.
  public var displayName: String {
    switch self {
    case .character(" "): "Space"
    case .character(let c): String(c)
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .enter: "Enter"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .backspace: "Backspace"
    case .delete: "Delete"
    case .insert: "Insert"
    case .function(let n): "F\(n)"
    case .control(let c): "Ctrl-\(c.uppercased())"
    }
  }
}
