import Foundation
import GranskaText

/// Where the database lives: `--db`, else `$GRANSKA_DB`, else the XDG data
/// directory (`$XDG_DATA_HOME/granska/`, else `~/.local/share/granska/`).
enum DatabaseLocation {
  static let fileName = "granska.sqlite"

  static func resolve(option: String?, environment: [String: String]) throws -> String {
    if let option, !option.isEmpty { return option }
    if let path = environment["GRANSKA_DB"], !path.isEmpty { return path }
    let dataHome: String
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      dataHome = xdg
    } else {
      dataHome = homeDirectory(environment) + "/.local/share"
    }
    let directory = dataHome + "/granska"
    do {
      // Private by default: a shared database is chosen explicitly with --db.
      try Files.makeDirectories(directory, mode: 0o700)
    } catch {
      throw CommandFailure.cannotCreateDataDirectory(path: directory, error)
    }
    return directory + "/" + fileName
  }

  private static func homeDirectory(_ environment: [String: String]) -> String {
    if let home = environment["HOME"], home.hasPrefix("/") { return home }
    return FileManager.default.homeDirectoryForCurrentUser.path
  }
}
