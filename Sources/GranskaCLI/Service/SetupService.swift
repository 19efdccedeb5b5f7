import ArgumentParser
import Foundation
import GranskaStore
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

/// Service-account mode's server side in one step (as root): the account
/// that owns the database, its home and database with the right modes, an
/// empty authorized_keys, and what to do next.
struct SetupService: GlobalCommand {
  static let configuration = CommandConfiguration(
    commandName: "setup-service",
    abstract: helpText(ServerHelp.setupAbstract),
    discussion: helpText(ServerHelp.setupDiscussion))

  @Option(help: argumentHelp(ServerHelp.setupUser, value: .account)) var user = "granska"
  @Option(help: argumentHelp(ServerHelp.setupHome, value: .home)) var home = "/var/lib/granska"
  /// --db (default here: granska.sqlite in the home) and --lang.
  @OptionGroup var global: GlobalOptions

  func run() throws {
    guard geteuid() == 0 else { throw ServiceText.needsRoot }
    let database = URL(fileURLWithPath: global.db ?? home + "/granska.sqlite").standardizedFileURL
      .path
    if getpwnam(user) == nil {
      try Self.run(
        "/usr/sbin/useradd", "--system", "--create-home", "--home-dir", home, "--shell",
        "/bin/sh", "--user-group", "--comment", "Granska", user)
    }
    // Not locked ("!"), so sshd lets keys in also without PAM; "*" matches no password.
    try Self.run("/usr/sbin/usermod", "--password", "*", user)
    guard let entry = getpwnam(user) else { throw ServiceText.noSuchAccount(user) }
    let (uid, gid) = (entry.pointee.pw_uid, entry.pointee.pw_gid)
    let accountHome = String(cString: entry.pointee.pw_dir)
    for directory in [
      accountHome, accountHome + "/.ssh", (database as NSString).deletingLastPathComponent,
    ] {
      try Self.privateDirectory(directory, uid: uid, gid: gid)
    }
    let keys = accountHome + "/.ssh/authorized_keys"
    let fd = open(keys, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
    if fd >= 0 {
      fchown(fd, uid, gid)
      fchmod(fd, 0o600)
      close(fd)
    }
    // The database is made by the account itself, so every file is its own.
    try Self.run(
      "/usr/sbin/runuser", "-u", user, "--", AuthorizedKeys.runningBinary(), "--db", database,
      "summary")
    chmod(database, 0o600)
    let ready = ServiceText.serviceReady(
      account: user, database: database, binary: AuthorizedKeys.runningBinary())
    for line in ready.message(in: global.lang).split(separator: "\n") {
      try Output.line(String(line))
    }
  }

  /// Owned by the account, 0700, created when missing.
  private static func privateDirectory(_ path: String, uid: uid_t, gid: gid_t) throws {
    do throws(SystemError) {
      try Files.makeDirectories(path, mode: 0o700)
    } catch {
      throw CommandFailure.cannotWrite(path: path, error)
    }
    guard chown(path, uid, gid) == 0, chmod(path, 0o700) == 0 else {
      throw CommandFailure.cannotWrite(path: path, .current)
    }
  }

  /// Runs a system tool; its own message when it fails.
  private static func run(_ arguments: String...) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: arguments[0])
    process.arguments = Array(arguments.dropFirst())
    process.standardOutput = FileHandle.nullDevice
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw ServiceText.toolFailed(
        command: arguments.joined(separator: " "),
        message: message.trimmingCharacters(in: .whitespacesAndNewlines))
    }
  }
}
