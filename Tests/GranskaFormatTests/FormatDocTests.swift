import Foundation
import Testing

@testable import GranskaFormat

/// docs/FORMAT.md is the format's reference for whoever writes a file by
/// hand: every key the reader knows has its row there.
@Suite struct FormatDocTests {
  @Test func everyKnownKeyIsDocumented() throws {
    let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../docs/FORMAT.md")
    let text = try String(contentsOf: doc, encoding: .utf8)
    for (place, keys) in KnownKeys.byPlace.sorted(by: { $0.key < $1.key }) {
      for key in keys.sorted() {
        #expect(text.contains("| `\(key)` |"), "\(place).\(key) has no row in docs/FORMAT.md")
      }
    }
  }
}
