import GranskaText

extension KeyBinding {
  /// docs/KEYBINDINGS.md, generated from the key table (a test keeps the
  /// file in step with the table).
  public static func markdown() -> String {
    let sv = Language.sv.strings
    let en = Language.en.strings
    var text = """
      # Key bindings

      Generated from the key tables, which also drive the keys, the status
      bar and the `?` help: the keys every view has (`KeyBinding.common` in
      `Sources/GranskaUI/App/Keys.swift`), each view's own
      (`DashboardView.bindings`, in its file in `Sources/GranskaUI/Views`)
      and each layer's (`Layer.bindings`, in `Sources/GranskaUI/Layers`).
      Do not edit by hand: run `UPDATE_DOCS=1 swift test --filter KeyDocsTests`.

      | keys | does | svenska | where |
      | --- | --- | --- | --- |

      """
    for group in groups(of: everyView) {
      text += row(group, sv: sv, en: en, where: whereText(group.label, en))
    }
    for layer in Registry.layers {
      text += """

        ## \(layer.docTitle)

        | keys | does | svenska |
        | --- | --- | --- |

        """
      for group in groups(of: layer.bindings) { text += row(group, sv: sv, en: en, where: nil) }
    }
    text += """

      In a form, typed characters go into the focused field; in the search,
      into the search. A message too long for the status bar is shown in a
      box that `Esc` closes. `Ctrl-Z` suspends from anywhere, a form
      included. While the terminal is too small, only `q` and `Ctrl-C`
      (quit, asking first when a form holds typed input) and `Ctrl-Z` do
      anything.

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

  /// The keys of every view, in help's order.
  private static var everyView: [KeyBinding] {
    ordered(common + Registry.views.flatMap { $0.bindings })
  }

  private static func row(_ group: Group, sv: Strings, en: Strings, where place: String?)
    -> String
  {
    let keys = group.keys.map { "`\($0.displayName)`" }.joined(separator: " ")
    return "| \(keys) | \(en[group.label]) | \(sv[group.label]) |"
      + (place.map { " \($0) |" } ?? "") + "\n"
  }

  /// The views that have a key, or "every view".
  private static func whereText(_ label: KeyLabel, _ en: Strings) -> String {
    let views = Registry.views.filter { view in view.bindings.contains { $0.label == label } }
    guard !views.isEmpty else { return "every view" }
    return views.map { en[$0.title] }.joined(separator: ", ")
  }
}
