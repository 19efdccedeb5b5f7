import GranskaText

/// Input beyond single keys, and what keeps it safe: text that arrived at
/// once, pastes (only ever text), the question before typed work is lost,
/// and the too-small screen, where only quitting does anything.
extension Dashboard {
  /// Whether a yes/no question waits for its answer.
  var isAsking: Bool { state.confirmingQuit || state.confirmingDiscard }

  /// Text that arrived at once: typed into a form or search, and otherwise
  /// taken as keys pressed one after another (fast typing over a slow link).
  mutating func typed(_ text: String) -> [Effect] {
    if !isAsking, !layout.isTooSmall {
      if state.form != nil {
        if state.form?.type(text) == true { notePasteCut() }
        return []
      }
      if state.search.isEditing {
        state.search.draft += Sanitize.line(text)
        return []
      }
    }
    state.queuedKeys += text.map { Key.character($0) }
    return resumeQueuedKeys()
  }

  /// A bracketed paste: text for the focused field or the search, never
  /// keys; anywhere else it only says so.
  mutating func pasted(_ text: String) {
    guard !isAsking, !layout.isTooSmall else { return }
    if state.form != nil {
      if state.form?.paste(text) == true { notePasteCut() }
    } else if state.search.isEditing {
      state.search.draft += Sanitize.line(text.replacingOccurrences(of: "\n", with: " "))
    } else {
      state.message = strings[.pasteOutsideField]
    }
  }

  private mutating func notePasteCut() {
    guard let form = state.form else { return }
    let limit = strings.number(form.fields[form.focus].limit)
    let message = strings[.pasteCut].replacingOccurrences(of: "{limit}", with: limit)
    state.form?.show(message, at: form.focus)
  }

  /// The answer to "quit anyway?" or "discard?": yes quits or closes the
  /// form; any other key keeps everything as it was.
  mutating func answer(_ key: Key) -> [Effect] {
    let yes = [.character("j"), .character("y"), .character("J"), .character("Y")].contains(key)
    if state.confirmingQuit {
      state.confirmingQuit = false
      return yes ? [.quit] : []
    }
    state.confirmingDiscard = false
    if yes { state.form = nil }
    return []
  }

  /// Quits, asking first when a form holds typed input.
  mutating func quitAskingFirst() -> [Effect] {
    guard state.form?.hasUnsavedInput == true else { return [.quit] }
    state.confirmingQuit = true
    return []
  }

  /// Esc in a form closes it, asking first when typed input would be lost.
  mutating func leaveForm() {
    if state.form?.hasUnsavedInput == true {
      state.confirmingDiscard = true
    } else {
      state.form = nil
    }
  }

  /// While the terminal is too small nothing can be seen, so nothing may
  /// change unseen: only quitting (and suspending) does anything.
  mutating func quitOnly(_ key: Key) -> [Effect] {
    KeyBinding.action(for: key, in: state.view) == .quit ? quitAskingFirst() : []
  }

  /// The question waiting for an answer, in the interface's language.
  var question: String? {
    if state.confirmingQuit { return strings[.confirmQuit] }
    if state.confirmingDiscard { return strings[.confirmDiscard] }
    return nil
  }
}
