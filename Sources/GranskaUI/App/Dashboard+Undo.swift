import Foundation
import GranskaDomain
import GranskaText

/// Undo (u) and redo (Ctrl-R) of this session's changes, each saying what it
/// did and showing it.
extension Dashboard {
  // MARK: Undo and redo

  mutating func undo() -> [Effect] {
    guard requireEditing() else { return [] }
    guard let last = state.undoStack.last else {
      state.message = strings[.nothingToUndo]
      return []
    }
    let inverse = last.reversed().compactMap(undoing)
    guard !inverse.isEmpty else {
      state.undoStack.removeLast()
      state.message = strings[.cannotUndo]
      return []
    }
    return save(inverse, as: .undo)
  }

  mutating func redo() -> [Effect] {
    guard requireEditing() else { return [] }
    guard let next = state.redoStack.last else {
      state.message = strings.editing(.nothingToRedo)
      return []
    }
    return save(next, as: .redo)
  }

  /// After an undo or redo was saved: moves the step between the stacks,
  /// says what changed and selects it, in whatever view it lives.
  mutating func finishUndoOrRedo(_ kind: PendingSave.Kind) {
    let words = ChangeWords(strings: strings, audit: data.audit)
    if kind == .undo {
      let step = state.undoStack.removeLast()
      let undoable = step.filter { undoing($0) != nil }
      state.redoStack.append(undoable.map(redoing))
      // A change is told as it was taken back ("Pågår → Ej påbörjad"); an
      // added round as what was added and is now gone.
      let told = undoable.map { edit -> AuditEdit in
        if case .set(let change) = edit { return .set(change.reversed) }
        return edit
      }
      var message = "\(strings.editing(.undone)): \(words.sentence(for: told))"
      if undoable.count < step.count { message += " (\(strings.editing(.notesStay)))" }
      state.message = message
      reveal(step, clearingFilter: false)
    } else {
      let step = state.redoStack.removeLast()
      state.undoStack.append(step)
      state.message = "\(strings.editing(.redone)): \(words.sentence(for: step))"
      reveal(step, clearingFilter: false)
    }
  }

  /// Someone changed it after this session did: the undo (or redo) is
  /// refused, nothing is changed, and the step is dropped, since what it
  /// would restore is no longer what anyone last saw.
  mutating func refuseUndoOrRedo(_ kind: PendingSave.Kind, _ failure: SaveFailure) {
    if kind == .undo { state.undoStack.removeLast() } else { state.redoStack.removeLast() }
    guard case .conflict(let field, let account, let at, let savedValue) = failure else {
      if case .refused(let text) = failure { state.message = text }
      return
    }
    let words = ChangeWords(strings: strings, audit: data.audit)
    let entry = ChangeWords.entry(
      for: .set(FieldChange(field, from: nil, to: nil)), in: data.audit)
    state.message = conflictMessage(
      kind == .undo ? EditingKey.undoRefused : EditingKey.redoRefused,
      what: "\(words.subject(entry)) \(words.field(field))", account: account, at: at,
      savedValue: savedValue, of: field)
  }

  /// Who changed a field since, when, and its value now, in the reader's
  /// words (a status by its name, not its id); "someone else" when the
  /// change left no history (made outside Granska).
  func conflictMessage(
    _ words: (_ what: String, _ who: String, _ when: String, _ value: String) -> EditingKey,
    what: String, account: String?, at: Date?, savedValue: String?, of field: FieldRef
  ) -> String {
    let when = at.map { " \(strings[.at]) \(HistoryText.localTime($0, timeZone: data.timeZone))" }
    return strings.editing(
      words(
        what, account ?? strings.editing(.someone), when ?? "",
        ChangeWords(strings: strings, audit: data.audit).value(savedValue, of: field)))
  }

  /// What takes an edit back: its inverse; a part added is retired, saying
  /// the addition was undone (never deleted: its id stays given).
  func undoing(_ edit: AuditEdit) -> AuditEdit? {
    if let inverse = edit.inverse { return inverse }
    guard let part = edit.addedPart else { return nil }
    return .set(FieldChange(part.retiredField, from: nil, to: strings.part(.undoneAddition)))
  }

  /// What makes an undone edit again: the edit itself; a part added (and
  /// retired by the undo) is restored, since its id is taken.
  func redoing(_ edit: AuditEdit) -> AuditEdit {
    guard let part = edit.addedPart else { return edit }
    return .set(FieldChange(part.retiredField, from: strings.part(.undoneAddition), to: nil))
  }

  // MARK: Showing what changed

  /// Where an edit shows; nil for a section, which is no row of its own.
  static func place(of edit: AuditEdit) -> Place? {
    switch edit {
    case .set(let change), .correctAuditorsAssessment(let change):
      switch change.entity {
      case .recommendation(let id): return .recommendation(id)
      case .assessment(let round, let question): return .question(round: round, question: question)
      case .round(let id): return .round(id)
      case .snapshot(let date): return .training(date: date, section: nil)
      case .training(let date, let section): return .training(date: date, section: section)
      case .question(let id): return .question(round: nil, question: id)
      case .section, .keyFigure, .opinion: return nil
      }
    case .addNote(let id, _): return .recommendation(id)
    case .addRound(let round): return .round(round.id)
    case .removeRound(let id): return .round(id)
    case .addSnapshot(let snapshot): return .training(date: snapshot.date, section: nil)
    case .removeSnapshot(let date): return .training(date: date, section: nil)
    case .addSection: return nil
    case .addQuestion(let question, _): return .question(round: nil, question: question.id)
    case .addRecommendation(let recommendation): return .recommendation(recommendation.id)
    case .addKeyFigure: return nil
    case .addTrainingSection(let date, let counts):
      return .training(date: date, section: counts.section)
    }
  }

  /// Shows the view where the first of `edits` lives, with it selected.
  /// Undo and redo keep the filters as they are, as the change they repeat
  /// did: what a filter hides stays hidden.
  mutating func reveal(_ edits: [AuditEdit], clearingFilter: Bool = true) {
    guard let first = edits.first, let place = Self.place(of: first) else { return }
    reveal(place, clearingFilter: clearingFilter)
  }

  /// Shows the view a place lives in, with it selected (clearing a filter
  /// that hides it, where `clearingFilter`).
  mutating func reveal(_ place: Place, clearingFilter: Bool = true) {
    for view in ViewID.allCases {
      var candidate = state.views[view]
      let listContext = context(for: view, focus: .list)
      guard candidate.reveal(place, listContext, clearingFilter: clearingFilter) else { continue }
      show(view, focus: .list)
      settle()
      let before = currentCursor.selected
      state.views[view] = candidate
      if currentCursor.selected != before { state.detailScroll = 0 }
      state.views[view].normalise(context())
      refreshMatches()
      return
    }
  }
}

extension AuditEdit {
  /// The kind and id of the part an edit adds; nil for other edits.
  fileprivate var addedPart: RetirablePart? {
    switch self {
    case .addSection(let section): .structure(.section, section.id)
    case .addQuestion(let question, _): .structure(.question, question.id)
    case .addRecommendation(let recommendation): .structure(.recommendation, recommendation.id)
    case .addKeyFigure(let figure): .keyFigure(figure.id)
    case .addTrainingSection(let date, let counts):
      .trainingSection(date: date, section: counts.section)
    default: nil
    }
  }
}
