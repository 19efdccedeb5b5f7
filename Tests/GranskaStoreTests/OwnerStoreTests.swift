import Foundation
import GranskaDomain
import GranskaStore
import GranskaTestSupport
import GranskaText
import Testing

/// The owner directory and the reminders' history, on both backends.
@Suite struct OwnerStoreTests {
  let auditID = "tranemo-2024-informationssakerhet"

  @Test(arguments: Backend.allCases)
  func theOwnerDirectoryIsEditedWithHistoryAndRefusesWhatCannotBeSent(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let store = try database.open("anna")
    let kommunchef = OwnerContact(name: "Kommunchef", email: "ks@kommun.se", person: "anna")
    try store.addOwner(kommunchef)
    #expect(try store.owners() == [kommunchef])
    let rows = { () throws -> [String] in
      try store.history(HistoryFilter(entity: "owner")).reversed().map {
        "\($0.auditID)|\($0.entityID)|\($0.field)|\($0.oldValue ?? "-")|\($0.newValue ?? "-")|\($0.account)"
      }
    }
    #expect(
      try rows() == ["|Kommunchef|email|-|ks@kommun.se|anna", "|Kommunchef|person|-|anna|anna"])
    // The same owner whatever the case and spacing; an address that is none.
    #expect(throws: OwnerProblem.duplicate(existing: "Kommunchef")) {
      try store.addOwner(OwnerContact(name: " kommunchef", email: "x@kommun.se"))
    }
    for address in ["ks@kommun.se\nBcc: evil@example.org", "Kommunchef <ks@kommun.se>", "ks"] {
      #expect(throws: OwnerProblem.invalidAddress(address)) {
        try store.addOwner(OwnerContact(name: "IT-chef", email: address))
      }
    }
    #expect(throws: OwnerProblem.invalidName("\u{1B}[2J")) {
      try store.addOwner(OwnerContact(name: "\u{1B}[2J", email: "x@kommun.se"))
    }
    let edited = try store.editOwner(
      "KOMMUNCHEF", email: "kommunchef@kommun.se", person: .some(nil))
    #expect(edited == OwnerContact(name: "Kommunchef", email: "kommunchef@kommun.se"))
    #expect(throws: OwnerProblem.noSuchOwner("HR-chef")) {
      try store.editOwner("HR-chef", email: "hr@kommun.se", person: nil)
    }
    // The dashboard's form: saved over only what it showed.
    #expect(throws: OwnerProblem.changedMeanwhile(owner: "Kommunchef")) {
      try store.saveOwner(
        "Kommunchef", as: OwnerContact(name: "Kommunchef", email: "new@kommun.se"),
        shown: kommunchef)
    }
    try store.removeOwner("Kommunchef")
    #expect(try store.owners() == [])

    // Added and removed by one person within two minutes: one decision,
    // which left nothing changed, as for any field.
    #expect(try rows() == [])
    let words = ChangeWords(strings: Language.sv.strings, audit: nil)
    let added = HistoryEntry(
      id: 1, at: Date(), account: "anna", auditID: "", entity: "owner", entityID: "Kommunchef",
      field: "email", oldValue: nil, newValue: "ks@kommun.se")
    #expect(words.describe(added).sentence == "Ägaren Kommunchef: E-post – → ks@kommun.se")
  }

  @Test(arguments: Backend.allCases)
  func eachReminderIsARowOfTheAuditsHistoryNeverMerged(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let store = try database.open("anna")
    try store.addOwner(OwnerContact(name: "Kommunchef", email: "ks@kommun.se"))
    try store.recordReminder(
      auditID: auditID, owner: "Kommunchef", ReminderRecord(to: "ks@kommun.se", items: ["R1"]))
    try store.apply(
      [.set(FieldChange(.recommendation("R1", .status), from: "not-started", to: "in-progress"))],
      to: auditID)
    // A second reminder at once (--force): its own row, not merged with the first.
    try store.recordReminder(
      auditID: auditID, owner: "Kommunchef",
      ReminderRecord(to: "ks@kommun.se", items: ["R1", "R4"]))
    let reminders = try store.history(HistoryFilter(auditID: auditID, entity: "reminder"))
    #expect(reminders.count == 2)
    #expect(reminders.allSatisfy { $0.account == "anna" && $0.field == "created" })
    let last = try store.lastReminders(auditID: auditID)
    #expect(last.map(\.record.items) == [["R1", "R4"]])
    let history = try store.reminderHistory(auditID: auditID)
    #expect(history.filter { $0.entity == "reminder" }.count == 2)
    #expect(history.contains { $0.entityID == "R1" && $0.field == "status" })
    #expect(!history.contains { $0.field == "import" })
    let words = ChangeWords(strings: Language.sv.strings, audit: nil)
    #expect(words.describe(reminders[0]).sentence == "Påminnelse till Kommunchef om R1, R4")
    let english = ChangeWords(strings: Language.en.strings, audit: nil)
    #expect(english.describe(reminders[1]).sentence == "Reminder to Kommunchef about R1")
  }

  @Test func aViewerReadsTheDirectoryAndChangesNothingByAnyPath() throws {
    let database = try TestDatabase(.postgres)
    let server = try #require(database.server)
    let admin = try database.open("granska_admin")
    try admin.addOwner(OwnerContact(name: "Kommunchef", email: "ks@kommun.se"))
    let viewer = try server.createRole("viewer")
    try admin.grant(role: viewer, readOnly: true, allowed: true)
    #expect(
      try server.psql("SELECT email FROM owner", database: database.name, as: viewer)
        .contains("ks@kommun.se"))
    for sql in [
      "DELETE FROM owner", "UPDATE owner SET email = 'x@y.se'",
      "INSERT INTO owner VALUES ('IT-chef', 'it@kommun.se', NULL)", "TRUNCATE owner",
    ] {
      #expect(throws: (any Error).self, "\(sql)") {
        try server.psql(sql, database: database.name, as: viewer)
      }
    }
    let store = try AuditStore.open(at: database.location(as: viewer))
    #expect(throws: (any Error).self) {
      try store.addOwner(OwnerContact(name: "IT-chef", email: "it@kommun.se"))
    }
    // An editor may, in psql too.
    _ = try database.open("anna")
    try server.psql(
      "UPDATE owner SET email = 'kommunchef@kommun.se'", database: database.name, as: "anna")
    #expect(try admin.owners().map(\.email) == ["kommunchef@kommun.se"])
  }

  @Test func inServiceAccountModeAnOwnersPersonIsSomeoneWithKeys() throws {
    let database = try TestDatabase(.sqlite)
    let store = try database.open("anna")
    try store.addPerson(Person(name: "anna", role: .editor, keys: []), publish: { _ in })
    #expect(throws: OwnerProblem.unknownPerson("bo", known: ["anna"])) {
      try store.addOwner(OwnerContact(name: "Kommunchef", email: "ks@kommun.se", person: "bo"))
    }
    #expect(throws: OwnerProblem.invalidPerson("Anna Andersson")) {
      try store.addOwner(
        OwnerContact(name: "Kommunchef", email: "ks@kommun.se", person: "Anna Andersson"))
    }
    try store.addOwner(OwnerContact(name: "Kommunchef", email: "ks@kommun.se", person: "anna"))
    let viewer = try database.open("anna", readOnly: true)
    #expect(throws: (any Error).self) { try viewer.removeOwner("Kommunchef") }
    #expect(try viewer.owners().count == 1)
  }
}
