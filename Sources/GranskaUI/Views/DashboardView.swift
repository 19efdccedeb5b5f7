import GranskaDomain
import GranskaText

/// A view, by name; its number (its key, its tab) is its place in
/// `Registry.views`. Each view declares its own in its file.
public struct ViewID: Hashable, Sendable, CustomStringConvertible {
  public let name: String

  init(_ name: String) { self.name = name }

  /// The registered views, in tab order.
  public static var allCases: [ViewID] { Registry.views.map { $0.id } }

  /// Its key and its place among the tabs, from 1.
  public var number: Int { (Registry.views.firstIndex { $0.id == self } ?? 0) + 1 }

  public var title: TextKey { Registry.view(self).title }

  public var description: String { name }
}

/// What a view is given to work with: the data, the words, where it is on
/// screen, and the dashboard's state around it.
struct ViewContext {
  let data: DashboardData
  let strings: Strings
  let layout: Layout
  let focus: Pane
  /// The committed search, highlighted wherever it shows.
  let query: String

  var audit: Audit { data.audit }
  var listFocused: Bool { focus == .list }
}

/// Something a view shows that can be selected: a question, a
/// recommendation; where it is, and what it links to.
struct ViewItem {
  var place: Place
  var links: [Link] = []
}

/// A link from a question to a recommendation or back.
struct Link: Hashable, Sendable {
  var id: String
  var text: String
  var place: Place
}

/// Where something lives on screen: an edit shows there (undo reveals it),
/// a link goes there.
enum Place: Hashable, Sendable {
  case recommendation(String)
  /// A question, and the round to bring into view if any.
  case question(round: String?, question: String)
  case round(String)
  case training(date: Day, section: String?)
}

/// What a view asks of the dashboard after one of its own keys.
enum ViewCommand {
  case none
  /// Its rows changed (filter, order): the selection and the search start over.
  case rowsChanged
  case message(String)
  /// A form, a chooser: a layer over the view.
  case open(any Layer)
  case focusDetail
  /// Edits to save as they are (restoring a retired part asks nothing).
  case save([AuditEdit])
}

extension ViewCommand {
  /// `<` `>` (and `(` `)`): the part moved one place among those shown with
  /// it, saved at once; at the edge, why nothing moves.
  static func move(_ kind: StructureKind, _ id: String, up: Bool, _ context: ViewContext)
    -> ViewCommand
  {
    move(.structure(kind, id), up: up, context)
  }

  /// `<` `>` on any part that can be moved (a key figure, a section of a
  /// training snapshot too).
  static func move(_ part: RetirablePart, up: Bool, _ context: ViewContext) -> ViewCommand {
    do {
      guard let edit = try context.data.wholeAudit.moving(part, up: up) else {
        let key: PartKey = up ? .notFurtherUp(id: part.id) : .notFurtherDown(id: part.id)
        return .message(context.strings.part(key))
      }
      return .save([edit])
    } catch {
      return .message(error.message(in: context.strings.language))
    }
  }

  /// `x`: the form asking why a part is retired, or, on a retired one
  /// (shown under "show retired"), its restoring.
  static func retireOrRestore(
    _ kind: StructureKind, _ id: String, retired: String?, _ context: ViewContext
  ) -> ViewCommand {
    retireOrRestore(.structure(kind, id), retired: retired, context)
  }

  /// `x` on any part that can be retired (a section of a training snapshot too).
  static func retireOrRestore(_ part: RetirablePart, retired: String?, _ context: ViewContext)
    -> ViewCommand
  {
    guard retired != nil else {
      let factory = FormFactory(data: context.data, strings: context.strings)
      return .open(FormLayer(form: factory.retire(part)))
    }
    do {
      return .save([try context.data.wholeAudit.restoring(part)])
    } catch {
      return .message(error.message(in: context.strings.language))
    }
  }
}

/// The options of a view's filter (`f`).
struct FilterChoices {
  var title: String
  var options: [ChooserOption]
}

/// One of the dashboard's views (as tig's `view_ops` or gitui's
/// `Component`): it owns its state — the cursor and whatever else is its
/// own (a filter, an order, a sideways offset) — and answers for what every
/// view has: rows, drawing, the detail of a row, the item under the cursor,
/// the forms it offers and its own keys. Adding a view is one file with a
/// type conforming to this, and one line in `Registry.views`.
protocol DashboardView: Equatable, Sendable {
  static var id: ViewID { get }
  static var title: TextKey { get }
  static var shape: ViewShape { get }
  /// The keys only this view has (the shared ones: `KeyBinding.common`).
  static var bindings: [KeyBinding] { get }
  /// Whether its rows carry levels of earlier rounds, which search looks
  /// in only when asked (Tab in the search prompt).
  static var searchesEarlierRounds: Bool { get }

  /// The view as a session starts it.
  init()

  /// The selected row and the first shown.
  var cursor: ListCursor { get set }

  /// The rows: how many, which can be selected, their text for search.
  func rows(_ context: ViewContext) -> RowSpec
  /// How many rows the list holds, where the view knows without a layout:
  /// a short list then gives the detail pane below it the room.
  func listedRows(_ data: DashboardData, _ strings: Strings) -> Int?
  /// Draws the list pane (the whole content, without a detail pane).
  func render(into grid: inout CellGrid, _ context: ViewContext)
  /// A row in full, for the detail pane.
  func detail(of row: Int, _ context: ViewContext) -> Document?
  /// The item at a row, when the row is one.
  func item(at row: Int, _ context: ViewContext) -> ViewItem?

  /// The view's own keys (`bindings`), and Enter: an item's form.
  mutating func perform(_ action: Action, _ context: ViewContext) -> ViewCommand
  /// Which rows show (`f`), when the view can filter.
  func filterChoices(_ context: ViewContext) -> FilterChoices?
  mutating func chooseFilter(_ index: Int, _ context: ViewContext)
  /// Selects the place when it lives in this view (clearing a filter that
  /// hides it, where `clearingFilter`); false when it lives elsewhere, or
  /// the filter hides it and stays.
  mutating func reveal(_ place: Place, _ context: ViewContext, clearingFilter: Bool) -> Bool
  /// The data changed: whatever the view keeps of it is worked out again.
  mutating func dataChanged(_ context: ViewContext)

  mutating func move(by delta: Int, _ context: ViewContext)
  mutating func select(_ row: Int, _ context: ViewContext)
  /// A click on a row.
  mutating func click(_ row: Int, _ context: ViewContext)
  /// Keeps the cursor on a selectable row and on screen (after a resize).
  mutating func normalise(_ context: ViewContext)
  /// What to ask the runner for after the cursor moved (more history).
  func afterMove(_ context: ViewContext) -> [Effect]
}

extension DashboardView {
  static var bindings: [KeyBinding] { [] }
  static var searchesEarlierRounds: Bool { false }
  func listedRows(_ data: DashboardData, _ strings: Strings) -> Int? { nil }

  func detail(of row: Int, _ context: ViewContext) -> Document? { nil }
  func item(at row: Int, _ context: ViewContext) -> ViewItem? { nil }
  mutating func perform(_ action: Action, _ context: ViewContext) -> ViewCommand { .none }
  func filterChoices(_ context: ViewContext) -> FilterChoices? { nil }
  mutating func chooseFilter(_ index: Int, _ context: ViewContext) {}
  mutating func reveal(_ place: Place, _ context: ViewContext, clearingFilter: Bool) -> Bool {
    false
  }
  mutating func dataChanged(_ context: ViewContext) {}
  func afterMove(_ context: ViewContext) -> [Effect] { [] }

  // A list: the cursor moves over its selectable rows.

  mutating func move(by delta: Int, _ context: ViewContext) {
    cursor.move(by: delta, in: rows(context), visible: context.layout.visibleRows)
  }

  mutating func select(_ row: Int, _ context: ViewContext) {
    cursor.select(row, in: rows(context), visible: context.layout.visibleRows)
  }

  mutating func click(_ row: Int, _ context: ViewContext) {
    let rows = rows(context)
    guard row >= cursor.top, row < rows.count, rows.isSelectable(row) else { return }
    select(row, context)
  }

  mutating func normalise(_ context: ViewContext) { select(cursor.selected, context) }

  /// Compares with a view of any type (for `DashboardState`'s equality).
  func isEqual(to other: any DashboardView) -> Bool { (other as? Self) == self }
}

/// What a list view shows in a frame, built from the data and the view's
/// state each time: its rows, drawn into the list pane, and a row in full.
protocol Listing {
  var rowSpec: RowSpec { get }
  func render(
    into grid: inout CellGrid, area: Layout.ListArea, cursor: ListCursor, focused: Bool,
    query: String)
  /// A row in full; `linking`: the detail pane is focused, so Enter there
  /// follows its links.
  func detail(of row: Int, width: Int, linking: Bool) -> Document?
}

/// A view whose list pane is a `Listing`: rows, drawing and detail come from it.
protocol ListingView: DashboardView {
  associatedtype Rows: Listing
  func listing(_ context: ViewContext) -> Rows
}

extension ListingView {
  func rows(_ context: ViewContext) -> RowSpec { listing(context).rowSpec }

  func render(into grid: inout CellGrid, _ context: ViewContext) {
    listing(context).render(
      into: &grid, area: context.layout.list, cursor: cursor, focused: context.listFocused,
      query: context.query)
  }

  func detail(of row: Int, _ context: ViewContext) -> Document? {
    listing(context).detail(
      of: row, width: context.layout.detailWidth, linking: context.focus == .detail)
  }
}

/// The state of every registered view, in tab order.
struct ViewStates: Equatable, Sendable {
  private(set) var all: [any DashboardView] = Registry.views.map { $0.init() }

  subscript(id: ViewID) -> any DashboardView {
    get { all[id.number - 1] }
    set { all[id.number - 1] = newValue }
  }

  static func == (a: Self, b: Self) -> Bool {
    a.all.count == b.all.count && zip(a.all, b.all).allSatisfy { $0.isEqual(to: $1) }
  }
}
