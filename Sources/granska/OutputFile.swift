import Foundation
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

/// `-o PATH` as other Unix tools do it. A symlink is followed and its target
/// written; a FIFO, a device or `/dev/stdout` is written in place, never
/// replaced; a regular file is replaced by a complete temporary (renamed
/// over it) when this account owns it and it has no other hard links,
/// keeping its mode, owner and group; otherwise the complete temporary is
/// copied into it in place, so its inode, mode, owner and hard links stay.
/// A reader never sees half a file where a rename is possible, and a write
/// that fails in place leaves the complete temporary and says where.
enum OutputFile {
  static func write(_ data: Data, to path: String) throws(CommandFailure) {
    let target = try resolve(path)
    if let fd = target.descriptor {
      try writing(path) { () throws(SystemError) in try Files.writeAll(data, to: fd) }
      return
    }
    var info = stat()
    guard stat(target.path, &info) == 0 else {
      guard errno == ENOENT else { throw .cannotWrite(path: path, .current) }
      try requireDirectory(of: target.path, for: path)
      try replace(target.path, with: data, keeping: nil, for: path)
      return
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR:
      throw .outputIsADirectory(path: path)
    case S_IFREG:
      let mine = info.st_nlink == 1 && (info.st_uid == geteuid() || geteuid() == 0)
      if mine, try replace(target.path, with: data, keeping: info, for: path) { return }
      try overwriteInPlace(target.path, with: data, for: path)
    default:
      // A FIFO, a terminal, a device: written as it is, never replaced.
      try writing(path) { () throws(SystemError) in
        let fd = open(target.path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw .current }
        defer { close(fd) }
        try Files.writeAll(data, to: fd)
      }
    }
  }

  /// The path a chain of symlinks ends at (the last component's links; the
  /// kernel follows the directories'), or an open descriptor for the names
  /// of one (`/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`).
  private static func resolve(_ path: String) throws(CommandFailure) -> (
    path: String, descriptor: Int32?
  ) {
    var current = path
    for _ in 0..<40 {
      if let fd = descriptorNamed(current) { return (current, fd) }
      var info = stat()
      guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else {
        return (current, nil)
      }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(current, &buffer, buffer.count - 1)
      guard count >= 0 else { throw .cannotWrite(path: path, .current) }
      let link = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = link.hasPrefix("/") ? link : directory(of: current) + "/" + link
    }
    throw .cannotWrite(path: path, SystemError(ELOOP))
  }

  private static func descriptorNamed(_ path: String) -> Int32? {
    switch path {
    case "/dev/stdout": return STDOUT_FILENO
    case "/dev/stderr": return STDERR_FILENO
    default:
      for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
        return Int32(path.dropFirst(prefix.count))
      }
      return nil
    }
  }

  private static func requireDirectory(of file: String, for path: String) throws(CommandFailure) {
    let directory = directory(of: file)
    var info = stat()
    guard stat(directory, &info) == 0 else {
      if errno == ENOENT { throw .outputDirectoryMissing(path: directory) }
      throw .cannotWrite(path: path, .current)
    }
    guard info.st_mode & S_IFMT == S_IFDIR else { throw .outputDirectoryMissing(path: directory) }
  }

  /// A complete temporary beside the file, then a rename over it. A new
  /// file gets the mode a shell's `>` would give it; an existing one keeps
  /// its mode, owner and group — false when its group cannot be kept (the
  /// caller then writes in place).
  @discardableResult
  private static func replace(
    _ file: String, with data: Data, keeping existing: stat?, for path: String
  ) throws(CommandFailure) -> Bool {
    let temporary = try completeTemporary(data, beside: file, for: path)
    if let existing, fchown(temporary.fd, existing.st_uid, existing.st_gid) != 0 {
      close(temporary.fd)
      unlink(temporary.path)
      return false
    }
    do throws(SystemError) {
      if let existing {
        guard fchmod(temporary.fd, existing.st_mode & 0o7777) == 0 else { throw .current }
      } else {
        guard fchmod(temporary.fd, 0o666 & ~currentUmask()) == 0 else { throw .current }
      }
      guard close(temporary.fd) == 0 else { throw .current }
      guard rename(temporary.path, file) == 0 else { throw .current }
    } catch {
      unlink(temporary.path)
      throw .cannotWrite(path: path, error)
    }
    return true
  }

  /// For a file this account may not replace (another's, or hard-linked):
  /// the complete temporary first, then its bytes into the file itself.
  private static func overwriteInPlace(_ file: String, with data: Data, for path: String)
    throws(CommandFailure)
  {
    let temporary = try completeTemporary(data, beside: file, for: path)
    close(temporary.fd)
    do throws(SystemError) {
      let fd = open(file, O_WRONLY | O_NOCTTY | O_CLOEXEC)
      guard fd >= 0 else { throw .current }
      defer { close(fd) }
      try Files.writeAll(data, to: fd)
      guard ftruncate(fd, off_t(data.count)) == 0, fsync(fd) == 0 else { throw .current }
    } catch {
      throw .partlyWritten(path: path, error, copy: temporary.path)
    }
    unlink(temporary.path)
  }

  /// The data written and synced to a new file in the target's directory
  /// (or, where that is not writable, the temporary directory).
  private static func completeTemporary(_ data: Data, beside file: String, for path: String)
    throws(CommandFailure) -> (fd: Int32, path: String)
  {
    var lastError = SystemError(EACCES)
    for directory in [directory(of: file), NSTemporaryDirectory()] {
      var template = Array((directory + "/.granska-XXXXXX").utf8CString)
      let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
      guard fd >= 0 else {
        lastError = .current
        continue
      }
      let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
      do throws(SystemError) {
        try Files.writeAll(data, to: fd)
        guard fsync(fd) == 0 else { throw .current }
        return (fd, temporary)
      } catch {
        close(fd)
        unlink(temporary)
        throw .cannotWrite(path: path, error)
      }
    }
    throw .cannotWrite(path: path, lastError)
  }

  private static func writing(_ path: String, _ body: () throws(SystemError) -> Void)
    throws(CommandFailure)
  {
    do { try body() } catch { throw .cannotWrite(path: path, error) }
  }

  private static func directory(of file: String) -> String {
    let directory = (file as NSString).deletingLastPathComponent
    return directory.isEmpty ? "." : directory
  }

  private static func currentUmask() -> mode_t {
    let mask = umask(0)
    umask(mask)
    return mask
  }
}
