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
    close(fd)
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

  /// Removes a database this process just created and could not fill.
  static func remove(_ path: String) {
    for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
  }
}
