import Foundation
import GranskaDomain
import GranskaText
import Yams

/// The assessment scales a new audit may start from (`granska new --scale`).
public enum ScalePreset: String, CaseIterable, Sendable {
  /// The built-in audit's own: Ja / I allt väsentligt / Delvis / Nej.
  case jaNej = "ja-nej"
  case uppfyllt
  /// Internal audit's assurance opinions.
  case assurance

  /// Written out rather than read from the built-in audit, so that the
  /// dashboard offering them at start does not parse a whole audit (a test
  /// keeps the two the same).
  public var levels: [Level] {
    switch self {
    case .jaNej:
      [
        Level(id: "ja", label: "Ja", role: .good),
        Level(id: "i-allt-vasentligt", label: "I allt väsentligt", role: .fair),
        Level(id: "delvis", label: "Delvis", role: .warn),
        Level(id: "nej", label: "Nej", role: .bad),
        Level(id: "ej-bedomd", label: "Ej bedömd", role: .none),
      ]
    case .uppfyllt:
      [
        Level(id: "uppfyllt", label: "Uppfyllt", role: .good),
        Level(id: "delvis-uppfyllt", label: "Delvis uppfyllt", role: .warn),
        Level(id: "ej-uppfyllt", label: "Ej uppfyllt", role: .bad),
      ]
    case .assurance:
      [
        Level(id: "substantial", label: "Substantial", role: .good),
        Level(id: "reasonable", label: "Reasonable", role: .fair),
        Level(id: "limited", label: "Limited", role: .warn),
        Level(id: "no-assurance", label: "No assurance", role: .bad),
      ]
    }
  }
}

/// A scale of an audit's own, in a file: a YAML (or JSON) list of levels,
/// each as under the format's `scale` (`id`, `label`, `role`), best first.
public enum ScaleFile {
  public static func read(_ data: Data, fileName: String) throws(FormatError) -> [Level] {
    guard let text = String(data: data, encoding: .utf8) else {
      throw FormatError(file: fileName, .invalidUTF8(byte: 0))
    }
    let tree: Node
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw FormatError(file: fileName, .empty)
      }
      tree = node
    } catch let error as FormatError {
      throw error
    } catch {
      throw FormatError(file: fileName, .syntax(format: "YAML", detail: "\(error)"))
    }
    func fail(_ path: [String], _ problem: FormatProblem) -> FormatError {
      let mark = FieldPath.locate(path, in: tree)
      return FormatError(
        file: fileName, line: mark?.line, column: mark?.column, path: FieldPath.text(path),
        problem)
    }
    for (i, item) in (tree.sequence.map(Array.init) ?? []).enumerated() {
      for key in item.mapping?.keys.compactMap(\.string) ?? [] where !levelKeys.contains(key) {
        throw fail(["\(i)", key], .unknownKey(key))
      }
    }
    let levels: [Level]
    do {
      levels = try YAMLDecoder().decode([Level].self, from: tree)
    } catch let DecodingError.keyNotFound(key, context) {
      throw fail(FieldPath.components(context.codingPath), .missingKey(key.stringValue))
    } catch let DecodingError.typeMismatch(type, context) {
      throw fail(FieldPath.components(context.codingPath), .expected(FieldPath.kind(of: type)))
    } catch let DecodingError.valueNotFound(type, context) {
      throw fail(FieldPath.components(context.codingPath), .expected(FieldPath.kind(of: type)))
    } catch let DecodingError.dataCorrupted(context) {
      throw fail(
        FieldPath.components(context.codingPath), .invalidValue(detail: context.debugDescription))
    } catch {
      throw FormatError(file: fileName, .invalidValue(detail: "\(error)"))
    }
    try check(levels, fail)
    return levels
  }

  private static let levelKeys: Set<String> = ["id", "label", "role"]

  /// The scale's own rules, as an audit holding it would be checked.
  private static func check(
    _ levels: [Level], _ fail: ([String], FormatProblem) -> FormatError
  ) throws(FormatError) {
    let audit = Audit(
      id: "scale", title: "scale", organisation: "", auditor: "", commissionedBy: "", year: 0,
      purpose: "", overallLevel: "", overallAssessment: "", scale: levels)
    if let issue = audit.validate().first(where: { $0.path.hasPrefix("scale") }) {
      let path = FieldPath.components(issue.path).dropFirst()
      throw fail(Array(path), .rule(issue.problem))
    }
    for (i, level) in levels.enumerated() {
      for text in [level.id, level.label] {
        if let control = ControlCharacters.first(in: text) {
          throw fail(["\(i)"], .controlCharacter(control))
        }
      }
      if level.label.isEmpty { throw fail(["\(i)", "label"], .missingKey("label")) }
    }
  }
}
