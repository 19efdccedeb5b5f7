import Foundation
import GranskaFormat
import Testing

/// Grapheme clusters and invisible characters typed into the real dashboard
/// in a real terminal come back from `export` byte for byte.
@Suite struct TypedTextEndToEndTests {
  /// One for each of the eight recommendations' owners.
  static let typed = [
    "👨‍👩‍👧‍👦 familj", "🇸🇪 Sverige", "👍🏽 bra", "❤️ hjärta", "می‌خواهم",
    "ord\u{200B}brytning", "\u{200F}עברית\u{200E} text", "e\u{301}lan क्षत्रिय",
  ]

  @Test func typedIntoAFormAndExportedByteForByte() async throws {
    let tmux = try Tmux.granska()
    try await tmux.waitFor("Samlad bedömning")
    try tmux.sendKeys("3")
    try await tmux.waitFor("›R1")
    for (index, text) in Self.typed.enumerated() {
      try tmux.sendKeys("Enter")
      try await tmux.waitFor("Redigera R\(index + 1)")
      try tmux.sendKeys("Tab")
      try tmux.sendText(text)
      try tmux.sendKeys("Enter")
      try await tmux.waitUntil("R\(index + 1) is saved") { _ in
        try owners(tmux).count > index
      }
      try tmux.sendKeys("j")
    }
    #expect(try owners(tmux) == Self.typed.map { Array($0.utf8) })
    let json = try GranskaRun().run(
      ["export", "--format", "json"], environment: ["GRANSKA_DB": database(tmux)]
    ).output
    for text in Self.typed {
      #expect(json.utf8.contains(Array(text.utf8)), "\(text.unicodeScalars.map(\.value))")
    }
    try tmux.sendKeys("q")
    #expect(try await tmux.waitForExit() == 0)
  }

  func database(_ tmux: Tmux) -> String { tmux.directory + "/granska.sqlite" }

  /// The owners saved so far, in order, as bytes (YAML export read back).
  func owners(_ tmux: Tmux) throws -> [[UInt8]] {
    let yaml = try GranskaRun().run(["export"], environment: ["GRANSKA_DB": database(tmux)]).output
    let document = try InterchangeDocument.decode(
      Data(yaml.utf8), format: .yaml, fileName: "export.yaml")
    return document.audits[0].recommendations.compactMap(\.owner).map { Array($0.utf8) }
  }
}

extension String.UTF8View {
  /// Whether these bytes hold `bytes` in a row.
  fileprivate func contains(_ bytes: [UInt8]) -> Bool {
    let all = Array(self)
    guard bytes.count <= all.count else { return false }
    return (0...(all.count - bytes.count)).contains { Array(all[$0..<$0 + bytes.count]) == bytes }
  }
}
