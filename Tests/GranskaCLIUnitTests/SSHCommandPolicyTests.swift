import ArgumentParser
import GranskaStore
import GranskaText
import GranskaUI
import Testing

@testable import GranskaCLI

/// What a person may run over ssh, judged without a database or sshd: the
/// words are parsed by the real command definitions.
struct SSHCommandPolicyTests {
  let viewer = SSHCommandPolicy(role: .viewer, language: .en)
  let editor = SSHCommandPolicy(role: .editor, language: .en)

  /// The refusal `words` get, or nil when they are let through.
  func refusal(_ policy: SSHCommandPolicy, _ words: [String]) -> ServiceText? {
    do {
      _ = try policy.check(words)
      return nil
    } catch let refusal as ServiceText {
      return refusal
    } catch {
      Issue.record("not a refusal but \(error)")
      return nil
    }
  }

  @Test func aViewerReadsButDoesNotEdit() {
    for words in [
      ["summary"], ["log", "-n", "5"], ["report", "--format", "html"], ["owner", "list"],
    ] {
      #expect(refusal(viewer, words) == nil, "\(words)")
    }
    let edit = ["set", "recommendation", "R1", "--status", "klar"]
    #expect(
      refusal(viewer, edit)
        == .notAllowedOverSSH(word: "set", role: "viewer", allowed: viewer.allowedCommands))
    #expect(refusal(editor, edit) == nil)
  }

  /// `owner` is a word both roles may start with: a viewer's `owner add`
  /// is refused once parsed, naming the whole command.
  @Test func anEditorsCommandUnderAViewersWordIsRefusedOnceParsed() {
    let add = ["owner", "add", "Kommunchef", "--email", "kc@example.org"]
    #expect(
      refusal(viewer, add)
        == .notAllowedOverSSH(word: "owner add", role: "viewer", allowed: viewer.allowedCommands))
    #expect(refusal(editor, add) == nil)
  }

  @Test func aCommandNotInTheAllowListIsRefusedForEveryone() {
    for policy in [viewer, editor] {
      #expect(refusal(policy, ["frobnicate"])?.isNotAllowed == true)
      #expect(refusal(policy, ["keys", "list"])?.isNotAllowed == true)
      #expect(refusal(policy, ["migrate"])?.isNotAllowed == true)
      #expect(refusal(policy, ["--lang", "en", "backup", "x.sqlite"])?.isNotAllowed == true)
    }
  }

  @Test func restoreBringsBackAPartButNeverPutsABackupOver() {
    #expect(refusal(editor, ["restore", "recommendation", "R3"]) == nil)
    #expect(refusal(editor, ["restore", "backup.sqlite"])?.isNotAllowed == true)
  }

  @Test func nothingChoosesAnotherDatabaseOrPersonOrWritesOnTheServer() {
    #expect(
      refusal(editor, ["--db", "/tmp/x.sqlite", "summary"]) == .optionNotAllowedOverSSH("--db"))
    #expect(refusal(editor, ["summary", "--as=anna"]) == .optionNotAllowedOverSSH("--as"))
    #expect(refusal(viewer, ["export", "-o", "x.yaml"]) == .outputOverSSH(command: "export"))
    #expect(refusal(viewer, ["report", "--output=r.html"]) == .outputOverSSH(command: "report"))
    #expect(refusal(editor, ["import", "/etc/passwd"]) == .standardInputOverSSH(command: "import"))
    #expect(refusal(editor, ["import", "-"]) == nil)
    #expect(
      refusal(editor, ["remind", "--sendmail", "/bin/sh"]) == .optionNotAllowedOverSSH("--sendmail")
    )
    #expect(
      refusal(viewer, ["--theme", "/etc/passwd"])
        == .themeFileOverSSH(builtIn: Theme.builtInNames))
  }

  @Test func helpOnlyPrintsAndOnlyForWhatTheRoleMayRun() throws {
    #expect(try editor.check(["help", "set"]) == ["set", "--help"])
    #expect(refusal(viewer, ["help", "set"])?.isNotAllowed == true)
  }

  /// The one allow-list: the words a refusal lists and the parsed commands
  /// let run agree for every command there is, for both roles.
  @Test func theWordsShownAreExactlyTheCommandsLetRun() {
    for policy in [viewer, editor] {
      let shown = Set(policy.allowedCommands)
      for (command, words) in Self.leaves(of: Granska.self, under: []) {
        #expect(
          policy.allows(command) == shown.contains(words.joined(separator: " ")),
          "\(policy.role) \(words)")
      }
    }
    #expect(viewer.allowedCommands.contains("owner list"))
    #expect(!viewer.allowedCommands.contains("owner add"))
    #expect(editor.allowedCommands.contains("owner add"))
  }

  /// Every command that runs (not a group), with the words that name it.
  static func leaves(
    of parent: any ParsableCommand.Type, under words: [String]
  ) -> [(any ParsableCommand.Type, [String])] {
    parent.configuration.subcommands.flatMap { child in
      let path = words + [child._commandName]
      let children = leaves(of: child, under: path)
      return children.isEmpty ? [(child, path)] : children
    }
  }
}

extension ServiceText {
  fileprivate var isNotAllowed: Bool {
    if case .notAllowedOverSSH = self { return true }
    return false
  }
}
