import ArgumentParser
import Foundation
import GranskaStore
import GranskaText
import Testing

@testable import GranskaCLI

/// Commands throw their failures; only `main` tells them. A batch lends
/// its lines the databases it keeps open.
@Suite(.serialized)
struct CommandRunTests {
  let directory: String

  init() throws {
    directory = NSTemporaryDirectory() + "granska-run-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
  }

  func parsed(_ words: [String]) throws -> any ParsableCommand {
    try Granska.parseAsRoot(words + ["--db", directory + "/audit.sqlite"])
  }

  /// Said nowhere but thrown, worded in the command's own `--lang`.
  @Test func aCommandThrowsItsFailureInsteadOfTellingIt() throws {
    var command = try parsed([
      "round", "add", "--title", "X", "--date", "2025-02-30", "--lang", "en",
    ])
    #expect(CommandLineLanguage.of(command) == .en)
    do {
      try command.run()
      Issue.record("ran")
    } catch let failure as any Worded & Error {
      #expect(failure.message(in: .en) == "--date 2025-02-30: not a date (YYYY-MM-DD, a real day)")
    }
  }

  /// Every command that runs takes the global options, so it has a
  /// language and can be lent a batch's databases.
  @Test func everyCommandTakesTheGlobalOptions() {
    for (command, words) in SSHCommandPolicyTests.leaves(of: Granska.self, under: []) {
      #expect(command is any GlobalCommand.Type, "\(words)")
    }
  }

  @Test func aBatchsDatabasesAreOpenedOnceAndACommandsEachTime() throws {
    var lent = try #require(try parsed(["summary"]) as? any GlobalCommand)
    #expect(try lent.global.openStore() !== lent.global.openStore())
    lent.global.stores = OpenStores()
    #expect(try lent.global.openStore() === lent.global.openStore())
    var readOnly = lent.global
    readOnly.readOnly = true
    #expect(try readOnly.openStore() !== lent.global.openStore())
  }
}
