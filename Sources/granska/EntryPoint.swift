import ArgumentParser
import Foundation
import GranskaCLI
import GranskaText

/// The program: ArgumentParser parses the words and the command runs, as
/// its generated `main` would; what ArgumentParser says itself — help,
/// usage errors — is told in the command line's language.
@main
enum Program {
  static func main() {
    do {
      try CommandLineLanguage.checkConfigured()
      var command = try Granska.parseAsRoot()
      try command.run()
    } catch {
      exit(with: error)
    }
  }

  /// ArgumentParser's `exit(withError:)` in our words: help on standard
  /// output with status 0, a usage error on standard error with its status
  /// (64), a failure the command has told already with its own (1).
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
