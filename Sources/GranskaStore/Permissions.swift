import Foundation
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

/// Who the process is, as the kernel checks file permissions: its effective
/// user and all its groups.
public struct Credentials: Equatable, Sendable {
  public var uid: uid_t
  public var groups: Set<gid_t>
  public var name: String

  public init(uid: uid_t, groups: Set<gid_t>, name: String) {
    self.uid = uid
    self.groups = groups
    self.name = name
  }

  /// The running process's.
  public static func current() -> Credentials {
    let count = getgroups(0, nil)
    var ids = [gid_t](repeating: 0, count: Int(max(count, 0)))
    let got = getgroups(count, &ids)
    return Credentials(
      uid: geteuid(), groups: Set(ids.prefix(Int(max(got, 0)))).union([getegid()]),
      name: currentAccount())
  }
}

/// What an account may do with a database, judged from the file's and its
/// directory's owner, group and mode bits (not ACLs), and why not.
public struct DatabaseAccess: Equatable, Sendable {
  public var canRead: Bool
  public var canWrite: Bool
  /// The first missing permission: read when it cannot read, else write.
  public var problem: PermissionProblem?

  public static func check(_ path: String, as who: Credentials = .current()) -> DatabaseAccess {
    let directory = DatabaseFile.directory(of: path)
    // A directory the account cannot enter hides whether the file is there.
    if let dir = FileStatus(directory),
      let problem = dir.problem(.read, as: who, path: directory, directory: nil)
    {
      return DatabaseAccess(canRead: false, canWrite: false, problem: problem)
    }
    guard let file = FileStatus(path) else {
      // A missing file needs only a writable directory to be created.
      let dir = FileStatus(directory)
      let problem = dir.flatMap { $0.problem(.write, as: who, path: directory, directory: nil) }
      return DatabaseAccess(canRead: false, canWrite: problem == nil, problem: problem)
    }
    let dir = FileStatus(directory)
    if let problem = file.problem(.read, as: who, path: path, directory: dir) {
      return DatabaseAccess(canRead: false, canWrite: false, problem: problem)
    }
    let problem =
      file.problem(.write, as: who, path: path, directory: dir)
      ?? dir?.problem(.write, as: who, path: directory, directory: nil)
      ?? journalProblem(path, database: file, as: who)
    return DatabaseAccess(canRead: true, canWrite: problem == nil, problem: problem)
  }

  /// -wal and -shm the account cannot write block it from saving, however
  /// the database itself is set: they must match the database file.
  private static func journalProblem(_ path: String, database: FileStatus, as who: Credentials)
    -> PermissionProblem?
  {
    let blocking = ["-wal", "-shm"].map { path + $0 }.filter { journal in
      FileStatus(journal).map { $0.problem(.write, as: who, path: journal, directory: nil) != nil }
        ?? false
    }
    guard let first = blocking.first, let status = FileStatus(first) else { return nil }
    let mode = String(database.mode & 0o777, radix: 8)
    return PermissionProblem(
      account: who.name, need: .write, path: first, owner: status.ownerName,
      group: status.groupName, mode: status.modeText,
      fix: .matchDatabase(
        paths: blocking, owner: database.ownerName, group: database.groupName, mode: mode))
  }
}

/// Owner, group and mode of one file, and what they allow.
struct FileStatus {
  let uid: uid_t
  let gid: gid_t
  let mode: mode_t

  init?(_ path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    uid = info.st_uid
    gid = info.st_gid
    mode = info.st_mode
  }

  var isDirectory: Bool { mode & S_IFMT == S_IFDIR }
  var isSetGID: Bool { mode & S_ISGID != 0 }
  var ownerName: String { getpwuid(uid).map { String(cString: $0.pointee.pw_name) } ?? "\(uid)" }
  var groupName: String { getgrgid(gid).map { String(cString: $0.pointee.gr_name) } ?? "\(gid)" }

  /// "rw-rw----", "rwxrws---", as `ls -l` shows it.
  var modeText: String {
    let letters = Array("rwxrwxrwx")
    var text = (0..<9).map { i in mode & (0o400 >> mode_t(i)) != 0 ? letters[i] : "-" }
    let special: [(bit: mode_t, at: Int, letter: Character)] = [
      (S_ISUID, 2, "s"), (S_ISGID, 5, "s"), (S_ISVTX, 8, "t"),
    ]
    for (bit, at, letter) in special where mode & bit != 0 {
      text[at] = text[at] == "-" ? Character(letter.uppercased()) : letter
    }
    return String(text)
  }

  /// Read or write; a directory also needs search (x) to reach what is in it.
  private func bits(_ need: PermissionProblem.Need) -> (owner: mode_t, group: mode_t, other: mode_t)
  {
    switch (need, isDirectory) {
    case (.read, false): (S_IRUSR, S_IRGRP, S_IROTH)
    case (.write, false): (S_IWUSR, S_IWGRP, S_IWOTH)
    case (.read, true): (S_IRUSR | S_IXUSR, S_IRGRP | S_IXGRP, S_IROTH | S_IXOTH)
    case (.write, true): (S_IWUSR | S_IXUSR, S_IWGRP | S_IXGRP, S_IWOTH | S_IXOTH)
    }
  }

  func allows(_ need: PermissionProblem.Need, _ who: Credentials) -> Bool {
    if who.uid == 0 { return true }
    let bits = bits(need)
    if who.uid == uid { return mode & bits.owner == bits.owner }
    if who.groups.contains(gid) { return mode & bits.group == bits.group }
    return mode & bits.other == bits.other
  }

  /// Nil when `who` has the permission; else what is missing and the fix.
  /// In group mode the directory's group is the one that should hold it.
  func problem(
    _ need: PermissionProblem.Need, as who: Credentials, path: String, directory: FileStatus?
  ) -> PermissionProblem? {
    if allows(need, who) { return nil }
    let shareGroup = directory.flatMap { $0.isSetGID ? $0.gid : nil } ?? gid
    let letters =
      (need == .read ? "r" : "rw") + (isDirectory ? (need == .write ? "xs" : "x") : "")
    let fix: PermissionProblem.Fix
    if who.uid == uid {
      fix = .chmod(path: path, bits: "u+" + letters.replacingOccurrences(of: "s", with: ""))
    } else if shareGroup != gid {
      fix = .changeGroup(path: path, group: Self.name(ofGroup: shareGroup), bits: letters)
    } else if mode & bits(need).group != bits(need).group {
      fix = .chmod(path: path, bits: "g+" + letters)
    } else {
      fix = .joinGroup(group: groupName, account: who.name)
    }
    return PermissionProblem(
      account: who.name, need: need, path: path, owner: ownerName, group: groupName,
      mode: modeText, fix: fix)
  }

  static func name(ofGroup gid: gid_t) -> String {
    getgrgid(gid).map { String(cString: $0.pointee.gr_name) } ?? "\(gid)"
  }
}
