import ArgumentParser
import Foundation
import GranskaCLI
import GranskaText

/// The program: ArgumentParser parses the words and the command runs, as
/// its generated `main` would; what ArgumentParser says itself — help,
/// usage errors — is told in the command line's language. This is the one
/// place a failure is told: commands throw theirs.
@main
enum Program {
  static func main() {
    do {
      try CommandLineLanguage.checkConfigured()
      var command = try Granska.parseAsRoot()
      try run(&command)
    } catch {
      exit(with: error)
    }
  }

  /// Runs the command. Its failure — any `Worded` error: the store's, the
  /// reader's, the command's own — is one line "granska: …" on stderr in
  /// the command's language, and exit status 1.
  static func run(_ command: inout any ParsableCommand) throws {
    // A closed pipe is an error to report (EPIPE), not a silent death.
    signal(SIGPIPE, SIG_IGN)
    do {
      try command.run()
      try Output.finish()
    } catch let failure as any Worded & Error {
      tellStandardError(failure.message(in: CommandLineLanguage.of(command)))
      Foundation.exit(ExitCode.failure.rawValue)
    }
  }

  /// ArgumentParser's `exit(withError:)` in our words: help on standard
  /// output with status 0, a usage error on standard error with its status
  /// (64), any other error (`ExitCode`) with its own.
  static func exit(with error: any Error) -> Never {
    let language = CommandLineLanguage.current
    let code = Granska.exitCode(for: error)
    let text = ServerPaths.hide(Granska.fullMessage(for: error))
    if code == .success {
      if !text.isEmpty {
        print(
          CommandLineLanguage.asksForMachineText
            ? ParserText.builtInFlags(text, in: language) : ParserText.help(text, in: language))
      }
    } else if !text.isEmpty {
      FileHandle.standardError.write(Data((ParserText.error(text, in: language) + "\n").utf8))
    }
    Foundation.exit(code.rawValue)
  }
}
