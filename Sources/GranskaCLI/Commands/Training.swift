import ArgumentParser
import Foundation
import GranskaDomain
import GranskaStore
import GranskaText
import SwiftCSV

struct TrainingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "training",
    abstract: helpText(EditingHelp.trainingAbstract),
    subcommands: [TrainingSet.self, TrainingLoad.self])
}

struct TrainingSet: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: helpText(EditingHelp.trainingSetAbstract),
    discussion: helpText(EditingHelp.trainingSetDiscussion))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Option(help: argumentHelp(EditingHelp.trainingDate, value: .date)) var date: String
  @Option(help: argumentHelp(EditingHelp.trainingSection, value: .section)) var section: String
  @Option(help: argumentHelp(EditingHelp.trainingEmployees, value: .count)) var employees: Int?
  @Option(help: argumentHelp(EditingHelp.trainingCompleted, value: .count)) var completed: Int?
  @Option(help: argumentHelp(EditingHelp.trainingStarted, value: .count)) var started: Int?

  func run() throws {
    let day = try TrainingLoad.day(date)
    let store = try global.openStore()
    let auditID = try auditOption.resolve(in: store)
    try ScriptEdit.apply(store: store, auditID: auditID) { audit throws(EditError) in
      var edits: [AuditEdit] = []
      for (field, value) in [
        (TrainingField.employees, employees), (.completed, completed), (.started, started),
      ] {
        guard let value else { continue }
        let ref = FieldRef.training(date: day, section: section, field)
        edits.append(try ScriptEdit.change(audit, ref, to: String(value)))
      }
      return edits
    }
  }
}

/// The nightly load from an HR system: one call per snapshot, all or nothing.
struct TrainingLoad: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "load",
    abstract: helpText(EditingHelp.trainingLoadAbstract),
    discussion: helpText(EditingHelp.trainingLoadDiscussion))

  @OptionGroup var global: GlobalOptions
  @OptionGroup var auditOption: AuditOption

  @Argument(help: argumentHelp(EditingHelp.trainingLoadFile, value: .file)) var file: String
  @Option(help: argumentHelp(EditingHelp.trainingDate, value: .date)) var date: String
  @Option(help: argumentHelp(EditingHelp.trainingSource, value: .source)) var source: String?
  @Option(help: argumentHelp(EditingHelp.trainingTarget, value: .percent)) var target: Int?
  @Flag(help: argumentHelp(EditingHelp.trainingIllustrative)) var illustrative = false

  static func day(_ text: String) throws -> Day {
    guard let day = Day(text) else { throw CommandFailure.notADate(option: "--date", text: text) }
    return day
  }

  func run() throws {
    let day = try Self.day(date)
    let sections = try readSections()
    let store = try global.openStore()
    let auditID = try auditOption.resolve(in: store)
    try ScriptEdit.apply(store: store, auditID: auditID) { audit throws(EditError) in
      try edits(for: audit, day: day, sections: sections)
    }
    try Output.notice(.loadedSections(sections.count, on: day), in: global.lang)
  }

  private func edits(for audit: Audit, day: Day, sections: [SectionTraining]) throws(EditError)
    -> [AuditEdit]
  {
    let snapshot = audit.newSnapshot(
      date: day, source: source ?? "granska training load \(file)", targetPercent: target,
      illustrative: illustrative, sections: sections)
    guard let existing = audit.training.first(where: { $0.date == day }) else {
      return [.addSnapshot(snapshot)]
    }
    guard existing.sections.map(\.section) == sections.map(\.section) else {
      return [.removeSnapshot(day), .addSnapshot(snapshot)]
    }
    var edits: [AuditEdit] = []
    for counts in sections {
      for field in TrainingField.counts {
        let ref = FieldRef.training(date: day, section: counts.section, field)
        edits.append(try ScriptEdit.change(audit, ref, to: String(counts[field])))
      }
    }
    if let target {
      edits.append(
        try ScriptEdit.change(audit, .snapshot(day, .targetPercent), to: String(target)))
    }
    if let source {
      edits.append(try ScriptEdit.change(audit, .snapshot(day, .source), to: source))
    }
    return edits
  }

  /// The file's rows, each checked: "file:line: what is wrong".
  private func readSections() throws -> [SectionTraining] {
    let data = try Files.read(file, limit: Files.Limit.trainingFile)
    guard let text = String(data: data, encoding: .utf8) else {
      throw CommandFailure.notUTF8(file: file)
    }
    let csv: CSV<Named>
    do {
      csv = try CSV<Named>(
        string: text, delimiter: text.prefix { $0 != "\n" }.contains(";") ? .semicolon : .comma)
    } catch {
      throw CommandFailure.notValidCSV(file: file, detail: "\(error)")
    }
    // The counts' columns are named as the fields (and as the CSV export names them).
    let required = ["section"] + TrainingField.counts.map(\.rawValue)
    let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    for column in required where !header.contains(column) {
      throw CommandFailure.missingColumn(file: file, column: column, needed: required)
    }
    var sections: [SectionTraining] = []
    for (index, row) in csv.rows.enumerated() {
      let line = index + 2
      let value = { (name: String) -> String in
        let key =
          csv.header.first { $0.trimmingCharacters(in: .whitespaces).lowercased() == name } ?? name
        return (row[key] ?? "").trimmingCharacters(in: .whitespaces)
      }
      let name = value("section")
      guard !name.isEmpty else {
        throw CommandFailure.emptySection(file: file, line: line)
      }
      var section = SectionTraining(section: name, employees: 0, completed: 0, started: 0)
      for field in TrainingField.counts {
        let column = field.rawValue
        guard let number = Int(value(column)), number >= 0 else {
          throw CommandFailure.notACount(
            file: file, line: line, column: column, text: value(column))
        }
        section[field] = number
      }
      if let issue = section.validate().first {
        throw CommandFailure.badRow(file: file, line: line, issue)
      }
      sections.append(section)
    }
    guard !sections.isEmpty else {
      throw CommandFailure.noRows(file: file)
    }
    return sections
  }
}
