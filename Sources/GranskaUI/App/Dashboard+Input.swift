import GranskaText

/// Input beyond single keys, and what keeps it safe: text that arrived at
/// once, pastes (only ever text), the question before typed work is lost,
/// and the too-small screen, where only quitting does anything.
extension Dashboard {
  /// The question waiting for its answer, if any.
  var confirmation: Confirmation? { state.layers.top as? Confirmation }

  /// Whether a yes/no question waits for its answer.
  var isAsking: Bool { confirmation != nil }

  /// Text that arrived at once: typed into the top layer when it takes text
  /// (a form, the search), and otherwise taken as keys pressed one after
  /// another (fast typing over a slow link).
  mutating func typed(_ text: String) -> [Effect] {
    if !isAsking, !layout.isTooSmall, var layer = state.layers.top,
      let outcome = layer.type(text, self)
    {
      return finish(layer, outcome)
    }
    state.queuedKeys += text.map { Key.character($0) }
    return resumeQueuedKeys()
  }

  /// A bracketed paste: text for the layer that takes it (a form's field,
  /// the search), never keys; anywhere else it only says so.
  mutating func pasted(_ text: String) {
    guard !layout.isTooSmall else { return }
    if var layer = state.layers.top, let outcome = layer.paste(text, self) {
      _ = finish(layer, outcome)
    } else {
      state.message = strings[.pasteOutsideField]
    }
  }

  /// Puts back the top layer as it came out of a key or text (unless it
  /// closed), then does what it asked.
  mutating func finish(_ layer: any Layer, _ outcome: LayerOutcome) -> [Effect] {
    _ = state.layers.popTop()
    if !outcome.closes { state.layers.push(layer) }
    return outcome.then?(&self) ?? []
  }

  /// Asks a question; the answer is the next key.
  mutating func ask(_ question: Confirmation.Question) -> [Effect] {
    state.layers.push(Confirmation(question: question))
    return []
  }

  /// Quits, asking first when a form holds typed input.
  mutating func quitAskingFirst() -> [Effect] {
    guard state.form?.hasUnsavedInput == true else { return [.quit] }
    return ask(.quit)
  }

  /// While the terminal is too small nothing can be seen, so nothing may
  /// change unseen: only quitting (and suspending) does anything.
  mutating func quitOnly(_ key: Key) -> [Effect] {
    KeyBinding.action(for: key, in: KeyBinding.common) == .quit ? quitAskingFirst() : []
  }

  /// The question waiting for an answer, in the interface's language.
  var question: String? { confirmation?.text(strings) }
}
