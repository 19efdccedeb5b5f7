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
  case filter, cycleSort
  case chooseAudit
  case chooseStatus, undo, redo, add, writeReport, back
  case suspend
  // In a form
  case nextField, previousField, save
  case clearField, deleteWord, newLine
}

/// Where a key is pressed: browsing the views, or filling in a form.
public enum KeyContext: Hashable, Sendable {
  case browse, form
}

/// What a row of the key table is called: a general interface string, or
/// one of safe input's own (InputStrings.swift).
public enum KeyLabel: Hashable, Sendable {
  case text(TextKey)
  case input(InputText)
}

extension KeyLabel {
  /// The general interface string, when the label is one.
  public var textKey: TextKey? {
    if case .text(let key) = self { return key }
    return nil
  }
}

extension Strings {
  public subscript(_ label: KeyLabel) -> String {
    switch label {
    case .text(let key): self[key]
    case .input(let key): self[key]
    }
  }
}

/// One row of the key table: the keys, what they do, where, and whether the
/// status bar shows them. Help, the status bar and docs/KEYBINDINGS.md are
/// all generated from `KeyBinding.table`; rows with the same label are
/// shown together ("↑ k  ↓ j  move").
public struct KeyBinding: Sendable {
  public let keys: [Key]
  public let action: Action
  public let label: KeyLabel
  /// The views where it applies; nil for every view.
  public let views: [ViewID]?
  public let context: KeyContext
  public let inStatusBar: Bool
  /// How the status bar writes the keys of this row's group, e.g. "↑↓".
  public let hint: String?

  init(
    _ keys: [Key], _ action: Action, _ label: TextKey, views: [ViewID]? = nil,
    context: KeyContext = .browse, statusBar: Bool = false, hint: String? = nil
  ) {
    self.init(
      keys, action, label: .text(label), views: views, context: context, statusBar: statusBar,
      hint: hint)
  }

  init(
    _ keys: [Key], _ action: Action, label: KeyLabel, views: [ViewID]? = nil,
    context: KeyContext = .browse, statusBar: Bool = false, hint: String? = nil
  ) {
    self.keys = keys
    self.action = action
    self.label = label
    self.views = views
    self.context = context
    self.inStatusBar = statusBar
    self.hint = hint
  }

  public func applies(in view: ViewID) -> Bool {
    context == .browse && (views?.contains(view) ?? true)
  }

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
      KeyBinding(
        [.left, .character("h")], .left, .keyScrollSideways, views: [.matrix], statusBar: true,
        hint: "←→"),
      KeyBinding([.right, .character("l")], .right, .keyScrollSideways, views: [.matrix]),
      KeyBinding([.pageUp], .pageUp, .keyPage),
      KeyBinding([.pageDown], .pageDown, .keyPage),
      KeyBinding([.character("g"), .home], .top, .keyJump),
      KeyBinding([.character("G"), .end], .bottom, .keyJump),
      KeyBinding(
        [.enter], .open, .keyOpen, views: [.matrix, .recommendations, .training, .history],
        statusBar: true),
      KeyBinding(
        [.character("s")], .chooseStatus, .keyChooseStatus, views: [.recommendations],
        statusBar: true),
      KeyBinding([.character("+")], .add, .keyAdd, views: [.matrix, .training], statusBar: true),
      KeyBinding([.character("u")], .undo, .keyUndo, statusBar: true),
      KeyBinding([.control("r")], .redo, .keyRedo),
      KeyBinding([.character("r")], .writeReport, .keyReport, statusBar: true),
      KeyBinding([.escape], .cancel, .keyCancel),
      KeyBinding([.backspace], .back, .keyBack, views: [.matrix, .recommendations]),
      KeyBinding(
        [.character("f")], .filter, .keyFilter, views: [.matrix, .recommendations],
        statusBar: true),
      KeyBinding(
        [.character("o")], .cycleSort, .keySort, views: [.recommendations], statusBar: true),
      KeyBinding([.character("a")], .chooseAudit, .keyAudits, statusBar: true),
      KeyBinding([.character("/")], .search, .keySearch, statusBar: true),
      KeyBinding([.character("n")], .nextMatch, .keyNextMatch),
      KeyBinding([.character("N")], .previousMatch, .keyPreviousMatch),
      KeyBinding([.character("?"), .function(1)], .help, .keyHelp, statusBar: true),
      KeyBinding([.character("q"), .control("c")], .quit, .keyQuit, statusBar: true),
      KeyBinding([.control("z")], .suspend, label: .input(.keySuspend)),
      // In a form: typed characters go into the field.
      KeyBinding([.enter], .save, .keySave, context: .form, statusBar: true),
      KeyBinding([.escape], .cancel, .keyCancel, context: .form, statusBar: true),
      KeyBinding(
        [.tab, .down], .nextField, .keyNextField, context: .form, statusBar: true, hint: "Tab"),
      KeyBinding([.backTab, .up], .previousField, .keyPreviousField, context: .form),
      KeyBinding(
        [.left, .right, .home, .end, .control("a"), .control("e"), .backspace, .delete], .left,
        .keyCursor, context: .form, statusBar: true, hint: "←→"),
      KeyBinding([.control("u")], .clearField, label: .input(.keyClearField), context: .form),
      KeyBinding([.control("w")], .deleteWord, label: .input(.keyDeleteWord), context: .form),
      KeyBinding([.control("j")], .newLine, label: .input(.keyNewLine), context: .form),
      KeyBinding([.control("z")], .suspend, label: .input(.keySuspend), context: .form),
    ]

  /// The action a key has in a view, if any.
  public static func action(for key: Key, in view: ViewID) -> Action? {
    table.first { $0.keys.contains(key) && $0.applies(in: view) }?.action
  }

  /// The action a key has while an overlay (help, a chooser) is open: the
  /// view's, else what the key does anywhere — Enter picks in the audit
  /// chooser also over the Overview, where Enter itself opens nothing.
  static func overlayAction(for key: Key, in view: ViewID) -> Action? {
    action(for: key, in: view)
      ?? table.first { $0.context == .browse && $0.keys.contains(key) }?.action
  }

  /// The action a key has in a form; nil for keys that move the cursor or
  /// type (the field handles those).
  static func formAction(for key: Key) -> Action? {
    let action = table.first { $0.context == .form && $0.keys.contains(key) }?.action
    return action == .left ? nil : action
  }

  /// Bindings that share a label, shown together in help, docs and the status bar.
  public struct Group: Sendable {
    public var keys: [Key]
    public var label: KeyLabel
    public var inStatusBar: Bool
    public var hint: String?

    /// The keys as the status bar writes them.
    public var statusKeys: String { hint ?? keys.first?.displayName ?? "" }
  }

  /// The bindings of a view (or of forms) merged by label, in table order.
  public static func groups(in view: ViewID?, context: KeyContext = .browse) -> [Group] {
    var groups: [Group] = []
    for binding in table
    where binding.context == context && (view.map { binding.views?.contains($0) ?? true } ?? true) {
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
