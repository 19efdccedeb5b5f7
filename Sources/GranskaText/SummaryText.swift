import GranskaDomain

/// The overview as plain text, for `granska summary`, scripts and pipes.
/// Every data string is sanitised: the output may go to a terminal.
public struct SummaryText {
  let audit: Audit
  let summary: AuditSummary
  let strings: Strings

  public init(audit: Audit, today: Day, strings: Strings) {
    self.audit = audit
    self.summary = AuditSummary(audit: audit, today: today)
    self.strings = strings
  }

  public func render() -> String {
    (header() + [""] + levels() + [""] + opinions() + recommendations() + [""] + training()
      + keyFigures()).joined(separator: "\n") + "\n"
  }

  private func header() -> [String] {
    let overall =
      audit.scale.first { $0.id == audit.overallLevel }?.label
      ?? (audit.overallLevel.isEmpty ? strings[.none] : audit.overallLevel)
    return [
      Sanitize.line(audit.title),
      Sanitize.line("\(audit.organisation) · \(audit.auditor) · \(audit.yearOrPeriod)"),
      "\(strings[.overallAssessment]): \(Sanitize.line(overall))",
    ]
  }

  /// Level counts: the audit round and the latest follow-up side by side.
  private func levels() -> [String] {
    var shown: [AuditSummary.RoundCounts] = []
    if let first = summary.rounds.first { shown.append(first) }
    if summary.rounds.count > 1, let last = summary.rounds.last { shown.append(last) }
    let labels = strings.levelRows(of: audit).map { Sanitize.line($0.label) }
    let labelWidth = max(
      DisplayWidth.of(strings[.assessments]), labels.map(DisplayWidth.of).max() ?? 0)
    let titles = shown.map { round in
      Sanitize.line(round.round.heading)
    }
    let columnWidths = titles.map { max(DisplayWidth.of($0), 4) }
    var lines = [
      DisplayWidth.pad(strings[.assessments], to: labelWidth)
        + zip(titles, columnWidths).map { "  " + DisplayWidth.pad($0, to: $1, alignRight: true) }
        .joined()
    ]
    for (index, label) in labels.enumerated() {
      lines.append(
        "  " + DisplayWidth.pad(label, to: labelWidth - 2)
          + zip(shown, columnWidths).map { round, width in
            "  " + DisplayWidth.pad(String(round.rows[index]), to: width, alignRight: true)
          }.joined())
    }
    return lines
  }

  /// The latest round's opinion on each section, as the overview shows
  /// them; nothing where no round gives any.
  private func opinions() -> [String] {
    guard let round = audit.latestOpinions else { return [] }
    let rows = audit.sections.compactMap { section -> (String, String)? in
      guard let level = audit.opinion(of: section.id, in: round) else { return nil }
      return (Sanitize.line("\(section.id) \(section.title)"), Sanitize.line(level.label))
    }
    let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
    return [Sanitize.line("\(strings.report(.opinionsHeading)) · \(round.heading)")]
      + rows.map { "  " + DisplayWidth.pad($0.0, to: width) + "  " + $0.1 } + [""]
  }

  private func recommendations() -> [String] {
    // An audit's own statuses only where it declares them; labels are data.
    let labels = audit.statusChoices.map { Sanitize.line(strings.status($0, in: audit)) }
    let width = (labels + [strings[.overdue]]).map(DisplayWidth.of).max() ?? 0
    var lines = ["\(strings[.recommendations]): \(audit.recommendations.count)"]
    for (status, label) in zip(audit.statusChoices, labels) {
      lines.append("  " + DisplayWidth.pad(label, to: width) + "  \(summary.count(status))")
    }
    lines.append("  " + DisplayWidth.pad(strings[.overdue], to: width) + "  \(summary.overdue)")
    if !summary.overdueByPriority.isEmpty {
      let counts = summary.overdueByPriority.map { "\(Sanitize.line($0.priority)) \($0.count)" }
      lines.append("  \(strings[.overdueByPriority]): " + counts.joined(separator: " · "))
    }
    return lines
  }

  /// The latest training figures and a blank line; nothing where the
  /// audit follows no training.
  private func training() -> [String] {
    guard audit.followsTraining else { return [] }
    guard let snapshot = summary.latestTraining else {
      return [Sanitize.line(strings.trainingTitle(of: audit)), "  \(strings[.noTraining])", ""]
    }
    var title = "\(Sanitize.line(strings.trainingTitle(of: audit))) \(snapshot.date)"
    if snapshot.illustrative { title += " (\(strings[.illustrativeNote]))" }
    let figures = strings.trainingFigures(snapshot)
    let parts = [figures.completed, figures.notStarted, figures.started, figures.target].map(\.text)
    return [title, "  " + parts.joined(separator: " · "), ""]
  }

  private func keyFigures() -> [String] {
    guard !audit.keyFigures.isEmpty else { return [] }
    let names = audit.keyFigures.map { Sanitize.line($0.name) }
    let values = audit.keyFigures.map { Sanitize.line(strings.figure($0.value, unit: $0.unit)) }
    let nameWidth = names.map(DisplayWidth.of).max() ?? 0
    let valueWidth = values.map(DisplayWidth.of).max() ?? 0
    return [strings[.keyFigures]]
      + audit.keyFigures.indices.flatMap { i -> [String] in
        let name = DisplayWidth.pad(names[i], to: nameWidth)
        let value = DisplayWidth.pad(values[i], to: valueWidth, alignRight: true)
        let figure = audit.keyFigures[i]
        // Where it comes from and what it covers, beside the figure.
        return [
          "  \(name)  \(value)  \(Sanitize.line(figure.period))",
          "      \(Sanitize.line(figure.source))",
        ]
      }
  }
}
