import Foundation
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

/// Who may edit: everyone who can write the file, unless the database lists
/// editors (Unix accounts or groups). The list is kept in the database so it
/// travels with a shared file; the file's owner and root manage it.
public struct EditorList: Equatable, Sendable {
  public var accounts: [String]
  public var groups: [String]

  public init(accounts: [String], groups: [String]) {
    self.accounts = accounts
    self.groups = groups
  }

  public var isEmpty: Bool { accounts.isEmpty && groups.isEmpty }

  public func permits(_ account: String) -> Bool {
    isEmpty || accounts.contains(account) || !Set(groups).isDisjoint(with: groupsOf(account))
  }

}

/// The names of the groups an account belongs to, as the OS reports them.
func groupsOf(_ account: String) -> Set<String> {
  guard let entry = getpwnam(account) else { return [] }
  let primary = entry.pointee.pw_gid
  var count: Int32 = 64
  var ids = [gid_t](repeating: 0, count: Int(count))
  if getgrouplist(account, primary, &ids, &count) == -1 {
    ids = [gid_t](repeating: 0, count: Int(count))
    _ = getgrouplist(account, primary, &ids, &count)
  }
  return Set(
    ids.prefix(Int(max(count, 0))).compactMap { id in
      getgrgid(id).map { String(cString: $0.pointee.gr_name) }
    })
}

extension AuditStore {
  public func editors() throws(StoreError) -> EditorList {
    try read { db in try Self.fetchEditors(db) }
  }

  static func fetchEditors(_ db: any SQLDatabase) throws -> EditorList {
    let rows = try db.fetchAll("SELECT kind, name FROM editor ORDER BY kind, name")
    return EditorList(
      accounts: rows.filter { $0["kind"] == "account" }.map { $0["name"] },
      groups: rows.filter { $0["kind"] == "group" }.map { $0["name"] })
  }

  /// Why this session may not edit, or nil when it may: `--read-only` or
  /// the file system; in service-account mode the person's role (read
  /// afresh, so a change applies to running sessions); otherwise the
  /// editor list of Unix accounts and groups.
  public func editRefusal() throws(StoreError) -> StoreError? {
    if let readOnlyReason { return .readOnly(readOnlyReason) }
    return try read { db in try editRefusal(in: db) }
  }

  /// `editRefusal` inside the caller's transaction: a save asks in its own.
  func editRefusal(in db: any SQLDatabase) throws -> StoreError? {
    if let readOnlyReason { return .readOnly(readOnlyReason) }
    if let person {
      switch try Self.role(of: person, in: db) {
      case .editor?: return nil
      case .viewer?: return .viewer(person: person)
      case nil: return .unknownPerson(person)
      }
    }
    if backend.decidesAccess {
      // The database decides: a role that may not change recommendations is a viewer.
      let mayEdit = try db.value(
        Bool.self, "SELECT has_table_privilege('recommendation', 'UPDATE')")
      return mayEdit == true ? nil : .server(.viewerRole(role: account))
    }
    let editors = try Self.fetchEditors(db)
    if editors.permits(account) { return nil }
    return .notAnEditor(account: account, accounts: editors.accounts, groups: editors.groups)
  }

  func requireEditor() throws(StoreError) {
    if let refusal = try editRefusal() { throw refusal }
  }

  /// Adds or removes an editor; only the database file's owner or root may.
  public func setEditor(kind: String, name: String, allowed: Bool) throws(StoreError) {
    try requireAdministrator()
    guard kind == "account" || kind == "group", !name.isEmpty else {
      throw StoreError.invalidEditor
    }
    try write { db, history in
      if allowed {
        try db.execute("INSERT OR IGNORE INTO editor (kind, name) VALUES (\(kind), \(name))")
      } else {
        try db.execute("DELETE FROM editor WHERE kind = \(kind) AND name = \(name)")
      }
      try history.record(
        db, auditID: "", entity: "editor", entityID: "\(kind) \(name)", field: "allowed",
        old: allowed ? nil : "yes", new: allowed ? "yes" : nil)
    }
  }

  /// Who may edit, and who may use the database at all, is the file
  /// owner's (or root's) to decide.
  func requireAdministrator() throws(StoreError) {
    if let readOnlyReason { throw StoreError.readOnly(readOnlyReason) }
    // On PostgreSQL roles and grants say who may do what (`grant`).
    if decidesAccess { throw StoreError.server(.sqliteOnly(command: "access --group, keys")) }
    if person != nil || !Self.ownsFile(path) { throw StoreError.notOwner(path: path) }
  }

  /// True for the file's owner and for root.
  static func ownsFile(_ path: String) -> Bool {
    let uid = geteuid()
    return uid == 0 || FileStatus(path)?.uid == uid
  }
}
