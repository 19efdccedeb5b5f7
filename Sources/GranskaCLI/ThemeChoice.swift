import Foundation
import GranskaText
import GranskaUI

/// Which theme the dashboard uses: `--theme`, else `$GRANSKA_THEME`, else
/// the default. A name picks a built-in theme (the files of themes/,
/// compiled in); a path (with a "/" or ending in ".theme") reads a file.
enum ThemeChoice {
  /// No theme given, or a built-in one: nothing read from a file.
  static func isBuiltIn(_ name: String?) -> Bool {
    name.map { $0.isEmpty || Theme.builtIn(named: $0) != nil } ?? true
  }

  static func resolve(option: String?, environment: [String: String]) throws -> (
    Theme, warnings: [any Worded]
  ) {
    let name = [option, environment["GRANSKA_THEME"]].compactMap { $0 }.first { !$0.isEmpty }
    guard let name else { return (Theme.builtInDefault, []) }
    if let theme = Theme.builtIn(named: name) { return (theme, []) }
    guard name.contains("/") || name.hasSuffix(".theme") else {
      throw CommandFailure.unknownTheme(name: name, builtIn: Theme.builtInNames)
    }
    let text = String(decoding: try Files.read(name), as: UTF8.self)
    let url = URL(fileURLWithPath: name)
    let title = url.deletingPathExtension().lastPathComponent
    // The file's name, not its path: the warning must fit the status bar.
    let (theme, warnings) = ThemeFile.parse(
      text, name: title, file: url.lastPathComponent, base: .builtInDefault)
    return (theme, warnings)
  }
}
