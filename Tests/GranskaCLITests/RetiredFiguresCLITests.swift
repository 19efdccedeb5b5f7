import Foundation
import Testing

/// Key figures edited, retired and restored, and a training snapshot's
/// sections retired and restored, from the command line and a batch:
/// what the export, the summary and the log then say, and who is refused.
@Suite struct RetiredFiguresCLITests {
  let granska = GranskaRun()
  let db = ["--db", "audit.sqlite"]

  /// The entered audit (K1 "Verksamhetssystem", 42 st), and a snapshot of
  /// 2025-11-01 with IT (40, 30 completed) and Ekonomi (20, 12).
  func enter() throws {
    for command in EnteredAuditCLITests.commands {
      let result = try granska.run(command + db)
      #expect(result.status == 0, "\(command): \(result.error)")
    }
    let csv = try granska.write(
      "hr.csv", "section;employees;completed;started\nIT;40;30;5\nEkonomi;20;12;0\n")
    let loaded = try granska.run(
      ["training", "load", csv, "--date", "2025-11-01", "--source", "HR"] + db)
    #expect(loaded.status == 0, "\(loaded.error)")
  }

  func export() throws -> String {
    let result = try granska.run(["export"] + db)
    #expect(result.status == 0, "\(result.error)")
    return result.output.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("asOf: ") }.joined(separator: "\n")
  }

  @Test func aKeyFigureIsEditedRetiredAndRestored() throws {
    try enter()
    let edited = try granska.run(
      [
        "edit", "key-figure", "K1", "--name", "Verksamhetssystem i drift", "--value", "42,5",
        "--unit", "system", "--period", "2025", "--source", "Förteckningen 2025",
      ] + db)
    #expect(edited.status == 0, "\(edited.error)")
    var exported = try export()
    // (The format's writer gives a fraction as YAML's float: 4.25e+1.)
    #expect(
      exported.contains(
        "  - id: K1\n    name: Verksamhetssystem i drift\n    value: 4.25e+1\n    unit: system\n"
          + "    period: '2025'\n    source: Förteckningen 2025\n"), "\(exported)")
    var summary = try granska.run(["summary"] + db).output
    #expect(summary.contains("Verksamhetssystem i drift  42,5 system  2025"), "\(summary)")

    let retired = try granska.run(
      ["retire", "key-figure", "K1", "--reason", "Räknas inte längre"] + db)
    #expect(retired.status == 0, "\(retired.error)")
    summary = try granska.run(["summary"] + db).output
    #expect(!summary.contains("Verksamhetssystem"), "\(summary)")
    let report = try granska.run(["report"] + db).output
    #expect(!report.contains("Verksamhetssystem"), "\(report)")
    exported = try export()
    #expect(exported.contains("    source: Förteckningen 2025\n    retired: Räknas inte längre\n"))
    let retiredLog = try granska.run(["log"] + db).output
    #expect(retiredLog.contains("Nyckeltal K1 utgår: Räknas inte längre"), "\(retiredLog)")
    let english = try granska.run(["log", "--lang", "en"] + db).output
    #expect(english.contains("Key figure K1: Value 42 → 42.5"), "\(english)")
    #expect(english.contains("Key figure K1 retired: Räknas inte längre"), "\(english)")
    // Its id stays given.
    let next = try granska.run(["add", "key-figure", "--name", "Servrar", "--value", "7"] + db)
    #expect(next.output == "lade till nyckeltalet K2\n", "\(next.error)")

    #expect(try granska.run(["restore", "key-figure", "K1"] + db).status == 0)
    summary = try granska.run(["summary"] + db).output
    #expect(summary.contains("Verksamhetssystem i drift"), "\(summary)")
    #expect(!(try export()).contains("retired:"))

    // Retired and restored by one person within two minutes: one decision,
    // which leaves no row; the edits keep theirs.
    let log = try granska.run(["log"] + db).output
    for line in [
      "Nyckeltal K1: Namn Verksamhetssystem → Verksamhetssystem i drift",
      "Nyckeltal K1: Värde 42 → 42,5", "Nyckeltal K1: Enhet st → system",
    ] {
      #expect(log.contains(line), "\(line)\n\(log)")
    }
    #expect(!log.contains("Nyckeltal K1 utgår"), "\(log)")
  }

  @Test func whatCannotBeAKeyFigureIsRefusedAndNothingSaved() throws {
    try enter()
    let before = try export()
    for (command, error) in [
      (["edit", "key-figure", "K1", "--value", "många"], "value: ”många” är inget tal"),
      (["edit", "key-figure", "K9", "--name", "X"], "nyckeltalet ”K9”"),
      (["edit", "key-figure", "K1", "--name", ""], "name: rubriken är tom"),
      (["retire", "key-figure", "K1", "--reason", " "], "ange varför (--reason)"),
    ] {
      let result = try granska.run(command + db)
      #expect(result.status == 1, "\(command)")
      #expect(result.error.contains(error), "\(command): \(result.error)")
    }
    #expect(try export() == before)
  }

  @Test func aTrainingSectionIsRetiredOutOfTheTotalsAndRestored() throws {
    try enter()
    let summaryBefore = try granska.run(["summary"] + db).output
    let retire = [
      "retire", "training-section", "--date", "2025-11-01", "--section", "Ekonomi", "--reason",
      "Ingår i IT",
    ]
    let retired = try granska.run(retire + db)
    #expect(retired.status == 0, "\(retired.error)")
    let exported = try export()
    #expect(
      exported.contains(
        "    - section: Ekonomi\n      employees: 20\n      completed: 12\n      started: 0\n"
          + "      retired: Ingår i IT\n"), "\(exported)")
    // 30 of 40 now, not 42 of 60.
    let summary = try granska.run(["summary"] + db).output
    #expect(summary != summaryBefore)
    #expect(summary.contains("75 %"), "\(summary)")
    #expect(summaryBefore.contains("70 %"), "\(summaryBefore)")
    let retiredLog = try granska.run(["log"] + db).output
    #expect(
      retiredLog.contains("Utbildning Ekonomi, mätningen 2025-11-01 utgår: Ingår i IT"),
      "\(retiredLog)")
    let restored = try granska.run(
      ["restore", "training-section", "--date", "2025-11-01", "--section", "Ekonomi"] + db)
    #expect(restored.status == 0, "\(restored.error)")
    #expect(try granska.run(["summary"] + db).output == summaryBefore)
    // No such section, no such snapshot, a restore without its section.
    let missing = try granska.run(
      ["retire", "training-section", "--date", "2025-11-01", "--section", "HR", "--reason", "X"]
        + db)
    #expect(missing.error.contains("sektionen ”HR” i mätningen 2025-11-01"), "\(missing.error)")
    let half = try granska.run(["restore", "training-section", "--date", "2025-11-01"] + db)
    #expect(half.status != 0)
    #expect(half.error.contains("training-section med --date och --section"), "\(half.error)")
  }

  @Test func aBatchRetiresAndRestoresAsTheCommandsDo() throws {
    try enter()
    let file = try granska.write(
      "lines.txt",
      """
      edit key-figure K1 --value 43
      retire key-figure K1 --reason "Räknas inte"
      retire training-section --date 2025-11-01 --section IT --reason "Omorganiserad"
      restore training-section --date 2025-11-01 --section IT

      """)
    let batch = try granska.run(["batch", file] + db)
    #expect(batch.status == 0, "\(batch.error)")
    #expect(batch.output.contains("rad 4: ok"), "\(batch.output)")
    let exported = try export()
    #expect(exported.contains("    value: 43\n"), "\(exported)")
    #expect(exported.contains("    retired: Räknas inte\n"), "\(exported)")
    #expect(!exported.contains("Omorganiserad"))
  }

  @Test func noOneWhoMayNotEditRetiresOrEditsAFigure() throws {
    try enter()
    let before = try export()
    #expect(try granska.run(["access", "allow", "--account", "nobody-else"] + db).status == 0)
    for command in [
      ["edit", "key-figure", "K1", "--value", "1"],
      ["retire", "key-figure", "K1", "--reason", "X"], ["restore", "key-figure", "K1"],
      ["retire", "training-section", "--date", "2025-11-01", "--section", "IT", "--reason", "X"],
      ["restore", "training-section", "--date", "2025-11-01", "--section", "IT"],
    ] {
      let result = try granska.run(command + db)
      #expect(result.status == 1, "\(command)")
      #expect(result.error.contains("får inte ändra"), "\(command): \(result.error)")
    }
    #expect(try export() == before)
  }

  @Test func theCommandsHelpInBothLanguages() throws {
    let swedish = try granska.run(["retire", "key-figure", "--help"]).output
    #expect(swedish.contains("Låt ett nyckeltal utgå"), "\(swedish)")
    let english = try granska.run(["retire", "training-section", "--help", "--lang", "en"]).output
    #expect(english.contains("Retire a section of a training snapshot"), "\(english)")
    #expect(english.contains("--section"), "\(english)")
    let edit = try granska.run(["edit", "key-figure", "--help", "--lang", "en"]).output
    #expect(edit.contains("granska edit key-figure K1 --value 42,5"), "\(edit)")
    #expect(edit.contains("comma"), "\(edit)")
    let restore = try granska.run(["restore", "--help"]).output
    #expect(restore.contains("Med training-section: sektionens namn."), "\(restore)")
  }
}
