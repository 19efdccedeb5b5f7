import Foundation
import GranskaFormat
import Testing

/// An audit of another shape than the built-in one — a three-level scale,
/// three sections, six questions, four recommendations — entered by hand
/// with `granska new` and `granska add`, one command at a time and as one
/// batch; then edited, retired, restored and refused.
@Suite struct EnteredAuditCLITests {
  let granska = GranskaRun()

  static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpus/entered-audit.yaml").path

  /// The commands that enter it, as a coordinator would type them.
  static let commands: [[String]] = [
    [
      "new", "--id", "it-2025", "--title", "Granskning av IT-styrningen", "--organisation",
      "Exempelby kommun", "--auditor", "Revisionskontoret", "--date", "2025-03-14", "--period",
      "2024/25", "--ordered-by", "De förtroendevalda revisorerna", "--scale", "uppfyllt",
    ],
    ["add", "section", "--id", "S1", "--title", "Styrning", "--text", "Det finns en IT-strategi."],
    [
      "add", "section", "--title", "Drift", "--text", "Driften är utlagd.", "--assessment",
      "Delvis tillfredsställande",
    ],
    ["add", "section", "--title", "Uppföljning"],
    [
      "add", "question", "--section", "S1", "--text", "Finns en antagen IT-strategi?", "--level",
      "Uppfyllt",
    ],
    [
      "add", "question", "--section", "S1", "--text", "Är ansvaret tydligt?", "--level",
      "Delvis uppfyllt", "--remark", "Roller saknas för driften",
    ],
    [
      "add", "question", "--section", "S2", "--text", "Följs avtalen upp?", "--level",
      "ej-uppfyllt",
    ],
    [
      "add", "question", "--section", "S2", "--text", "Finns en kontinuitetsplan?", "--level",
      "Ej uppfyllt",
    ],
    [
      "add", "question", "--section", "S3", "--text", "Rapporteras uppföljningen?", "--level",
      "uppfyllt",
    ],
    ["add", "question", "--section", "S3", "--id", "Q6", "--text", "Finns en plan för åtgärder?"],
    [
      "add", "recommendation", "--text", "Tydliggör ansvaret för driften", "--question", "Q2",
      "--owner", "Kommunchef", "--due", "2025-12-31",
    ],
    [
      "add", "recommendation", "--text", "Följ upp avtalen årligen", "--question", "Q3",
      "--question", "Q4", "--owner", "IT-chef",
    ],
    [
      "add", "recommendation", "--text", "Ta fram en kontinuitetsplan", "--question", "Q4", "--due",
      "2026-06-30",
    ],
    [
      "add", "recommendation", "--id", "R4", "--text", "Upprätta en åtgärdsplan", "--question",
      "Q6",
    ],
    [
      "add", "key-figure", "--name", "Verksamhetssystem", "--value", "42", "--unit", "st",
      "--period", "2024", "--source", "Systemförteckningen",
    ],
  ]

  /// The commands as lines of a batch file, quoted as a shell would.
  static var batch: String {
    commands.map { words in
      words.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " ")
    }.joined(separator: "\n") + "\n"
  }

  func enter(into database: String) throws {
    for command in Self.commands {
      let result = try granska.run(command + ["--db", database])
      #expect(result.status == 0, "\(command): \(result.error)")
    }
  }

  /// The export, but for `asOf` (the time of the newest change).
  func export(_ database: String) throws -> String {
    let result = try granska.run(["export", "--db", database])
    #expect(result.status == 0, "\(result.error)")
    return result.output.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("asOf: ") }.joined(separator: "\n")
  }

  @Test func commandsAndABatchEnterTheSameAudit() throws {
    try enter(into: "commands.sqlite")
    let file = try granska.write("enter.txt", Self.batch)
    let batch = try granska.run(["batch", file, "--db", "batch.sqlite"])
    #expect(batch.status == 0, "\(batch.error)")
    #expect(batch.output.contains("lade till avsnittet S2\n"), "\(batch.output)")
    #expect(batch.output.contains("lade till rekommendationen R3\n"), "\(batch.output)")

    let byCommands = try export("commands.sqlite")
    #expect(byCommands == (try export("batch.sqlite")))
    #expect(byCommands == (try String(contentsOfFile: Self.expected, encoding: .utf8)))
    // Only the new audit: a database made by `new` is not seeded.
    #expect(!byCommands.contains("Tranemo"))
    let summary = try granska("summary", "--db", "commands.sqlite").output
    #expect(summary.contains("Exempelby kommun · Revisionskontoret · 2024/25"), "\(summary)")
    #expect(summary.contains("Rekommendationer: 4"), "\(summary)")
  }

  @Test func eachAdditionIsOneRowOfHistoryInWords() throws {
    try enter(into: "audit.sqlite")
    let log = try granska("log", "--db", "audit.sqlite").output
    for line in [
      "Ny granskning: it-2025", "Nytt avsnitt S2: Drift",
      "Ny fråga Q6: Finns en plan för åtgärder?",
      "Ny rekommendation R2: Följ upp avtalen årligen",
      "Nytt nyckeltal K1: Verksamhetssystem",
      "Fråga Q2 i Revisionskontoret 2025: Anmärkning – → Roller saknas för driften",
    ] {
      #expect(log.contains(line), "\(line)\n\(log)")
    }
    let english = try granska("log", "--db", "audit.sqlite", "--lang", "en").output
    #expect(english.contains("New recommendation R4: Upprätta en åtgärdsplan"), "\(english)")
  }

  /// A section of the organisation added to a training snapshot loaded
  /// before: in the export, in the history; a second time refused.
  @Test func aTrainingSectionIsAddedToASnapshot() throws {
    try enter(into: "audit.sqlite")
    let db = ["--db", "audit.sqlite"]
    let csv = try granska.write("hr.csv", "section;employees;completed;started\nIT;40;30;5\n")
    let loaded = try granska.run(
      ["training", "load", csv, "--date", "2025-11-01", "--source", "HR"] + db)
    #expect(loaded.status == 0, "\(loaded.error)")
    let add = [
      "add", "training-section", "--date", "2025-11-01", "--section", "Ekonomi", "--employees",
      "20", "--completed", "12",
    ]
    let added = try granska.run(add + db)
    #expect(
      added.output == "lade till sektionen Ekonomi i mätningen 2025-11-01\n", "\(added.error)")
    let exported = try export("audit.sqlite")
    #expect(
      exported.contains(
        "    - section: Ekonomi\n      employees: 20\n      completed: 12\n      started: 0\n"),
      "\(exported)")
    let log = try granska("log", "--db", "audit.sqlite").output
    #expect(log.contains("Ny sektion i mätningen 2025-11-01: Ekonomi"), "\(log)")
    let twice = try granska.run(add + db)
    #expect(twice.status != 0 && twice.error.contains("Ekonomi"), "\(twice.error)")
    let impossible = try granska.run(
      [
        "add", "training-section", "--date", "2025-11-01", "--section", "HR", "--employees", "5",
        "--completed", "9",
      ] + db)
    #expect(impossible.status != 0, "\(impossible.output)")
    #expect(try export("audit.sqlite") == exported, "nothing refused was saved")
  }

  @Test func editsChangeTextPlaceAndLinks() throws {
    try enter(into: "audit.sqlite")
    let db = ["--db", "audit.sqlite"]
    for command in [
      ["edit", "section", "S3", "--title", "Uppföljning och rapportering"],
      ["edit", "question", "Q6", "--text", "Finns en åtgärdsplan?", "--section", "S2"],
      ["edit", "question", "Q3", "--level", "Uppfyllt", "--remark", "Rättad efter rapporten"],
      [
        "add", "recommendation", "--id", "R5", "--text", "Två gånger", "--question", "Q1",
        "--question", "Q1",
      ],
      [
        "edit", "recommendation", "R4", "--question", "Q5", "--question", "Q6", "--owner",
        "Kanslichef",
      ],
    ] {
      let result = try granska.run(command + db)
      #expect(result.status == 0, "\(command): \(result.error)")
    }
    let exported = try export("audit.sqlite")
    #expect(exported.contains("  - id: Q6\n    section: S2\n    text: Finns en åtgärdsplan?\n"))
    #expect(exported.contains("    - Q5\n    - Q6\n"), "\(exported)")
    #expect(exported.contains("    text: Två gånger\n    questions:\n    - Q1\n    status:"))
    #expect(
      exported.contains(
        "    - question: Q3\n      level: uppfyllt\n      remark: Rättad efter rapporten\n"),
      "\(exported)")
    // Following up still never changes the auditor's round.
    let followUp = try granska.run(
      ["set", "assessment", "Q3", "--round", "granskning", "--level", "ej-uppfyllt"] + db)
    #expect(followUp.error == "granska: revisorns omgång ”granskning” kan inte ändras\n")
    let log = try granska.run(["log"] + db).output
    #expect(log.contains("Avsnitt S3: Rubrik Uppföljning → Uppföljning och rapportering"), "\(log)")
    #expect(log.contains("Fråga Q6: Avsnitt S3 → S2"), "\(log)")
    #expect(log.contains("Rekommendation R4: Frågor Q6 → Q5, Q6"), "\(log)")
  }

  @Test func retiredPartsLeaveTheListsAndComeBackWithTheirHistory() throws {
    try enter(into: "audit.sqlite")
    let db = ["--db", "audit.sqlite"]
    try granska.run(["set", "recommendation", "R3", "--status", "pågår"] + db)
    let retired = try granska.run(
      ["retire", "recommendation", "R3", "--reason", "Ersatt av R2"] + db)
    #expect(retired.status == 0, "\(retired.error)")
    #expect(
      try granska.run(["retire", "question", "Q6", "--reason", "Ingår i Q5"] + db).status == 0)

    var log = try granska.run(["log"] + db).output
    #expect(log.contains("Rekommendation R3 utgår: Ersatt av R2"), "\(log)")
    #expect(log.contains("Fråga Q6 utgår: Ingår i Q5"), "\(log)")
    var summary = try granska.run(["summary"] + db).output
    #expect(summary.contains("Rekommendationer: 3"), "\(summary)")  // R3 retired
    let report = try granska.run(["report"] + db).output
    #expect(!report.contains("Ta fram en kontinuitetsplan"), "\(report)")
    // Still in the file, marked, with its status.
    let exported = try export("audit.sqlite")
    #expect(exported.contains("    status: in-progress\n"), "\(exported)")
    #expect(exported.contains("    retired: Ersatt av R2\n"), "\(exported)")
    // Its id stays taken.
    let again = try granska.run(["add", "question", "--section", "S3", "--text", "Ny"] + db)
    #expect(again.output == "lade till frågan Q7\n", "\(again.error)")
    let link = try granska.run(["add", "recommendation", "--text", "X", "--question", "Q6"] + db)
    #expect(link.status == 1)
    #expect(link.error == "granska: questions: frågan ”Q6” har utgått\n")

    #expect(try granska.run(["restore", "recommendation", "R3"] + db).status == 0)
    #expect(try granska.run(["restore", "question", "Q6"] + db).status == 0)
    summary = try granska.run(["summary"] + db).output
    #expect(summary.contains("Rekommendationer: 4"), "\(summary)")
    #expect(!(try export("audit.sqlite")).contains("retired:"))
    // Its history is its own still: added, and its status changed.
    log = try granska.run(["log"] + db).output
    #expect(log.contains("Ny rekommendation R3: Ta fram en kontinuitetsplan"), "\(log)")
    #expect(log.contains("Rekommendation R3: Status Ej påbörjad → Pågår"), "\(log)")
  }

  @Test func whatIsWrongIsNamedAndNothingIsSaved() throws {
    try enter(into: "audit.sqlite")
    let db = ["--db", "audit.sqlite"]
    let before = try export("audit.sqlite")
    let cases: [([String], String)] = [
      (
        ["add", "question", "--id", "Q2", "--section", "S1", "--text", "Igen"],
        "granska: id: id:t ”Q2” är redan använt (också utgångnas id är upptagna); välj ett annat\n"
      ),
      (
        ["add", "question", "--section", "S9", "--text", "Var?"],
        "granska: section: okänt avsnitt ”S9”\n"
      ),
      (
        ["add", "recommendation", "--text", "X", "--question", "Q1", "--question", "Q99"],
        "granska: questions: okänd fråga ”Q99”\n"
      ),
      (
        ["add", "recommendation", "--text", "X", "--question", "Q1", "--due", "2025-02-30"],
        "granska: dueDate: ”2025-02-30” är inget datum (ÅÅÅÅ-MM-DD, en riktig dag)\n"
      ),
      (
        ["add", "question", "--section", "S1", "--text", "X", "--level", "Kanske"],
        "granska: level: okänd nivå ”Kanske” (skalan har: uppfyllt, delvis-uppfyllt, ej-uppfyllt)\n"
      ),
      (
        ["add", "question", "--section", "S1", "--text", "X", "--level", "Kanske", "--lang", "en"],
        "granska: level: unknown level \"Kanske\" (the scale has: uppfyllt, delvis-uppfyllt, "
          + "ej-uppfyllt)\n"
      ),
      (
        ["add", "recommendation", "--text", "X"],
        "granska: questions: ange minst en fråga som rekommendationen besvarar\n"
      ),
      (
        ["retire", "recommendation", "R1", "--reason", " "],
        "granska: reason: ange varför (--reason)\n"
      ),
      (["edit", "section", "S7", "--title", "X"], "granska: avsnittet ”S7” finns inte\n"),
      (
        [
          "new", "--id", "it-2025", "--title", "T", "--organisation", "O", "--auditor", "A",
          "--date", "2025-01-01", "--scale", "ja-nej",
        ],
        "granska: granskningen ”it-2025”: id: id:t ”it-2025” är redan använt (också utgångnas "
          + "id är upptagna); välj ett annat\n"
      ),
      (
        [
          "new", "--id", "x", "--title", "T", "--organisation", "O", "--auditor", "A", "--date",
          "2025-02-30", "--scale", "ja-nej",
        ],
        "granska: --date 2025-02-30: inget datum (ÅÅÅÅ-MM-DD, en riktig dag)\n"
      ),
    ]
    for (command, message) in cases {
      let result = try granska.run(command + db)
      #expect(result.status == 1, "\(command)")
      #expect(result.error == message, "\(command)")
    }
    #expect(try export("audit.sqlite") == before)
  }

  @Test func aScaleOfItsOwnComesFromAFile() throws {
    let scale = try granska.write(
      "scale.yaml",
      """
      - id: hog
        label: Hög
        role: good
      - id: lag
        label: Låg
        role: bad

      """)
    let made = try granska(
      "new", "--id", "a", "--title", "T", "--organisation", "O", "--auditor", "A", "--date",
      "2025-01-01", "--scale", scale, "--db", "scale.sqlite")
    #expect(made.status == 0, "\(made.error)")
    #expect((try export("scale.sqlite")).contains("  - id: lag\n    label: Låg\n    role: bad\n"))

    let bad = try granska.write("bad.yaml", "- id: hog\n  label: Hög\n  role: great\n")
    let refused = try granska(
      "new", "--id", "b", "--title", "T", "--organisation", "O", "--auditor", "A", "--date",
      "2025-01-01", "--scale", bad, "--db", "scale.sqlite")
    #expect(refused.status == 1)
    #expect(refused.error.hasPrefix("granska: \(bad):3:9: [0].role: "), "\(refused.error)")
    let unknown = try granska(
      "new", "--id", "b", "--title", "T", "--organisation", "O", "--auditor", "A", "--date",
      "2025-01-01", "--scale", "fyrgradig", "--db", "scale.sqlite")
    #expect(
      unknown.error
        == "granska: --scale fyrgradig: ingen skala Granska har (ja-nej, uppfyllt, assurance) "
        + "och ingen fil\n")
  }

  @Test func noOneWhoMayNotEditCanEnterAnything() throws {
    try enter(into: "audit.sqlite")
    let db = ["--db", "audit.sqlite"]
    let before = try export("audit.sqlite")
    let readOnly = try granska.run(["add", "section", "--title", "X", "--read-only"] + db)
    #expect(readOnly.status == 1)
    #expect(readOnly.error.contains("skrivskydd"), "\(readOnly.error)")
    // Once an editor list names someone else, this account is a viewer.
    #expect(try granska.run(["access", "allow", "--account", "nobody-else"] + db).status == 0)
    for command in [
      ["add", "section", "--title", "X"], ["retire", "recommendation", "R1", "--reason", "X"],
      ["edit", "question", "Q1", "--text", "X"],
      [
        "new", "--id", "b", "--title", "T", "--organisation", "O", "--auditor", "A", "--date",
        "2025-01-01", "--scale", "ja-nej",
      ],
    ] {
      let result = try granska.run(command + db)
      #expect(result.status == 1, "\(command)")
      #expect(result.error.contains("får inte ändra"), "\(command): \(result.error)")
    }
    #expect(try export("audit.sqlite") == before)
  }

  @Test func periodAndRetiredPartsImportAndExportWithoutLoss() throws {
    let expected = try String(contentsOfFile: Self.expected, encoding: .utf8)
    let retired =
      expected
      .replacingOccurrences(
        of: "    assessment: ''\n  questions:",
        with: "    assessment: ''\n    retired: Slogs ihop\n  questions:"
      )
      .replacingOccurrences(
        of: "    text: Finns en plan för åtgärder?\n",
        with: "    text: Finns en plan för åtgärder?\n    retired: Ingår i Q5\n"
      )
      .replacingOccurrences(
        of: "    - Q6\n    status: not-started\n    evidence: []\n    notes: []\n",
        with:
          "    - Q6\n    status: not-started\n    evidence: []\n    notes: []\n    retired: Ersatt\n"
      )
    #expect(retired.components(separatedBy: "retired:").count == 4, "\(retired)")
    let file = try granska.write("retired.yaml", retired)
    let imported = try granska("import", file, "--db", "round-trip.sqlite")
    #expect(imported.status == 0, "\(imported.error)")
    #expect(try export("round-trip.sqlite") == retired)
    let summary = try granska("summary", "--db", "round-trip.sqlite").output
    #expect(summary.contains("Rekommendationer: 3"), "\(summary)")
  }

  @Test func prioritiesAreTheAuditsOwnWords() throws {
    let db = ["--db", "priorities.sqlite"]
    for command in [
      [
        "new", "--id", "ia", "--title", "Internrevision", "--organisation", "O", "--auditor",
        "IA", "--date", "2025-03-14", "--scale", "assurance", "--priorities", "Hög,Medel,Låg",
      ],
      ["add", "section", "--title", "Styrning"],
      ["add", "question", "--section", "S1", "--text", "Finns en policy?", "--level", "Limited"],
      [
        "add", "recommendation", "--text", "Anta en policy", "--question", "Q1", "--priority",
        "hög", "--due", "2025-06-30",
      ],
      ["add", "recommendation", "--text", "Utbilda", "--question", "Q1", "--priority", "Låg"],
      ["edit", "recommendation", "R2", "--priority", "medel", "--reference", "Rek. 2"],
    ] {
      let result = try granska.run(command + db)
      #expect(result.status == 0, "\(command): \(result.error)")
    }
    let exported = try export("priorities.sqlite")
    #expect(exported.contains("  priorities:\n  - Hög\n  - Medel\n  - Låg\n"), "\(exported)")
    #expect(exported.contains("    status: not-started\n    priority: Hög\n"), "\(exported)")
    #expect(exported.contains("    status: not-started\n    priority: Medel\n"), "\(exported)")
    #expect(exported.contains("    reference: Rek. 2\n"), "\(exported)")
    let refused = try granska.run(
      ["add", "recommendation", "--text", "X", "--question", "Q1", "--priority", "Akut"] + db)
    #expect(
      refused.error
        == "granska: priority: okänd prioritering ”Akut” (granskningen har: Hög, Medel, Låg)\n")
    #expect(try export("priorities.sqlite") == exported)

    let summary = try granska.run(["summary"] + db).output
    #expect(summary.contains("  Försenade per prioritet: Hög 1 · Medel 0 · Låg 0\n"), "\(summary)")
    let report = try granska.run(["report"] + db).output
    #expect(report.contains("1 med prioriteten Hög är försenad**"), "\(report)")
    #expect(report.contains("- **Prioritet:** **Medel**"), "\(report)")
    #expect(report.contains("- **Rapportreferens:** Rek. 2"), "\(report)")
    let log = try granska.run(["log"] + db).output
    #expect(log.contains("Rekommendation R2: Prioritet Låg → Medel"), "\(log)")
    // Where an audit gives no priorities, there are none to give.
    let none = try granska.run(["set", "recommendation", "R1", "--priority", "Hög"])
    #expect(none.error.contains("granskningen anger inga prioriteringar (”Hög”)"), "\(none.error)")
  }

  @Test func managementRespondsToARecommendation() throws {
    try enter(into: "audit.sqlite")
    let db = ["--db", "audit.sqlite"]
    let added = try granska.run(
      [
        "add", "recommendation", "--text", "Inför loggning", "--question", "Q4", "--response",
        "Instämmer delvis", "--response-text", "Loggning införs för de kritiska systemen",
        "--response-date", "2025-04-01", "--response-officer", "IT-chef",
      ] + db)
    #expect(added.status == 0, "\(added.error)")
    #expect(
      try granska.run(["edit", "recommendation", "R1", "--response", "agreed"] + db).status == 0)
    #expect(
      try granska.run(["set", "recommendation", "R1", "--response-officer", "Kommunchef"] + db)
        .status == 0)
    let exported = try export("audit.sqlite")
    #expect(
      exported.contains(
        "    response:\n      agreement: partly-agreed\n      text: Loggning införs för de "
          + "kritiska systemen\n      date: '2025-04-01'\n      officer: IT-chef\n"),
      "\(exported)")
    #expect(
      exported.contains("    response:\n      agreement: agreed\n      officer: Kommunchef\n"),
      "\(exported)")
    let report = try granska.run(["report"] + db).output
    #expect(
      report.contains(
        "- **Ledningens svar:** **Instämmer delvis** (2025-04-01, IT-chef): Loggning införs för "
          + "de kritiska systemen"), "\(report)")
    let english = try granska.run(["report", "--lang", "en"] + db).output
    #expect(english.contains("- **Management response:** **Agreed** (Kommunchef)"), "\(english)")
    let log = try granska.run(["log"] + db).output
    #expect(log.contains("Rekommendation R1: Ställningstagande – → Instämmer"), "\(log)")

    for (command, message) in [
      (
        ["edit", "recommendation", "R2", "--response-text", "Ja"],
        "granska: response: ange först om ledningen instämmer (--response agreed, partly-agreed "
          + "eller not-agreed)\n"
      ),
      (
        ["edit", "recommendation", "R1", "--response", "kanske"],
        "granska: agreement: okänt ställningstagande ”kanske” (instämmer, instämmer delvis, "
          + "instämmer inte)\n"
      ),
      (
        ["edit", "recommendation", "R1", "--response-date", "2025-13-01"],
        "granska: responded: ”2025-13-01” är inget datum (ÅÅÅÅ-MM-DD, en riktig dag)\n"
      ),
    ] {
      let result = try granska.run(command + db)
      #expect(result.error == message, "\(command)")
    }
    #expect(try export("audit.sqlite") == exported)
  }

  @Test func theBuiltInAuditExportsAsItDidWithNoNewKey() throws {
    let exported = try granska("export", "--db", "built-in.sqlite").output
    // (A key figure's period is another key, deeper.)
    for key in ["\n  period:", "retired:", "priorities:", "priority:", "response:"] {
      #expect(!exported.contains(key), "\(key)")
    }
    let document = try InterchangeDocument.decode(
      Data(exported.utf8), format: .yaml, fileName: "export.yaml")
    #expect(document.audits == (try BuiltInAudit.document().audits))
  }
}
