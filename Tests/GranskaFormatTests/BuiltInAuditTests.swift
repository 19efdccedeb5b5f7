import GranskaDomain
import GranskaFormat
import Testing

/// The built-in audit checked against the report (seed/000_796b87ff5f8e6f57.txt):
/// the summary table, the recommendations, the training and support figures.
@Suite struct BuiltInAuditTests {
  let audit: Audit

  init() throws {
    let document = try BuiltInAudit.document()
    #expect(document.audits.count == 1)
    audit = try #require(document.audits.first)
  }

  /// Section 1's table: question, report section, level — in the table's order.
  static let table: [(String, String, String)] = [
    (
      "Finns aktuella styrande dokument som tydliggör ansvar, vilka krav som ställs och hur arbetet ska bedrivas?",
      "3.1", "Ja"
    ),
    (
      "Finns en ändamålsenlig organisation för informationssäkerhetsarbetet?", "3.2",
      "I allt väsentligt"
    ),
    (
      "Finns en tydliggjord ansvarsfördelning mellan kommunens funktioner och de funktioner som tillhandahålls genom avtalssamverkan med Ulricehamns kommun inom it?",
      "3.2", "Ja"
    ),
    (
      "Finns etablerade samverkansforum och en struktur för dialog utifrån det avtal som tecknats?",
      "3.2", "Ja"
    ),
    (
      "Har avtalssamverkan med Ulricehamns kommun följts upp avseende kommunens behov av support och stöd inom it till kommunens medarbetare och förtroendevalda?",
      "3.3", "Ja"
    ),
    (
      "Har åtgärder vidtagits för att minska svarstiden avseende IT-stödet från Ulricehamns kommun?",
      "3.3", "Ja"
    ),
    ("Finns beslutade informationssäkerhetsmål?", "3.1", "Ja"),
    ("Finns tillhörande handlingsplaner för informationssäkerhetsmål?", "3.1", "Nej"),
    ("Finns det en tillräcklig säkerhetskultur hos kommunens medarbetare?", "3.4", "Delvis"),
    ("Har säkerhetsåtgärder vidtagits som ett resultat av riskbedömningar?", "3.5", "Delvis"),
    (
      "Sker en uppföljning att avtalade leverantörer avseende extern drift av it-system vidtar de säkerhetsåtgärder som det har bedömts finnas behov av?",
      "3.5", "Nej"
    ),
    (
      "Finns en tillräcklig förmåga att upptäcka och hantera kritiska it-säkerhetshändelser?",
      "3.6", "Delvis"
    ),
    (
      "Finns en tydliggjord struktur för ansvar vid kritiska händelser och hur information ska eskaleras mellan Ulricehamns kommuns it-funktion och kommunen?",
      "3.6", "Ja"
    ),
    ("Genomförs uppföljning av kommunens informations- och IT-säkerhetsarbete?", "3.7", "Ja"),
    (
      "Är sektionernas efterlevnad av interna styrdokument och lagkrav inom informationssäkerhet inkluderad?",
      "3.7", "Nej"
    ),
  ]

  /// `granska new --scale ja-nej` (and the dashboard's form) starts from
  /// the built-in audit's scale, written out so that it is not parsed at start.
  @Test func theJaNejPresetIsTheBuiltInAuditsScale() {
    #expect(ScalePreset.jaNej.levels == audit.scale)
  }

  @Test func theAuditIsDescribed() {
    #expect(audit.organisation == "Tranemo kommun")
    #expect(audit.auditor == "KPMG")
    #expect(audit.year == 2024)
    #expect(audit.commissionedBy == "Tranemo kommuns förtroendevalda revisorer")
    #expect(
      audit.purpose
        == "Granskningen har syftat till att bedöma om kommunstyrelsen tillsett att ett systematiskt informations- och IT-säkerhetsarbete bedrivs."
    )
    #expect(audit.overallLevel == "delvis")
    #expect(
      audit.overallAssessment.hasPrefix(
        "Vår samlade bedömning utifrån granskningens syfte är att kommunstyrelsen vid tid för granskningen delvis tillsett"
      ))
    #expect(audit.scale.map(\.label) == ["Ja", "I allt väsentligt", "Delvis", "Nej", "Ej bedömd"])
    #expect(audit.validate() == [])
  }

  @Test func fifteenQuestionsWithTheTablesLevels() throws {
    let round = try #require(audit.auditRound)
    #expect(round.kind == .audit)
    #expect(audit.rounds.count == 1)
    #expect(audit.questions.count == 15)
    for (question, (text, section, level)) in zip(audit.questions, Self.table) {
      #expect(question.text == text)
      #expect(question.section == section, "\(question.id)")
      #expect(audit.level(of: question.id, in: round)?.label == level, "\(question.id)")
    }
    let counts = Dictionary(
      uniqueKeysWithValues: audit.levelCounts(in: round).map { ($0.level.label, $0.count) })
    #expect(counts == ["Ja": 8, "I allt väsentligt": 1, "Delvis": 3, "Nej": 3, "Ej bedömd": 0])
  }

  @Test func theFollowUpQuestionCarriesTheTablesRemark() throws {
    let round = try #require(audit.auditRound)
    #expect(
      round.assessment(of: "Q14")?.remark
        == "Dock kan rapportering för kommunstyrelsen ej verifieras. Vidare saknas datum för upprättande av uppföljningsdokumentet."
    )
    #expect(round.assessments.filter { $0.remark != nil }.count == 1)
  }

  @Test func sectionsThreePointOneToSevenWithTheirText() {
    #expect(audit.sections.map(\.id) == ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7"])
    #expect(
      audit.sections.map(\.title) == [
        "Styrande dokument och mål", "Organisation", "IT-Support och stöd", "Säkerhetskultur",
        "Riskanalys och informationsklassning", "Hantering av kritiska IT-säkerhetshändelser",
        "Uppföljning",
      ])
    for section in audit.sections {
      #expect(section.observations.count > 500, "\(section.id) observations")
      #expect(section.assessment.hasPrefix("Vi bedömer"), "\(section.id) assessment")
    }
    #expect(
      audit.sections[3].observations.contains(
        "29 procent av kommunens anställda avklarat utbildningen"))
    #expect(
      audit.sections[6].assessment.contains(
        "Uppföljningen inkluderar emellertid inte respektive sektions efterlevnad"))
  }

  @Test func eightRecommendationsLinkedToTheirQuestions() {
    #expect(audit.recommendations.map(\.id) == ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"])
    #expect(
      audit.recommendations.map(\.questions) == [
        ["Q8"], ["Q9"], ["Q9"], ["Q10", "Q12"], ["Q15"], ["Q14"], ["Q14"], ["Q11"],
      ])
    #expect(
      audit.recommendations[0].text
        == "Upprätta handlingsplaner för beslutade informationssäkerhetsmål")
    #expect(
      audit.recommendations[6].text
        == "Säkerställa att handlingar som skapas inom kommunstyrelsen förses med datum för upprättande."
    )
    #expect(audit.recommendations.allSatisfy { $0.status == .notStarted && $0.owner == nil })
  }

  @Test func trainingMatchesTheReportsTotals() throws {
    let snapshot = try #require(audit.training.first)
    #expect(audit.training.count == 1)
    #expect(snapshot.date == Day("2023-11-16"))
    #expect(snapshot.targetPercent == 75)
    #expect(snapshot.illustrative, "the report gives totals only: the split must be marked")
    let total = snapshot.total
    #expect(percent(total.completed, of: total.employees) == 29)
    #expect(percent(total.notStarted, of: total.employees) == 66)
    #expect(total.completed * 100 == 29 * total.employees, "exactly 29 %, not rounded to it")
    #expect(total.notStarted * 100 == 66 * total.employees)
  }

  @Test func itSupportFigures() {
    let figures = Dictionary(uniqueKeysWithValues: audit.keyFigures.map { ($0.id, $0.value) })
    #expect(figures["it-support-calls"] == 3849)
    #expect(figures["it-support-answered-10s"] == 53)
    #expect(figures["it-support-answered-10s-count"] == 2049)
    #expect(figures["it-support-wait-60s"] == 84)
    #expect(figures["it-support-satisfied"] == 96)
    #expect(figures["it-support-respondents"] == 337)
    #expect(figures["it-support-satisfied-count"] == 322)
  }

  @Test func goalsCriteriaAndDatedDocuments() {
    #expect(audit.strategicGoals.count == 3)
    #expect(
      audit.strategicGoals[1]
        == "Att verksamheterna genomför informationsklassningar enligt kommunens gemensamma klassningsmodell"
    )
    #expect(audit.criteria.count == 4)
    #expect(audit.criteria[0] == "Kommunallagen 6 kap. 6 §")
    let dated = audit.documents.compactMap { d in d.date.map { (d.title, $0.description) } }
    let byTitle = Dictionary(dated, uniquingKeysWith: { a, _ in a })
    #expect(byTitle["Policy för informationssäkerhet och dataskydd"] == "2021-02-08")
    #expect(byTitle["Riktlinjer för informationssäkerhet och dataskydd"] == "2020-12-21")
    #expect(byTitle["Riktlinjer för ramuppdrag IT"] == "2024-01-11")
    #expect(byTitle["Samverkansorganisation IT och digitalisering"] == "2023-12-08")
    #expect(byTitle["Samverkansavtal IT"] == "2023-12-08")
    #expect(
      audit.documents.first { $0.title == "Ledningens genomgång" }?.date == nil,
      "the report says it is undated")
    #expect(audit.documents.contains { $0.reference == "§144" || $0.title.contains("§144") })
  }
}
