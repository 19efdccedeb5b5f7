import Foundation
import GranskaText

/// Service-account mode: one account owns the database and people are
/// known by their SSH keys, each with a role. The people and their keys live
/// in the database (with history), so they travel with it; OpenStores'
/// authorized_keys is written from them.
public enum Role: String, CaseIterable, Sendable {
  case viewer, editor

  /// "läsare" / "viewer".
  public func name(in language: Language) -> String {
    (self == .editor ? ServiceText.roleEditor : .roleViewer).message(in: language)
  }
}

/// One line of a public key file: "ssh-ed25519 AAAAC3Nz… anna@laptop".
public struct PublicKey: Equatable, Sendable {
  public var type: String
  /// The key itself, base64 as in the file.
  public var data: String
  public var comment: String
  /// As `ssh-keygen -l` and sshd's log show it: "SHA256:…".
  public var fingerprint: String

  public init(type: String, data: String, comment: String, fingerprint: String) {
    self.type = type
    self.data = data
    self.comment = comment
    self.fingerprint = fingerprint
  }

  /// "type data comment", as in a .pub file.
  public var line: String { [type, data, comment].filter { !$0.isEmpty }.joined(separator: " ") }
}

public struct Person: Equatable, Sendable {
  public var name: String
  public var role: Role
  public var keys: [PublicKey]
  /// How notes are signed ("Anna Andersson"); the name when none is given.
  public var fullName: String?

  public init(name: String, role: Role, keys: [PublicKey], fullName: String? = nil) {
    self.name = name
    self.role = role
    self.keys = keys
    self.fullName = fullName
  }

  /// Names go into authorized_keys, history and `--as`: exactly
  /// `[a-z][a-z0-9._-]{0,31}`, so that no two names differ only in case.
  public static func isValidName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 32,
      ("a"..."z").contains(first)
    else { return false }
    return name.unicodeScalars.allSatisfy { scalar in
      ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
        || ".-_".unicodeScalars.contains(scalar)
    }
  }
}

extension AuditStore {
  public func people() throws(StoreError) -> [Person] {
    try read { db in try Self.fetchPeople(db) }
  }

  /// The person's role, or nil when no one has that name.
  public func role(of name: String) throws(StoreError) -> Role? {
    try read { db in try Self.role(of: name, in: db) }
  }

  static func role(of name: String, in db: any SQLDatabase) throws -> Role? {
    try db.value(String.self, "SELECT role FROM person WHERE name = \(name)")
      .flatMap(Role.init(rawValue:))
  }

  /// Adds a person with their keys. `publish` gets everyone as they will
  /// be and runs inside the transaction: if it throws, nothing is saved.
  public func addPerson(_ person: Person, publish: ([Person]) throws -> Void) throws {
    try requireAdministrator()
    guard Person.isValidName(person.name) else { throw StoreError.badName(person.name) }
    try changePeople(publish) { db, history in
      if try db.value(Bool.self, "SELECT 1 FROM person WHERE name = \(person.name)") == true {
        throw StoreError.duplicateName(person.name)
      }
      try db.execute(
        "INSERT INTO person (name, role, fullName) VALUES (\(person.name), \(person.role.rawValue), \(person.fullName))"
      )
      try history.record(
        db, auditID: "", entity: "person", entityID: person.name, field: "role", old: nil,
        new: person.role.rawValue)
      if let fullName = person.fullName {
        try history.record(
          db, auditID: "", entity: "person", entityID: person.name, field: "fullName", old: nil,
          new: fullName)
      }
      for (position, key) in person.keys.enumerated() {
        if let holder = try db.value(
          String.self, "SELECT name FROM personKey WHERE data = \(key.data)")
        {
          throw StoreError.duplicateKey(fingerprint: key.fingerprint, person: holder)
        }
        try db.execute(
          """
          INSERT INTO personKey (name, position, type, data, comment, fingerprint)
          VALUES (\(person.name), \(position), \(key.type), \(key.data), \(key.comment), \(key.fingerprint))
          """)
        try history.record(
          db, auditID: "", entity: "person", entityID: person.name, field: "key", old: nil,
          new: "\(key.type) \(key.fingerprint)")
      }
    }
  }

  /// Removes a person and their keys.
  public func removePerson(_ name: String, publish: ([Person]) throws -> Void) throws {
    try requireAdministrator()
    try changePeople(publish) { db, history in
      guard let person = try Self.fetchPeople(db).first(where: { $0.name == name }) else {
        throw StoreError.noSuchPerson(name)
      }
      for key in person.keys {
        try history.record(
          db, auditID: "", entity: "person", entityID: name, field: "key",
          old: "\(key.type) \(key.fingerprint)", new: nil)
      }
      try history.record(
        db, auditID: "", entity: "person", entityID: name, field: "role",
        old: person.role.rawValue, new: nil)
      try db.execute("DELETE FROM person WHERE name = \(name)")
    }
  }

  /// Gives a person another role.
  public func setRole(_ role: Role, of name: String, publish: ([Person]) throws -> Void) throws {
    try requireAdministrator()
    try changePeople(publish) { db, history in
      guard
        let old = try db.value(String.self, "SELECT role FROM person WHERE name = \(name)")
      else { throw StoreError.noSuchPerson(name) }
      guard old != role.rawValue else { return }
      try db.execute("UPDATE person SET role = \(role.rawValue) WHERE name = \(name)")
      try history.record(
        db, auditID: "", entity: "person", entityID: name, field: "role", old: old,
        new: role.rawValue)
    }
  }

  /// Runs `change`, then `publish` with everyone as they are now, in one
  /// transaction; a `PeopleError` or a failure to publish saves nothing.
  private func changePeople(
    _ publish: ([Person]) throws -> Void, _ change: (any SQLDatabase, HistoryWriter) throws -> Void
  ) throws {
    var publishing: (any Error)?
    do {
      try write { db, history in
        try change(db, history)
        do {
          try publish(try Self.fetchPeople(db))
        } catch {
          publishing = error
          throw error
        }
      }
    } catch {
      throw publishing ?? error
    }
  }

  static func fetchPeople(_ db: any SQLDatabase) throws -> [Person] {
    let keys = try db.fetchAll("SELECT * FROM personKey ORDER BY name, position")
    let keysByName = Dictionary(grouping: keys) { $0["name"] as String }
    return try db.fetchAll("SELECT * FROM person ORDER BY name").map { row in
      let name: String = row["name"]
      return Person(
        name: name, role: Role(rawValue: row["role"]) ?? .viewer,
        keys: (keysByName[name] ?? []).map { key in
          PublicKey(
            type: key["type"], data: key["data"], comment: key["comment"],
            fingerprint: key["fingerprint"])
        }, fullName: row["fullName"])
    }
  }

  /// The name notes are signed with: in service-account mode the person's
  /// full name (else their name); otherwise the account's full name from
  /// the password database (see `personName(of:)`).
  public func signature() throws(StoreError) -> String {
    guard let person else { return personName(of: account) }
    let fullName = try read { db in
      try db.value(String.self, "SELECT fullName FROM person WHERE name = \(person)")
    }
    return fullName ?? person
  }

  /// `--as NAME` must name someone with a key.
  func requireKnownPerson() throws(StoreError) {
    guard let person else { return }
    if try role(of: person) == nil { throw StoreError.unknownPerson(person) }
  }

  /// Every keyed session runs as the database's owner; anyone else saying
  /// `--as` would only be putting another name in the history.
  static func requireOwner(_ path: String, toActAs person: String) throws(StoreError) {
    if FileStatus(path) != nil, !ownsFile(path) {
      throw StoreError.notOwnerToActAs(path: path, person: person)
    }
  }
}
