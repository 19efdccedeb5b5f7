import GranskaUI

/// Which theme the dashboard uses. Only the compiled-in theme exists so far;
/// theme files will add more names here.
enum ThemeChoice {
  static func resolve(option: String?, environment: [String: String]) throws -> Theme {
    let name = [option, environment["GRANSKA_THEME"]].compactMap { $0 }.first { !$0.isEmpty }
    let builtIn = Theme.builtInDefault
    guard let name, name != builtIn.name else { return builtIn }
    throw CommandFailure(message: "unknown theme \"\(name)\" (available: \(builtIn.name))")
  }
}
