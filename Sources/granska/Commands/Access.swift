import ArgumentParser
import GranskaStore
import GranskaText

/// Who may edit a shared database. Kept in the database itself, so the
/// rule travels with the file; only the file's owner (or root) may change it.
struct AccessCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "access",
    abstract: "Show or change who may edit this database (accounts or groups).",
    discussion: """
      With no editors listed, everyone who can write the file may edit. Once
      any account or group is listed, only those may; everyone else gets the
      dashboard read-only. Examples:
        granska access allow --group infosak
        granska access allow --account anna
        granska access revoke --account anna
      On PostgreSQL the database decides: --account names a role, made an
      editor (granska_editor) or with --read-only a viewer (granska_viewer)
      by a GRANT; revoke takes both away.
      """,
    subcommands: [AccessShow.self, AccessAllow.self, AccessRevoke.self],
    defaultSubcommand: AccessShow.self)
}

struct AccessShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "List who may edit.")
  @OptionGroup var global: GlobalOptions

  func run() throws {
    try reportingErrors(global.lang) {
      let store = try global.openStore()
      if store.isPostgres {
        let members = try store.roleMembers()
        for notice in [ServerNotice.editorRoles(members.editors), .viewerRoles(members.viewers)] {
          try Output.line(notice.message(in: global.lang))
        }
        try Output.notice(
          .mayEdit(account: store.account, try store.editRefusal() == nil), in: global.lang)
        return
      }
      let editors = try store.editors()
      try Output.notice(
        editors.isEmpty
          ? .everyoneMayEdit(path: store.path)
          : .editors(accounts: editors.accounts, groups: editors.groups), in: global.lang)
      try Output.notice(
        .mayEdit(account: store.account, try store.editRefusal() == nil), in: global.lang)
    }
  }
}

/// Names one account or group, and adds it to or takes it off the list.
struct EditorOptions: ParsableArguments {
  @Option(help: "A Unix account (on PostgreSQL: a role).") var account: String?
  @Option(help: "A Unix group.") var group: String?

  /// On PostgreSQL `--read-only` (the global flag) says the role is a
  /// viewer; the change itself is still written.
  func change(_ global: GlobalOptions, allowed: Bool) throws {
    try reportingErrors(global.lang) {
      if PostgresAddress.isURL(try global.databasePath()) {
        guard group == nil else { throw StoreError.server(.noGroups) }
        guard let account else { throw CommandFailure.nameOneEditor }
        var writing = global
        writing.readOnly = false
        try writing.openStore().grant(role: account, readOnly: global.readOnly, allowed: allowed)
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
    }
  }
}

struct AccessAllow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "allow", abstract: "Let an account or group edit.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var editor: EditorOptions

  func run() throws { try editor.change(global, allowed: true) }
}

struct AccessRevoke: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "revoke", abstract: "Take an account or group off the list.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var editor: EditorOptions

  func run() throws { try editor.change(global, allowed: false) }
}
