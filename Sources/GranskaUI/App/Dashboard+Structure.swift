import GranskaDomain
import GranskaText

/// A new audit from the audit chooser: the form, its check by the rules
/// `granska new` follows, and what the runner reports of the save. (Sections
/// and questions are ordinary edits: `submitForm` and `saveSucceeded`.)
extension Dashboard {
  /// "Ny granskning…" in the audit chooser: the form of the audit's facts.
  mutating func openNewAuditForm() -> [Effect] {
    guard requireEditing() else { return [] }
    state.form = FormFactory(data: data, strings: strings).newAudit()
    return []
  }

  /// Enter on the new-audit form: the audit to create, or why not, at its field.
  mutating func requestNewAudit(_ form: Form) -> [Effect] {
    let factory = FormFactory(data: data, strings: strings)
    if let problem = factory.problem(in: form) {
      state.form?.show(problem.message, at: problem.field)
      return []
    }
    do {
      let audit = try factory.enteredAudit(from: form)
      state.loading = true
      return [.createAudit(audit)]
    } catch {
      // A rule of the scale ("scale[1].id": a typed level) is the scale's.
      if case .invalid(let path, let problem) = error, path.hasPrefix("scale"),
        let index = form.index(of: .newAudit(.scale))
      {
        let message = "\(form.fields[index].label): \(problem.message(in: strings.language))"
        state.form?.show(message, at: index)
      } else {
        showInForm(error)
      }
      return []
    }
  }

  /// The audit was created; `data` is it, opened in the Questions view,
  /// which says what to add next.
  public mutating func auditCreated(_ data: DashboardData) {
    state.form = nil
    replaceData(data)
    show(.matrix, focus: .list)
    state.message = strings.structure(.auditCreated(id: data.audit.id))
  }

  /// The audit was not created: the form keeps what was typed and says why.
  public mutating func auditNotCreated(_ message: String) {
    state.loading = false
    if state.form != nil {
      state.form?.show(message, at: nil)
    } else {
      state.message = message
    }
  }

  /// A section or question just added is shown, selected where it can
  /// be; a part moved stays selected where it went (a section: its first question).
  mutating func revealAdded(_ edits: [AuditEdit]) {
    let added = edits.filter {
      switch $0 {
      case .addSection, .addQuestion: true
      case .set(let change):
        switch change.field {
        case .question(_, .position), .recommendation(_, .position), .training(_, _, .position):
          true
        default: false
        }
      default: false
      }
    }
    if !added.isEmpty { reveal(added) }
    for case .set(let change) in edits {
      guard case .section(let id, .position) = change.field,
        let first = data.audit.questions.first(where: { $0.section == id })
      else { continue }
      reveal(.question(round: nil, question: first.id))
    }
  }
}
