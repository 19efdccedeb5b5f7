import ArgumentParser
import GranskaDomain
import GranskaStore
import GranskaText

/// The owner directory: where each owner's reminders go, and who holds the
/// role. Editors change it; every change is in the history.
struct OwnerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "owner",
    abstract: helpText(ReminderHelp.ownerAbstract),
    discussion: helpText(ReminderHelp.ownerDiscussion),
    subcommands: [OwnerList.self, OwnerAdd.self, OwnerEdit.self, OwnerRemove.self],
    defaultSubcommand: OwnerList.self)
}

struct OwnerList: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: helpText(ReminderHelp.ownerListAbstract))
  @OptionGroup var global: GlobalOptions
  @Flag(help: argumentHelp(ReminderHelp.ownerMissing)) var missing = false

  func run() throws {
    let store = try global.openStore()
    let owners = try store.owners()
    let audits = try store.allAudits().map(\.inForce)
    let open = audits.flatMap { audit in audit.recommendations.filter { audit.isOpen($0.status) }
    }
    let language = global.lang
    if missing {
      var lines: [OwnerText] = []
      for audit in audits {
        for item in audit.recommendations where audit.isOpen(item.status) {
          guard item.owner.flatMap(owners.entry(for:)) == nil else { continue }
          lines.append(
            .missing(audit: audits.count > 1 ? audit.id : nil, id: item.id, owner: item.owner))
        }
      }
      for line in lines.isEmpty ? [.noneMissing] : lines {
        try Output.line(line.message(in: language))
      }
      return
    }
    guard !owners.isEmpty else {
      return try Output.line(OwnerText.noOwners.message(in: language))
    }
    let heading = [OwnerText.nameColumn, .emailColumn, .personColumn, .openColumn].map {
      $0.message(in: language)
    }
    let rows = owners.map { owner in
      [
        OwnerContact.oneLine(owner.name), owner.email, owner.person ?? "–",
        String(open.filter(owner.owns).count),
      ]
    }
    for row in Self.aligned([heading] + rows) { try Output.line(row) }
  }

  /// Columns padded to their widest cell, two spaces apart.
  static func aligned(_ rows: [[String]]) -> [String] {
    let widths = rows[0].indices.map { column in
      rows.map { DisplayWidth.of($0[column]) }.max() ?? 0
    }
    return rows.map { row in
      zip(row, widths).map { cell, width in DisplayWidth.pad(cell, to: width) }
        .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }
  }
}

struct OwnerAdd: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: helpText(ReminderHelp.ownerAddAbstract))
  @OptionGroup var global: GlobalOptions
  @Argument(help: argumentHelp(ReminderHelp.ownerName, value: .owner)) var name: String
  @Option(help: argumentHelp(ReminderHelp.ownerEmail, value: .address)) var email: String
  @Option(help: argumentHelp(ReminderHelp.ownerPerson, value: .person)) var person: String?

  func run() throws {
    let contact = OwnerContact(name: name, email: email, person: person)
    try global.openStore().addOwner(contact)
    try Output.line(OwnerText.added(contact).message(in: global.lang))
  }
}

struct OwnerEdit: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit", abstract: helpText(ReminderHelp.ownerEditAbstract))
  @OptionGroup var global: GlobalOptions
  @Argument(help: argumentHelp(ReminderHelp.ownerName, value: .owner)) var name: String
  @Option(help: argumentHelp(ReminderHelp.ownerEmail, value: .address)) var email: String?
  @Option(help: argumentHelp(ReminderHelp.ownerPerson, value: .person)) var person: String?
  @Flag(help: argumentHelp(ReminderHelp.ownerNoPerson)) var noPerson = false

  func run() throws {
    let change: String?? = noPerson ? .some(nil) : person.map { .some($0) }
    let saved = try global.openStore().editOwner(name, email: email, person: change)
    try Output.line(OwnerText.edited(saved).message(in: global.lang))
  }
}

struct OwnerRemove: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove", abstract: helpText(ReminderHelp.ownerRemoveAbstract))
  @OptionGroup var global: GlobalOptions
  @Argument(help: argumentHelp(ReminderHelp.ownerName, value: .owner)) var name: String

  func run() throws {
    try global.openStore().removeOwner(name)
    try Output.line(OwnerText.removed(name).message(in: global.lang))
  }
}
