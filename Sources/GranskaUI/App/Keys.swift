import GranskaText

/// What a key asks for. The view or layer that gets it decides what it means.
public enum Action: Hashable, Sendable {
  case showView(ViewID)
  case nextPane, previousPane
  case up, down, left, right, pageUp, pageDown, top, bottom
  /// Enter on an item: its edit form (or, in a detail pane, along its link).
  case edit
  /// Enter where nothing is edited: the detail pane (History).
  case open
  case cancel
  case search, nextMatch, previousMatch
  case help, quit
  case filter, cycleSort
  case chooseAudit
  case chooseStatus, undo, redo, add, writeReport, back
  /// The owner directory's entry of the selected recommendation's owner.
  case editOwner
  /// Retires the selected part, asking why; restores it when it is retired.
  case retire
  case suspend
  // In a form, or typing a search
  case nextField, previousField, save
  /// Keys that move a text's cursor or delete a character: the text handles them.
  case editText
  case clearField, deleteWord, newLine
  // In a chooser, and when asked
  case pick(Int)
  case yes
  /// An audit's structure entered by hand (the Questions view).
  case addSection, addQuestion, editSection, editQuestion
  /// Moves the selected part (a question among its section's, a
  /// recommendation) one place up or down, and the selected question's section.
  case moveUp, moveDown, moveSectionUp, moveSectionDown
  /// The key figures (the Overview): a chooser of them and a new one, then its form.
  case keyFigures
  /// A new section in the training snapshot shown.
  case addTrainingSection
  /// Management's response to the selected recommendation.
  case editResponse

  /// Moving the selection: the detail pane catches up only when keys pause.
  var moves: Bool { [.up, .down, .pageUp, .pageDown, .top, .bottom].contains(self) }

  /// Actions that change data: refused, with the reason, in a read-only session.
  var edits: Bool {
    [.edit, .add, .chooseStatus, .undo, .redo, .editOwner, .retire].contains(self)
      || [.addSection, .addQuestion, .editSection, .editQuestion].contains(self)
      || [.moveUp, .moveDown, .moveSectionUp, .moveSectionDown].contains(self)
      || [.keyFigures, .addTrainingSection, .editResponse].contains(self)
  }
}

/// What a row of a key table is called: a general interface string, or one
/// of an area's own (safe input, the layers).
public enum KeyLabel: Hashable, Sendable {
  case text(TextKey)
  case input(InputText)
  case layer(LayerKey)
  case owner(OwnerWords)
  case structure(StructureWords)
  case part(PartKey)
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
    case .layer(let key): self(key)
    case .owner(let key): self(key)
    case .structure(let key): self(key)
    case .part(let key): self(key)
    }
  }
}

/// Where a binding stands among the others in help and the status bar: the
/// common keys and a view's own keys are merged in this order.
enum KeySection: Int, Comparable {
  /// Views, panes and moving.
  case moving
  /// A view's sideways keys (rounds, snapshots).
  case sideways
  case paging
  /// What a view does with its selected item: edit, status, add.
  case item
  /// Undo, redo, the report, Esc.
  case session
  /// Back along a link.
  case back
  /// Which rows show, and their order.
  case rows
  case general

  static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// One row of a key table: the keys, what they do, and how help and the
/// status bar show them. Each view declares its own keys next to its code
/// (`DashboardView.bindings`), each layer its own (`Layer.bindings`); the
/// keys every view shares are `KeyBinding.common`. Help, the status bar
/// and docs/KEYBINDINGS.md are generated from these tables; rows with the
/// same label are shown together ("↑ k  ↓ j  move").
public struct KeyBinding: Sendable {
  public let keys: [Key]
  public let action: Action
  public let label: KeyLabel
  let section: KeySection
  public let inStatusBar: Bool
  /// How the status bar writes the keys of this row's group, e.g. "↑↓".
  public let hint: String?
  /// The status bar's short word for it, where the label is long.
  let word: StatusWord?

  init(
    _ keys: [Key], _ action: Action, _ label: TextKey, in section: KeySection = .general,
    statusBar: Bool = false, hint: String? = nil, word: StatusWord? = nil
  ) {
    self.init(
      keys, action, label: .text(label), in: section, statusBar: statusBar, hint: hint, word: word)
  }

  init(
    _ keys: [Key], _ action: Action, label: KeyLabel, in section: KeySection = .general,
    statusBar: Bool = false, hint: String? = nil, word: StatusWord? = nil
  ) {
    self.keys = keys
    self.action = action
    self.label = label
    self.section = section
    self.inStatusBar = statusBar
    self.hint = hint
    self.word = word
  }

  /// The keys of every view.
  static let common: [KeyBinding] =
    ViewID.allCases.map { view in
      KeyBinding(
        [.character(Character(String(view.number)))], .showView(view), .keyViews, in: .moving)
    } + [
      KeyBinding([.tab], .nextPane, .keyNextPane, in: .moving, statusBar: true, word: .pane),
      KeyBinding([.backTab], .previousPane, .keyPreviousPane, in: .moving),
      KeyBinding([.up, .character("k")], .up, .keyMove, in: .moving, statusBar: true, hint: "↑↓"),
      KeyBinding([.down, .character("j")], .down, .keyMove, in: .moving),
      KeyBinding([.pageUp], .pageUp, .keyPage, in: .paging),
      KeyBinding([.pageDown], .pageDown, .keyPage, in: .paging),
      KeyBinding([.character("g"), .home], .top, .keyJump, in: .paging),
      KeyBinding([.character("G"), .end], .bottom, .keyJump, in: .paging),
      KeyBinding([.character("u")], .undo, .keyUndo, in: .session, statusBar: true),
      KeyBinding([.control("r")], .redo, .keyRedo, in: .session),
      KeyBinding(
        [.character("r")], .writeReport, .keyReport, in: .session, statusBar: true, word: .report),
      KeyBinding([.escape], .cancel, .keyCancel, in: .session),
      KeyBinding([.character("a")], .chooseAudit, .keyAudits, statusBar: true, word: .audit),
      KeyBinding([.character("/")], .search, .keySearch, statusBar: true),
      KeyBinding([.character("n")], .nextMatch, .keyNextMatch),
      KeyBinding([.character("N")], .previousMatch, .keyPreviousMatch),
      KeyBinding([.character("?"), .function(1)], .help, .keyHelp, statusBar: true),
      KeyBinding([.character("q"), .control("c")], .quit, .keyQuit, statusBar: true),
      suspend,
    ]

  /// Ctrl-Z gives the terminal back, wherever the user is.
  static let suspend = KeyBinding([.control("z")], .suspend, label: .input(.keySuspend))

  // Keys that several views share, each view listing those it has.

  /// Enter on an item: its edit form.
  static let edit = KeyBinding(
    [.enter], .edit, .keyOpen, in: .item, statusBar: true, word: .edit)
  /// Backspace after Enter on a link.
  static let back = KeyBinding([.backspace], .back, .keyBack, in: .back)
  static let filter = KeyBinding([.character("f")], .filter, .keyFilter, in: .rows, statusBar: true)
  /// `x`: retire the selected part (asking why), or restore a retired one.
  static let retire = KeyBinding([.character("x")], .retire, label: .part(.keyRetire), in: .item)

  /// `<` and `>`: the selected part one place up or down (plain characters,
  /// the same from every terminal and over ssh).
  static func move(_ label: PartKey) -> [KeyBinding] {
    [
      KeyBinding([.character("<")], .moveUp, label: .part(label), in: .item),
      KeyBinding([.character(">")], .moveDown, label: .part(label), in: .item),
    ]
  }

  /// The keys of a view: the common ones and its own, in help's order.
  static func table(for view: ViewID) -> [KeyBinding] {
    Registry.keyTables[view] ?? common
  }

  /// Bindings in help's order: by section, and as they come within one
  /// (the common keys first).
  static func ordered(_ bindings: [KeyBinding]) -> [KeyBinding] {
    bindings.enumerated().sorted {
      ($0.element.section, $0.offset) < ($1.element.section, $1.offset)
    }.map(\.element)
  }

  /// The action a key has in a view, if any.
  public static func action(for key: Key, in view: ViewID) -> Action? {
    action(for: key, in: table(for: view))
  }

  /// The action of the first binding in a table that has the key.
  static func action(for key: Key, in table: [KeyBinding]) -> Action? {
    table.first { $0.keys.contains(key) }?.action
  }

  /// Bindings that share a label, shown together in help, docs and the status bar.
  public struct Group: Sendable {
    public var keys: [Key]
    public var label: KeyLabel
    public var inStatusBar: Bool
    public var hint: String?
    var word: StatusWord?

    /// The keys as the status bar writes them.
    public var statusKeys: String { hint ?? keys.first?.displayName ?? "" }
  }

  /// The bindings of a view merged by label, in table order.
  public static func groups(in view: ViewID) -> [Group] { groups(of: table(for: view)) }

  /// Bindings merged by label, in the order they come.
  static func groups(of table: [KeyBinding]) -> [Group] {
    var groups: [Group] = []
    for binding in table {
      if let index = groups.firstIndex(where: { $0.label == binding.label }) {
        groups[index].keys += binding.keys.filter { !groups[index].keys.contains($0) }
        groups[index].inStatusBar = groups[index].inStatusBar || binding.inStatusBar
        groups[index].hint = groups[index].hint ?? binding.hint
        groups[index].word = groups[index].word ?? binding.word
      } else {
        groups.append(
          Group(
            keys: binding.keys, label: binding.label, inStatusBar: binding.inStatusBar,
            hint: binding.hint, word: binding.word))
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
