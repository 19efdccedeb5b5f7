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
    do {
      try write(to: path) { write in try write(data) }
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      preconditionFailure("writing data throws only CommandFailure: \(error)")
    }
  }

  /// Writes what `produce` hands its writer, piece by piece, as `write(_:to:)`
  /// writes a whole: into the complete temporary where one is made, so a
  /// file is replaced only once it is whole. When `produce` throws, the
  /// target is left as it was (a FIFO or device has what came before) and
  /// its error comes out as it was thrown.
  static func write(to path: String, _ produce: (_ write: (Data) throws -> Void) throws -> Void)
    throws
  {
    let target = try resolve(path)
    if let fd = target.descriptor {
      try produce { data in
        try writing(path) { () throws(SystemError) in try Files.writeAll(data, to: fd) }
      }
      return
    }
    var info = stat()
    guard stat(target.path, &info) == 0 else {
      guard errno == ENOENT else { throw CommandFailure.cannotWrite(path: path, .current) }
      try requireDirectory(of: target.path, for: path)
      let temporary = try completeTemporary(beside: target.path, for: path, produce)
      try replace(target.path, with: temporary, keeping: nil, for: path)
      return
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR:
      throw CommandFailure.outputIsADirectory(path: path)
    case S_IFREG:
      let temporary = try completeTemporary(beside: target.path, for: path, produce)
      let mine = info.st_nlink == 1 && (info.st_uid == geteuid() || geteuid() == 0)
      if mine, try replace(target.path, with: temporary, keeping: info, for: path) { return }
      try overwriteInPlace(target.path, with: temporary, for: path)
    default:
      // A FIFO, a terminal, a device: written as it is, never replaced.
      let fd = open(target.path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
      guard fd >= 0 else { throw CommandFailure.cannotWrite(path: path, .current) }
      defer { close(fd) }
      try produce { data in
        try writing(path) { () throws(SystemError) in try Files.writeAll(data, to: fd) }
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
  /// temporary is then kept for the caller to copy in place).
  @discardableResult
  private static func replace(
    _ file: String, with temporary: Temporary, keeping existing: stat?, for path: String
  ) throws(CommandFailure) -> Bool {
    if let existing, fchown(temporary.fd, existing.st_uid, existing.st_gid) != 0 {
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
  /// the complete temporary's bytes copied into the file itself.
  private static func overwriteInPlace(_ file: String, with temporary: Temporary, for path: String)
    throws(CommandFailure)
  {
    defer { close(temporary.fd) }
    do throws(SystemError) {
      let fd = open(file, O_WRONLY | O_NOCTTY | O_CLOEXEC)
      guard fd >= 0 else { throw .current }
      defer { close(fd) }
      guard lseek(temporary.fd, 0, SEEK_SET) == 0 else { throw .current }
      var size: off_t = 0
      var buffer = [UInt8](repeating: 0, count: 1 << 16)
      while true {
        let count = buffer.withUnsafeMutableBytes { read(temporary.fd, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR { continue }
        guard count >= 0 else { throw .current }
        if count == 0 { break }
        try Files.writeAll(Data(buffer[..<count]), to: fd)
        size += off_t(count)
      }
      guard ftruncate(fd, size) == 0, fsync(fd) == 0 else { throw .current }
    } catch {
      throw .partlyWritten(path: path, error, copy: temporary.path)
    }
    unlink(temporary.path)
  }

  /// A new file in the target's directory (or, where that is not writable,
  /// the temporary directory), open for writing.
  struct Temporary {
    let fd: Int32
    let path: String
  }

  /// What `produce` writes, in a new temporary file, synced; removed again
  /// when anything fails.
  private static func completeTemporary(
    beside file: String, for path: String,
    _ produce: (_ write: (Data) throws -> Void) throws -> Void
  ) throws -> Temporary {
    let temporary = try newTemporary(beside: file, for: path)
    do {
      try produce { data in
        try writing(path) { () throws(SystemError) in try Files.writeAll(data, to: temporary.fd) }
      }
      guard fsync(temporary.fd) == 0 else { throw CommandFailure.cannotWrite(path: path, .current) }
      return temporary
    } catch {
      close(temporary.fd)
      unlink(temporary.path)
      throw error
    }
  }

  private static func newTemporary(beside file: String, for path: String) throws(CommandFailure)
    -> Temporary
  {
    var lastError = SystemError(EACCES)
    for directory in [directory(of: file), NSTemporaryDirectory()] {
      var template = Array((directory + "/.granska-XXXXXX").utf8CString)
      let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
      guard fd >= 0 else {
        lastError = .current
        continue
      }
      return Temporary(
        fd: fd, path: template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
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
