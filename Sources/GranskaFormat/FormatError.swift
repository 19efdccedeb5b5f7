/// Why a file could not be read, and where: "file:line:column: path: message".
public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var column: Int?
  /// The field path, e.g. `audits[0].recommendations[2].questions[0]`.
  public var path: String
  public var message: String

  public init(
    file: String, line: Int? = nil, column: Int? = nil, path: String = "", message: String
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.path = path
    self.message = message
  }

  public var description: String {
    var place = file
    if let line { place += ":\(line)" }
    if let line, line > 0, let column { place += ":\(column)" }
    return path.isEmpty ? "\(place): \(message)" : "\(place): \(path): \(message)"
  }
}
