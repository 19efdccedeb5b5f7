import Foundation
import GranskaStore

/// The databases `granska batch` keeps open while it runs, lent to each
/// line (`GlobalOptions.stores`), so each file is opened once rather than
/// once per line. They close when the batch is done; any other command
/// opens its own, and closing it at the end tidies the journal files away.
final class OpenStores {
  private var stores: [String: AuditStore] = [:]

  func store(
    at path: String, readOnly: Bool, person: String?, open: () throws -> AuditStore
  ) throws -> AuditStore {
    let key = "\(readOnly ? "r" : "w"):\(person ?? ""):\(path)"
    if let store = stores[key] { return store }
    let store = try open()
    stores[key] = store
    return store
  }
}
