import Foundation
import GranskaDomain
import Yams

/// A parsed file as a tree of mappings, lists and texts: libyaml's nodes,
/// or JSONSerialization's values when libyaml does not take a JSON file.
protocol TreeValue {
  /// Key and value pairs when this is a mapping.
  var entries: [(key: String, value: Self)]? { get }
  /// The items when this is a list.
  var items: [Self]? { get }
  /// The text when this is a scalar.
  var text: String? { get }
  /// A scalar written as a string ("…"), not as a number.
  var isQuoted: Bool { get }
  var isNull: Bool { get }
}

extension Node: TreeValue {
  var entries: [(key: String, value: Node)]? {
    mapping.map { $0.map { (key: $0.key.string ?? "?", value: $0.value) } }
  }
  var items: [Node]? { sequence.map(Array.init) }
  var text: String? { scalar?.string }
  var isQuoted: Bool { scalar.map { $0.style != .plain } ?? false }
  var isNull: Bool {
    guard case .scalar(let scalar) = self else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string) && scalar.style == .plain
  }
}

/// A JSONSerialization value.
struct JSONValue: TreeValue {
  let value: Any

  var entries: [(key: String, value: JSONValue)]? {
    (value as? [String: Any]).map { $0.map { (key: $0.key, value: JSONValue(value: $0.value)) } }
  }
  var items: [JSONValue]? { (value as? [Any]).map { $0.map(JSONValue.init) } }
  var text: String? { value as? String }
  var isNull: Bool { value is NSNull }
  var isQuoted: Bool { value is String }
}

/// The keys the format knows at each place, e.g. at "audits[].recommendations[]"
/// the keys of a recommendation. Learnt once from a sample document that
/// fills every optional field (`Audit.everyField`), so it follows the model
/// by itself.
enum KnownKeys {
  static let byPlace: [String: Set<String>] = {
    let data = try! JSONEncoder().encode(sample)
    var places: [String: Set<String>] = [:]
    func walk(_ value: Any, _ place: String) {
      if let mapping = value as? [String: Any] {
        places[place, default: []].formUnion(mapping.keys)
        for (key, child) in mapping { walk(child, place + "." + key) }
      } else if let list = value as? [Any] {
        for child in list { walk(child, place + "[]") }
      }
    }
    walk(try! JSONSerialization.jsonObject(with: data), "")
    return places
  }()

  /// The places whose value is a whole number (a year, a count), learnt
  /// from the sample too: there a number too large for one is refused with
  /// its place, before a decoder says only that the file is not valid.
  static let wholeNumberPlaces: Set<String> = {
    var places: Set<String> = []
    func walk(_ value: Any, _ place: String) {
      if let mapping = value as? [String: Any] {
        for (key, child) in mapping { walk(child, place + "." + key) }
      } else if let list = value as? [Any] {
        for child in list { walk(child, place + "[]") }
      } else if let number = value as? NSNumber, !"fd".contains(String(cString: number.objCType)) {
        places.insert(place)
      }
    }
    walk(try! JSONSerialization.jsonObject(with: try! JSONEncoder().encode(sample)), "")
    return places
  }()

  /// One of everything, every optional set.
  static var sample: InterchangeDocument {
    InterchangeDocument(audits: [.everyField], asOf: Date(timeIntervalSince1970: 0))
  }
}

extension DocumentReader {
  /// Counts values (aliases can multiply them), measures texts, and refuses
  /// keys the format does not know — a misspelt key would otherwise be
  /// dropped without a word. One pass, no copy of the document.
  func checkTree<Tree: TreeValue>(_ root: Tree) throws(FormatError) {
    var count = 0
    var stack: [(Tree, path: [String], place: String)] = [(root, [], "")]
    while let (node, path, place) = stack.popLast() {
      count += 1
      if count > Self.maximumValues {
        throw FormatError(file: fileName, .tooManyValues(Self.maximumValues))
      }
      if let entries = node.entries {
        let known = KnownKeys.byPlace[place]
        for (key, value) in entries {
          if let known, !known.contains(key), !value.isNull {
            throw fail(path + [key], .unknownKey(key))
          }
        }
        // Reversed, so the first problem in the file is the one reported.
        for (key, value) in entries.reversed() {
          stack.append((value, path + [key], place + "." + key))
        }
      } else if let items = node.items {
        for (index, item) in items.enumerated().reversed() {
          stack.append((item, path + [String(index)], place + "[]"))
        }
      } else if let text = node.text {
        if text.count > Self.maximumTextLength {
          throw fail(path, .textTooLong(characters: Self.maximumTextLength))
        }
        if text.unicodeScalars.contains("\u{0}") { throw fail(path, .nulCharacter) }
        if let control = ControlCharacters.first(in: text) {
          throw fail(path, .controlCharacter(control))
        }
        if !node.isQuoted, KnownKeys.wholeNumberPlaces.contains(place), Int(text) == nil,
          text.wholeMatch(of: /[-+]?[0-9]+/) != nil
        {
          throw fail(path, .numberTooLarge(text))
        }
      }
    }
  }
}
