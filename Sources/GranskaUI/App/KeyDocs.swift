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
      let keys = group.keys.map { "`\($0.displayName)`" }.joined(separator: " ")
      let views = table.filter { $0.label == group.label }.compactMap(\.views).flatMap { $0 }
      let whereText =
        views.isEmpty
        ? "every view"
        : Array(Set(views)).sorted { $0.rawValue < $1.rawValue }.map { en[$0.title] }.joined(
          separator: ", ")
      text += "| \(keys) | \(en[group.label]) | \(sv[group.label]) | \(whereText) |\n"
    }
    text += """

      In an overlay (help, audit chooser) the same keys apply: `Esc` closes,
      arrows move. While typing a search, keys type text; `Enter` searches,
      `Esc` cancels.

      """
    return text
  }
}
