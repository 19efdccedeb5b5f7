import GranskaDomain

/// Words of the report's figures: what is derived, for when a target
/// holds, which documents. Read with `strings.report(.key)`; a value a
/// key carries is words it is worded with.
public enum ReportKey: Hashable, Sendable {
  case derived
  case targetFor(period: String)
  case ofWhom(part: String, whole: String)
  case documentsHeading, illustrativeTotals
  case writeTitle, directory, destination, toFiles, toTerminal
  case exists(path: String)
  case overwrite
  case written(html: String, markdown: String)
  case printed, pressEnter
  case reportStart(name: String)
  case reportEnd(name: String)
  case overdueWithPriority(n: String, priority: String)
  case oneOverdueWithPriority(priority: String)
  /// The questions whose level moved between the two latest rounds.
  case changedAssessments
  case comparedRounds(from: String, to: String, worse: String, better: String, unchanged: String)
  case worse, better, otherChange
  /// The last joint of a list ("Anna, Bertil och Cecilia").
  case and
  /// The first word of the report's file names ("uppfoljning-AUDIT-DATE.html").
  case fileName
  /// What the HTML report's pictures show, said for those who cannot see them.
  case levelsChart, statusChart, priorityChart, trainingChart
  /// A recommendation the audit gave no priority, in the priorities' picture.
  case noPriority
  /// A round's opinion on each section, where the audit gives them.
  case opinionsHeading
}

extension Strings {
  public func report(_ key: ReportKey) -> String { self(key) }

  /// Names as prose: "Anna", "Anna och Bertil", "Anna, Bertil och Cecilia".
  public func list(_ items: [String]) -> String {
    guard let last = items.last, items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(report(.and)) " + last
  }
}

extension Strings {
  /// The training figures of a snapshot as people should read them: each
  /// share with its label; with an illustrative split per section only the
  /// shares (no made-up headcounts), "started" marked as derived from the
  /// other two; the target with the period it is for.
  public func trainingFigures(_ snapshot: TrainingSnapshot) -> TrainingFigures {
    TrainingFigures(snapshot: snapshot, strings: self)
  }
}

public struct TrainingFigures {
  public struct Figure {
    public var label: String
    public var value: String
    /// Worked out from others, not given by the source.
    public var derived: Bool

    public var text: String { "\(label) \(value)" }
  }

  public let completed: Figure
  public let started: Figure
  public let notStarted: Figure
  public let target: Figure
  /// The completed share, in whole percent.
  public let completedShare: Int

  init(snapshot: TrainingSnapshot, strings: Strings) {
    let total = snapshot.total
    let counts = !snapshot.illustrative
    let parts = [total.completed, total.started, total.notStarted]
    // Counts of everyone: the three shares add up to 100, as the people do.
    let shares =
      counts && parts.reduce(0, +) == total.employees
      ? percents(parts) : parts.map { percent($0, of: total.employees) }
    func value(_ part: Int, _ share: Int) -> String {
      let text = strings.percent(share)
      guard counts else { return text }
      return
        "\(text) (\(strings.report(.ofWhom(part: strings.number(part), whole: strings.number(total.employees)))))"
    }
    completedShare = shares[0]
    completed = Figure(
      label: strings[.trainingCompleted], value: value(total.completed, shares[0]),
      derived: false)
    notStarted = Figure(
      label: strings[.trainingNotStarted], value: value(total.notStarted, shares[2]),
      derived: false)
    if counts {
      started = Figure(
        label: strings[.trainingStarted], value: value(total.started, shares[1]), derived: false)
    } else {
      // The source gives completed and not started; the rest is arithmetic.
      let rest = max(0, 100 - shares[0] - shares[2])
      started = Figure(
        label: strings[.trainingStarted],
        value: "≈ \(strings.percent(rest)) (\(strings.report(.derived)))", derived: true)
    }
    var targetText = strings.percent(snapshot.targetPercent)
    if let period = snapshot.targetPeriod {
      targetText += " " + strings.report(.targetFor(period: period))
    }
    target = Figure(label: strings[.target], value: targetText, derived: false)
  }
}

extension ReportKey: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .derived: language("härlett", "derived")
    case .overdueWithPriority(let n, let priority):
      language(
        "\(n) med prioriteten \(priority) är försenade",
        "\(n) with the priority \(priority) are overdue")
    case .oneOverdueWithPriority(let priority):
      language(
        "1 med prioriteten \(priority) är försenad", "1 with the priority \(priority) is overdue")
    case .fileName: language("uppfoljning", "follow-up")
    case .levelsChart:
      language("Frågornas nivåer i varje omgång", "The questions' levels in each round")
    case .statusChart: language("Rekommendationerna per status", "The recommendations by status")
    case .noPriority: language("Utan prioritet", "No priority")
    case .opinionsHeading: language("Omdöme per avsnitt", "Opinion per section")
    case .priorityChart:
      language("Rekommendationerna per prioritet", "The recommendations by priority")
    case .trainingChart:
      language(
        "Utbildningen per sektion mot målet, över tid",
        "Training per section against the target, over time")
    case .changedAssessments: language("Förändrade bedömningar", "Changed assessments")
    case .comparedRounds(let from, let to, let worse, let better, let unchanged):
      language(
        "Från \(from) till \(to): \(worse) sämre, \(better) bättre, \(unchanged) oförändrade.",
        "From \(from) to \(to): \(worse) worse, \(better) better, \(unchanged) unchanged.")
    case .worse: language("Sämre", "Worse")
    case .and: language("och", "and")
    case .better: language("Bättre", "Better")
    case .otherChange: language("Ej bedömda före eller efter", "Not assessed before or after")
    case .targetFor(let period): language("under \(period)", "for \(period)")
    case .ofWhom(let part, let whole): language("\(part) av \(whole)", "\(part) of \(whole)")
    case .documentsHeading:
      language("Dokument som granskningen bygger på", "Documents the audit draws on")
    case .illustrativeTotals:
      language(
        "Granskningsrapporten anger bara andelar för hela organisationen; fördelningen per sektion i Granska är illustrativ.",
        "The audit report gives only shares for the whole organisation; the split per section in Granska is illustrative."
      )
    case .writeTitle: language("Skriv uppföljningsrapporten", "Write the follow-up report")
    case .directory: language("Mapp", "Folder")
    case .destination: language("Skriv till", "Write to")
    case .toFiles: language("filer (.html och .md)", "files (.html and .md)")
    case .toTerminal:
      language("terminalen (Markdown, att fånga)", "the terminal (Markdown, to capture)")
    case .exists(let path):
      language(
        "\(path) finns redan. Enter skriver över den, eller välj en annan mapp.",
        "\(path) already exists. Enter overwrites it, or choose another folder.")
    case .overwrite: language("skriv över", "overwrite")
    // Each path on a line of its own: never broken inside a name.
    case .written(let html, let markdown):
      language("Rapporten sparad:\n\(html)\n\(markdown)", "Report written:\n\(html)\n\(markdown)")
    case .printed:
      language("Rapporten skrevs till terminalen", "The report was written to the terminal")
    case .pressEnter:
      language(
        "Tryck Enter för att gå tillbaka till Granska.", "Press Enter to go back to Granska.")
    case .reportStart(let name):
      language("----- början på \(name) -----", "----- start of \(name) -----")
    case .reportEnd(let name): language("----- slut på \(name) -----", "----- end of \(name) -----")
    }
  }
}
