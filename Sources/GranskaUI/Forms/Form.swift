import Foundation
import GranskaDomain
import GranskaText

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

  public var name: String
  public var label: String
  public var kind: Kind
  public var original: String?
  public var input: TextInput
  public var choice: Int

  init(_ name: String, _ label: String, text: String?) {
    self.name = name
    self.label = label
    kind = .text
    original = text
    input = TextInput(text ?? "")
    choice = 0
  }

  init(_ name: String, _ label: String, choices: [Choice], selected: String?) {
    self.name = name
    self.label = label
    kind = .choice(choices)
    original = selected
    input = TextInput()
    choice = choices.firstIndex { $0.value == selected } ?? 0
  }

  /// The value as it would be saved: trimmed text, nil when blank.
  public var value: String? {
    switch kind {
    case .text:
      let text = input.text.trimmingCharacters(in: .whitespaces)
      return text.isEmpty ? nil : text
    case .choice(let choices): return choices.isEmpty ? nil : choices[choice].value
    }
  }

  public var isChanged: Bool { value != original }
}

/// What a form edits once saved.
public enum FormPurpose: Hashable, Sendable {
  case recommendation(String)
  case assessment(round: String, question: String)
  case training(date: Day, section: String)
  case newRound
  case newSnapshot
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

  public var hasUnsavedInput: Bool { fields.contains(where: \.isChanged) }

  public func field(_ name: String) -> FormField? { fields.first { $0.name == name } }

  mutating func focusField(named name: String) {
    if let index = fields.firstIndex(where: { $0.name == name }) { focus = index }
  }

  /// Keys that edit the focused field (not those that move or save).
  mutating func edit(_ key: Key) {
    switch fields[focus].kind {
    case .text:
      switch key {
      case .character(let c): fields[focus].input.insert(String(c))
      case .backspace: fields[focus].input.backspace()
      case .delete: fields[focus].input.delete()
      case .left: fields[focus].input.moveCursor(by: -1)
      case .right: fields[focus].input.moveCursor(by: 1)
      case .home: fields[focus].input.moveCursorToStart()
      case .end: fields[focus].input.moveCursorToEnd()
      default: break
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
  }

  mutating func paste(_ text: String) {
    if case .text = fields[focus].kind { fields[focus].input.insert(text) }
  }
}
