import Foundation
import GranskaDomain
import GranskaText

/// Why the runner could not save, as the dashboard shows it.
public enum SaveFailure: Equatable, Sendable {
  /// Someone saved the same field first; `savedValue` is now in the database.
  case conflict(field: FieldRef, account: String?, at: Date?, savedValue: String?)
  case refused(String)
}

/// Editing: saving the forms the views open (`FormLayer`). Undo and redo
/// are in `Dashboard+Undo`. The dashboard never saves itself: it asks the
/// runner with `Effect.save` and hears back through `saveSucceeded` or
/// `saveFailed`.
extension Dashboard {
  // MARK: Who may edit

  /// Whether this session may edit; when not, says why.
  mutating func requireEditing() -> Bool {
    if let refusal = data.editRefusal {
      state.message = refusal
      return false
    }
    return true
  }

  // MARK: Saving a form

  /// Enter in a form: checks it against the audit's rules, then asks the
  /// runner to save (or, for the report, to write).
  mutating func submitForm() -> [Effect] {
    guard let form = state.form else { return [] }
    if case .report(let overwrite) = form.purpose { return requestReport(form, overwrite) }
    if case .owner(let name, let shown) = form.purpose {
      return requestOwnerSave(form, name, shown)
    }
    if form.purpose == .newAudit { return requestNewAudit(form) }
    let factory = FormFactory(data: data, strings: strings)
    if let problem = factory.problem(in: form) {
      state.form?.show(problem.message, at: problem.field)
      return []
    }
    if let question = factory.question(in: form), form.asked != question.message {
      state.form?.show(question.message, at: question.field)
      state.form?.asked = question.message
      return []
    }
    do {
      let edits = try factory.partEdits(from: form) ?? factory.edits(from: form)
      if edits.isEmpty {
        state.form = nil
        return []
      }
      // Checked against the whole audit: a retired part keeps its id.
      _ = try data.wholeAudit.applying(edits)
      return save(edits, as: .edit)
    } catch {
      showInForm(error)
      return []
    }
  }

  /// Shows in the form why the rules refuse its save, at the field they name.
  mutating func showInForm(_ error: EditError) {
    var field: Int? = nil
    if case .invalid(let path, _) = error { field = formField(at: path) }
    let message = describe(error)
    state.form?.show(message, at: field)
  }

  mutating func save(_ edits: [AuditEdit], as kind: PendingSave.Kind) -> [Effect] {
    state.pendingSave = PendingSave(edits: edits, kind: kind)
    return [.save(auditID: data.audit.id, edits: edits)]
  }

  // MARK: What the runner reports

  /// The save went through; `data` is the database as it is now.
  public mutating func saveSucceeded(_ data: DashboardData) {
    let pending = state.pendingSave
    state.pendingSave = nil
    state.form = nil
    replaceData(data)
    guard let pending else { return }
    switch pending.kind {
    case .edit:
      state.undoStack.append(pending.edits)
      state.redoStack = []
      state.message = strings[.saved]
      showRound(of: pending.edits)
      revealAdded(pending.edits)
    case .undo, .redo:
      finishUndoOrRedo(pending.kind)
    }
  }

  /// The save was refused. A form keeps what was typed; after a conflict its
  /// field now starts from the saved value, so Enter re-applies the input.
  public mutating func saveFailed(_ failure: SaveFailure) {
    let pending = state.pendingSave
    state.pendingSave = nil
    if let pending, pending.kind != .edit {
      refuseUndoOrRedo(pending.kind, failure)
      return
    }
    let message: String
    var errorField: Int? = nil
    switch failure {
    case .refused(let text):
      message = text
    case .conflict(let field, let account, let at, let savedValue):
      var text = conflictMessage(
        EditingKey.conflict, what: "\(field.entity.id) \(label(of: field))", account: account,
        at: at,
        savedValue: savedValue, of: field)
      if state.form != nil {
        if let index = state.form?.index(of: field.formKey) {
          state.form?.fields[index].original = savedValue
          errorField = index
        }
        text += " " + strings[.saveAgain]
      }
      message = text
    }
    if state.form != nil {
      state.form?.show(message, at: errorField)
    } else {
      state.message = message
    }
  }

  /// A field's name as the user knows it: its form label, else the word for it.
  func label(of field: FieldRef) -> String {
    state.form?.field(field.formKey)?.label
      ?? ChangeWords(strings: strings, audit: data.audit).field(field)
  }

  func describe(_ error: EditError) -> String {
    switch error {
    case .invalid(let path, let problem):
      let label = formField(at: path).flatMap { state.form?.fields[$0].label } ?? path
      return "\(label): \(problem.message(in: strings.language))"
    default:
      return error.message(in: strings.language)
    }
  }

  /// The form's field a rule's path ends in ("recommendations.0.dueDate").
  /// An item of a list is its list's field ("priorities[1]": priorities).
  func formField(at path: String) -> Int? {
    let last = path.split(separator: ".").last.map(String.init) ?? path
    let name = last.split(separator: "[").first.map(String.init) ?? last
    return state.form?.fields.firstIndex { $0.key.name == name }
  }
}

/// An edit sent to the runner and not yet answered.
public struct PendingSave: Equatable, Sendable {
  /// A new change, or taking one back, or making it again.
  public enum Kind: Equatable, Sendable {
    case edit, undo, redo
  }

  public var edits: [AuditEdit]
  public var kind: Kind
}
