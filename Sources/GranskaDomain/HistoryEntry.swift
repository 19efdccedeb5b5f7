import Foundation

/// One saved change: when (UTC), who (Unix account), what entity and field,
/// and the value before and after.
public struct HistoryEntry: Equatable, Sendable {
  public var id: Int64
  public var at: Date
  public var account: String
  public var auditID: String
  public var entity: String
  public var entityID: String
  public var field: String
  public var oldValue: String?
  public var newValue: String?

  public init(
    id: Int64, at: Date, account: String, auditID: String, entity: String, entityID: String,
    field: String, oldValue: String?, newValue: String?
  ) {
    self.id = id
    self.at = at
    self.account = account
    self.auditID = auditID
    self.entity = entity
    self.entityID = entityID
    self.field = field
    self.oldValue = oldValue
    self.newValue = newValue
  }
}
