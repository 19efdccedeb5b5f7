import Foundation
import GranskaStore

/// The databases this process has open, so that `granska batch` opens each
/// file once rather than once per line.
final class OpenStores: @unchecked Sendable {
  static let shared = OpenStores()

  private let lock = NSLock()
  private var stores: [String: AuditStore] = [:]

  func store(at path: String, readOnly: Bool, open: () throws -> AuditStore) throws -> AuditStore {
    lock.lock()
    defer { lock.unlock() }
    let key = "\(readOnly ? "r" : "w"):\(path)"
    if let store = stores[key] { return store }
    let store = try open()
    stores[key] = store
    return store
  }
}
