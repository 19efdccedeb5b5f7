import GranskaText

/// Why a file could not be read, and where: "file:line:column: path: problem".
public struct FormatError: Error, Equatable, Sendable, Worded {
  public var file: String
  public var line: Int?
  public var column: Int?
  /// The field path, e.g. `audits[0].recommendations[2].questions[0]`.
  public var path: String
  public var problem: FormatProblem

  public init(
    file: String, line: Int? = nil, column: Int? = nil, path: String = "",
    _ problem: FormatProblem
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.path = path
    self.problem = problem
  }

  public func message(in language: Language) -> String {
    var place = file
    if let line { place += ":\(line)" }
    if let line, line > 0, let column { place += ":\(column)" }
    if !path.isEmpty { place += ": \(path)" }
    return "\(place): \(problem.message(in: language))"
  }
}
