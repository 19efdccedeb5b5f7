import GranskaText

/// Where and how to write the follow-up report (`r`).
public struct ReportRequest: Equatable, Sendable {
  public var auditID: String
  /// The folder, as typed (`~` and relative paths allowed).
  public var directory: String
  /// Print Markdown to the terminal instead, for capture over SSH.
  public var toTerminal: Bool
  /// The user was told the files exist and pressed Enter again.
  public var overwrite: Bool

  public init(auditID: String, directory: String, toTerminal: Bool, overwrite: Bool) {
    self.auditID = auditID
    self.directory = directory
    self.toTerminal = toTerminal
    self.overwrite = overwrite
  }
}

/// What came of writing the report.
public enum ReportOutcome: Equatable, Sendable {
  case written(html: String, markdown: String)
  case printed
  /// The file is there already: nothing was written.
  case exists(String)
  case failed(String)
}

/// `r`: a small form asks where to write the report (the current folder is
/// offered), never overwrites without asking, and says the full path; over
/// SSH it also offers to print it to the terminal for capture.
extension Dashboard {
  mutating func openReportForm() {
    var fields = [FormField(.directory, strings.report(.directory), text: data.reportDirectory)]
    if data.overSSH {
      fields.append(
        FormField(
          .destination, strings.report(.destination),
          choices: [
            FormField.Choice(value: "files", label: strings.report(.toFiles)),
            FormField.Choice(value: "terminal", label: strings.report(.toTerminal)),
          ], selected: "files"))
    }
    state.form = Form(
      purpose: .report(overwrite: nil), title: strings.report(.writeTitle), fields: fields)
  }

  mutating func requestReport(_ form: Form, _ overwrite: String?) -> [Effect] {
    let directory = form.field(.directory)?.value ?? data.reportDirectory
    let request = ReportRequest(
      auditID: data.audit.id, directory: directory,
      toTerminal: form.field(.destination)?.value == "terminal",
      overwrite: overwrite == directory)
    return [.writeReport(request)]
  }

  /// The runner's answer: the form closes and the message gives the full
  /// paths, or it stays open and says what is in the way.
  public mutating func reportFinished(_ outcome: ReportOutcome) {
    switch outcome {
    case .written(let html, let markdown):
      state.form = nil
      state.message = strings.report(.written(html: html, markdown: markdown))
    case .printed:
      state.form = nil
      state.message = strings.report(.printed)
    case .exists(let path):
      let directory = state.form?.field(.directory)?.value ?? data.reportDirectory
      state.form?.purpose = .report(overwrite: directory)
      let message = strings.report(.exists(path: path))
      state.form?.show(message, at: 0)
    case .failed(let text):
      state.form?.show(text, at: 0)
    }
  }
}
