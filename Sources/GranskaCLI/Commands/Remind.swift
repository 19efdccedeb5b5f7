import ArgumentParser
import Foundation
import GranskaDomain
import GranskaReports
import GranskaStore
import GranskaText
import GranskaUI

/// `granska remind`: one e-mail per owner about their open recommendations
/// that are overdue or soon due, through the system's sendmail; each one
/// handed to the mail system is recorded in the history, and the same
/// owner is not reminded of the same items again within `--every` unless
/// something about them changed. A failure is said with the owner and the
/// reason, the others go on, and the command exits 1.
struct Remind: GlobalCommand {
  static let configuration = CommandConfiguration(
    abstract: helpText(ReminderHelp.remindAbstract),
    discussion: helpText(ReminderHelp.remindDiscussion))

  @OptionGroup var global: GlobalOptions

  @Option(help: argumentHelp(ReminderHelp.remindAudit, value: .audit))
  var audit: String?

  @Option(help: argumentHelp(ReminderHelp.remindDays, value: .count))
  var days = 14

  @Option(help: argumentHelp(ReminderHelp.remindEvery, value: .interval))
  var every = "7d"

  @Flag(help: argumentHelp(ReminderHelp.remindForce))
  var force = false

  @Flag(help: argumentHelp(ReminderHelp.remindDryRun))
  var dryRun = false

  @Option(help: argumentHelp(ReminderHelp.remindFrom, value: .address))
  var from: String?

  @Option(help: argumentHelp(ReminderHelp.remindSummaryTo, value: .address))
  var summaryTo: String?

  @Option(help: argumentHelp(ReminderHelp.remindSendmail, value: .path))
  var sendmail: String?

  @Option(help: argumentHelp(ReminderHelp.remindSSH, value: .address))
  var ssh: String?

  func run() throws {
    let rules = ReminderRules(days: days, every: try Self.interval(every), force: force)
    let store = try global.openStore()
    // Nothing is sent that could not be recorded.
    if !dryRun, let refusal = try store.editRefusal() { throw refusal }
    let host = Self.hostName()
    let sender = from ?? "\(currentAccount())@\(host)"
    for address in [sender] + (summaryTo.map { [$0] } ?? []) where !MailAddress.isValid(address) {
      throw MailProblem.invalidAddress(address)
    }
    var run = ReminderRun(
      store: store, rules: rules, every: every, language: global.lang, dryRun: dryRun,
      sender: sender,
      host: host, sendmail: sendmail ?? Sendmail.defaultPath,
      access: ReminderMail.Access(
        ssh: ssh ?? "\(currentAccount())@\(host)", key: ViewID.recommendations.number))
    // Retired recommendations are no one's work any more.
    let audits = try audit.map { [try store.audit($0)] } ?? store.allAudits()
    try run.remind(audits: audits.map(\.inForce))
    if let summaryTo { try run.sendSummary(to: summaryTo) }
    if run.failures > 0 { throw RemindText.failures(run.failures) }
  }

  /// "7d", "2w", "12h" (a bare number is days) as seconds.
  static func interval(_ text: String) throws -> TimeInterval {
    let units: [Character: TimeInterval] = ["h": 3_600, "d": 86_400, "w": 604_800]
    let unit = text.last.flatMap { units[$0] }
    let number = unit == nil ? text : String(text.dropLast())
    guard let value = Int(number), value >= 0 else { throw RemindText.notAnInterval(text) }
    return TimeInterval(value) * (unit ?? 86_400)
  }

  static func hostName() -> String {
    var name = [CChar](repeating: 0, count: 256)
    gethostname(&name, name.count - 1)
    return name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  }
}

/// One run of `remind`: what was sent, repeated, missed and failed, for
/// the lines it prints and the coordinator's summary.
struct ReminderRun {
  let store: AuditStore
  let rules: ReminderRules
  /// `--every` as given ("7d"), for messages.
  let every: String
  let language: Language
  let dryRun: Bool
  let sender: String
  let host: String
  let sendmail: String
  let access: ReminderMail.Access
  let today = Day.today()
  let now = Date()
  private(set) var failures = 0
  private(set) var summary: ReminderSummary

  init(
    store: AuditStore, rules: ReminderRules, every: String, language: Language, dryRun: Bool,
    sender: String, host: String, sendmail: String, access: ReminderMail.Access
  ) {
    self.store = store
    self.rules = rules
    self.every = every
    self.language = language
    self.dryRun = dryRun
    self.sender = sender
    self.host = host
    self.sendmail = sendmail
    self.access = access
    summary = ReminderSummary(today: today, days: rules.days, language: language)
  }

  /// One owner's due recommendations in every audit, in the order the
  /// owners first come.
  private struct Owner {
    var name: String
    var contact: OwnerContact?
    var parts: [(due: OwnerDue, part: ReminderMail.Part)] = []

    var items: [String] { parts.flatMap(\.due.itemIDs) }
    var isRepeat: Bool { parts.allSatisfy(\.due.isRepeat) }
  }

  mutating func remind(audits: [Audit]) throws {
    let contacts = try store.owners()
    let several = try store.audits().count > 1
    var owners: [Owner] = []
    for audit in audits {
      let history = try store.reminderHistory(auditID: audit.id)
      for due in rules.plan(audit, owners: contacts, history: history, today: today, now: now) {
        let part = ReminderMail.Part(audit: audit, items: due.items, namesAudit: several)
        let key = OwnerContact.key(due.owner)
        if let index = owners.firstIndex(where: { OwnerContact.key($0.name) == key }) {
          owners[index].parts.append((due, part))
        } else {
          owners.append(Owner(name: due.owner, contact: due.contact, parts: [(due, part)]))
        }
      }
      summary.unowned += rules.unowned(audit, today: today).map(\.id)
    }
    if owners.isEmpty, summary.unowned.isEmpty {
      try say(RemindText.nothingDue(days: rules.days))
    }
    if !summary.unowned.isEmpty { warn(RemindText.noOwner(items: summary.unowned), in: language) }
    for owner in owners { try remind(owner) }
  }

  private mutating func remind(_ owner: Owner) throws {
    guard let contact = owner.contact else {
      warn(RemindText.noAddress(owner: owner.name, items: owner.items), in: language)
      summary.missing.append(.init(owner: owner.name, address: nil, items: owner.items))
      return
    }
    if owner.isRepeat, let last = owner.parts.compactMap(\.due.last).max(by: { $0.at < $1.at }) {
      let day = Day.today(now: last.at)
      try say(
        RemindText.alreadyReminded(owner: contact.name, items: owner.items, on: day, every: every))
      summary.repeated.append(
        .init(
          owner: contact.name, address: contact.email, items: owner.items,
          detail: language.strings(MailText.lastReminded(day))))
      return
    }
    let mail = ReminderMail(
      owner: contact.name, parts: owner.parts.map(\.part), today: today, days: rules.days,
      access: access, language: language)
    let line = ReminderSummary.Line(owner: contact.name, address: contact.email, items: owner.items)
    do {
      try deliver(to: contact.email, subject: mail.subject, body: mail.body)
    } catch let problem as MailProblem {
      fail(RemindText.failed(owner: contact.name, problem))
      summary.failed.append(
        .init(
          owner: contact.name, address: contact.email, items: owner.items,
          detail: problem.message(in: language)))
      return
    }
    summary.reminded.append(line)
    if dryRun {
      try say(RemindText.wouldSend(owner: contact.name, address: contact.email, items: owner.items))
      return
    }
    do {
      for (due, part) in owner.parts {
        try AuditStore.retryingWhenBusy { () throws(StoreError) in
          try store.recordReminder(
            auditID: part.audit.id, owner: contact.name,
            ReminderRecord(to: contact.email, items: due.itemIDs))
        }
      }
    } catch {
      fail(RemindText.notRecorded(owner: contact.name, detail: wording(error, in: language)))
      return
    }
    try say(RemindText.sent(owner: contact.name, address: contact.email, items: owner.items))
  }

  /// The coordinator's summary, when there is anything to tell.
  mutating func sendSummary(to address: String) throws {
    guard !summary.isEmpty else { return }
    do {
      try deliver(to: address, subject: summary.subject, body: summary.body)
    } catch let problem as MailProblem {
      fail(RemindText.failed(owner: nil, problem))
      return
    }
    if !dryRun { try say(RemindText.summarySent(address: address)) }
  }

  /// Hands one message to sendmail, or (dry run) writes it to standard
  /// output as mbox; a `MailProblem` is this message's failure, any other
  /// error (standard output closed) the command's.
  private func deliver(to address: String, subject: String, body: String) throws {
    let date = Date()
    let message = try MailMessage(
      from: sender, to: [address], subject: subject, body: body, date: date,
      messageID: MailEncoding.messageID(date: date, host: host)
    ).rendered()
    if dryRun {
      try Output.document(Mbox.entry(message, sender: sender, date: date))
    } else {
      try Sendmail.send(message, path: sendmail)
    }
  }

  /// What happened to one owner: on standard output, or beside the mbox
  /// on standard error in a dry run.
  private func say(_ text: RemindText) throws {
    if dryRun {
      FileHandle.standardError.write(Data("granska: \(text.message(in: language))\n".utf8))
    } else {
      try Output.line(Sanitize.line(text.message(in: language)))
    }
  }

  private mutating func fail(_ text: RemindText) {
    failures += 1
    FileHandle.standardError.write(
      Data("granska: \(Sanitize.line(text.message(in: language)))\n".utf8))
  }
}
