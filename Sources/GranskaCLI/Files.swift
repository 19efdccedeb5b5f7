import Foundation
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

/// Reading files and making directories with the system's own reasons for
/// failure (`SystemError`), so that messages can say them in words.
enum Files {
  /// How much each command reads at most: far beyond any real input, and
  /// small enough that a few people piping in a disk's worth cannot
  /// exhaust a server. Checked while reading.
  enum Limit {
    static let interchangeFile = 64 << 20
    static let batch = 16 << 20
    static let trainingFile = 16 << 20
    static let other = 16 << 20
    /// One line of a batch.
    static let line = 1 << 20
  }

  /// The whole file (or FIFO, or standard input when `path` is "-"), read
  /// no further than `limit` bytes: past it, `tooLarge`.
  static func read(_ path: String, limit: Int = Limit.other) throws(CommandFailure) -> Data {
    do {
      let fd = try openForReading(path)
      defer { close(fd) }
      var data = Data()
      data.reserveCapacity(min(limit, 1 << 20))
      var buffer = [UInt8](repeating: 0, count: 1 << 16)
      while true {
        let count = try readSome(fd, into: &buffer)
        if count == 0 { return data }
        guard data.count + count <= limit else {
          throw CommandFailure.tooLarge(file: path, megabytes: limit >> 20)
        }
        data.append(contentsOf: buffer[..<count])
      }
    } catch let error as SystemError {
      throw .cannotRead(file: path, error)
    } catch let error as CommandFailure {
      throw error
    } catch {
      throw .cannotRead(file: path, SystemError(EIO))
    }
  }

  /// Calls `body` with each line of the file (or standard input) as it
  /// arrives, so a batch runs each line the moment it is read; at most
  /// `limit` bytes in all and `Limit.line` in one line.
  static func forEachLine(
    _ path: String, limit: Int, _ body: (_ line: Data, _ number: Int) throws -> Void
  ) throws {
    let fd: Int32
    do {
      fd = try openForReading(path)
    } catch {
      throw CommandFailure.cannotRead(file: path, error)
    }
    defer { close(fd) }
    var pending = Data()
    var total = 0
    var number = 0
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count: Int
      do {
        count = try readSome(fd, into: &buffer)
      } catch {
        throw CommandFailure.cannotRead(file: path, error)
      }
      total += count
      guard total <= limit else {
        throw CommandFailure.tooLarge(file: path, megabytes: limit >> 20)
      }
      if count == 0 {
        if !pending.isEmpty {
          number += 1
          try body(pending, number)
        }
        return
      }
      pending.append(contentsOf: buffer[..<count])
      while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
        number += 1
        let line = pending[pending.startIndex..<newline]
        pending = pending[(newline + 1)...]
        try body(Data(line), number)
      }
      guard pending.count <= Limit.line else {
        throw CommandFailure.lineTooLong(file: path, line: number + 1, megabytes: Limit.line >> 20)
      }
    }
  }

  private static func openForReading(_ path: String) throws(SystemError) -> Int32 {
    let fd = path == "-" ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .current }
    var info = stat()
    if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
      close(fd)
      throw SystemError(EISDIR)
    }
    return fd
  }

  private static func readSome(_ fd: Int32, into buffer: inout [UInt8]) throws(SystemError) -> Int {
    while true {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if count >= 0 { return count }
      if errno != EINTR { throw .current }
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
