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

      In an overlay (help, the audit, status, filter and link choosers) the
      same keys apply: `Esc` closes, arrows move; in a chooser `Enter` (or an
      option's number, when there are five or fewer) chooses. A message too
      long for the status bar is shown in a box that `Esc` closes. While
      typing a search, keys type text; `Enter` searches, `Esc` cancels.
      `Esc` or `Ctrl-C` in a form with typed input asks before the input is
      lost. While the terminal is too small, only `q` and `Ctrl-C` (quit)
      and `Ctrl-Z` do anything.

      """
    text += """

      ## Mouse

      Where the terminal sends mouse reports (as `?` also says).

      | mouse | does | svenska |
      | --- | --- | --- |

      """
    for (what, does) in mouseBindings {
      text += "| \(en.mouse(what)) | \(en.mouse(does)) | \(sv.mouse(does)) |\n"
    }
    text += """

      ## Pasting

      Pasted text goes into the focused field or the search and never acts
      as keys (bracketed paste, which Granska turns on while it runs). A line
      break becomes a space in a one-line field and a new line in the note
      and the planned action; control characters are dropped; a field takes
      at most its limit, and says so. Outside a form or search a paste does
      nothing but say so.

      ## Terminals

      Granska reads keys itself (`InputParser` in `Sources/GranskaTerminal`),
      not through terminfo, so Home, End, F1 and the arrows do the same
      whatever TERM says. Tried, as the bytes each terminal sends (unit tests
      in `InputParserTests`, and the real binary in tmux in
      `InputEndToEndTests`): xterm and xterm-256color (normal and application
      cursor keys), PuTTY's default keyboard (TERM=xterm), rxvt, the Linux
      console, tmux and screen; and tmux's own keys under TERM=xterm,
      xterm-256color and tmux-256color. Windows Terminal and macOS Terminal
      send xterm's sequences (not tried in person). Mouse reports come as SGR
      or X10. Keys held with Ctrl, Alt or Shift (but Shift-Tab), and
      sequences nothing binds (Ctrl-F1, kitty's keys, focus reports), are read
      whole and ignored, never as `Esc` plus letters. A lone `Esc` acts after
      a few tens of milliseconds. Backspace works as `^?` and as `^H`.

      """
    return text
  }

  private static func row(_ group: Group, sv: Strings, en: Strings, where place: String) -> String {
    let keys = group.keys.map { "`\($0.displayName)`" }.joined(separator: " ")
    return "| \(keys) | \(en[group.label]) | \(sv[group.label]) | \(place) |\n"
  }

  private static func whereText(_ label: KeyLabel, _ en: Strings) -> String {
    let views = table.filter { $0.label == label && $0.context == .browse }.compactMap(\.views)
      .flatMap { $0 }
    guard !views.isEmpty else { return "every view" }
    return Array(Swift.Set(views)).sorted { $0.rawValue < $1.rawValue }.map { en[$0.title] }
      .joined(separator: ", ")
  }
}
