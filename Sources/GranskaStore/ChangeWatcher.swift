import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Wakes a waiting session when the database file (or its -wal) is written,
/// by any process, without polling: an inotify watch on its directory. The
/// caller waits on `descriptor` and then asks `AuditStore.dataVersion`
/// whether a commit really happened.
public final class ChangeWatcher {
  public let descriptor: Int32
  private let names: Set<String>

  /// Nil where the file system cannot be watched; callers then poll.
  public init?(databasePath path: String) {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    names = [name, name + "-wal"]
    descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    guard descriptor >= 0 else { return nil }
    let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_MOVED_TO)
    guard inotify_add_watch(descriptor, directory, mask) >= 0 else {
      close(descriptor)
      return nil
    }
  }

  deinit { close(descriptor) }

  /// Reads the pending notices; true when one concerned the database.
  public func drain() -> Bool {
    var relevant = false
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count <= 0 { return relevant }
      var offset = 0
      while offset + MemoryLayout<inotify_event>.size <= count {
        let (length, name) = buffer.withUnsafeBytes { raw -> (Int, String) in
          let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
          let start = offset + MemoryLayout<inotify_event>.size
          let bytes = raw[start..<min(count, start + Int(event.len))].prefix { $0 != 0 }
          return (Int(event.len), String(decoding: bytes, as: UTF8.self))
        }
        if names.contains(name) { relevant = true }
        offset += MemoryLayout<inotify_event>.size + length
      }
    }
  }
}
