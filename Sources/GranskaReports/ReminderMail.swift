import Foundation
import GranskaDomain
import GranskaText

/// The text of one owner's reminder: the subject, and a short plain-text
/// body naming each recommendation with what the owner needs to act on it
/// (its text, status, due date and the original one where revised, planned
/// action, latest note) and how to update it. The owner's name appears in
/// the body and, encoded, in the subject; never in another header.
public struct ReminderMail: Sendable {
  /// One audit's part: its recommendations for this owner.
  public struct Part: Sendable {
    public var audit: Audit
    public var items: [Recommendation]
    /// The database holds several audits: commands need `--audit`.
    public var namesAudit: Bool

    public init(
      audit: Audit, items: [Recommendation], namesAudit: Bool
    ) {
      self.audit = audit
      self.items = items
      self.namesAudit = namesAudit
    }
  }

  /// How people reach Granska: the ssh destination ("granska@server"), and
  /// the dashboard's key and name of the Recommendations view.
  public struct Access: Sendable {
    public var ssh: String
    public var key: Int

    public init(ssh: String, key: Int) {
      self.ssh = ssh
      self.key = key
    }
  }

  public var owner: String
  public var parts: [Part]
  public var today: Day
  public var days: Int
  public var access: Access
  public var language: Language

  public init(
    owner: String, parts: [Part], today: Day, days: Int, access: Access, language: Language
  ) {
    self.owner = owner
    self.parts = parts
    self.today = today
    self.days = days
    self.access = access
    self.language = language
  }

  /// Lines of the body wrap at this width (quoted-printable keeps them).
  static let width = 72

  private var strings: Strings { language.strings }
  private func words(_ text: MailText) -> String { strings(text) }

  public var subject: String {
    let items = parts.flatMap(\.items)
    return words(
      .subject(
        owner: OwnerContact.oneLine(owner), count: items.count,
        overdue: parts.flatMap { part in
          part.items.filter { $0.isOverdue(on: today, in: part.audit) }
        }
        .count))
  }

  public var body: String {
    var lines = [words(.greeting), ""]
    lines += wrap(words(.intro(owner: OwnerContact.oneLine(owner), days: days, today: today)))
    for part in parts {
      lines.append("")
      lines += wrap(
        words(
          .auditHeading(
            title: part.audit.title, organisation: part.audit.organisation, year: part.audit.year)
        ))
      for item in part.items {
        lines.append("")
        lines += describe(item, in: part)
      }
    }
    lines.append("")
    lines += wrap(words(.howToUpdate))
    lines += wrap(
      words(
        .dashboard(ssh: access.ssh, key: access.key, view: strings[.viewRecommendations])))
    lines += ["", "-- ", words(.signature)]
    return lines.joined(separator: "\n") + "\n"
  }

  private func describe(_ item: Recommendation, in part: Part) -> [String] {
    guard let due = item.dueDate else { return [] }
    let left = due.daysSince1970 - today.daysSince1970
    let when =
      item.isOverdue(on: today, in: part.audit)
      ? words(.overdueSince(due)) : words(.dueOn(due, inDays: left))
    var lines = ["\(item.id) – \(when)"]
    lines += wrap(item.text, indent: 2)
    lines += wrap("\(words(.status)): \(strings.status(item.status, in: part.audit))", indent: 2)
    lines += wrap("\(words(.dueDate)): \(strings.dueDate(of: item) ?? "")", indent: 2)
    if let action = item.plannedAction {
      lines += wrap("\(words(.plannedAction)): \(action)", indent: 2)
    }
    if let note = item.notes.last {
      lines += wrap(
        "\(words(.latestNote)) (\(words(.noteBy(note.date, author: note.author)))): \(note.text)",
        indent: 2)
    }
    // The command whole on a line of its own, to be copied as it is.
    lines += ["  " + words(.update), "    " + updateCommand(item, in: part)]
    return lines
  }

  /// `ssh granska@server set recommendation R1 --status klar --note "'…'"`.
  private func updateCommand(_ item: Recommendation, in part: Part) -> String {
    let audit = part.namesAudit ? " --audit \(part.audit.id)" : ""
    let done = strings.status(.done, in: part.audit).lowercased()
    let note = words(.updateNote)
    return "ssh \(access.ssh) set recommendation \(item.id)\(audit) --status \(done) "
      + "--note \"'\(note)'\""
  }

  private func wrap(_ text: String, indent: Int = 0) -> [String] {
    let pad = String(repeating: " ", count: indent)
    return Wrap.lines(text, width: Self.width - indent).map { pad + $0 }
  }
}

/// The coordinator's summary of one run: who was reminded of what, who
/// was not (already reminded, no address, no owner) and what failed.
public struct ReminderSummary: Sendable {
  public struct Line: Sendable {
    public var owner: String
    public var address: String?
    public var items: [String]
    /// When they were last reminded (already reminded), or why it failed.
    public var detail: String?

    public init(owner: String, address: String?, items: [String], detail: String? = nil) {
      self.owner = owner
      self.address = address
      self.items = items
      self.detail = detail
    }
  }

  public var today: Day
  public var days: Int
  public var reminded: [Line] = []
  public var repeated: [Line] = []
  public var missing: [Line] = []
  public var unowned: [String] = []
  public var failed: [Line] = []
  public var language: Language

  public init(today: Day, days: Int, language: Language) {
    self.today = today
    self.days = days
    self.language = language
  }

  /// Anything to tell: someone reminded, missed or failed.
  public var isEmpty: Bool {
    reminded.isEmpty && missing.isEmpty && failed.isEmpty && unowned.isEmpty
  }

  private func words(_ text: MailText) -> String { language.strings(text) }

  public var subject: String {
    words(
      .summarySubject(
        today: today, reminded: reminded.count, missing: missing.count, failed: failed.count))
  }

  public var body: String {
    var lines = Wrap.lines(words(.summaryIntro(today: today, days: days)), width: 72)
    let sections: [(MailText, [Line])] = [
      (.summaryReminded, reminded), (.summaryFailed, failed), (.summaryRepeated, repeated),
      (.summaryMissing, missing),
    ]
    for (heading, entries) in sections where !entries.isEmpty {
      lines += ["", words(heading)]
      for entry in entries {
        var text = OwnerContact.oneLine(entry.owner)
        if let address = entry.address { text += " <\(address)>" }
        text += ": " + entry.items.joined(separator: ", ")
        if let detail = entry.detail { text += " (\(detail))" }
        lines += Wrap.lines(text, width: 70).map { "  " + $0 }
      }
    }
    if !unowned.isEmpty {
      lines += ["", words(.summaryUnowned), "  " + unowned.joined(separator: ", ")]
    }
    lines += ["", "-- ", words(.signature)]
    return lines.joined(separator: "\n") + "\n"
  }
}
