import Foundation
import GranskaDomain
import Testing

@testable import GranskaStore

/// Each table's one description (`Tables`) against what the migrations
/// made, on both backends: a column added by a migration but not
/// described, or described but never added, fails here; and every field
/// of an audit is stored and read back.
@Suite struct TableTests {
  /// Every table's columns as its description names them, by table.
  static let columnsByTable: [String: [String]] = {
    func named(_ table: Table<some Any>) -> (String, [String]) {
      (table.name, table.placing + table.kept + table.columnNames)
    }
    return Dictionary(
      uniqueKeysWithValues: [
        named(Tables.audit), named(Tables.level), named(Tables.document), named(Tables.section),
        named(Tables.question), named(Tables.round), named(Tables.assessment),
        named(Tables.recommendation), named(Tables.recommendationQuestion),
        named(Tables.evidence), named(Tables.note), named(Tables.trainingSnapshot),
        named(Tables.trainingCount), named(Tables.keyFigure),
      ])
  }()

  @Test(arguments: Backend.allCases)
  func eachDescriptionNamesTheColumnsItsTableHas(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    _ = try database.open()
    for (table, described) in Self.columnsByTable.sorted(by: { $0.key < $1.key }) {
      let query =
        backend == .sqlite
        ? "SELECT name FROM pragma_table_info('\(table)') ORDER BY name"
        : """
        SELECT column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = '\(table.lowercased())' ORDER BY column_name
        """
      let stored = try database.rows(query).map { $0.lowercased() }
      #expect(stored == described.map { $0.lowercased() }.sorted(), "table \(table)")
    }
  }

  /// A field is stored in the column of its name, which history rows name
  /// (and PostgreSQL's history check compares): an edited field with no
  /// column of its own would be recorded and never kept. Lists of their
  /// own (questions, evidence) and places (`position`) are the exceptions.
  @Test func eachEditableFieldHasItsColumn() {
    func missing<Field: RawRepresentable<String>>(
      _ fields: [Field], in table: Table<some Any>, besides: Set<String> = ["position"]
    ) -> [String] {
      fields.map(\.rawValue).filter { !besides.contains($0) && !table.columnNames.contains($0) }
    }
    #expect(
      missing(
        RecommendationField.allCases, in: Tables.recommendation,
        besides: ["questions", "evidence", "position"]) == [])
    #expect(missing(AssessmentField.allCases, in: Tables.assessment) == [])
    #expect(missing(RoundField.allCases, in: Tables.round) == [])
    #expect(missing(SnapshotField.allCases, in: Tables.trainingSnapshot) == [])
    #expect(missing(TrainingField.allCases, in: Tables.trainingCount) == [])
    #expect(missing(SectionField.allCases, in: Tables.section) == [])
    #expect(missing(QuestionField.allCases, in: Tables.question) == [])
    #expect(missing(KeyFigureField.allCases, in: Tables.keyFigure) == [])
  }

  /// And the other way: a part's column is a field the forms and script
  /// commands can edit, unless it names the part or is set another way
  /// (a round's kind, a snapshot's target period, given when it is made).
  @Test func eachColumnIsAnEditableField() {
    func unedited<Field: RawRepresentable<String>>(
      _ table: Table<some Any>, _ fields: [Field], besides: Set<String>
    ) -> [String] {
      let names = Set(fields.map(\.rawValue))
      return table.columnNames.filter { !names.contains($0) && !besides.contains($0) }
    }
    #expect(unedited(Tables.recommendation, RecommendationField.allCases, besides: ["id"]) == [])
    #expect(unedited(Tables.assessment, AssessmentField.allCases, besides: ["questionId"]) == [])
    #expect(unedited(Tables.round, RoundField.allCases, besides: ["id", "kind", "opinions"]) == [])
    #expect(
      unedited(
        Tables.trainingSnapshot, SnapshotField.allCases,
        besides: ["date", "targetPeriod", "illustrative"]) == [])
    #expect(unedited(Tables.trainingCount, TrainingField.allCases, besides: ["section"]) == [])
    #expect(unedited(Tables.section, SectionField.allCases, besides: ["id"]) == [])
    #expect(unedited(Tables.question, QuestionField.allCases, besides: ["id"]) == [])
    #expect(unedited(Tables.keyFigure, KeyFigureField.allCases, besides: ["id"]) == [])
  }

  @Test(arguments: Backend.allCases)
  func everyFieldIsStoredAndReadBack(_ backend: Backend) throws {
    let database = try TestDatabase(backend)
    let store = try database.open()
    _ = try store.importAudits([.everyField], source: "every-field.yaml")
    let id = Audit.everyField.id
    #expect(try store.audit(id) == .everyField)
    // A saved edit rewrites its part's row from the edited audit: every
    // other field of the part stays as it was. (The auditor's round is
    // read-only: a follow-up round stands in for it.)
    let day = Day(year: 2025, month: 1, day: 1)!
    var followUp = Audit.everyField.rounds[0]
    (followUp.id, followUp.kind) = ("f", .followUp)
    _ = try store.apply([.addRound(followUp)], to: id)
    let edited: [FieldRef] = [
      .section("s", .title), .question("q", .text), .round("f", .title),
      .recommendation("r", .text), .assessment(round: "f", question: "q", .remark),
      .snapshot(day, .source), .training(date: day, section: "s", .retired),
      .keyFigure("k", .name),
    ]
    for field in edited {
      let old = try store.audit(id).value(of: field)
      let saved = try store.apply([.set(FieldChange(field, from: old, to: "x"))], to: id)
      #expect(try database.open("bertil").audit(id) == saved, "after \(field)")
    }
  }
}
