import GranskaText

/// While the runner carries out a save or a load, the dashboard waits for
/// it without blocking anyone: keys wait their turn (so each sees the data
/// as saved), quitting never does, and a save whose answer is slow says so.
extension Dashboard {
  /// Whether a save or a load the dashboard asked for is under way.
  public var isWaiting: Bool { state.pendingSave != nil || state.loading }

  /// An event held back while waiting; nil when it goes on as usual.
  mutating func heldBack(_ event: InputEvent) -> [Effect]? {
    guard isWaiting, !isAsking else { return nil }
    switch event {
    case .key(let key):
      // q and Ctrl-C quit, in a form too: the form takes no input now.
      if KeyBinding.action(for: key, in: KeyBinding.common) == .quit {
        return state.pendingSave != nil ? ask(.quitWhileSaving) : [.quit]
      }
      state.queuedKeys.append(key)
      return []
    case .text(let text):
      state.queuedKeys += text.map { Key.character($0) }
      return []
    case .paste:
      state.message = strings[.waitToPaste]
      return []
    default:
      return nil
    }
  }

  /// The runner started loading what the dashboard asked for.
  public mutating func loadStarted() { state.loading = true }

  /// The load ended without data (the runner says why with `notify`).
  public mutating func loadFinished() { state.loading = false }

  /// A save is taking a while: say so where the person looks.
  public mutating func showSaving(_ text: String) {
    if state.form != nil {
      state.form?.show(text, at: nil)
    } else {
      state.message = text
    }
  }

  /// The connection broke as the save committed: the form keeps the
  /// input, and the save is remembered until the server tells its fate.
  public mutating func saveOutcomeUnknown(_ message: String) {
    state.unknownSave = state.pendingSave
    saveFailed(.refused(message))
  }

  /// Whether a save's outcome is still to be learnt.
  public var awaitsOutcome: Bool { state.unknownSave != nil }

  /// The server answered about a save whose outcome was unknown: saved
  /// (with the data as it is now), or not (the input is still in the form).
  public mutating func unknownSaveSettled(saved: Bool, data: DashboardData?, message: String) {
    guard let unknown = state.unknownSave else { return }
    state.unknownSave = nil
    if saved, let data {
      state.pendingSave = unknown
      saveSucceeded(data)
    }
    if state.form != nil, !saved {
      state.form?.show(message, at: nil)
    } else {
      state.message = message
    }
  }
}
