/// Security-awareness training figures for one section at one date.
public struct SectionTraining: Codable, Equatable, Sendable {
  public var section: String
  public var employees: Int
  public var completed: Int
  public var started: Int
  /// Why the section no longer counts in this snapshot (it was merged,
  /// or entered by mistake); nil while it does.
  public var retired: String?

  public init(
    section: String, employees: Int, completed: Int, started: Int, retired: String? = nil
  ) {
    self.section = section
    self.employees = employees
    self.completed = completed
    self.started = started
    self.retired = retired
  }

  public var notStarted: Int { employees - completed - started }

  /// A count, by its field (`retired` is no count: 0, and not set).
  public subscript(field: TrainingField) -> Int {
    get {
      switch field {
      case .employees: employees
      case .completed: completed
      case .started: started
      case .retired, .position: 0
      }
    }
    set {
      switch field {
      case .employees: employees = newValue
      case .completed: completed = newValue
      case .started: started = newValue
      case .retired, .position: break
      }
    }
  }
}

/// A dated snapshot of training completion across the organisation's sections.
public struct TrainingSnapshot: Codable, Equatable, Sendable {
  public var date: Day
  public var source: String
  public var targetPercent: Int
  /// When the target is to be met, as the source words it ("2024").
  public var targetPeriod: String?
  /// True when the per-section split is made up to illustrate (the report
  /// only gives totals); the totals themselves are then the report's.
  public var illustrative: Bool
  public var sections: [SectionTraining]

  public init(
    date: Day, source: String, targetPercent: Int, targetPeriod: String? = nil,
    illustrative: Bool = false, sections: [SectionTraining]
  ) {
    self.date = date
    self.source = source
    self.targetPercent = targetPercent
    self.targetPeriod = targetPeriod
    self.illustrative = illustrative
    self.sections = sections
  }

  public var total: SectionTraining {
    SectionTraining(
      section: "",
      employees: sections.reduce(0) { $0 + $1.employees },
      completed: sections.reduce(0) { $0 + $1.completed },
      started: sections.reduce(0) { $0 + $1.started })
  }
}
