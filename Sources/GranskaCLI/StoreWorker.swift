import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Does the dashboard's database work on a thread of its own, one job at
/// a time and in the order given, so that the key loop never waits for a
/// database: a stopped server holds a job, never the screen. A finished
/// job's reply waits in `finished()`, and `descriptor` becomes readable.
final class StoreWorker<Reply: Sendable>: @unchecked Sendable {
  /// Readable when a reply is ready.
  let descriptor: Int32
  private let writeEnd: Int32
  private let condition = NSCondition()
  private var jobs: [@Sendable () -> Reply] = []
  private var replies: [Reply] = []
  private var running = 0

  init() {
    var ends: [Int32] = [0, 0]
    if pipe(&ends) != 0 { ends = [-1, -1] }
    for end in ends where end >= 0 {
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    descriptor = ends[0]
    writeEnd = ends[1]
    let thread = Thread { [weak self] in self?.work() }
    thread.name = "granska-store"
    thread.start()
  }

  /// Whether a job is queued or running.
  var isBusy: Bool {
    condition.lock()
    defer { condition.unlock() }
    return running > 0 || !jobs.isEmpty
  }

  func submit(_ job: @escaping @Sendable () -> Reply) {
    condition.lock()
    jobs.append(job)
    condition.signal()
    condition.unlock()
  }

  /// The replies ready now, oldest first.
  func finished() -> [Reply] {
    var buffer = [UInt8](repeating: 0, count: 64)
    while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    condition.lock()
    defer { condition.unlock() }
    let ready = replies
    replies = []
    return ready
  }

  private func work() {
    while true {
      condition.lock()
      while jobs.isEmpty { condition.wait() }
      let job = jobs.removeFirst()
      running += 1
      condition.unlock()
      let reply = job()
      condition.lock()
      replies.append(reply)
      running -= 1
      condition.unlock()
      var byte: UInt8 = 1
      _ = write(writeEnd, &byte, 1)
    }
  }
}
