import Foundation
import GranskaDomain
import GranskaText

/// One column of a table whose rows hold `Part`s: its name, the value a
/// part stores in it, and how a read value goes back into a part.
struct Column<Part>: Sendable {
  let name: String
  let store: @Sendable (Part) throws -> SQLValue
  let load: @Sendable (inout Part, SQLValue) throws -> Void

  init(
    _ name: String, store: @escaping @Sendable (Part) throws -> SQLValue,
    load: @escaping @Sendable (inout Part, SQLValue) throws -> Void
  ) {
    self.name = name
    self.store = store
    self.load = load
  }

  /// A field stored as its own value: a text, a number or a flag, or none.
  /// (Read without a form between: most columns are such, and read often.)
  init<Value: SQLArgument & SQLDecodable>(
    _ name: String, _ field: WritableKeyPath<Part, Value> & Sendable
  ) {
    self.init(
      name, store: { part in part[keyPath: field].sqlValue },
      load: { part, value in
        guard let decoded = Value(sqlValue: value) else { throw StoredForm<Value>.corrupt(value) }
        part[keyPath: field] = decoded
      })
  }

  /// A field of an optional whole (a board reply's paragraph), in a
  /// column after the one that makes the whole (`StoredForm.whole`):
  /// NULL without the whole, and read only into a whole that is there.
  init<Whole, Field>(
    _ name: String, _ whole: WritableKeyPath<Part, Whole?> & Sendable,
    _ field: WritableKeyPath<Whole, Field?> & Sendable, as form: StoredForm<Field?>
  ) {
    self.init(
      name, store: { part in try form.store(part[keyPath: whole]?[keyPath: field] ?? nil) },
      load: { part, value in
        guard part[keyPath: whole] != nil else { return }
        part[keyPath: whole]![keyPath: field] = try form.load(value)
      })
  }

  init<Whole, Field: SQLArgument & SQLDecodable>(
    _ name: String, _ whole: WritableKeyPath<Part, Whole?> & Sendable,
    _ field: WritableKeyPath<Whole, Field?> & Sendable
  ) {
    self.init(name, whole, field, as: .optional(.plain))
  }

  /// A field stored in a form of its own (a day as text, a list as JSON).
  init<Value>(
    _ name: String, _ field: WritableKeyPath<Part, Value> & Sendable, as form: StoredForm<Value>
  ) {
    self.init(
      name, store: { part in try form.store(part[keyPath: field]) },
      load: { part, value in part[keyPath: field] = try form.load(value) })
  }
}

/// How a value is kept in a column and read back; a value the column
/// cannot hold as that is a corrupt database, said with what was expected.
struct StoredForm<Value>: Sendable {
  let store: @Sendable (Value) throws -> SQLValue
  let load: @Sendable (SQLValue) throws -> Value
}

extension StoredForm where Value: SQLArgument & SQLDecodable {
  static var plain: Self {
    StoredForm(
      store: { $0.sqlValue },
      load: { value in
        guard let decoded = Value(sqlValue: value) else { throw StoredForm.corrupt(value) }
        return decoded
      })
  }
}

extension StoredForm {
  static func corrupt(_ value: SQLValue, expected: String = "\(Value.self)") -> StoreError {
    let text =
      switch value {
      case .null: "NULL"
      case .integer(let number): String(number)
      case .real(let number): String(number)
      case .text(let text): text
      }
    return StoreError.corrupt(value: text, expected: expected)
  }
}

extension StoredForm where Value == Day {
  /// A day as "YYYY-MM-DD".
  static let day = StoredForm(
    store: { .text($0.description) },
    load: { value in
      guard case .text(let text) = value, let day = Day(text) else {
        throw corrupt(value, expected: "YYYY-MM-DD")
      }
      return day
    })
}

extension StoredForm where Value == [Day]? {
  /// Days as a text list, "2025-03-31, 2025-06-30", as their field's
  /// value reads (`Recommendation.earlierDueDatesText`); NULL for none.
  static let dayList = StoredForm(
    store: { days in days.map { .text($0.map(\.description).joined(separator: ", ")) } ?? .null },
    load: { value in
      guard case .text(let text) = value else { return nil }
      guard let days = try? Audit.days(text, field: "") else {
        throw corrupt(value, expected: "YYYY-MM-DD, …")
      }
      return days
    })
}

extension StoredForm where Value: RawRepresentable, Value.RawValue == String {
  /// A value of a closed set, as its name (a status, a level's role).
  static var name: Self {
    StoredForm(
      store: { .text($0.rawValue) },
      load: { value in
        guard case .text(let text) = value, let decoded = Value(rawValue: text) else {
          throw corrupt(value)
        }
        return decoded
      })
  }
}

extension StoredForm where Value: Codable {
  /// A list (or any value) as JSON, keys in order, so the same value is
  /// always the same text.
  static var json: Self {
    StoredForm(
      store: { value in
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return .text(String(decoding: try encoder.encode(value), as: UTF8.self))
      },
      load: { value in
        guard case .text(let text) = value,
          let decoded = try? JSONDecoder().decode(Value.self, from: Data(text.utf8))
        else { throw corrupt(value, expected: "JSON") }
        return decoded
      })
  }
}

extension StoredForm {
  /// A value that may be absent: NULL when it is.
  static func optional<Wrapped>(_ form: StoredForm<Wrapped>) -> Self where Value == Wrapped? {
    StoredForm(
      store: { value in try value.map(form.store) ?? .null },
      load: { value in value == .null ? nil : try form.load(value) })
  }

  /// The column that says whether an optional whole is there (a reply by
  /// its date, a response by its agreement): that field of it, and the
  /// whole made from it when read. Its other fields are columns after it
  /// (`Column(_:_:_:)`).
  static func whole<Whole, Field>(
    _ field: WritableKeyPath<Whole, Field> & Sendable, _ form: StoredForm<Field>,
    make: @escaping @Sendable (Field) -> Whole
  ) -> Self where Value == Whole? {
    StoredForm(
      store: { whole in try whole.map { try form.store($0[keyPath: field]) } ?? .null },
      load: { value in value == .null ? nil : make(try form.load(value)) })
  }
}

/// A table's one description: the columns that place a row (whose part
/// it is, where in its list) and the part's own columns. Every statement
/// on its parts — insert, read, update — is made from it, so a column is
/// named once; `TableTests` holds it to the database's columns.
struct Table<Part>: Sendable {
  let name: String
  /// The columns that say whose part a row is and where it stands
  /// (`auditId`, `position`, …): given by the caller, never by the part.
  let placing: [String]
  /// Columns the database keeps itself (a row's version, its number).
  let kept: [String]
  let columns: [Column<Part>]
  /// What a row's values are read into.
  let blank: @Sendable () -> Part
  /// "INSERT INTO name (its columns) VALUES (", made once: an import
  /// inserts a hundred thousand rows.
  private let insertHead: String
  /// Its columns as a SELECT lists them, made once: a summary runs
  /// thousands of reads.
  private let selectList: String

  init(
    _ name: String, placing: [String], kept: [String] = [], blank: @escaping @Sendable () -> Part,
    columns: [Column<Part>]
  ) {
    self.name = name
    self.placing = placing
    self.kept = kept
    self.blank = blank
    self.columns = columns
    let names = (placing + columns.map(\.name)).joined(separator: ", ")
    insertHead = "INSERT INTO \(name) (\(names)) VALUES ("
    selectList = columns.map(\.name).joined(separator: ", ")
  }

  var columnNames: [String] { columns.map(\.name) }

  /// Adds `part` in the place `placed` gives, a value for each `placing` column.
  func insert(_ part: Part, placed: [any SQLArgument]) throws -> SQL {
    precondition(placed.count == placing.count, "\(name): \(placing) placed by \(placed.count)")
    var pieces: [SQL.Piece] = [.text(insertHead)]
    pieces.reserveCapacity(2 * (placed.count + columns.count) + 1)
    for value in placed {
      if pieces.count > 1 { pieces.append(.text(", ")) }
      pieces.append(.value(value.sqlValue))
    }
    for column in columns {
      if pieces.count > 1 { pieces.append(.text(", ")) }
      pieces.append(.value(try column.store(part)))
    }
    pieces.append(.text(")"))
    return SQL(pieces: pieces)
  }

  /// Sets every column of the row `key` names to `part`'s values, but
  /// those of the key itself. `also` is more to set (a version's raise).
  func update(_ part: Part, key: [String: any SQLArgument], also: String = "") throws -> SQL {
    let settings = try columns.filter { key[$0.name] == nil }.map { column in
      "\(raw: column.name) = \(try column.store(part))" as SQL
    }
    let set = SQL.joined(settings, separator: ", ")
    return "UPDATE \(raw: name) SET \(set)\(raw: also) WHERE \(matching(key))"
  }

  /// Adds `part`, or where a row with the same `conflict` columns is
  /// already there, sets its other columns (and `also`).
  func upsert(_ part: Part, placed: [any SQLArgument], conflict: [String], also: String = "")
    throws -> SQL
  {
    let settings = columnNames.filter { !conflict.contains($0) }.map { "\($0) = excluded.\($0)" }
    let set = (settings + (also.isEmpty ? [] : [also])).joined(separator: ", ")
    let target = conflict.joined(separator: ", ")
    return try insert(part, placed: placed)
      + " ON CONFLICT (\(raw: target)) DO UPDATE SET \(raw: set)"
  }

  /// Reads the parts of the rows `key` names, in `order`. With `leading`,
  /// each row starts with those columns (the part's owner, to group by).
  func select(leading: [String] = [], key: [String: any SQLArgument], order: String) -> SQL {
    let names = leading.isEmpty ? selectList : (leading + [selectList]).joined(separator: ", ")
    return "SELECT \(raw: names) FROM \(raw: name) WHERE \(matching(key)) ORDER BY \(raw: order)"
  }

  /// The part a row of `select` holds, its columns from `offset` on.
  func read(_ row: SQLRow, from offset: Int = 0) throws -> Part {
    var part = blank()
    for index in columns.indices {
      try columns[index].load(&part, row.values[offset + index])
    }
    return part
  }

  private func matching(_ key: [String: any SQLArgument]) -> SQL {
    let conditions = key.sorted { $0.key < $1.key }.map { name, value in
      "\(raw: name) = \(value.sqlValue)" as SQL
    }
    return SQL.joined(conditions, separator: " AND ")
  }
}
