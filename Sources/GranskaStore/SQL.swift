import Foundation

/// A value as both backends store it: SQLite's storage classes, which
/// PostgreSQL's columns (bigint, double precision, text) map onto.
public enum SQLValue: Equatable, Sendable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)
}

/// What can be bound to a `?` in the store's SQL.
public protocol SQLArgument {
  var sqlValue: SQLValue { get }
}

extension String: SQLArgument {
  public var sqlValue: SQLValue { .text(self) }
}
extension Int: SQLArgument {
  public var sqlValue: SQLValue { .integer(Int64(self)) }
}
extension Int64: SQLArgument {
  public var sqlValue: SQLValue { .integer(self) }
}
extension Double: SQLArgument {
  public var sqlValue: SQLValue { .real(self) }
}
extension Bool: SQLArgument {
  public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
}
extension SQLValue: SQLArgument {
  public var sqlValue: SQLValue { self }
}
extension Optional: SQLArgument where Wrapped: SQLArgument {
  public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

/// One row of a result, its columns found by name whatever their case
/// (PostgreSQL folds unquoted names to lower case, SQLite keeps them).
public struct SQLRow: Sendable {
  let columns: SQLColumns
  public let values: [SQLValue]

  public var names: [String] { columns.names }

  public func value(_ name: String) -> SQLValue {
    guard let index = columns.index[name.lowercased()] else {
      preconditionFailure("no column \(name) in \(columns.names)")
    }
    return values[index]
  }

  public subscript<T: SQLDecodable>(_ name: String) -> T {
    guard let decoded = T(sqlValue: value(name)) else {
      preconditionFailure("column \(name): \(value(name)) is not \(T.self)")
    }
    return decoded
  }
}

/// The column names of one result, shared by its rows.
final class SQLColumns: Sendable {
  let names: [String]
  let index: [String: Int]

  init(_ names: [String]) {
    self.names = names
    var index: [String: Int] = [:]
    for (i, name) in names.enumerated() where index[name.lowercased()] == nil {
      index[name.lowercased()] = i
    }
    self.index = index
  }
}

/// What a column's value can be read as.
public protocol SQLDecodable {
  init?(sqlValue: SQLValue)
}

extension String: SQLDecodable {
  public init?(sqlValue: SQLValue) {
    switch sqlValue {
    case .text(let text): self = text
    case .integer(let number): self = String(number)
    case .real(let number): self = String(number)
    case .null: return nil
    }
  }
}
extension Int64: SQLDecodable {
  public init?(sqlValue: SQLValue) {
    switch sqlValue {
    case .integer(let number): self = number
    case .real(let number) where number == number.rounded(): self = Int64(number)
    default: return nil
    }
  }
}
extension Int: SQLDecodable {
  public init?(sqlValue: SQLValue) {
    guard let number = Int64(sqlValue: sqlValue) else { return nil }
    self = Int(number)
  }
}
extension Double: SQLDecodable {
  public init?(sqlValue: SQLValue) {
    switch sqlValue {
    case .real(let number): self = number
    case .integer(let number): self = Double(number)
    default: return nil
    }
  }
}
extension Bool: SQLDecodable {
  public init?(sqlValue: SQLValue) {
    guard let number = Int64(sqlValue: sqlValue) else { return nil }
    self = number != 0
  }
}
extension Optional: SQLDecodable where Wrapped: SQLDecodable {
  public init?(sqlValue: SQLValue) {
    if sqlValue == .null {
      self = .none
    } else if let value = Wrapped(sqlValue: sqlValue) {
      self = .some(value)
    } else {
      return nil
    }
  }
}

/// One connection inside a transaction (or a read), as the shared store
/// code sees it: SQL with `?` placeholders that both backends run alike.
public protocol SQLDatabase {
  func execute(_ sql: String, _ arguments: [any SQLArgument]) throws
  func fetchAll(_ sql: String, _ arguments: [any SQLArgument]) throws -> [SQLRow]
  /// True when the database itself stamps history rows and merges one
  /// person's quick changes of a field (PostgreSQL, where no editor may
  /// delete history); false when the store does (SQLite).
  var mergesHistory: Bool { get }

  /// Adds many rows to a table at once, as fast as the database allows
  /// (`granska copy`): a few hundred to an INSERT, or PostgreSQL's COPY.
  func insertRows(into table: String, columns: [String], rows: [[SQLValue]]) throws
}

extension SQLDatabase {
  public func insertRows(into table: String, columns: [String], rows: [[SQLValue]]) throws {
    guard !columns.isEmpty else { return }
    let perStatement = max(1, 2000 / columns.count)
    let placeholders =
      "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
    var start = 0
    while start < rows.count {
      let batch = rows[start..<min(rows.count, start + perStatement)]
      try execute(
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
          + Array(repeating: placeholders, count: batch.count).joined(separator: ", "),
        batch.flatMap { $0 })
      start += perStatement
    }
  }
}

extension SQLDatabase {
  public func execute(_ sql: String) throws { try execute(sql, []) }

  public func fetchAll(_ sql: String) throws -> [SQLRow] { try fetchAll(sql, []) }

  public func fetchOne(_ sql: String, _ arguments: [any SQLArgument] = []) throws -> SQLRow? {
    try fetchAll(sql, arguments).first
  }

  /// The first column of the first row, when there is one and it is not NULL.
  public func value<T: SQLDecodable>(
    _ type: T.Type = T.self, _ sql: String, _ arguments: [any SQLArgument] = []
  ) throws -> T? {
    guard let row = try fetchOne(sql, arguments), let first = row.values.first else { return nil }
    return T(sqlValue: first)
  }

  /// The first column of every row.
  public func values<T: SQLDecodable>(
    _ type: T.Type = T.self, _ sql: String, _ arguments: [any SQLArgument] = []
  ) throws -> [T] {
    try fetchAll(sql, arguments).compactMap { $0.values.first.flatMap(T.init(sqlValue:)) }
  }
}
