import Foundation
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

/// File-system checks made before SQLite sees the path, so that a wrong
/// path gets a plain message and new files get safe permissions.
enum DatabaseFile {
  /// Group-writable at most: a shared database is shared through a group,
  /// never with the world. SQLite gives -wal and -shm the same mode.
  static let mode: mode_t = 0o660

  static func directory(of path: String) -> String {
    let directory = (path as NSString).deletingLastPathComponent
    return directory.isEmpty ? "." : directory
  }

  /// Creates an empty database file when none exists; true when it did.
  static func createIfMissing(_ path: String) throws(StoreError) -> Bool {
    var info = stat()
    if stat(path, &info) == 0 {
      if (info.st_mode & S_IFMT) == S_IFDIR {
        throw StoreError.isADirectory(path: path)
      }
      return false
    }
    let directory = (path as NSString).deletingLastPathComponent
    let parent = directory.isEmpty ? "." : directory
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw StoreError.directoryMissing(path: parent) }
    let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard fd >= 0 else {
      throw StoreError.cannotCreate(path: path, .current)
    }
    defer { close(fd) }
    // Group mode: in a setgid directory the file belongs to the directory's
    // group and every member must be able to write it, whatever the umask of
    // the one who happened to create it.
    if FileStatus(parent)?.isSetGID == true, fchmod(fd, mode) != 0 {
      let reason = SystemError.current
      unlink(path)
      throw StoreError.cannotCreate(path: path, reason)
    }
    return true
  }

  /// What is unsafe about where the database lives, if anything: a
  /// directory anyone may write to lets others replace the file or plant
  /// its -wal and -shm journal files.
  static func warnings(_ path: String) -> [StoreWarning] {
    let directory = (path as NSString).deletingLastPathComponent
    var info = stat()
    guard stat(directory.isEmpty ? "." : directory, &info) == 0 else { return [] }
    guard info.st_mode & S_IWOTH != 0 else { return [] }
    return [.worldWritableDirectory(path: path, directory: directory.isEmpty ? "." : directory)]
  }

  /// Refuses a database whose files someone may have planted: SQLite
  /// follows a symbolic link as `granska.sqlite`, `-wal` or `-shm` and
  /// writes wherever it points. So the journal files must be regular files,
  /// and so must the database itself in a shared (setgid) directory or
  /// when the link is someone else's; in a shared directory each must also
  /// belong to a member of the directory's group. Nothing is changed.
  static func refusePlanted(_ path: String) throws(StoreError) {
    let directory = FileStatus(directory(of: path))
    let shared = directory?.isSetGID == true
    for name in [path, path + "-wal", path + "-shm"] {
      var info = stat()
      guard lstat(name, &info) == 0 else { continue }
      let kind = info.st_mode & S_IFMT
      if kind == S_IFLNK {
        let isDatabase = name == path
        if !isDatabase || shared || info.st_uid != geteuid() {
          let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: name)) ?? "?"
          throw StoreError.plantedFile(name, .symbolicLink(to: target))
        }
        continue
      }
      guard kind == S_IFREG else { throw StoreError.plantedFile(name, .notAFile) }
      if shared, let group = directory?.gid, !isMember(info.st_uid, of: group) {
        throw StoreError.plantedFile(
          name,
          .ownerOutsideGroup(
            owner: FileStatus(name)?.ownerName ?? "\(info.st_uid)",
            group: directory?.groupName ?? "\(group)"))
      }
    }
  }

  /// Whether the account is in the group, as its primary group or a member.
  static func isMember(_ uid: uid_t, of group: gid_t) -> Bool {
    if uid == 0 { return true }
    guard let account = getpwuid(uid) else { return false }
    if account.pointee.pw_gid == group { return true }
    guard let entry = getgrgid(group), var member = entry.pointee.gr_mem else { return false }
    let name = String(cString: account.pointee.pw_name)
    while let pointer = member.pointee {
      if String(cString: pointer) == name { return true }
      member += 1
    }
    return false
  }

  /// Whether the file system holding the database has (next to) no room
  /// left for this account: less than 256 kB, or no inodes.
  static func isFull(_ path: String) -> Bool {
    var info = statvfs()
    guard statvfs(directory(of: path), &info) == 0 else { return false }
    return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 256 << 10 || info.f_favail == 0
  }

  /// The account's own database, which no one else can write: opening it
  /// may upgrade its schema silently (a shared one needs `granska migrate`).
  static func isPrivate(_ path: String) -> Bool {
    guard let status = FileStatus(path) else { return false }
    return status.uid == geteuid() && status.mode & 0o022 == 0
  }

  /// True for a file of 0 bytes that stays so for a moment: another
  /// process that has just created it fills it within milliseconds.
  static func staysEmpty(_ path: String) -> Bool {
    for attempt in 0..<40 {
      var info = stat()
      guard stat(path, &info) == 0, info.st_size == 0, info.st_mode & S_IFMT == S_IFREG else {
        return false
      }
      if attempt < 39 { usleep(50_000) }
    }
    return true
  }

  /// Removes a database this process just created and could not fill.
  static func remove(_ path: String) {
    for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
  }
}
