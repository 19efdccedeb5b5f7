import ArgumentParser
import GranskaStore
import GranskaText

/// Who may edit a shared database. Kept in the database itself, so the
/// rule travels with the file; only the file's owner (or root) may change it.
struct AccessCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "access",
    abstract: helpText(ServerHelp.accessAbstract),
    discussion: helpText(ServerHelp.accessDiscussion),
    subcommands: [AccessShow.self, AccessAllow.self, AccessRevoke.self],
    defaultSubcommand: AccessShow.self)
}

struct AccessShow: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: helpText(ServerHelp.accessShowAbstract))
  @OptionGroup var global: GlobalOptions

  func run() throws {
    let store = try global.openStore()
    try printEditors(of: store, in: global.lang)
    try Output.notice(
      .mayEdit(account: store.account, try store.editRefusal() == nil), in: global.lang)
  }
}

/// Who may edit (and on PostgreSQL who may read): what `access` shows, and
/// how `allow` and `revoke` confirm what they did.
private func printEditors(of store: AuditStore, in language: Language) throws {
  if store.decidesAccess {
    let members = try store.roleMembers()
    for notice in [ServerNotice.editorRoles(members.editors), .viewerRoles(members.viewers)] {
      try Output.line(notice.message(in: language))
    }
    return
  }
  let editors = try store.editors()
  try Output.notice(
    editors.isEmpty
      ? .everyoneMayEdit(path: store.path)
      : .editors(accounts: editors.accounts, groups: editors.groups), in: language)
}

/// Names one account or group, and adds it to or takes it off the list.
struct EditorOptions: ParsableArguments {
  @Option(help: argumentHelp(ServerHelp.accessAccount, value: .account)) var account: String?
  @Option(help: argumentHelp(ServerHelp.accessGroup, value: .group)) var group: String?

  /// On PostgreSQL `--read-only` (the global flag) says the role is a
  /// viewer; the change itself is still written.
  func change(_ global: GlobalOptions, allowed: Bool) throws {
    if PostgresAddress.isURL(try global.databasePath()) {
      guard group == nil else { throw StoreError.server(.noGroups) }
      guard let account else { throw CommandFailure.nameOneEditor }
      var writing = global
      writing.readOnly = false
      let store = try writing.openStore()
      try store.grant(role: account, readOnly: global.readOnly, allowed: allowed)
      try printEditors(of: store, in: global.lang)
      return
    }
    let store = try global.openStore()
    let (kind, name): (String, String)
    switch (account, group) {
    case (let account?, nil): (kind, name) = ("account", account)
    case (nil, let group?): (kind, name) = ("group", group)
    default: throw CommandFailure.nameOneEditor
    }
    try store.setEditor(kind: kind, name: name, allowed: allowed)
    try printEditors(of: store, in: global.lang)
  }
}

struct AccessAllow: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "allow", abstract: helpText(ServerHelp.accessAllowAbstract))
  @OptionGroup var global: GlobalOptions
  @OptionGroup var editor: EditorOptions

  func run() throws { try editor.change(global, allowed: true) }
}

struct AccessRevoke: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "revoke", abstract: helpText(ServerHelp.accessRevokeAbstract))
  @OptionGroup var global: GlobalOptions
  @OptionGroup var editor: EditorOptions

  func run() throws { try editor.change(global, allowed: false) }
}
