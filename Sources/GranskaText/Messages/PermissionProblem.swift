/// A permission an account lacks on a shared database (or its directory,
/// or journal files left by someone else), and the command that gives it.
public struct PermissionProblem: Hashable, Sendable, Worded {
  public enum Need: String, Hashable, Sendable { case read, write }

  public enum Fix: Hashable, Sendable {
    /// The account is not in the group that has the permission.
    case joinGroup(group: String, account: String)
    /// The owner or the group should have it: `chmod g+rw path`.
    case chmod(path: String, bits: String)
    /// The file belongs to another group than its setgid directory's.
    case changeGroup(path: String, group: String, bits: String)
    /// Journal files left by someone else: the database's owner, group and mode.
    case matchDatabase(paths: [String], owner: String, group: String, mode: String)
  }

  public var account: String
  public var need: Need
  /// The file or directory that lacks it.
  public var path: String
  public var owner: String
  public var group: String
  /// As `ls -l` shows it, e.g. "rw-r-----".
  public var mode: String
  public var fix: Fix

  public init(
    account: String, need: Need, path: String, owner: String, group: String, mode: String,
    fix: Fix
  ) {
    self.account = account
    self.need = need
    self.path = path
    self.owner = owner
    self.group = group
    self.mode = mode
    self.fix = fix
  }

  /// The fix as a command line to copy.
  public var command: String {
    switch fix {
    case .joinGroup(let group, let account):
      shellCommand(["sudo", "usermod", "-aG", group, account])
    case .chmod(let path, let bits): shellCommand(["chmod", bits, path])
    case .changeGroup(let path, let group, let bits):
      shellCommand(["chgrp", group, path]) + " && " + shellCommand(["chmod", "g+" + bits, path])
    case .matchDatabase(let paths, let owner, let group, let mode):
      shellCommand(["sudo", "chown", owner + ":" + group] + paths) + " && "
        + shellCommand(["sudo", "chmod", mode] + paths)
    }
  }

  private var joinsGroup: Bool {
    if case .joinGroup = fix { return true }
    return false
  }

  public func message(in language: Language) -> String {
    switch language {
    case .sv:
      "\(account) kan inte \(need == .read ? "läsa" : "skriva i") \(path) (ägare \(owner), "
        + "grupp \(group), \(mode)). Åtgärd: \(command)"
        + (joinsGroup ? " (och logga sedan in på nytt)" : "")
    case .en:
      "\(account) cannot \(need.rawValue) \(path) (owner \(owner), group \(group), \(mode)). "
        + "To fix: \(command)" + (joinsGroup ? " (then log in again)" : "")
    }
  }
}
