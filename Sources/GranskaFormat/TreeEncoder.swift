import Foundation
import Yams

/// `Codable` into `YAMLWriter.Tree`: the order of keys as each type
/// encodes them, optionals left out as `encodeIfPresent` leaves them, and
/// each scalar with the style Yams asks for. Types the format does not
/// have (dates, data) are refused, and Yams writes the document instead.
final class TreeEncoder: Encoder {
  /// A node being filled: containers write into it after they are made.
  final class Box {
    var tree: YAMLWriter.Tree?
    var pairs: [(String, Box)] = []
    var items: [Box] = []
    var kind: Kind = .unset

    enum Kind { case unset, scalar, mapping, sequence }

    var built: YAMLWriter.Tree {
      switch kind {
      case .mapping: .mapping(pairs.map { ($0.0, $0.1.built) })
      case .sequence: .sequence(items.map(\.built))
      case .scalar, .unset: tree ?? .mapping([])
      }
    }
  }

  struct Refused: Error {}

  let box: Box
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  init(box: Box = Box(), codingPath: [any CodingKey] = []) {
    self.box = box
    self.codingPath = codingPath
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    box.kind = .mapping
    return KeyedEncodingContainer(Keyed<Key>(box: box, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    box.kind = .sequence
    return Unkeyed(box: box, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    Single(box: box, codingPath: codingPath)
  }

  /// Text and whole numbers, the most of every document, without the
  /// dynamic casts of `scalar(_:into:codingPath:)`.
  static func text(_ text: String, into box: Box) {
    box.kind = .scalar
    box.tree = .scalar(text, Scalar.requested(for: text))
  }

  static func number(_ number: Int, into box: Box) {
    box.kind = .scalar
    box.tree = .scalar(String(number), .any)
  }

  /// A scalar of any type the format has, as Yams would represent it.
  /// Any other type (most: structs, lists, optionals) is told by its type
  /// before any cast, and encodes itself: the casts cost more than that.
  static func scalar<T: Encodable>(_ value: T, into box: Box, codingPath: [any CodingKey])
    throws
  {
    guard isScalar(T.self) else {
      return try value.encode(to: TreeEncoder(box: box, codingPath: codingPath))
    }
    switch value {
    case let text as String: Self.text(text, into: box)
    case let number as Int: Self.number(number, into: box)
    case let number as Double:
      guard let text = number.box().scalar?.string else { throw Refused() }
      box.kind = .scalar
      box.tree = .scalar(text, .any)
    case let flag as Bool:
      box.kind = .scalar
      box.tree = .scalar(flag ? "true" : "false", .any)
    case is Date, is Data, is Float, is Decimal, is URL:
      throw Refused()
    default:
      try value.encode(to: TreeEncoder(box: box, codingPath: codingPath))
    }
  }

  /// The types `scalar` writes or refuses itself.
  private static func isScalar<T>(_ type: T.Type) -> Bool {
    type == String.self || type == Int.self || type == Double.self || type == Bool.self
      || type == Date.self || type == Data.self || type == Float.self || type == Decimal.self
      || type == URL.self
  }

  struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: Box
    let codingPath: [any CodingKey]

    private func child(_ key: Key) -> Box {
      let child = Box()
      box.pairs.append((key.stringValue, child))
      return child
    }

    mutating func encodeNil(forKey key: Key) throws { throw Refused() }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      try TreeEncoder.scalar(value, into: child(key), codingPath: codingPath + [key])
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
      TreeEncoder.text(value, into: child(key))
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
      TreeEncoder.number(value, into: child(key))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
      TreeEncoder(box: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      TreeEncoder(box: child(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(box: Box(), codingPath: codingPath) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
      TreeEncoder(box: child(key), codingPath: codingPath + [key])
    }
  }

  struct Unkeyed: UnkeyedEncodingContainer {
    let box: Box
    let codingPath: [any CodingKey]
    var count: Int { box.items.count }

    private func child() -> Box {
      let child = Box()
      box.items.append(child)
      return child
    }

    mutating func encodeNil() throws { throw Refused() }

    mutating func encode<T: Encodable>(_ value: T) throws {
      try TreeEncoder.scalar(value, into: child(), codingPath: codingPath)
    }

    mutating func encode(_ value: String) throws { TreeEncoder.text(value, into: child()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
      -> KeyedEncodingContainer<NestedKey>
    {
      TreeEncoder(box: child(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
      TreeEncoder(box: child(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
      TreeEncoder(box: child(), codingPath: codingPath)
    }
  }

  struct Single: SingleValueEncodingContainer {
    let box: Box
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { throw Refused() }

    mutating func encode<T: Encodable>(_ value: T) throws {
      try TreeEncoder.scalar(value, into: box, codingPath: codingPath)
    }

    mutating func encode(_ value: String) throws { TreeEncoder.text(value, into: box) }
  }
}
