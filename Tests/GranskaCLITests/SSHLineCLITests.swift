import Foundation
import Testing

/// The ssh line as sshd hands it to a keyed session: `granska --db DB --as
/// NAME` with what the person typed in SSH_ORIGINAL_COMMAND, run here
/// without sshd (ServiceAccountEndToEndTests has the real one). anna is an
/// editor and bo a viewer.
@Suite(
  .enabled(
    if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen"),
    "needs ssh-keygen (openssh-client)"))
struct SSHLineCLITests {
  let granska = GranskaRun()

  init() throws {
    for (name, role) in [("anna", ["--editor"]), ("bo", [])] {
      let path = granska.directory + "/\(name)"
      try Program.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path])
      let added = try granska.run(
        ["keys", "add", name, path + ".pub", "--authorized-keys", granska.directory + "/ak"] + role)
      guard added.status == 0 else { throw KeyFileCLITests.KeyGenFailure(message: added.error) }
    }
  }

  /// `ssh granska@server LINE` as `person`, with `input` on standard input.
  func ssh(
    _ person: String, _ line: String, input: String? = nil, database: String? = nil
  ) throws -> GranskaRun.Result {
    try Program.run(
      [GranskaRun.binary.path, "--db", database ?? granska.database, "--as", person],
      input: input.map { Data($0.utf8) },
      environment: [
        "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SSH_ORIGINAL_COMMAND": line,
        "HOME": granska.directory,
      ], directory: granska.directory)
  }

  /// Nothing a person is told names where the server keeps things, or the
  /// session's own options.
  func expectNothingOfTheServer(
    _ result: GranskaRun.Result, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for text in [result.output, result.error] {
      #expect(!text.contains(granska.directory), "\(text)", sourceLocation: sourceLocation)
      #expect(!text.contains("--as"), "\(text)", sourceLocation: sourceLocation)
    }
  }

  @Test func aBatchLineEndingInDashDashRunsWithTheSessionsOptionsBeforeIt() throws {
    let saved = try ssh("anna", "batch -", input: "set recommendation R1 --owner Kommunchef --\n")
    #expect(saved.status == 0, "\(saved.error)")
    #expect(saved.error.contains("rad 1: ok") || saved.output.contains("rad 1: ok"))
    expectNothingOfTheServer(saved)
    #expect(try granska("log").output.contains("anna  Rekommendation R1: Ansvarig"))

    let failed = try ssh("anna", "batch -", input: "set recommendation R1 --bogus x --\n")
    #expect(failed.status == 1)
    #expect(failed.error.contains("-:1: okänd flagga ”--bogus”"), "\(failed.error)")
    expectNothingOfTheServer(failed)
  }

  @Test func whatAPersonIsToldNamesNoDirectoryOfTheServer() throws {
    let empty = try granska.write("empty.sqlite", "")
    let result = try ssh("anna", "summary", database: empty)
    #expect(result.status == 1)
    #expect(result.error.hasPrefix("granska: empty.sqlite: "), "\(result.error)")
    expectNothingOfTheServer(result)
  }

  @Test func themeFilesAreRefusedForEveryCommand() throws {
    let theme = try granska.write("mine.theme", "background = black\n")
    for line in [
      "--theme /etc/passwd summary", "summary --theme=/etc/passwd", "--theme \(theme) log",
      "export --theme mine.theme", "--theme=/etc/passwd",
    ] {
      let result = try ssh("bo", line)
      #expect(result.status == 1, "\(line) was let through")
      #expect(result.output.isEmpty, "\(line)")
      #expect(
        result.error.contains("--theme med en fil är inte tillåtet över ssh"),
        "\(line): \(result.error)")
      #expect(
        result.error.contains("välj ett inbyggt tema: dark, high-contrast, light, monochrome"),
        "\(result.error)")
    }
    let builtIn = try ssh("bo", "--theme light summary")
    #expect(builtIn.status == 0, "\(builtIn.error)")
  }

  @Test func aBatchLineCannotStartABatchWhateverComesBeforeTheWord() throws {
    for line in ["batch -", "--lang en batch -", "--lang=en batch -", "--read-only batch -"] {
      let result = try ssh("anna", "batch -", input: line + "\nset recommendation R1 --owner X\n")
      #expect(result.status == 1, "\(line)")
      #expect(result.error.contains("-:1: batch kan inte köra batch"), "\(line): \(result.error)")
    }
    #expect(!(try granska("log").output.contains("Ansvarig")))
  }

  @Test func aRefusalListsOnlyWhatTheRoleMayRun() throws {
    let viewer = try ssh("bo", "set recommendation R1 --owner X")
    #expect(viewer.status == 1)
    #expect(
      viewer.error
        == "granska: ”set” är inte tillåtet över ssh (roll: läsare); tillåtet: summary, report, "
        + "export, log, owner list, --help, --version\n")
    let editor = try ssh("anna", "frobnicate --lang en")
    #expect(
      editor.error
        == "granska: \"frobnicate\" is not allowed over ssh (role: editor); allowed: summary, "
        + "report, export, log, set recommendation, set assessment, round add, training set, "
        + "training load, import, batch, owner list, owner add, owner edit, owner remove, remind, "
        + "new, add section, add question, add recommendation, add key-figure, "
        + "add training-section, edit section, edit question, "
        + "edit recommendation, retire section, retire question, retire recommendation, "
        + "edit key-figure, retire key-figure, retire training-section, restore, "
        + "--help, --version\n")
    // What the list offers, the policy lets through (its help, here).
    for (person, result) in [("bo", viewer), ("anna", editor)] {
      let listed = result.error.components(separatedBy: ": ").last!
        .trimmingCharacters(in: .newlines).components(separatedBy: ", ")
      for command in listed where !command.hasPrefix("-") {
        let help = try ssh(person, command + " --help")
        #expect(help.status == 0, "\(person): \(command): \(help.error)")
      }
    }
    // A group an editor may use prints its help, as on the command line.
    let group = try ssh("anna", "set")
    #expect(group.status == 0, "\(group.error)")
    #expect(group.output.contains("recommendation"), "\(group.output)")
    #expect(try ssh("bo", "set").error.contains("”set” är inte tillåtet"))
  }

  @Test func anEditorEntersAnAuditAndAViewerCannot() throws {
    let new =
      "new --id ia-2025 --title 'Internal audit' --organisation Council --auditor IA "
      + "--date 2025-03-14 --period 2024/25 --scale assurance"
    let viewerLines = [
      new, "add section --title X --audit ia-2025", "edit section 3.1 --title X",
      "retire recommendation R1 --reason X", "restore recommendation R1",
      "edit key-figure it-support-calls --value 1", "retire key-figure it-support-calls --reason X",
      "restore key-figure it-support-calls",
      "retire training-section --date 2023-11-16 --section Omsorg --reason X",
      "restore training-section --date 2023-11-16 --section Omsorg",
    ]
    for line in viewerLines {
      let refused = try ssh("bo", line)
      #expect(refused.status == 1, "\(line)")
      #expect(
        refused.error.contains("är inte tillåtet över ssh (roll: läsare)"), "\(refused.error)")
    }
    let before = try granska("export").output

    #expect(try ssh("anna", new).status == 0)
    let added = try ssh("anna", "add section --audit ia-2025 --title Governance")
    #expect(added.output == "lade till avsnittet S1\n", "\(added.error)")
    let retired = try ssh("anna", "retire recommendation R1 --reason 'Replaced by R9'")
    #expect(retired.status == 1, "two audits: which one")
    #expect(retired.error.contains("--audit"), "\(retired.error)")
    let tranemo = "--audit tranemo-2024-informationssakerhet"
    #expect(
      try ssh("anna", "retire recommendation R1 --reason 'Ersatt av R9' \(tranemo)").status == 0)
    #expect(try ssh("anna", "restore recommendation R1 \(tranemo)").status == 0)
    // Key figures and a snapshot's sections, as the parts above.
    for line in [
      "edit key-figure it-support-calls --value 3850 \(tranemo)",
      "retire key-figure it-support-calls --reason 'Mäts inte' \(tranemo)",
      "restore key-figure it-support-calls \(tranemo)",
      "retire training-section --date 2023-11-16 --section Omsorg --reason X \(tranemo)",
      "restore training-section --date 2023-11-16 --section Omsorg \(tranemo)",
    ] {
      let result = try ssh("anna", line)
      #expect(result.status == 0, "\(line): \(result.error)")
    }
    let log = try granska("log").output
    #expect(log.contains("anna  Nytt avsnitt S1: Governance"), "\(log)")
    #expect(log.contains("anna  Ny granskning: ia-2025"), "\(log)")

    // Not a backup put back, nor a scale file of the server's.
    let backup = try ssh("anna", "restore granska.sqlite")
    #expect(backup.status == 1)
    #expect(backup.error.contains("”restore” är inte tillåtet över ssh"), "\(backup.error)")
    let file = try ssh("anna", new.replacingOccurrences(of: "assurance", with: "/etc/passwd"))
    #expect(file.error.contains("new läser från standard in över ssh"), "\(file.error)")
    let scale = "- id: ja\n  label: Ja\n  role: good\n- id: nej\n  label: Nej\n  role: bad\n"
    let fromInput = try ssh(
      "anna",
      new.replacingOccurrences(of: "ia-2025", with: "b").replacingOccurrences(
        of: "assurance", with: "-"), input: scale)
    #expect(fromInput.status == 0, "\(fromInput.error)")
    #expect(try granska("export").output != before)
  }
}
