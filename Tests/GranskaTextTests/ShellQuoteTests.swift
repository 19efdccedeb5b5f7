import Foundation
import GranskaText
import Testing

/// A command a message suggests can be pasted into a shell as it is: each
/// word comes back exactly, and none runs anything.
@Suite struct ShellQuoteTests {
  static let hostile = [
    "x\"; DROP TABLE t; --", "it's", "$(id)", "`id`", "a b", "", "*", "~anna", "x;rm -rf /",
    "tab\there", "new\nline", "'", "\\", "!", "å",
  ]

  @Test func plainWordsStayAsTheyAre() {
    for word in ["anna", "/srv/granska/granska.sqlite", "g+rw", "infosak", "granska:infosak"] {
      #expect(shellQuoted(word) == word)
    }
    #expect(shellQuoted("x\"; DROP TABLE t; --") == "'x\"; DROP TABLE t; --'")
    #expect(shellQuoted("it's") == "'it'\\''s'")
  }

  @Test func aPOSIXShellGetsEveryWordBackExactly() throws {
    let script = "printf '%s\\0' " + Self.hostile.map(shellQuoted).joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let words = data.split(separator: 0, omittingEmptySubsequences: false).dropLast()
      .map { String(decoding: $0, as: UTF8.self) }
    #expect(words == Self.hostile)
  }

  @Test func suggestedCommandsQuoteTheirWords() {
    let role = "x\"; DROP TABLE t; --"
    #expect(
      ServerProblem.noSuchRole(role: role).message(in: .sv)
        == "rollen \(role) finns inte på servern (skapa den med createuser 'x\"; DROP TABLE t; --')"
    )
    #expect(
      ServerProblem.noSuchRole(role: role).message(in: .en).hasSuffix(
        "(create it with createuser 'x\"; DROP TABLE t; --')"))
    #expect(
      ServerProblem.viewerRole(role: "a b").message(in: .en).hasSuffix(
        "granska access allow --account 'a b'"))
    #expect(
      StoreError.needsUpgrade(path: "/srv/my data/g.sqlite", pending: []).message(in: .en)
        .contains("granska migrate --db '/srv/my data/g.sqlite'"))
    let problem = PermissionProblem(
      account: "bob", need: .read, path: "/srv/it's", owner: "root", group: "infosak",
      mode: "rwxrws---", fix: .changeGroup(path: "/srv/it's", group: "infosak", bits: "rw"))
    #expect(problem.command == "chgrp infosak '/srv/it'\\''s' && chmod g+rw '/srv/it'\\''s'")
  }
}
