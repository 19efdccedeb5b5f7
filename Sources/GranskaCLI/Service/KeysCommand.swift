import ArgumentParser
import Foundation
import GranskaStore
import GranskaText

/// Service-account mode's people: who may reach the database over ssh, by
/// their public keys, and with which role. Run by the service account (the
/// database's owner) or root; every change is saved with its history and
/// rewrites authorized_keys in the same step.
struct KeysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys",
    abstract: helpText(ServerHelp.keysAbstract),
    discussion: helpText(ServerHelp.keysDiscussion),
    subcommands: [KeysList.self, KeysAdd.self, KeysRemove.self, KeysRole.self],
    defaultSubcommand: KeysList.self)
}

/// Where the keys go, and the shared steps of every change.
struct KeysOptions: ParsableArguments {
  @Option(help: argumentHelp(ServerHelp.keysAuthorizedKeys, value: .path))
  var authorizedKeys: String?

  /// The file written: `--authorized-keys`, else the running account's.
  var path: String { authorizedKeys ?? AuthorizedKeys.defaultPath() }

  /// Runs a change to the people; the file is written inside its transaction.
  func change(
    _ global: GlobalOptions,
    _ body: (AuditStore, _ publish: ([Person]) throws -> Void) throws -> ServiceText
  ) throws {
    let store = try global.openStore()
    let file = AuthorizedKeys(
      path: path,
      binary: AuthorizedKeys.runningBinary(), database: try global.databasePath())
    let done = try body(store) { people in try file.write(people) }
    try Output.line(done.message(in: global.lang))
  }
}

struct KeysList: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: helpText(ServerHelp.keysListAbstract))
  @OptionGroup var global: GlobalOptions

  func run() throws {
    let people = try global.openStore().people()
    let language = global.lang
    guard !people.isEmpty else {
      try Output.line(ServiceText.noPeople.message(in: language))
      return
    }
    var rows = [
      [ServiceText.nameColumn, .roleColumn, .keyColumn, .commentColumn].map {
        $0.message(in: language)
      }
    ]
    for person in people {
      for key in person.keys {
        rows.append([
          person.name + (person.fullName.map { " (\($0))" } ?? ""),
          person.role.name(in: language), "\(key.type) \(key.fingerprint)", key.comment,
        ])
      }
    }
    for row in rows { try Output.line(aligned(row, widths: columnWidths(rows))) }
  }

  private func columnWidths(_ rows: [[String]]) -> [Int] {
    (0..<rows[0].count).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
  }

  private func aligned(_ row: [String], widths: [Int]) -> String {
    zip(row, widths).map { cell, width in
      cell + String(repeating: " ", count: max(0, width - DisplayWidth.of(cell)))
    }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
  }
}

struct KeysAdd: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: helpText(ServerHelp.keysAddAbstract))
  @OptionGroup var global: GlobalOptions
  @OptionGroup var keys: KeysOptions

  @Argument(help: argumentHelp(ServerHelp.keysName, value: .name)) var name: String
  @Argument(help: argumentHelp(ServerHelp.keysKeyFile, value: .keyFile)) var keyFile: String
  @Flag(help: argumentHelp(ServerHelp.keysEditor)) var editor = false
  @Option(help: argumentHelp(ServerHelp.keysFullName, value: .name)) var fullName: String?
  @Flag(help: argumentHelp(ServerHelp.keysAll)) var all = false

  func run() throws {
    try keys.change(global) { store, publish in
      try PersonName.check(name)
      // Keys in their one spelling, certificates refused: the store's
      // check for a key someone has already is a check of its fingerprint.
      let person = Person(
        name: name, role: editor ? .editor : .viewer,
        keys: try PublicKeyFile.read(keyFile, all: all),
        fullName: fullName.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 })
      try store.addPerson(person, publish: publish)
      return .personAdded(
        name: name, role: person.role.name(in: global.lang), keys: person.keys.count,
        file: keys.path)
    }
  }
}

struct KeysRemove: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove", abstract: helpText(ServerHelp.keysRemoveAbstract))
  @OptionGroup var global: GlobalOptions
  @OptionGroup var keys: KeysOptions
  @Argument(help: argumentHelp(ServerHelp.keysPerson, value: .name)) var name: String

  func run() throws {
    try keys.change(global) { store, publish in
      // One an earlier version let in with capitals can still be removed.
      if try store.role(of: name) == nil { try PersonName.check(name) }
      try store.removePerson(name, publish: publish)
      return .personRemoved(name: name, file: keys.path)
    }
  }
}

struct KeysRole: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "role", abstract: helpText(ServerHelp.keysRoleAbstract))
  @OptionGroup var global: GlobalOptions
  @OptionGroup var keys: KeysOptions
  @Argument(help: argumentHelp(ServerHelp.keysPerson, value: .name)) var name: String
  @Argument(help: argumentHelp(ServerHelp.keysRole, value: .role)) var role: Role

  func run() throws {
    try keys.change(global) { store, publish in
      try PersonName.check(name)
      try store.setRole(role, of: name, publish: publish)
      return .roleChanged(
        name: name, role: role.name(in: global.lang),
        file: keys.path)
    }
  }
}

extension Role: ExpressibleByArgument {}
