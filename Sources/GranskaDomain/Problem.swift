/// What breaks a rule of an audit, as facts: worded for people by
/// GranskaText (`message(in:)`), never here.
public enum AuditProblem: Hashable, Sendable {
  case emptyID(Kind)
  case duplicateID(Kind, String)
  case emptyTitle
  case noLevels
  case unknownLevel(String, scale: [String])
  case emptyQuestionText
  case unknownSection(String)
  case auditRoundNotFirst
  case followUpNeedsDate
  case noRounds
  case remarkNeedsLevel
  case unknownQuestion(String)
  case assessedTwice(question: String)
  /// A round gives a section at most one opinion.
  case opinionTwice(section: String)
  case emptyText
  case snapshotExists(Day)
  case targetOutOfRange(Int)
  case emptySectionName
  case sectionTwice(String)
  case negativeCount(TrainingField, Int)
  case countsExceedEmployees(completed: Int, started: Int, employees: Int)
  /// A status neither built in nor declared by the audit (its own labels).
  case unknownStatus(String, declared: [String])
  case emptyNote
  case notADate(String)
  case notACount(String)
  /// A key figure's value: a number, a point or a comma as its decimal mark.
  case notANumber(String)
  /// A control character (ESC, BEL, …) in a text: a terminal would obey it.
  case controlCharacter(Unicode.Scalar)
  /// An id given before, to a part in force or retired: ids are never reused.
  case idTaken(String)
  /// A link to, or a place in, a part that has been retired.
  case retiredItem(Kind, String)
  /// Retiring says why.
  case emptyReason
  /// A recommendation answers at least one question.
  case noLinkedQuestion
  /// A priority the audit does not declare (the declared ones, highest first).
  case undeclaredPriority(String, declared: [String])
  /// A management response says first whether it agrees.
  case responseNeedsAgreement
  case unknownAgreement(String)

  /// The kinds of things an audit gives ids or names to.
  public enum Kind: Hashable, Sendable {
    case audit, level, section, question, round, recommendation, keyFigure, priority
    /// One of the audit's own statuses.
    case status
  }
}

/// Something an edit refers to.
public enum AuditItem: Hashable, Sendable {
  case audit(String)
  case recommendation(String)
  case question(String)
  case section(String)
  case round(String)
  case snapshot(Day)
  case trainingSection(String, on: Day)
  case keyFigure(String)
}
