/// The one rule for control characters in an audit's text, whichever way
/// it comes in (a form, `set`, `batch`, `import`, `training load`): C0
/// controls but tab and newline, DEL, and C1 controls (ESC, BEL, CSI, OSC
/// …) are refused, since no one types them as text and a terminal obeys
/// them. Joiners, bidi marks and other invisible characters are text.
public enum ControlCharacters {
  /// The first control character in `text`, if any.
  public static func first(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first(where: isControl)
  }

  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F: true
    default: false
    }
  }

  /// "U+001B (ESC)": how a message names the character.
  public static func name(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    let names: [UInt32: String] = [
      0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x0D: "CR", 0x1B: "ESC",
      0x7F: "DEL", 0x90: "DCS", 0x9B: "CSI", 0x9D: "OSC", 0x9C: "ST",
    ]
    return names[scalar.value].map { "\(code) (\($0))" } ?? code
  }
}

extension AuditEdit {
  /// The texts this edit would store, each with the field that holds it.
  public var texts: [(field: String, text: String)] {
    switch self {
    case .set(let change), .correctAuditorsAssessment(let change):
      return change.new.map { [(change.field.name, $0)] } ?? []
    case .addNote(_, let note):
      return [("note", note.text)] + (note.author.map { [("author", $0)] } ?? [])
    case .addRound(let round):
      return [("title", round.title)]
        + round.assessments.compactMap { assessment in assessment.remark.map { ("remark", $0) } }
    case .addSnapshot(let snapshot):
      return [("source", snapshot.source)] + snapshot.sections.map { ("section", $0.section) }
    case .addSection(let section):
      return [
        ("id", section.id), ("title", section.title), ("observations", section.observations),
        ("assessment", section.assessment),
      ]
    case .addQuestion(let question, let assessment):
      return [("id", question.id), ("text", question.text)]
        + (assessment?.remark.map { [("remark", $0)] } ?? [])
    case .addRecommendation(let r):
      return [("id", r.id), ("text", r.text)] + (r.owner.map { [("owner", $0)] } ?? [])
    case .addKeyFigure(let figure):
      return [
        ("id", figure.id), ("name", figure.name), ("unit", figure.unit), ("period", figure.period),
        ("source", figure.source),
      ]
    case .addTrainingSection(_, let counts):
      return [("section", counts.section)]
    case .removeRound, .removeSnapshot:
      return []
    }
  }
}
