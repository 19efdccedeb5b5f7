import Foundation
import GranskaDomain
import GranskaText

/// "Uppföljning av revisionens rekommendationer, upprättad YYYY-MM-DD": the
/// dated report the coordinator attaches to the board's minutes. The audit
/// itself asks that documents carry the date they were drawn up.
public struct FollowUpReport {
  public let audit: Audit
  public let drawnUp: Day
  public let language: Language

  /// The name a report's files get, without `.html` or `.md`, in its
  /// language: "uppfoljning-AUDIT-DATE", "follow-up-AUDIT-DATE".
  public static func fileStem(auditID: String, drawnUp: Day, language: Language) -> String {
    "\(language.strings.report(.fileName))-\(auditID)-\(drawnUp)"
  }
  /// With `since`: the history of changes from that day on, newest first.
  public let since: Day?
  public let changes: [HistoryEntry]
  public let timeZone: TimeZone
  /// How the history's accounts are named to people ("anna": "Anna
  /// Andersson"); an account not here is shown as it is.
  public let names: [String: String]

  public init(
    audit: Audit, drawnUp: Day, language: Language, since: Day? = nil,
    changes: [HistoryEntry] = [], timeZone: TimeZone = .current, names: [String: String] = [:]
  ) {
    self.names = names
    self.audit = audit
    self.drawnUp = drawnUp
    self.language = language
    self.since = since
    self.changes = changes
    self.timeZone = timeZone
  }

  var strings: Strings { language.strings }
  public var title: String { "\(strings[.reportTitle]), \(strings[.drawnUp]) \(drawnUp)" }

  public func markdown() -> String { MarkdownRenderer.render(blocks()) }
  public func html() -> String { HTMLRenderer.render(blocks(), title: title, language: language) }

  public func blocks() -> [Block] {
    var blocks: [Block] = [
      .heading(level: 1, text: strings[.reportTitle]),
      .paragraph([.strong("\(strings[.drawnUp].capitalizedFirst) \(drawnUp)")]),
      .fields(header),
      .heading(level: 2, text: strings[.recommendations]),
    ]
    blocks += overdueByPriority()
    blocks += recommendationCharts()
    for recommendation in audit.recommendations { blocks += self.recommendation(recommendation) }
    blocks += levelSummary()
    blocks += opinions()
    blocks += changedAssessments()
    blocks += training()
    if let since { blocks += changesSince(since) }
    return blocks
  }

  private var header: [Field] {
    let overall = audit.scale.first { $0.id == audit.overallLevel }
    return [
      Field(strings[.auditLabel], audit.title),
      Field(strings[.organisation], audit.organisation),
      Field(strings[.auditor], audit.auditor),
      Field(strings[.year], audit.yearOrPeriod),
      Field(strings[.commissionedBy], audit.commissionedBy),
      Field(
        strings[.overallAssessment],
        [
          overall.map { .level($0.label, $0.role) }
            ?? .text(audit.overallLevel.isEmpty ? strings[.none] : audit.overallLevel)
        ]),
    ]
  }

  /// "3 med prioriteten Hög är försenade", for each priority that has any.
  private func overdueByPriority() -> [Block] {
    let lines = AuditSummary(audit: audit, today: drawnUp).overdueByPriority.filter { $0.count > 0 }
      .map { count -> [Inline] in
        [
          .warning(
            strings.report(
              count.count == 1
                ? .oneOverdueWithPriority(priority: count.priority)
                : .overdueWithPriority(n: String(count.count), priority: count.priority)))
        ]
      }
    return lines.isEmpty ? [] : [.bullets(lines)]
  }

  private func recommendation(_ item: Recommendation) -> [Block] {
    let none = strings[.none]
    var due: [Inline] = [.text(strings.dueDate(of: item) ?? none)]
    if item.isOverdue(on: drawnUp, in: audit) {
      due += [.text(" "), .warning(strings[.overdueMarker])]
    }
    var fields = [
      Field(strings[.status], [.strong(strings.status(item.status, in: audit))]),
      Field(strings[.owner], item.owner ?? none),
      Field(strings[.dueDate], due),
      Field(strings[.plannedAction], .lines(item.plannedAction ?? none)),
    ]
    if let priority = item.priority {
      fields.insert(Field(strings[.priority], [.strong(priority)]), at: 1)
    }
    if let reference = item.reference {
      fields.insert(Field(strings[.reportReference], reference), at: 0)
    }
    if let response = item.response { fields.append(strings.responseField(response)) }
    if let note = item.notes.last {
      let who = note.author.map { " \($0)" } ?? ""
      fields.append(
        Field(strings[.latestNote], [.text("\(note.date)\(who): ")] + .lines(note.text)))
    }
    if !item.evidence.isEmpty {
      fields.append(Field(strings[.evidence], [.text(item.evidence.joined(separator: "; "))]))
    }
    return [
      .heading(level: 3, text: "\(item.id) \(item.text)"),
      .fields(fields),
      .table(
        header: [strings[.question], strings[.originalLevel], strings[.latestLevel]],
        rows: item.questions.compactMap(questionRow)),
    ]
  }

  /// A linked question with its original and latest level.
  private func questionRow(_ id: String) -> [[Inline]]? {
    guard let question = audit.questions.first(where: { $0.id == id }) else { return nil }
    let original = audit.auditRound.flatMap { audit.level(of: id, in: $0) }
    let latest = audit.latestRound.flatMap { audit.level(of: id, in: $0) }
    return [
      [.text("\(id) \(question.text)")],
      [level(original)],
      [level(latest)] + (latestIsFollowUp ? [.text(" (\(audit.latestRound!.title))")] : []),
    ]
  }

  private var latestIsFollowUp: Bool { audit.latestRound?.kind == .followUp }

  private func level(_ level: Level?) -> Inline {
    level.map { .level($0.label, $0.role) } ?? .text(strings[.none])
  }

  /// Levels of the audit round beside those of the latest follow-up.
  private func levelSummary() -> [Block] {
    var rounds = Array(audit.rounds.prefix(1))
    if audit.rounds.count > 1, let last = audit.rounds.last { rounds.append(last) }
    let summary = AuditSummary(audit: audit, today: drawnUp)
    let counts = rounds.compactMap { round in summary.rounds.first { $0.round.id == round.id } }
    let header =
      [strings[.level]] + rounds.map(\.heading)
    let rows = strings.levelRows(of: audit).enumerated().map { index, level -> [[Inline]] in
      [[.level(level.label, level.role)]] + counts.map { [.text(String($0.rows[index]))] }
    }
    return [
      .heading(level: 2, text: strings[.assessments]), .table(header: header, rows: rows),
      levelsChart(summary),
    ]
  }

  /// Each section's opinion in every round that gives one, as a table
  /// (sections without one left out); nothing where the audit gives none.
  private func opinions() -> [Block] {
    let rounds = audit.rounds.filter { !($0.opinions ?? []).isEmpty }
    guard !rounds.isEmpty else { return [] }
    let rows = audit.sections.filter { section in
      rounds.contains { $0.opinion(of: section.id) != nil }
    }.map { section -> [[Inline]] in
      [[.text("\(section.id) \(section.title)")]]
        + rounds.map { round -> [Inline] in
          guard let level = audit.opinion(of: section.id, in: round) else { return [.text("–")] }
          return [.level(level.label, level.role)]
        }
    }
    return [
      .heading(level: 2, text: strings.report(.opinionsHeading)),
      .table(header: [strings[.section]] + rounds.map(\.heading), rows: rows),
    ]
  }

  /// Every round's levels as a bar, the audit's round first.
  private func levelsChart(_ summary: AuditSummary) -> Block {
    let keys = strings.levelRows(of: audit).map { BarChart.Key($0.label, role: $0.role) }
    let bars = summary.rounds.map { BarChart.Bar($0.round.heading, counts: $0.rows) }
    return .chart(
      BarChart(id: "levels", title: strings.report(.levelsChart), keys: keys, bars: bars))
  }

  /// The recommendations by status, and by priority where the audit has
  /// priorities (those without one last): a picture each, each key with
  /// a pattern of its own. The audit's own statuses follow the four, an
  /// open one in the colour of work partly done, a closed one grey.
  private func recommendationCharts() -> [Block] {
    let own = (audit.statuses ?? []).map { (RecommendationStatus.declared($0.id), $0.open) }
    let statuses: [(RecommendationStatus, LevelRole?)] =
      [(.done, .good), (.inProgress, .warn), (.notStarted, .bad), (.notApplicable, .none)]
      + own.map { ($0.0, $0.1 ? .fair : nil) }
    let items = audit.recommendations
    let byStatus = BarChart(
      id: "status", title: strings.report(.statusChart),
      keys: statuses.map { BarChart.Key(strings.status($0.0, in: audit), role: $0.1) },
      bars: [
        BarChart.Bar(
          strings[.status],
          counts: statuses.map { status in items.filter { $0.status == status.0 }.count })
      ])
    guard let priorities = audit.priorities, !priorities.isEmpty else { return [.chart(byStatus)] }
    let none = items.filter { $0.priority == nil }.count
    let labels = priorities + (none > 0 ? [strings.report(.noPriority)] : [])
    let counts = priorities.map { priority in items.filter { $0.priority == priority }.count }
    let byPriority = BarChart(
      id: "priority", title: strings.report(.priorityChart),
      keys: labels.map { BarChart.Key($0, role: nil) },
      bars: [BarChart.Bar(strings[.priority], counts: counts + (none > 0 ? [none] : []))])
    return [.chart(byStatus), .chart(byPriority)]
  }

  /// Every question whose level moved from the round before the latest to
  /// the latest (with `since`, from the round that was latest then),
  /// worse first, whether or not a recommendation links to it; the
  /// unchanged only counted.
  private func changedAssessments() -> [Block] {
    let comparison = since.map { audit.comparison(since: $0) } ?? audit.latestComparison
    guard let comparison else { return [] }
    let counts = ReportKey.comparedRounds(
      from: comparison.from.heading, to: comparison.to.heading,
      worse: String(comparison.changes(.worse).count),
      better: String(comparison.changes(.better).count),
      unchanged: String(comparison.unchanged))
    var blocks: [Block] = [
      .heading(level: 2, text: strings.report(.changedAssessments)),
      .paragraph([.text(strings.report(counts))]),
    ]
    let groups: [(AssessmentChange.Direction, ReportKey)] = [
      (.worse, .worse), (.better, .better), (.other, .otherChange),
    ]
    for (direction, key) in groups {
      let changes = comparison.changes(direction)
      guard !changes.isEmpty else { continue }
      blocks.append(.heading(level: 3, text: strings.report(key)))
      blocks.append(.bullets(changes.map(levelChange)))
    }
    return blocks
  }

  /// "Q3 Finns …: Ja → Delvis".
  private func levelChange(_ change: AssessmentChange) -> [Inline] {
    [
      .text("\(change.question.id) \(change.question.text): "), level(change.from), .text(" → "),
      level(change.to),
    ]
  }

  /// The latest training figures: shares only where the split per section
  /// is illustrative (the source gives no headcounts), what is worked out
  /// marked as derived, and the target with the period it is for.
  private func training() -> [Block] {
    guard audit.followsTraining else { return [] }
    guard let snapshot = audit.latestSnapshot else {
      return [
        .heading(level: 2, text: strings.trainingTitle(of: audit)),
        .paragraph([.text(strings[.noTraining])]),
      ]
    }
    let figures = strings.trainingFigures(snapshot)
    var text: [Inline] = [
      .text("\(snapshot.date): \(figures.completed.label) "), .strong(figures.completed.value),
      .text(", \(figures.notStarted.label.lowercased()) \(figures.notStarted.value)"),
      .text(", \(figures.started.label.lowercased()) \(figures.started.value). "),
      .text("\(figures.target.text)."),
    ]
    if figures.completedShare < snapshot.targetPercent {
      text += [.text(" "), .warning("< \(strings.percent(snapshot.targetPercent))")]
    }
    var blocks: [Block] = [
      .heading(level: 2, text: strings.trainingTitle(of: audit)), .paragraph(text),
    ]
    if snapshot.illustrative {
      blocks.append(.paragraph([.text(strings.report(.illustrativeTotals))]))
    }
    return blocks + [trainingChart()]
  }

  /// The whole organisation's training at each snapshot, then each
  /// section's where the split per section is real (an illustrative split
  /// is no figure for the board), every bar marked at its target.
  private func trainingChart() -> Block {
    let snapshots = audit.training.sorted { $0.date < $1.date }
    var bars = snapshots.map { trainingBar(strings[.total], $0.total, in: $0) }
    let real = snapshots.filter { !$0.illustrative }
    var names: [String] = []
    for section in real.flatMap(\.sections) where !names.contains(section.section) {
      names.append(section.section)
    }
    for name in names {
      for snapshot in real {
        guard let section = snapshot.sections.first(where: { $0.section == name }) else { continue }
        bars.append(trainingBar(name, section, in: snapshot))
      }
    }
    let targets = Set(snapshots.map(\.targetPercent))
    let target = snapshots.last.map { strings.trainingFigures($0).target.text }
    return .chart(
      BarChart(
        id: "training", title: strings.report(.trainingChart),
        keys: [
          BarChart.Key(strings[.trainingCompleted], role: .good),
          BarChart.Key(strings[.trainingStarted], role: .warn),
          BarChart.Key(strings[.trainingNotStarted], role: .bad),
        ], bars: bars, targetLabel: targets.count == 1 ? target : strings[.target]))
  }

  /// Completed, started and not started as shares that add up to 100; of
  /// an illustrative total only the source's two shares, the rest derived.
  private func trainingBar(_ name: String, _ counts: SectionTraining, in snapshot: TrainingSnapshot)
    -> BarChart.Bar
  {
    var shares = percents([counts.completed, counts.started, counts.notStarted])
    var texts = shares.map(strings.percent)
    if snapshot.illustrative {
      let given = [counts.completed, counts.notStarted].map { percent($0, of: counts.employees) }
      shares = [given[0], max(0, 100 - given[0] - given[1]), given[1]]
      texts = [
        strings.percent(shares[0]), "≈ \(strings.percent(shares[1]))", strings.percent(shares[2]),
      ]
    }
    return BarChart.Bar(
      "\(name), \(snapshot.date)", counts: shares, texts: texts, target: snapshot.targetPercent)
  }

  /// What changed in the period, net, as lines a board reads: one per
  /// thing and field, from its first value to its last, left out when it
  /// ended where it began or came and went; the day (and the minute where
  /// two changes share a day), who by name, and the change in words.
  private func changesSince(_ day: Day) -> [Block] {
    var blocks: [Block] = [.heading(level: 2, text: "\(strings[.changesSince]) \(day)")]
    let net = HistoryEntry.net(changes)
    guard !net.isEmpty else { return blocks + [.paragraph([.text(strings[.noChanges])])] }
    var words = ChangeWords(strings: strings, audit: audit)
    words.namesFiles = false
    let days = net.map { HistoryText.localTime($0.entry.at, timeZone: timeZone).prefix(10) }
    let sharedDays = Set(days.filter { day in days.filter { $0 == day }.count > 1 })
    let lines = net.map { change -> [Inline] in
      let time = HistoryText.localTime(change.entry.at, timeZone: timeZone)
      let when = sharedDays.contains(time.prefix(10)) ? time.prefix(16) : time.prefix(10)
      let who = strings.list(change.accounts.map { names[$0] ?? $0 })
      return [.text("\(when), \(who): ")] + .lines(words.describe(change.entry).sentence)
    }
    blocks.append(.bullets(lines))
    return blocks
  }
}

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
