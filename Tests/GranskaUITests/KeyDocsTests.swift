import Foundation
import GranskaUI
import Testing

@Suite struct KeyDocsTests {
  static let file = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("docs/KEYBINDINGS.md")

  @Test func keybindingDocsMatchTheKeyTable() throws {
    let generated = KeyBinding.markdown()
    if ProcessInfo.processInfo.environment["UPDATE_DOCS"] != nil {
      try generated.write(to: Self.file, atomically: true, encoding: .utf8)
    }
    let current = try String(contentsOf: Self.file, encoding: .utf8)
    #expect(
      current == generated,
      "docs/KEYBINDINGS.md is stale: run UPDATE_DOCS=1 swift test --filter KeyDocsTests")
  }

  @Test func theContractKeysAreBound() {
    for view in ViewID.allCases {
      #expect(
        KeyBinding.action(for: .character(Character(String(view.number))), in: view)
          == .showView(view))
      #expect(KeyBinding.action(for: .tab, in: view) == .nextPane)
      #expect(KeyBinding.action(for: .backTab, in: view) == .previousPane)
      #expect(KeyBinding.action(for: .up, in: view) == .up)
      #expect(KeyBinding.action(for: .character("k"), in: view) == .up)
      #expect(KeyBinding.action(for: .character("j"), in: view) == .down)
      #expect(KeyBinding.action(for: .pageDown, in: view) == .pageDown)
      #expect(KeyBinding.action(for: .character("g"), in: view) == .top)
      #expect(KeyBinding.action(for: .end, in: view) == .bottom)
      #expect(KeyBinding.action(for: .escape, in: view) == .cancel)
      #expect(KeyBinding.action(for: .character("/"), in: view) == .search)
      #expect(KeyBinding.action(for: .character("n"), in: view) == .nextMatch)
      #expect(KeyBinding.action(for: .character("N"), in: view) == .previousMatch)
      #expect(KeyBinding.action(for: .character("?"), in: view) == .help)
      #expect(KeyBinding.action(for: .character("q"), in: view) == .quit)
    }
  }

  @Test func noKeyIsBoundTwiceInOneView() {
    for view in ViewID.allCases {
      var seen = Set<Key>()
      for group in KeyBinding.groups(in: view) {
        for key in group.keys {
          #expect(seen.insert(key).inserted, "\(key.displayName) bound twice in \(view)")
        }
      }
    }
  }
}
