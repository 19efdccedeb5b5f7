import Foundation
import GranskaTestSupport
import Testing

/// 100 MB on standard input: each command stops at its limit with a
/// message, holds no more than about twice the limit beyond its own
/// footprint (measured on a tiny input), and saves nothing.
@Suite struct BoundedInputTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let limit: Int
    /// A small input the command takes, for its footprint.
    let small: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let cases = [
    Case(
      arguments: ["training", "load", "-", "--date", "2026-01-01"], limit: 16 << 20,
      small: "section,employees,completed,started\nOmsorg,10,5,1\n"),
    Case(arguments: ["batch", "-"], limit: 16 << 20, small: "set recommendation R1 --owner IT\n"),
    Case(arguments: ["import", "-"], limit: 64 << 20, small: "format: 1\naudits: []\n"),
  ]

  /// Runs granska with `input` as standard input: status, standard error, peak memory.
  func run(_ granska: GranskaRun, _ arguments: [String], input: String) throws -> (
    status: Int32, error: String, peak: Int
  ) {
    let errors = granska.directory + "/errors-\(UUID().uuidString)"
    let pid = try Spawn.start(
      [GranskaRun.binary.path] + arguments,
      environment: [
        "GRANSKA_DB": granska.database, "XDG_DATA_HOME": granska.directory + "/xdg",
        "HOME": granska.directory, "PATH": "/usr/bin:/bin",
      ], input: input, errors: errors)
    let (status, peak) = try Spawn.waitMeasuring(pid, name: "granska")
    let error = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
    return (status, error, peak)
  }

  @Test(arguments: cases) func aHundredMegabytesStopAtTheLimit(_ test: Case) throws {
    let granska = GranskaRun()
    #expect(try granska("summary").status == 0)
    let small = try granska.write("small.txt", test.small)
    let footprint = try run(granska, test.arguments, input: small).peak
    // Comment lines (a batch and YAML skip them, so all of it must be
    // read), or rows no CSV holds: 100 MB of text.
    let big = granska.directory + "/big.txt"
    let line = (test.arguments[0] == "training" ? "" : "# ") + String(repeating: "x", count: 998)
    let block = Data(String(repeating: line + "\n", count: 1000).utf8)
    FileManager.default.createFile(atPath: big, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
    for _ in 0..<100 { handle.write(block) }
    try handle.close()
    defer { unlink(big) }
    let before = try granska("log", "--format", "json").output
    let result = try run(granska, test.arguments, input: big)
    #expect(result.status != 0)
    #expect(result.error.contains("\(test.limit >> 20) MB"), "it says why: \(result.error)")
    #expect(
      result.peak < footprint + 2 * test.limit,
      "peak \(result.peak >> 20) MB, footprint \(footprint >> 20) MB, limit \(test.limit >> 20) MB")
    #expect(try granska("log", "--format", "json").output == before, "nothing saved")
  }

  /// One line longer than a line may be is named, with its number.
  @Test func aLongLineIsNamed() throws {
    let granska = GranskaRun()
    #expect(try granska("summary").status == 0)
    let input = "set recommendation R1 --owner IT\n" + String(repeating: "x", count: 2 << 20)
    let file = try granska.write("long-line.txt", input)
    let result = try run(granska, ["batch", "-"], input: file)
    #expect(result.status == 1)
    #expect(
      result.error.contains("-:2: raden är längre än 1 MB, gränsen för en rad"), "\(result.error)")
  }
}
