import Foundation
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

/// A program Granska starts (sendmail, the pager): its standard input from
/// `input`, its output to `output` (nil: Granska's own), none of Granska's
/// other descriptors (the database, a server's socket), and SIGPIPE at its
/// default, which Granska itself ignores.
enum ChildProcess {
  static func spawn(_ arguments: [String], input: Int32, output: Int32?) throws(SystemError)
    -> pid_t
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, input, 0)
    if let output {
      posix_spawn_file_actions_adddup2(&actions, output, 1)
      posix_spawn_file_actions_adddup2(&actions, output, 2)
    }
    if let closeFrom { _ = closeFrom(&actions, 3) }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    let error = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
    guard error == 0 else { throw SystemError(error) }
    return pid
  }

  /// How the program ended: its exit status, or the signal that ended it.
  enum Ending: Equatable {
    case exited(Int32)
    case killed(signal: Int32)
  }

  static func wait(_ pid: pid_t) throws(SystemError) -> Ending {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { throw .current }
    }
    let signal = status & 0x7F
    return signal != 0 ? .killed(signal: signal) : .exited((status >> 8) & 0xFF)
  }

  // glibc's posix_spawn_file_actions_addclosefrom_np (2.34) is not
  // visible to Swift's Glibc module; found at run time.
  private typealias Actions = UnsafeMutablePointer<posix_spawn_file_actions_t>
  private static let closeFrom = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np").map {
    unsafeBitCast($0, to: (@convention(c) (Actions, Int32) -> Int32).self)
  }
}
