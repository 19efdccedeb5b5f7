import Foundation

/// How an assessment level reads at a glance; the UI maps roles to colours.
public enum LevelRole: String, Codable, Sendable, CaseIterable {
  case good, fair, warn, bad, none
}

/// One step of an audit's assessment scale, e.g. "Ja" or "Delvis".
/// The scale is defined per audit, best level first.
public struct Level: Codable, Equatable, Sendable, Identifiable {
  public var id: String
  public var label: String
  public var role: LevelRole

  public init(id: String, label: String, role: LevelRole) {
    self.id = id
    self.label = label
    self.role = role
  }

  /// A level typed by its label: its id made from the label (`idFromLabel`).
  public init(label: String, role: LevelRole) {
    self.init(id: idFromLabel(label), label: label.trimmed, role: role)
  }
}

/// Who made an assessment round: the auditor's own is read-only.
public enum RoundKind: String, Codable, Sendable {
  case audit
  case followUp = "follow-up"
}

/// The verdict on one question in one round.
public struct Assessment: Codable, Equatable, Sendable {
  public var question: String
  public var level: String
  public var remark: String?

  public init(question: String, level: String, remark: String? = nil) {
    self.question = question
    self.level = level
    self.remark = remark
  }
}

/// A dated set of assessments: the auditor's round first, then follow-ups.
public struct AssessmentRound: Codable, Equatable, Sendable, Identifiable {
  public var id: String
  public var title: String
  /// When the round was assessed; the auditor's round may be undated when
  /// the report gives no date, follow-up rounds always have one.
  public var date: Day?
  public var kind: RoundKind
  public var assessments: [Assessment]
  /// The round's opinion on sections, on the audit's scale, where the
  /// audit gives one ("Limited assurance" for a department); nil: none.
  public var opinions: [SectionOpinion]?

  public init(
    id: String, title: String, date: Day?, kind: RoundKind, assessments: [Assessment],
    opinions: [SectionOpinion]? = nil
  ) {
    self.id = id
    self.title = title
    self.date = date
    self.kind = kind
    self.assessments = assessments
    self.opinions = opinions
  }

  public func assessment(of question: String) -> Assessment? {
    assessments.first { $0.question == question }
  }

  /// The round's opinion on a section, as a level id of the scale.
  public func opinion(of section: String) -> String? {
    opinions?.first { $0.section == section }?.level
  }
}

/// A round's opinion on one section as a whole, a level of the audit's scale.
public struct SectionOpinion: Codable, Equatable, Sendable {
  /// The section's id.
  public var section: String
  /// A level id of the scale.
  public var level: String

  public init(section: String, level: String) {
    self.section = section
    self.level = level
  }
}

/// The id of a word typed by its label: the label in lower case, without
/// accents, words joined by "-" ("Delvis uppfyllt": delvis-uppfyllt).
func idFromLabel(_ label: String) -> String {
  var id = ""
  for character in label.lowercased().applyingTransform(.stripDiacritics, reverse: false)
    ?? label.lowercased()
  {
    if character.isLetter || character.isNumber {
      id.append(character)
    } else if !id.isEmpty, id.last != "-" {
      id.append("-")
    }
  }
  while id.last == "-" { id.removeLast() }
  return id
}
