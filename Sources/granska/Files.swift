import Foundation
import GranskaText

#if canImport(Glibc)
  import Glibc
#endif

/// Reading files and making directories with the system's own reasons for
/// failure (`SystemError`), so that messages can say them in words.
enum Files {
  /// The whole file (or FIFO, or standard input when `path` is "-").
  static func read(_ path: String) throws(CommandFailure) -> Data {
    do {
      return try readContents(path)
    } catch {
      throw .cannotRead(file: path, error)
    }
  }

  private static func readContents(_ path: String) throws(SystemError) -> Data {
    let fd = path == "-" ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .current }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { throw SystemError(EISDIR) }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if count == 0 { return data }
      if count < 0 {
        if errno == EINTR { continue }
        throw .current
      }
      data.append(contentsOf: buffer[..<count])
    }
  }

  /// Creates `path` and any missing parents (like `mkdir -p`).
  static func makeDirectories(_ path: String, mode: mode_t) throws(SystemError) {
    var info = stat()
    if stat(path, &info) == 0 {
      guard info.st_mode & S_IFMT == S_IFDIR else { throw SystemError(ENOTDIR) }
      return
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty, parent != path { try makeDirectories(parent, mode: mode) }
    if mkdir(path, mode) != 0, errno != EEXIST { throw .current }
  }

  static func writeAll(_ data: Data, to fd: Int32) throws(SystemError) {
    var offset = 0
    while offset < data.count {
      let count = data[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .current
      }
      offset += count
    }
  }
}
