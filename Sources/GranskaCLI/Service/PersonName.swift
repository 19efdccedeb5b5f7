import GranskaStore
import GranskaText

/// A person's name as someone typed it (`keys add`, `keys remove`,
/// `keys role`, `--as`): exactly `[a-z][a-z0-9._-]{0,31}`
/// (`Person.isValidName`), so that `Anna` and `anna` are never two people.
enum PersonName {
  /// The name, or the refusal: with the name in small letters when that
  /// would be a name.
  @discardableResult
  static func check(_ name: String) throws -> String {
    if Person.isValidName(name) { return name }
    let lower = name.lowercased()
    if lower != name, Person.isValidName(lower) {
      throw ServiceText.nameHasCapitals(name: name, suggestion: lower)
    }
    throw StoreError.badName(name)
  }

  /// `--as NAME`: a session for a name no one can be given (one an
  /// earlier version allowed, with capitals) is refused, with what an
  /// administrator does about it.
  static func checkSession(_ name: String) throws {
    if !Person.isValidName(name) { throw ServiceText.sessionNameInvalid(name: name) }
  }
}
