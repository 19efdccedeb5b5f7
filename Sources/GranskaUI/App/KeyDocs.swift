import GranskaText

extension KeyBinding {
  /// docs/KEYBINDINGS.md, generated from the key table (a test keeps the
  /// file in step with the table).
  public static func markdown() -> String {
    let sv = Language.sv.strings
    let en = Language.en.strings
    var text = """
      # Key bindings

      Generated from the key table (`KeyBinding.table` in
      `Sources/GranskaUI/App/Keys.swift`), which also drives the keys, the
      status bar and the `?` help. Do not edit by hand: run
      `UPDATE_DOCS=1 swift test --filter KeyDocsTests`.

      | keys | does | svenska | where |
      | --- | --- | --- | --- |

      """
    for group in groups(in: nil) {
      text += row(group, sv: sv, en: en, where: whereText(group.label, en))
    }
    text += """

      ## In a form

      Typed characters go into the focused field; these keys do the rest.

      | keys | does | svenska | where |
      | --- | --- | --- | --- |

      """
    for group in groups(in: nil, context: .form) {
      text += row(group, sv: sv, en: en, where: "forms")
    }
    text += """

      In an overlay (help, audit chooser) the same keys apply: `Esc` closes,
      arrows move. While typing a search, keys type text; `Enter` searches,
      `Esc` cancels. `Ctrl-C` in a form with unsaved input asks before quitting.

      """
    return text
  }

  private static func row(_ group: Group, sv: Strings, en: Strings, where place: String) -> String {
    let keys = group.keys.map { "`\($0.displayName)`" }.joined(separator: " ")
    return "| \(keys) | \(en[group.label]) | \(sv[group.label]) | \(place) |\n"
  }

  private static func whereText(_ label: TextKey, _ en: Strings) -> String {
    let views = table.filter { $0.label == label && $0.context == .browse }.compactMap(\.views)
      .flatMap { $0 }
    guard !views.isEmpty else { return "every view" }
    return Array(Swift.Set(views)).sorted { $0.rawValue < $1.rawValue }.map { en[$0.title] }
      .joined(separator: ", ")
  }
}
