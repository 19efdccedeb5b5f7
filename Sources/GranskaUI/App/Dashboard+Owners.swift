import GranskaDomain
import GranskaText

/// The owner directory in the dashboard: `e` on a recommendation opens its
/// owner's entry (address and person) in a form; the runner saves it with
/// `Effect.saveOwner` and answers through `ownerSaved` or
/// `ownerSaveFailed`. An owner who opens the dashboard is told of their
/// overdue recommendations (`greeting`).
extension FormFactory {
  /// The form of an owner's entry, as the directory has it now.
  func owner(_ name: String) -> Form {
    let entry = data.owners.entry(for: name)
    return Form(
      purpose: .owner(entry?.name ?? name, shown: entry),
      title: strings.owner(.formTitle(owner: OwnerContact.oneLine(name))),
      fields: [
        FormField(.ownerEmail, strings.owner(.email), text: entry?.email),
        FormField(.ownerPerson, strings.owner(.person), text: entry?.person),
      ])
  }
}

extension Dashboard {
  /// Enter in the owner's form: an address that can be sent to (or none:
  /// the entry goes), then the runner saves it.
  mutating func requestOwnerSave(_ form: Form, _ name: String, _ shown: OwnerContact?) -> [Effect] {
    let email = form.field(.ownerEmail)?.value
    let person = form.field(.ownerPerson)?.value
    if let email, !MailAddress.isValid(email) {
      state.form?.show(
        OwnerProblem.invalidAddress(email).message(in: language), at: form.index(of: .ownerEmail))
      return []
    }
    let contact = email.map { OwnerContact(name: name, email: $0, person: person) }
    guard contact != shown else {
      state.form = nil
      return []
    }
    state.loading = true
    return [.saveOwner(name, contact, shown: shown)]
  }

  /// The entry was saved (or removed); `data` is the database as it is now.
  public mutating func ownerSaved(_ data: DashboardData, removed: Bool) {
    state.form = nil
    replaceData(data)
    state.message = strings.owner(removed ? .removed : .saved)
  }

  /// The save was refused: the form keeps what was typed and says why;
  /// after a change by someone else it starts from what is saved now.
  public mutating func ownerSaveFailed(_ message: String, data: DashboardData?) {
    state.loading = false
    if let data {
      replaceData(data)
      if case .owner(let name, _)? = state.form?.purpose {
        state.form?.purpose = .owner(name, shown: data.owners.entry(for: name))
      }
    }
    if state.form != nil {
      state.form?.show(message, at: nil)
    } else {
      state.message = message
    }
  }

  /// What an owner is told on opening the dashboard: their overdue
  /// recommendations in this audit ("Dina rekommendationer: 2 försenade"),
  /// when the owner directory names them (by `--as` or their account).
  public func greeting() -> String? {
    let mine = data.owners.filter { $0.person != nil && $0.person == data.account }
    guard !mine.isEmpty else { return nil }
    let overdue = data.audit.recommendations.filter { item in
      item.isOverdue(on: data.today, in: data.audit) && mine.contains { $0.owns(item) }
    }
    guard !overdue.isEmpty else { return nil }
    let items = overdue.map(\.id).joined(separator: ", ")
    return strings.owner(
      overdue.count == 1
        ? .yourOverdueOne(items: items) : .yourOverdue(n: String(overdue.count), items: items))
  }
}
