import Foundation
import GranskaStore

/// While `granska batch` runs, the databases it opens stay open, so each
/// file is opened once rather than once per line. Otherwise every command
/// opens its own, and closing it at the end tidies the journal files away.
final class OpenStores: @unchecked Sendable {
  static let shared = OpenStores()

  private let lock = NSLock()
  private var keeping = false
  private var stores: [String: AuditStore] = [:]

  /// Runs `body` keeping the databases it opens; closes them afterwards.
  func keepingOpen<T>(_ body: () throws -> T) rethrows -> T {
    lock.withLock { keeping = true }
    defer {
      lock.withLock {
        keeping = false
        stores.removeAll()
      }
    }
    return try body()
  }

  func store(
    at path: String, readOnly: Bool, person: String?, open: () throws -> AuditStore
  ) throws -> AuditStore {
    lock.lock()
    defer { lock.unlock() }
    let key = "\(readOnly ? "r" : "w"):\(person ?? ""):\(path)"
    if let store = stores[key] { return store }
    let store = try open()
    if keeping { stores[key] = store }
    return store
  }
}
