/// A modal layer over the views — the search prompt, a form, help, a
/// chooser, a question — as in helix's compositor: the layers are a stack,
/// the top one gets every key first, and they draw bottom-up over the view.
/// Each declares its keys next to the code that handles them; help, the
/// status bar and docs/KEYBINDINGS.md are made from them. Adding a layer is
/// one file with a type conforming to this, and one line in `Registry.layers`.
protocol Layer: Equatable, Sendable {
  /// Its keys.
  static var bindings: [KeyBinding] { get }
  /// Its name in docs/KEYBINDINGS.md.
  static var docTitle: String { get }
  /// Whether the status bar shows its keys rather than the view's.
  static var showsKeysInStatusBar: Bool { get }
  /// Whether it draws the status bar itself (a prompt, a question there).
  var coversStatusBar: Bool { get }

  /// A key, while it is on top. The dashboard it gets is as it was before
  /// the key; what the layer does to it goes in the outcome's `then`.
  mutating func handle(_ key: Key, _ dashboard: Dashboard) -> LayerOutcome
  func render(into grid: inout CellGrid, _ dashboard: Dashboard, _ layout: Layout)
  /// Text typed all at once while it is on top; nil: it is taken as keys,
  /// one after another.
  mutating func type(_ text: String, _ dashboard: Dashboard) -> LayerOutcome?
  /// A paste while it is on top; nil: pastes do nothing here but say so.
  mutating func paste(_ text: String, _ dashboard: Dashboard) -> LayerOutcome?
}

extension Layer {
  static var showsKeysInStatusBar: Bool { false }
  var coversStatusBar: Bool { false }

  mutating func type(_ text: String, _ dashboard: Dashboard) -> LayerOutcome? { nil }
  mutating func paste(_ text: String, _ dashboard: Dashboard) -> LayerOutcome? { nil }

  /// The action a key has here.
  static func action(for key: Key) -> Action? { KeyBinding.action(for: key, in: bindings) }

  func isEqual(to other: any Layer) -> Bool { (other as? Self) == self }
}

/// What came of a key in a layer: whether it stays, and what the dashboard
/// does next (with the layer already back on the stack, or gone).
struct LayerOutcome {
  var closes = false
  var then: ((inout Dashboard) -> [Effect])? = nil

  static var stay: Self { LayerOutcome() }
  static var close: Self { LayerOutcome(closes: true) }

  static func stay(then: @escaping (inout Dashboard) -> [Effect]) -> Self {
    LayerOutcome(then: then)
  }

  static func close(then: @escaping (inout Dashboard) -> [Effect]) -> Self {
    LayerOutcome(closes: true, then: then)
  }
}

/// The layers over the view, bottom first.
struct LayerStack: Equatable, Sendable {
  private(set) var all: [any Layer] = []

  var isEmpty: Bool { all.isEmpty }
  var top: (any Layer)? { all.last }

  mutating func push(_ layer: any Layer) { all.append(layer) }
  mutating func popTop() -> any Layer { all.removeLast() }

  /// The topmost layer of a type.
  func last<L: Layer>(_ type: L.Type) -> L? { all.last { $0 is L } as? L }

  /// Changes the topmost layer of a type: `body` returns it changed, or nil
  /// to remove it.
  mutating func update<L: Layer>(_ type: L.Type, _ body: (L) -> L?) {
    guard let index = all.lastIndex(where: { $0 is L }) else { return }
    if let changed = body(all[index] as! L) { all[index] = changed } else { all.remove(at: index) }
  }

  static func == (a: Self, b: Self) -> Bool {
    a.all.count == b.all.count && zip(a.all, b.all).allSatisfy { $0.isEqual(to: $1) }
  }
}
