import Foundation
import GranskaDomain
import GranskaText

/// What a form's field stands for: a field of the thing the form edits
/// (named as history stores it), or an input of the form's own.
public enum FormKey: Hashable, Sendable {
  case recommendation(RecommendationField)
  case assessment(AssessmentField)
  case round(RoundField)
  case snapshot(SnapshotField)
  case training(TrainingField)
  case section(SectionField)
  case question(QuestionField)
  /// A round's opinion on the section a form edits.
  case opinion(round: String)
  case keyFigure(KeyFigureField)
  /// A new training section's name.
  case sectionName
  /// A note to add to a recommendation, and the day it is dated (today,
  /// or the meeting's when it is written up afterwards).
  case note, noteDate
  /// A new snapshot's date, and whether its figures per section are made up.
  case snapshotDate, illustrative
  /// Whether a new round starts from the previous round's levels.
  case copyLevels
  /// Where the report is written, and whether to the terminal instead.
  case directory, destination
  /// An owner's address and person in the owner directory.
  case ownerEmail, ownerPerson
  /// A new part's id, and why a part is retired.
  case partID, reason
  /// A new audit's facts (the new-audit form, from the audit chooser).
  case newAudit(NewAuditField)
  /// A level of a scale typed in the new-audit form (1 the best), and its role.
  case levelLabel(Int)
  case levelRole(Int)

  /// The name a rule's path ends in ("dueDate"), to find the field it is about.
  var name: String {
    switch self {
    case .recommendation(let field): field.rawValue
    case .assessment(let field): field.rawValue
    case .round(let field): field.rawValue
    case .snapshot(let field): field.rawValue
    case .training(let field): field.rawValue
    case .section(let field): field.rawValue
    case .question(let field): field.rawValue
    case .opinion: FieldRef.opinionField
    case .keyFigure(let field): field.rawValue
    case .sectionName: "section"
    case .note: "note"
    case .noteDate: "noteDate"
    case .snapshotDate: "date"
    case .illustrative: "illustrative"
    case .copyLevels: "copy"
    case .directory: "directory"
    case .destination: "destination"
    case .ownerEmail: "email"
    case .ownerPerson: "person"
    case .partID: "id"
    case .reason: "reason"
    case .newAudit(let field): field.rawValue
    // A rule about a typed level names the scale ("scale[1].id").
    case .levelLabel, .levelRole: "scale"
    }
  }

  var isDate: Bool {
    switch self {
    case .recommendation(.dueDate), .recommendation(.responded), .round(.date), .snapshotDate,
      .noteDate, .newAudit(.date):
      true
    default: false
    }
  }

  /// A field a form cannot be saved without (a new audit's facts that
  /// `granska new` requires).
  var isRequired: Bool {
    if case .newAudit(let field) = self { return field.isRequired }
    return false
  }

  var isCount: Bool {
    switch self {
    case .training(let field): field != .retired
    case .snapshot(.targetPercent): true
    default: false
    }
  }

  /// The most characters the field takes: a date or a count is short; any
  /// other text as long as the interchange format allows, so whatever is
  /// saved can be exported and imported again.
  var limit: Int { isDate ? 10 : isCount ? 9 : Audit.maximumTextLength }
}

extension FieldRef {
  /// The form field that edits it.
  var formKey: FormKey {
    switch self {
    case .recommendation(_, let field): .recommendation(field)
    case .assessment(_, _, let field): .assessment(field)
    case .round(_, let field): .round(field)
    case .snapshot(_, let field): .snapshot(field)
    case .training(_, _, let field): .training(field)
    case .section(_, let field): .section(field)
    case .question(_, let field): .question(field)
    case .opinion(let round, _): .opinion(round: round)
    case .keyFigure(_, let field): .keyFigure(field)
    }
  }
}

/// A new audit's facts, named as its rules name them (`Audit.entered`).
public enum NewAuditField: String, CaseIterable, Sendable {
  case id, title, organisation, auditor, period, date, commissionedBy, scale, priorities
  case openStatuses, closedStatuses

  /// The facts `granska new` takes as required options.
  var isRequired: Bool { [.id, .title, .organisation, .auditor, .date].contains(self) }
}

/// One field of a form: a line of text or a choice among values, and the
/// value it had when the form opened (what a save is checked against).
public struct FormField: Hashable, Sendable {
  public struct Choice: Hashable, Sendable {
    public var value: String
    public var label: String
  }

  public enum Kind: Hashable, Sendable {
    case text
    case choice([Choice])
  }

  /// A suggested text that follows another field while it is untouched:
  /// `prefix` and that field's text (a new round's title, its date).
  public struct Following: Hashable, Sendable {
    public var key: FormKey
    public var prefix: String
  }

  public var key: FormKey
  public var label: String
  public var kind: Kind
  public var original: String?
  public var input: TextInput
  public var choice: Int
  public var follows: Following? = nil

  /// A text field showing `text`; a `suggested` value shows instead and
  /// counts as typed (saving it is the point of the form: a new round's date).
  init(
    _ key: FormKey, _ label: String, text: String?, suggested: String? = nil,
    multiline: Bool = false
  ) {
    self.key = key
    self.label = label
    kind = .text
    original = text
    input = TextInput(suggested ?? text ?? "", multiline: multiline)
    choice = 0
  }

  init(_ key: FormKey, _ label: String, choices: [Choice], selected: String?) {
    self.key = key
    self.label = label
    kind = .choice(choices)
    original = selected
    input = TextInput()
    // A choice whose value is "" stands for no value (e.g. "not assessed").
    choice = choices.firstIndex { $0.value == (selected ?? "") } ?? 0
  }

  /// The value as it would be saved: trimmed text, nil when blank.
  public var value: String? {
    switch kind {
    case .text:
      let text = input.text.trimmingCharacters(
        in: input.multiline ? .whitespacesAndNewlines : .whitespaces)
      return text.isEmpty ? nil : text
    case .choice(let choices):
      guard !choices.isEmpty, !choices[choice].value.isEmpty else { return nil }
      return choices[choice].value
    }
  }

  public var isChanged: Bool { value != original }

  /// The most characters the field takes (see `FormKey.limit`).
  public var limit: Int { key.limit }

  /// Rows the field takes in the form.
  var height: Int { input.multiline ? 3 : 1 }
}

/// What a form edits once saved.
public enum FormPurpose: Hashable, Sendable {
  case recommendation(String)
  case assessment(round: String, question: String)
  case training(date: Day, section: String)
  case newRound
  case newSnapshot
  /// Where to write the follow-up report (`r`); `overwrite`: the folder
  /// the user said after being told the report is there already (Enter
  /// again there overwrites it).
  case report(overwrite: String?)
  /// The owner directory's entry for an owner (`shown`: as the form
  /// found it; nil: none yet).
  case owner(String, shown: OwnerContact?)
  /// A new audit, from the audit chooser.
  case newAudit
  /// A new section or question of the audit, and the edit of one.
  case newSection, newQuestion
  case section(String)
  case question(String)
  case newRecommendation
  /// Retiring a part, which the form asks the reason for.
  case retire(RetirablePart)
  /// A key figure added, or edited (retired and restored too, by its reason).
  case newKeyFigure
  case keyFigure(String)
  /// A section added to the training snapshot of the date.
  case newTrainingSection(Day)
  /// Management's response to a recommendation.
  case response(String)
}

/// An open edit form. Its fields keep what the user typed until it is saved
/// or cancelled, also when a save is refused.
public struct Form: Hashable, Sendable {
  public var purpose: FormPurpose
  public var title: String
  public var fields: [FormField]
  public var focus = 0
  /// Why the last save was refused, shown in the form.
  public var error: String?
  /// The field the error is about (nil: the form as a whole). Changing that
  /// field clears the error.
  public var errorField: Int?
  /// Whether anything was typed, pasted or chosen since the form opened.
  public var isEdited = false
  /// The question the form asked before saving (a round dated before the
  /// newest), once shown: Enter again with the same answer saves.
  public var asked: String?

  /// Typed input that leaving would lose: something was edited, and the
  /// fields differ from what is saved.
  public var hasUnsavedInput: Bool { isEdited && fields.contains(where: \.isChanged) }

  /// Shows why a save cannot go ahead, and moves to the field it is about.
  mutating func show(_ message: String, at field: Int?) {
    error = message
    errorField = field
    if let field { focus = field }
  }

  public func field(_ key: FormKey) -> FormField? { fields.first { $0.key == key } }

  /// The position of a field.
  func index(of key: FormKey) -> Int? { fields.firstIndex { $0.key == key } }

  /// Keys that edit the focused field (not those that move or save).
  mutating func edit(_ key: Key) {
    let before = fields[focus]
    switch fields[focus].kind {
    case .text:
      if case .character(let c) = key {
        _ = insert(String(c))
      } else {
        fields[focus].input.edit(key)
      }
    case .choice(let choices):
      guard !choices.isEmpty else { return }
      switch key {
      case .left: fields[focus].choice = (fields[focus].choice + choices.count - 1) % choices.count
      case .right, .character(" "):
        fields[focus].choice = (fields[focus].choice + 1) % choices.count
      default: break
      }
    }
    noteChange(from: before)
  }

  /// Ctrl-U, Ctrl-W and Ctrl-J: whole-field edits of a text field.
  mutating func edit(_ action: Action) {
    guard case .text = fields[focus].kind else { return }
    let before = fields[focus]
    switch action {
    case .clearField: fields[focus].input.clear()
    case .deleteWord: fields[focus].input.deleteWordBackward()
    case .newLine where fields[focus].input.multiline: _ = insert("\n")
    default: break
    }
    noteChange(from: before)
  }

  /// Characters typed together (fast, or over a slow link); true when the
  /// field's limit cut them.
  mutating func type(_ text: String) -> Bool {
    guard case .text = fields[focus].kind else { return false }
    let before = fields[focus]
    let cut = insert(text)
    noteChange(from: before)
    return cut
  }

  /// A paste (see `TextInput.pasted`); true when the field's limit cut the text.
  mutating func paste(_ text: String) -> Bool {
    type(TextInput.pasted(text, multiline: fields[focus].input.multiline))
  }

  /// Inserts as much of `text` as the field's limit leaves room for; true
  /// when some of it did not fit.
  private mutating func insert(_ text: String) -> Bool {
    let room = max(0, fields[focus].limit - fields[focus].input.count)
    let fitting = text.count > room ? String(text.prefix(room)) : text
    fields[focus].input.insert(fitting)
    return fitting.count < text.count
  }

  /// After an edit of the focused field: the form is edited, and an error
  /// about this field (or the whole form) is cleared once the field changed.
  private mutating func noteChange(from before: FormField) {
    let field = fields[focus]
    guard field.input.characters != before.input.characters || field.choice != before.choice
    else { return }
    isEdited = true
    if errorField == nil || errorField == focus {
      error = nil
      errorField = nil
    }
    // A suggestion that still says what it suggested follows the change.
    for index in fields.indices {
      guard let following = fields[index].follows, following.key == field.key,
        fields[index].input.text == "\(following.prefix) \(before.input.text)"
      else { continue }
      fields[index].input = TextInput("\(following.prefix) \(field.input.text)")
    }
  }
}
