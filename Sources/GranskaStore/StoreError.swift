/// Why the database could not be used; every message names the file.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  case directoryMissing(path: String)
  case cannotCreate(path: String, reason: String)
  case cannotOpen(path: String, reason: String)
  case notADatabase(path: String)
  case notGranska(path: String)
  case newerSchema(path: String, unknown: [String])
  case busy(path: String)
  case notFound(String)
  case invalid(String)
  case corrupt(String)
  case failed(String)
  case conflict(Conflict)
  case notAllowed(String)

  public var description: String {
    switch self {
    case .directoryMissing(let path):
      "\(path): the directory does not exist; create it first or choose another --db path"
    case .cannotCreate(let path, let reason): "\(path): cannot create the database: \(reason)"
    case .cannotOpen(let path, let reason): "\(path): cannot open the database: \(reason)"
    case .notADatabase(let path):
      "\(path): not a SQLite database (the file was left untouched)"
    case .notGranska(let path):
      "\(path): a SQLite database, but not Granska's (the file was left untouched)"
    case .newerSchema(let path, let unknown):
      "\(path): written by a newer version of Granska (schema \(unknown.joined(separator: ", "))); "
        + "upgrade Granska to open it (the file was left untouched)"
    case .busy(let path):
      "\(path): the database stayed locked by another session; nothing was saved, try again"
    case .notFound(let what): "\(what) not found"
    case .invalid(let message): message
    case .corrupt(let message): "the database holds an unexpected value: \(message)"
    case .failed(let message): message
    case .conflict(let c):
      "\(c.entity) \(c.entityID) \(c.field) was changed meanwhile"
        + (c.account.map { " by \($0)" } ?? "")
        + (c.at.map { " at \(Timestamp.text($0))" } ?? "")
        + " to \"\(c.savedValue ?? "")\"; nothing was saved"
    case .notAllowed(let why): why
    }
  }
}
