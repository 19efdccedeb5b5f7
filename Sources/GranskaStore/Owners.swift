import Foundation
import GranskaDomain
import GranskaText

/// The owner directory (`owner`): who an owner named on recommendations is,
/// where their reminders go, and the person who holds the role. A table of
/// the whole database, like `editor` and `person`; every change is written
/// to history by Granska (audit '', entity `owner`, the owner's name as
/// the id, fields `email` and `person`), and only editors may make one.
/// The reminders themselves are history rows of the audit they are about
/// (`ReminderRecord`).
enum Owners {
  /// What a change expects to find: the owner absent (add), present
  /// (edit, remove), or exactly as a form showed it (nil: absent).
  enum Expectation {
    case absent, present
    case exactly(OwnerContact?)
  }
}

extension AuditStore {
  public func owners() throws(StoreError) -> [OwnerContact] {
    try read { db in try Self.fetchOwners(db) }
  }

  static func fetchOwners(_ db: any SQLDatabase) throws -> [OwnerContact] {
    try db.fetchAll("SELECT name, email, person FROM owner ORDER BY name").map { row in
      OwnerContact(name: row["name"], email: row["email"], person: row["person"])
    }
  }

  /// Adds an owner; one the directory has already (whatever its case and
  /// spacing) is refused.
  public func addOwner(_ contact: OwnerContact) throws {
    try changeOwner(contact.name, to: contact, expecting: .absent)
  }

  /// Changes an owner's address or person (nil: as they are; `person`
  /// .some(nil) removes the person). Returns the entry as saved.
  @discardableResult
  public func editOwner(_ name: String, email: String?, person: String??) throws -> OwnerContact {
    if email == nil, person == nil { throw OwnerProblem.nothingToChange }
    return try changeOwner(name, expecting: .present) { current in
      var changed = current!
      if let email { changed.email = email }
      if let person { changed.person = person }
      return changed
    }!
  }

  public func removeOwner(_ name: String) throws {
    try changeOwner(name, to: nil, expecting: .present)
  }

  /// The dashboard's form: saves the owner `name` as `contact` (nil:
  /// removed) when the directory still holds what the form showed (`shown`,
  /// nil: no entry); otherwise refuses, as a field changed by someone else
  /// is refused.
  public func saveOwner(_ name: String, as contact: OwnerContact?, shown: OwnerContact?) throws {
    try changeOwner(name, to: contact, expecting: .exactly(shown))
  }

  @discardableResult
  private func changeOwner(
    _ name: String, to new: OwnerContact?, expecting: Owners.Expectation
  ) throws -> OwnerContact? {
    try changeOwner(name, expecting: expecting) { _ in new }
  }

  /// Reads the owner named `name`, checks it against `expecting`, and saves
  /// what `change` makes of it (nil: removed), with its history, in one
  /// transaction. Checks of the new entry come first; a refusal saves nothing.
  private func changeOwner(
    _ name: String, expecting: Owners.Expectation,
    _ change: (OwnerContact?) throws -> OwnerContact?
  ) throws -> OwnerContact? {
    guard OwnerName.isValid(name) else { throw OwnerProblem.invalidName(name) }
    try requireEditor()
    var refusal: OwnerProblem?
    do {
      return try write { db, history in
        do {
          return try Self.changeOwner(name, expecting: expecting, change, db, history)
        } catch let problem as OwnerProblem {
          refusal = problem
          throw problem
        }
      }
    } catch {
      throw refusal ?? error
    }
  }

  private static func changeOwner(
    _ name: String, expecting: Owners.Expectation,
    _ change: (OwnerContact?) throws -> OwnerContact?, _ db: any SQLDatabase,
    _ history: HistoryWriter
  ) throws -> OwnerContact? {
    let current = try fetchOwners(db).entry(for: name)
    switch expecting {
    case .absent:
      if let current { throw OwnerProblem.duplicate(existing: current.name) }
    case .present:
      if current == nil { throw OwnerProblem.noSuchOwner(name) }
    case .exactly(let shown):
      if current != shown { throw OwnerProblem.changedMeanwhile(owner: name) }
    }
    var new = try change(current)
    // An owner keeps the name the directory first knew them by.
    if let current { new?.name = current.name }
    if let new { try check(new, db) }
    guard new != current else { return new }
    let stored = current?.name ?? name
    switch (current, new) {
    case (nil, let new?):
      try db.execute(
        "INSERT INTO owner (name, email, person) VALUES (\(new.name), \(new.email), \(new.person))")
    case (_?, let new?):
      try db.execute(
        "UPDATE owner SET email = \(new.email), person = \(new.person) WHERE name = \(stored)")
    case (_?, nil):
      try db.execute("DELETE FROM owner WHERE name = \(stored)")
    case (nil, nil):
      return nil
    }
    for (field, old, value) in [
      ("email", current?.email, new?.email), ("person", current?.person, new?.person),
    ] where old != value {
      try history.recordChange(
        db, auditID: "", entity: "owner", entityID: stored, field: field, old: old, new: value)
    }
    return new
  }

  /// An address Granska can send to; a person who exists (in
  /// service-account mode, someone with keys; otherwise a valid name).
  private static func check(_ contact: OwnerContact, _ db: any SQLDatabase) throws {
    guard MailAddress.isValid(contact.email) else {
      throw OwnerProblem.invalidAddress(contact.email)
    }
    guard let person = contact.person else { return }
    guard Person.isValidName(person) else { throw OwnerProblem.invalidPerson(person) }
    let people = try db.values(String.self, "SELECT name FROM person ORDER BY name")
    if !people.isEmpty, !people.contains(person) {
      throw OwnerProblem.unknownPerson(person, known: people)
    }
  }

  // MARK: Reminders

  /// What `granska remind` needs of an audit's history: its reminders and
  /// the changes of its recommendations' status, due date and owner.
  public func reminderHistory(auditID: String) throws(StoreError) -> [HistoryEntry] {
    try read { db in
      let changes = try HistoryQuery.fetch(
        HistoryFilter(auditID: auditID, entity: "recommendation"), from: db)
      return try HistoryQuery.fetch(
        HistoryFilter(auditID: auditID, entity: ReminderRecord.entity), from: db)
        + changes.filter { ReminderRules.changingFields.contains($0.field) }
    }
  }

  /// The last reminder each owner got about this audit, newest first.
  public func lastReminders(auditID: String) throws(StoreError) -> [ReminderSent] {
    try read { db in try Self.lastReminders(auditID: auditID, db) }
  }

  /// Read through the index of a field's history (audit, entity, …), and
  /// put in order here: ordered by id, SQLite would read every history row
  /// of the audit instead (10–19 ms for the large benchmark's first audit,
  /// at every reading of the dashboard; this takes well under one).
  static func lastReminders(auditID: String, _ db: any SQLDatabase) throws -> [ReminderSent] {
    let rows = try db.fetchAll(
      """
      SELECT id, at, account, entityId, newValue FROM history
      WHERE auditId = \(auditID) AND entity = \(ReminderRecord.entity)
        AND field = \(ReminderRecord.field)
      """)
    let sent = rows.compactMap { row in
      ReminderSent(
        HistoryEntry(
          id: row["id"], at: Timestamp.date(row["at"]) ?? .distantPast, account: row["account"],
          auditID: auditID, entity: ReminderRecord.entity, entityID: row["entityId"],
          field: ReminderRecord.field, oldValue: nil, newValue: row["newValue"]))
    }
    var seen: Set<String> = []
    return sent.sorted { $0.historyID > $1.historyID }.filter {
      seen.insert(OwnerContact.key($0.owner)).inserted
    }
  }

  /// Records a reminder handed to the mail system: one history row of the
  /// audit, naming the owner, the address and the items. Anyone who may
  /// edit may record one.
  public func recordReminder(auditID: String, owner: String, _ record: ReminderRecord)
    throws(StoreError)
  {
    try requireEditor()
    try write { db, history in
      try history.record(
        db, auditID: auditID, entity: ReminderRecord.entity, entityID: owner,
        field: ReminderRecord.field, old: nil, new: HistoryRecord.text(record))
    }
  }
}
