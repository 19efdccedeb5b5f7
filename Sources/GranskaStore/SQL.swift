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
  public internal(set) var values: [SQLValue]

  public var names: [String] { columns.names }

  public func value(_ name: String) -> SQLValue {
    guard let index = columns.index(of: name) else {
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

  /// The column at `index`, for a statement that lists its columns.
  public subscript<T: SQLDecodable>(at index: Int) -> T {
    guard let decoded = T(sqlValue: values[index]) else {
      preconditionFailure("column \(names[index]): \(values[index]) is not \(T.self)")
    }
    return decoded
  }
}

extension SQLRow {
  /// The rows of `statement`, each made into a value as it is read
  /// (`forEachRow`), without a list of rows between. Generic only in the
  /// value, not in the database, so that it is compiled for each kind of
  /// value: as a method of `SQLDatabase` it ran generic, at a cost a row.
  static func read<T>(_ statement: SQL, in db: any SQLDatabase, as make: (SQLRow) throws -> T)
    throws -> [T]
  {
    var made: [T] = []
    try db.forEachRow(statement) { row in made.append(try make(row)) }
    return made
  }
}

/// The column names of one result, shared by its rows: found by name as
/// written or, as PostgreSQL folds unquoted names, in lower case. Looked
/// through rather than indexed: a result has a few columns, most results
/// are read by place, and many are made (one per statement).
final class SQLColumns: Sendable {
  let names: [String]

  init(_ names: [String]) {
    self.names = names
  }

  func index(of name: String) -> Int? {
    if let index = names.firstIndex(of: name) { return index }
    let folded = name.lowercased()
    return names.firstIndex { $0 == folded || $0.lowercased() == folded }
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

/// A statement with its values, written with the values interpolated —
/// `"SELECT … FROM note WHERE recommendationId = \(id)"` — so that a value
/// is never part of the SQL text. Each backend renders the places its own
/// way: SQLite's `?`, PostgreSQL's `$n` through `PostgresQuery`'s own
/// interpolation. Trusted text (a table name of Granska's own) goes in
/// with `\(raw: name)`.
public struct SQL: ExpressibleByStringInterpolation, Sendable {
  public enum Piece: Sendable, Equatable {
    case text(String)
    case value(SQLValue)
  }

  public private(set) var pieces: [Piece]

  public init(stringLiteral text: String) { pieces = [.text(text)] }

  public init(stringInterpolation: StringInterpolation) { pieces = stringInterpolation.pieces }

  init(pieces: [Piece]) { self.pieces = pieces }

  /// Text of Granska's own that holds no value: a migration's DDL.
  public init(trusted text: String) { pieces = [.text(text)] }

  public struct StringInterpolation: StringInterpolationProtocol {
    var pieces: [Piece] = []

    public init(literalCapacity: Int, interpolationCount: Int) {
      pieces.reserveCapacity(interpolationCount * 2 + 1)
    }

    public mutating func appendLiteral(_ literal: String) { pieces.append(.text(literal)) }

    /// A value: bound, never spliced into the text.
    public mutating func appendInterpolation(_ value: some SQLArgument) {
      pieces.append(.value(value.sqlValue))
    }

    /// Trusted SQL text: a name or a number of Granska's own, never a value.
    public mutating func appendInterpolation(raw text: String) { pieces.append(.text(text)) }

    /// Another statement, its text and values in place.
    public mutating func appendInterpolation(_ fragment: SQL) { pieces += fragment.pieces }
  }

  public static func + (first: SQL, second: SQL) -> SQL {
    SQL(pieces: first.pieces + second.pieces)
  }

  /// The statements one after another, `separator` between them.
  public static func joined(_ parts: [SQL], separator: String) -> SQL {
    var pieces: [Piece] = []
    for (index, part) in parts.enumerated() {
      if index > 0 { pieces.append(.text(separator)) }
      pieces += part.pieces
    }
    return SQL(pieces: pieces)
  }

  /// The text with a `?` in each value's place, and the values (SQLite's way).
  public var withPlaceholders: (text: String, values: [SQLValue]) {
    var text = ""
    var values: [SQLValue] = []
    for piece in pieces {
      switch piece {
      case .text(let part): text += part
      case .value(let value):
        text += "?"
        values.append(value)
      }
    }
    return (text, values)
  }
}

/// One connection inside a transaction (or a read), as the shared store
/// code sees it: statements both backends run alike.
public protocol SQLDatabase {
  func execute(_ statement: SQL) throws
  func fetchAll(_ statement: SQL) throws -> [SQLRow]
  /// Each row handed to `body` as it is read, to take what it needs of
  /// it: a backend may read every row into the same place.
  func forEachRow(_ statement: SQL, _ body: (SQLRow) throws -> Void) throws
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
    let names = columns.joined(separator: ", ")
    var start = 0
    while start < rows.count {
      let batch = rows[start..<min(rows.count, start + perStatement)]
      let tuples = batch.map { row in
        "(" + SQL.joined(row.map { "\($0)" }, separator: ", ") + ")"
      }
      try execute(
        "INSERT INTO \(raw: table) (\(raw: names)) VALUES \(SQL.joined(tuples, separator: ", "))")
      start += perStatement
    }
  }

  public func forEachRow(_ statement: SQL, _ body: (SQLRow) throws -> Void) throws {
    for row in try fetchAll(statement) { try body(row) }
  }

  public func fetchOne(_ statement: SQL) throws -> SQLRow? {
    try fetchAll(statement).first
  }

  /// The first column of the first row, when there is one and it is not NULL.
  public func value<T: SQLDecodable>(_ type: T.Type = T.self, _ statement: SQL) throws -> T? {
    guard let row = try fetchOne(statement), let first = row.values.first else { return nil }
    return T(sqlValue: first)
  }

  /// The first column of every row.
  public func values<T: SQLDecodable>(_ type: T.Type = T.self, _ statement: SQL) throws -> [T] {
    try fetchAll(statement).compactMap { $0.values.first.flatMap(T.init(sqlValue:)) }
  }
}
