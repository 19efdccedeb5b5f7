import Foundation
import GranskaDomain
import GranskaFormat
import GranskaText
import Testing

@Suite struct InterchangeTests {
  @Test(arguments: InterchangeFormat.allCases)
  func encodingThenDecodingLosesNothing(_ format: InterchangeFormat) throws {
    var document = try BuiltInAudit.document()
    // Fill the optional fields the built-in audit leaves empty.
    document.audits[0].boardReply = BoardReply(
      decisionDate: Day("2025-01-20")!, paragraph: "§ 12", diaryNumber: "KS 2024/321")
    document.audits[0].recommendations[0].owner = "Kommunchef"
    document.audits[0].recommendations[0].dueDate = Day("2025-06-30")
    document.audits[0].recommendations[0].earlierDueDates = [Day("2025-03-31")!]
    document.audits[0].recommendations[0].plannedAction = "Handlingsplan tas fram"
    document.audits[0].recommendations[0].evidence = ["Dnr KS 2025/17"]
    document.audits[0].recommendations[0].notes = [
      Note(
        date: Day("2025-02-01")!, author: "samordnare",
        text: "Påbörjat: \"citat\", 'apostrof', kolon: ja")
    ]
    document.audits[0].keyFigures[0].value = 12.5
    let text = try document.encoded(as: format)
    let decoded = try InterchangeDocument.decode(Data(text.utf8), format: format, fileName: "x")
    #expect(decoded == document)
    #expect(try decoded.encoded(as: format) == text, "the same data gives the same bytes")
  }

  /// Every field the model has is written and read back: a field the
  /// format's known keys lacked would be refused on import.
  @Test(arguments: InterchangeFormat.allCases)
  func everyFieldRoundTrips(_ format: InterchangeFormat) throws {
    let document = InterchangeDocument(
      audits: [.everyField], asOf: Date(timeIntervalSince1970: 1_700_000_000))
    let text = try document.encoded(as: format)
    let decoded = try InterchangeDocument.decode(Data(text.utf8), format: format, fileName: "x")
    #expect(decoded == document)
  }

  /// A retired key figure and a retired section of a training snapshot
  /// round-trip, each with a `retired` key after its others; where nothing
  /// is retired no such key is written.
  @Test(arguments: InterchangeFormat.allCases)
  func retiredFiguresAndTrainingSectionsRoundTrip(_ format: InterchangeFormat) throws {
    var document = try BuiltInAudit.document()
    #expect(!(try document.encoded(as: format)).contains("retired"))
    document.audits[0].keyFigures[1].retired = "Mäts inte längre"
    document.audits[0].training[0].sections[2].retired = "Sammanslagen med Omsorg"
    let text = try document.encoded(as: format)
    let decoded = try InterchangeDocument.decode(Data(text.utf8), format: format, fileName: "x")
    #expect(decoded == document)
    #expect(decoded.audits[0].keyFigures.compactMap(\.retired) == ["Mäts inte längre"])
    #expect(try decoded.encoded(as: format) == text)
    if format == .yaml {
      let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      let retired = lines.firstIndex(of: "retired: Sammanslagen med Omsorg")
      #expect(retired.map { lines[$0 - 1] } == "started: 10", "\(text)")
      #expect(lines.contains("retired: Mäts inte längre"))
    }
  }

  private func error(
    _ text: String, _ format: InterchangeFormat = .yaml, in language: Language = .en
  ) -> String {
    do {
      _ = try InterchangeDocument.decode(Data(text.utf8), format: format, fileName: "in.\(format)")
      return "no error"
    } catch {
      return error.message(in: language)
    }
  }

  private func builtInWith(_ replace: String, _ with: String) throws -> String {
    let yaml = BuiltInAudit.yaml
    #expect(yaml.contains(replace))
    return yaml.replacingOccurrences(of: replace, with: with)
  }

  @Test func malformedYAMLNamesLineAndColumn() {
    #expect(
      error("format: granska/1\naudits:\n  - id: x\n    title: [1\n")
        == "in.yaml:5:1: not valid YAML: did not find expected ',' or ']'")
  }

  @Test func missingKeyAndWrongTypeNameTheField() throws {
    #expect(
      error(try builtInWith("    organisation: \"Tranemo kommun\"\n", ""))
        == "in.yaml:3:5: audits[0]: missing required key \"organisation\"")
    #expect(
      error(try builtInWith("year: 2024", "year: tjugo"))
        == "in.yaml:8:11: audits[0].year: expected a whole number")
  }

  @Test func messagesAreSwedishByDefaultKeepingThePlace() throws {
    #expect(
      error(try builtInWith("    organisation: \"Tranemo kommun\"\n", ""), in: .sv)
        == "in.yaml:3:5: audits[0]: nyckeln ”organisation” saknas")
    #expect(
      error(try builtInWith("year: 2024", "year: tjugo"), in: .sv)
        == "in.yaml:8:11: audits[0].year: här ska det stå ett heltal")
    #expect(
      error(try builtInWith("level: i-allt-vasentligt", "level: kanske"), in: .sv).contains(
        "audits[0].rounds[0].assessments[1].level: okänd nivå ”kanske” (skalan har: ja, "))
    #expect(
      error(try builtInWith("date: \"2023-11-16\"", "date: \"2023-02-30\""), in: .sv).contains(
        "audits[0].training[0].date: ”2023-02-30” är inget datum"))
  }

  @Test func ruleBreaksNameTheLineAndPath() throws {
    let unknownLevel = error(try builtInWith("level: i-allt-vasentligt", "level: kanske"))
    #expect(unknownLevel.hasPrefix("in.yaml:"))
    #expect(
      unknownLevel.contains(": audits[0].rounds[0].assessments[1].level: unknown level \"kanske\""))
    let duplicate = error(try builtInWith("- id: R2", "- id: R1"))
    #expect(
      duplicate.contains("audits[0].recommendations[1].id: duplicate recommendation id \"R1\""))
    let tooMany = error(try builtInWith("started: 20", "started: 400"))
    #expect(
      tooMany.contains(
        "audits[0].training[0].sections[0].completed: completed (110) + started (400) exceeds employees (420)"
      ))
    let badDate = error(try builtInWith("date: \"2023-11-16\"", "date: \"2023-02-30\""))
    #expect(badDate.contains("audits[0].training[0].date: \"2023-02-30\" is not a date"))
    let badLink = error(try builtInWith("questions: [Q10, Q12]", "questions: [Q10, Q99]"))
    #expect(badLink.contains("audits[0].recommendations[3].questions[1]: unknown question \"Q99\""))
  }

  @Test func unknownKeysAreRefusedNotDropped() throws {
    let typo = error(
      try builtInWith(
        "        status: not-started\n",
        "        status: not-started\n        dueDte: \"2025-01-01\"\n"))
    #expect(typo.contains("audits[0].recommendations[0].dueDte: unknown key \"dueDte\""))
  }

  @Test func duplicateKeysAndBadEncodingAreRefused() {
    #expect(
      error("format: granska/1\nformat: granska/1\naudits: []\n").contains(
        "duplicate key \"format\""))
    var bytes = Data("format: granska/1\naudits: []\n# ".utf8)
    bytes.append(contentsOf: [0xFF, 0xFE])
    #expect(throws: FormatError.self) {
      try InterchangeDocument.decode(bytes, format: .yaml, fileName: "in.yaml")
    }
    do {
      _ = try InterchangeDocument.decode(bytes, format: .yaml, fileName: "in.yaml")
    } catch {
      #expect(
        error.message(in: .en)
          == "in.yaml:3: invalid UTF-8 at byte 32: the file must be UTF-8 text")
    }
  }

  @Test func truncatedJSONNamesThePlace() throws {
    let json = try BuiltInAudit.document().encoded(as: .json)
    let cut = error(String(json.prefix(400)), .json)
    #expect(cut.hasPrefix("in.json:"))
    #expect(cut.contains("not valid JSON"))
    #expect(error("", .json) == "in.json: the file is empty")
    #expect(
      error("{\"format\": \"granska/2\", \"audits\": []}", .json).contains(
        "unsupported format \"granska/2\""))
  }
}
