#if !PostgreSQL
import Foundation
import GranskaDomain
import GranskaText

/// The store in a build without the PostgreSQL trait (the quick start,
/// scripts/granska): AuditStore+Postgres.swift, the backend and its link
/// are not compiled, and a postgresql:// address is refused in one line
/// that says how to get a build with PostgreSQL.
extension AuditStore {
  static func openPostgres(
    _ address: PostgresAddress, seed: (() throws -> [Audit])?, person: String?, readOnly: Bool,
    busyTimeout: TimeInterval, now: (@Sendable () -> Date)?
  ) throws(StoreError) -> AuditStore {
    throw StoreError.server(.notInThisBuild)
  }

  public func roleMembers() throws(StoreError) -> (editors: [String], viewers: [String]) {
    throw StoreError.server(.postgresOnly(command: "access"))
  }

  public func grant(role: String, readOnly: Bool, allowed: Bool) throws(StoreError) {
    throw StoreError.server(.postgresOnly(command: "access"))
  }
}
#endif
