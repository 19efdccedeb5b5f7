import Foundation

/// A command's two steps at once, on two cores: `produce` reads on a
/// thread of its own while `consume`, on the caller's, words and writes
/// what was read before, in the order read. At most `capacity` pieces wait
/// between them, so memory holds a few pieces however many there are.
enum Handoff {
  /// Throws the first error of either step (the producer's only after the
  /// pieces it made before it). Whatever ends the consuming, the producer
  /// is stopped at its next piece and waited for: no read is left running.
  static func run<Piece: Sendable>(
    capacity: Int = 2,
    produce: @escaping @Sendable (_ hand: (Piece) throws -> Void) throws -> Void,
    consume: (Piece) throws -> Void
  ) throws {
    let queue = Queue<Piece>(capacity: capacity)
    Thread {
      do {
        try produce { piece in try queue.put(piece) }
        queue.finish(nil)
      } catch {
        queue.finish(error)
      }
    }.start()
    defer { queue.stopAndWait() }
    while let piece = try queue.take() { try consume(piece) }
  }

  /// The pieces between the two threads.
  private final class Queue<Piece: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var pieces: [Piece] = []
    private var finished = false
    private var failure: (any Error)?
    private var stopped = false

    init(capacity: Int) { self.capacity = capacity }

    /// Waits for room; throws once the consumer has stopped.
    func put(_ piece: Piece) throws {
      condition.lock()
      defer { condition.unlock() }
      while pieces.count >= capacity, !stopped { condition.wait() }
      if stopped { throw Stopped() }
      pieces.append(piece)
      condition.broadcast()
    }

    /// The producer is done, with the error that ended it if any.
    func finish(_ error: (any Error)?) {
      condition.lock()
      defer { condition.unlock() }
      finished = true
      failure = error
      condition.broadcast()
    }

    /// The next piece, nil after the last; the producer's error after the
    /// pieces it made before it.
    func take() throws -> Piece? {
      condition.lock()
      defer { condition.unlock() }
      while pieces.isEmpty, !finished { condition.wait() }
      if !pieces.isEmpty {
        condition.broadcast()
        return pieces.removeFirst()
      }
      if let failure { throw failure }
      return nil
    }

    func stopAndWait() {
      condition.lock()
      defer { condition.unlock() }
      stopped = true
      condition.broadcast()
      while !finished { condition.wait() }
    }
  }

  /// What the producer is told by `hand` once the consumer has stopped.
  private struct Stopped: Error {}
}
