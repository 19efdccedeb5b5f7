import Foundation
import GranskaUI
import Testing

/// Golden-file snapshots of rendered screens: the text, then one letter per
/// cell for its style role. A mismatch fails the test and writes the actual
/// screen next to the golden file; `UPDATE_SNAPSHOTS=1` rewrites golden files.
enum Snapshot {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  static let codes: [StyleRole: Character] = [
    .normal: ".", .muted: "m", .accent: "a", .title: "t", .header: "h", .border: "b",
    .borderFocused: "B", .selection: "S", .tabActive: "T", .tabInactive: "i", .statusBar: "s",
    .statusKey: "k", .levelGood: "G", .levelFair: "F", .levelWarn: "W", .levelBad: "X",
    .levelNone: "N", .changeBetter: "+", .changeWorse: "-", .statusDone: "D",
    .statusInProgress: "P", .overdue: "O", .barCompleted: "c",
    .barStarted: "p", .barNotStarted: "n",
    .barTarget: "|", .searchMatch: "*", .cursor: "_", .message: "M", .error: "E",
    .illustrative: "I",
  ]

  static func render(_ grid: CellGrid, title: String) -> String {
    var text = "# \(title)\n"
    for line in grid.lines { text += "|\(line)|\n" }
    text += "# styles\n"
    for y in 0..<grid.size.height {
      text += "|" + String((0..<grid.size.width).map { codes[grid[$0, y].style.role]! }) + "|\n"
    }
    return text
  }

  static func assert(
    _ grid: CellGrid, named name: String, title: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let actual = render(grid, title: title)
    let file = directory.appendingPathComponent("\(name).txt")
    let expected = try? String(contentsOf: file, encoding: .utf8)
    if expected == actual { return }
    if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] != nil || expected == nil {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try! actual.write(to: file, atomically: true, encoding: .utf8)
      if expected == nil {
        Issue.record(
          "new snapshot \(name) written; check it and commit it", sourceLocation: sourceLocation)
      }
      return
    }
    let actualFile = directory.appendingPathComponent("\(name).actual.txt")
    try? actual.write(to: actualFile, atomically: true, encoding: .utf8)
    Issue.record(
      "screen differs from \(file.lastPathComponent); see \(actualFile.path)",
      sourceLocation: sourceLocation)
  }
}
