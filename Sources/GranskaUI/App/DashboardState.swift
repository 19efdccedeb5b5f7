import Foundation
import GranskaDomain

/// What the dashboard shows: the chosen audit and what goes with it.
/// The runner loads it from the database; the UI never does I/O.
public struct DashboardData: Sendable {
  /// The audit as it applies now: its retired parts left out, as every
  /// list and count shows it.
  public var audit: Audit
  /// The audit with its retired parts, where it has any (nil: it has none,
  /// and `audit` is all of it).
  private var withRetired: Audit?
  public var audits: [AuditHeader]
  /// Saved changes to this audit, newest first: the most recent ones, more
  /// as the History view reaches the end of them.
  public var history: [HistoryEntry]
  /// How many changes the audit's history holds in all.
  public var historyTotal: Int
  public var today: Day
  /// History times are shown in this zone (the reader's own).
  public var timeZone: TimeZone
  /// Where `r` offers to write the report: the current directory (or the
  /// data directory when that cannot be written).
  public var reportDirectory = ""
  /// Over SSH `r` also offers to print the report for the user to capture.
  public var overSSH = false
  /// The name notes are signed with: the account's full name when the
  /// password database has one, else the account (see `personName(of:)`).
  public var person = ""
  /// Who is at the keyboard (the Unix account), for notes.
  public var account: String
  /// Why this session may not edit, or nil when it may.
  public var editRefusal: String?
  /// The database server does not answer: what is shown is what was last
  /// read, and the title bar says so for as long as it lasts.
  public var offline = false
  /// The owner directory (the whole database's), and the last reminder
  /// each owner got about this audit.
  public var owners: [OwnerContact] = []
  public var reminders: [ReminderSent] = []
  /// The scales a new audit can start from (`ScalePreset`, given by the runner).
  public var scalePresets: [ScaleChoice] = []

  public init(
    audit: Audit, audits: [AuditHeader], history: [HistoryEntry], historyTotal: Int? = nil,
    today: Day, timeZone: TimeZone = .current, account: String = "", editRefusal: String? = nil
  ) {
    self.audit = audit.inForce
    withRetired = audit.hasRetiredParts ? audit : nil
    self.audits = audits
    self.history = history
    self.historyTotal = historyTotal ?? history.count
    self.today = today
    self.timeZone = timeZone
    self.account = account
    self.editRefusal = editRefusal
  }
}

/// A scale a new audit can start from: its name (`granska new --scale`) and levels.
public struct ScaleChoice: Equatable, Sendable {
  public var name: String
  public var levels: [Level]

  public init(name: String, levels: [Level]) {
    self.name = name
    self.levels = levels
  }
}

extension DashboardData {
  /// The audit with its retired parts: what "show retired" lists, what
  /// retiring and restoring start from, and where ids are never given twice.
  public var wholeAudit: Audit { withRetired ?? audit }

  /// The audit as saved, retired parts and all.
  public mutating func replaceAudit(_ whole: Audit) {
    audit = whole.inForce
    withRetired = whole.hasRetiredParts ? whole : nil
  }

  /// The newest saved change of any of these things among the history loaded.
  func lastChange(of things: [EntityRef]) -> HistoryEntry? {
    let keys = things.map { ($0.kind, $0.id) }
    return history.first { entry in keys.contains { $0 == (entry.entity, entry.entityID) } }
  }
}

/// A selection in a list of rows and the first row shown.
public struct ListCursor: Hashable, Sendable {
  public var selected = 0
  public var top = 0

  public init(selected: Int = 0, top: Int = 0) {
    self.selected = selected
    self.top = top
  }

  /// Moves to the nearest selectable row in the direction of `delta`.
  mutating func move(by delta: Int, in rows: RowSpec, visible: Int) {
    guard rows.count > 0 else {
      self = ListCursor()
      return
    }
    let target = min(max(selected + delta, 0), rows.count - 1)
    let step = delta >= 0 ? 1 : -1
    // On from the target; at the end (a heading above the first row), back
    // towards where the selection was.
    let onward = stride(from: target, through: step > 0 ? rows.count - 1 : 0, by: step)
    let back = stride(from: target, through: selected, by: -step)
    // None selectable (sections without questions yet): stay where it is.
    guard let row = onward.first(where: rows.isSelectable) ?? back.first(where: rows.isSelectable)
    else { return scrollIntoView(rows: rows, visible: visible) }
    select(row, in: rows, visible: visible)
  }

  mutating func select(_ row: Int, in rows: RowSpec, visible: Int) {
    // No rows (an audit entered by hand, before its first section).
    guard rows.count > 0 else {
      self = ListCursor()
      return
    }
    selected = min(max(row, 0), max(rows.count - 1, 0))
    if !rows.isSelectable(selected) { move(by: 1, in: rows, visible: visible) }
    scrollIntoView(rows: rows, visible: visible)
  }

  /// Keeps the selection visible, with the header just above it when possible.
  /// When the selection leaves the screen, the list jumps half a screen
  /// rather than one row (vim's 'scrolljump'): over a slow link, stepping
  /// down a long list then redraws whole rows only every few steps.
  mutating func scrollIntoView(rows: RowSpec, visible: Int) {
    let visible = max(visible, 1)
    let jump = max(0, visible / 2 - 1)
    var first = selected
    if selected > 0, !rows.isSelectable(selected - 1), visible > 1 { first = selected - 1 }
    if first < top { top = first - jump }
    if selected >= top + visible { top = selected - visible + 1 + jump }
    top = min(max(top, 0), max(rows.count - visible, 0))
  }
}

/// The rows of a list: how many, which can be selected, their words for search.
struct RowSpec {
  var count: Int
  var isSelectable: (Int) -> Bool = { _ in true }
  /// A row's words, field by field, so that search can say where it found
  /// the query and rank a row's own words before what it belongs to.
  var searchFields: (Int) -> [SearchField]

  init(
    count: Int, isSelectable: @escaping (Int) -> Bool = { _ in true },
    searchFields: @escaping (Int) -> [SearchField]
  ) {
    self.count = count
    self.isSelectable = isSelectable
    self.searchFields = searchFields
  }

  /// Rows with one field of words each, which the row itself shows.
  init(
    count: Int, isSelectable: @escaping (Int) -> Bool = { _ in true },
    searchText: @escaping (Int) -> String
  ) {
    self.init(count: count, isSelectable: isSelectable) { [SearchField(text: searchText($0))] }
  }
}

/// Some of a row's words for search: its own (a question's id and text),
/// a short word it carries or belongs under (its level, status, section's
/// heading), longer text it carries (a remark, a note, its section's
/// observations), or its level in a round before the latest (searched only
/// when asked for). Rows are found in that order, each kind top down.
struct SearchField {
  enum Kind: Comparable { case own, label, prose, earlierRound }

  /// What the status bar calls the field ("avsnittets iakttagelser"); nil
  /// for words the row shows itself.
  var name: String? = nil
  var text: String
  var kind = Kind.own
}

public enum Pane: Hashable, Sendable {
  case list, detail
}

/// Search: the query last committed, and the rows of the current view that
/// hold it (kept, so the status bar costs no search). It is typed in the
/// `SearchPrompt` layer.
public struct SearchState: Hashable, Sendable {
  public var query = ""
  public var matches: [Int] = []
  /// The view searched: leaving it clears the search.
  public var view: ViewID? = nil
  /// Levels are searched in the latest round, unless every round is asked
  /// for (Tab in the search prompt): "nej" finds what is Nej now.
  public var allRounds = false
}

/// Everything about the screen that is not data: plain values, so any
/// screen can be reached by a key sequence in a test.
public struct DashboardState: Equatable, Sendable {
  public var view: ViewID = ViewID.allCases[0]
  public var focus: Pane = .list
  /// Each view's own state: its cursor, filter, order, … (`DashboardView`).
  var views = ViewStates()
  /// How far the detail pane is scrolled.
  public var detailScroll = 0
  /// The row the detail pane still shows while the selection moves; nil
  /// when it shows the selected row (see `Dashboard.settle`).
  public var detailRow: Int? = nil
  public var search = SearchState()
  /// The modal layers over the view (`Layer`): the top one gets the keys.
  var layers = LayerStack()
  public var message: String? = nil
  /// Edits saved in this session, oldest first, for undo.
  public var undoStack: [[AuditEdit]] = []
  /// Edits undone, most recently undone last, for redo; a new edit clears them.
  public var redoStack: [[AuditEdit]] = []
  public var pendingSave: PendingSave? = nil
  /// Where a jump along a link came from (Backspace or Esc goes back).
  public var jumpedFrom: JumpOrigin? = nil
  /// Keys that arrived together and wait for an effect to be carried out.
  public var queuedKeys: [Key] = []
  /// The runner is loading data the dashboard asked for.
  public var loading = false
  /// A save whose outcome the database has not told yet (the connection
  /// broke at commit); settled once the server answers again.
  public var unknownSave: PendingSave? = nil

  public init() {}

  /// The open edit form, if any: setting one opens it, nil closes it.
  public internal(set) var form: Form? {
    get { layers.last(FormLayer.self)?.form }
    set {
      guard let newValue else { return layers.update(FormLayer.self) { _ in nil } }
      if layers.last(FormLayer.self) == nil {
        layers.push(FormLayer(form: newValue))
      } else {
        layers.update(FormLayer.self) { layer in
          var layer = layer
          layer.form = newValue
          return layer
        }
      }
    }
  }

  /// Whether anything is open over the view (a form, help, a chooser, the search prompt).
  public var hasLayer: Bool { !layers.isEmpty }
}
