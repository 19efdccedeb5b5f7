import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to its end through `posix_spawn`, with an empty signal
/// mask, default signal handling, standard input and error on /dev/null and
/// standard output in a file (or /dev/null). Foundation's `Process` hangs
/// with tmux on Linux: the tmux server inherits its pipe and its blocked
/// signals.
public enum Spawn {
  public struct Failure: Error, CustomStringConvertible {
    public let description: String

    public init(description: String) { self.description = description }
  }

  /// The exit status (128 + n when ended by signal n).
  @discardableResult
  public static func run(
    _ arguments: [String], environment: [String: String], output: String? = nil
  )
    throws -> Int32
  {
    try wait(start(arguments, environment: environment, output: output), name: arguments[0])
  }

  /// Starts a program with standard input, output and error from and to
  /// files (or /dev/null), in `directory`, with no other descriptor of this
  /// process: a long-lived child (sshd, tmux) must not hold another test's
  /// pipes open. Returns its process id.
  public static func start(
    _ arguments: [String], environment: [String: String], input: String? = nil,
    output: String? = nil, errors: String? = nil, directory: String? = nil
  ) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(
      &actions, 2, errors ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    _ = closeFrom(&actions, 3)
    if let directory { _ = changeDirectory(&actions, directory) }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGCHLD, SIGWINCH, SIGTSTP] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }

    var pid = pid_t()
    let error = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
    guard error == 0 else {
      throw Failure(description: "cannot run \(arguments[0]): \(String(cString: strerror(error)))")
    }
    return pid
  }

  // glibc's posix_spawn_file_actions_addclosefrom_np and _addchdir_np
  // (2.34, 2.29) are not visible to Swift's Glibc module; found at run time.
  private typealias Actions = UnsafeMutablePointer<posix_spawn_file_actions_t>
  private static let closeFrom = unsafeBitCast(
    dlsym(nil, "posix_spawn_file_actions_addclosefrom_np"),
    to: (@convention(c) (Actions, Int32) -> Int32).self)
  private static let changeDirectory = unsafeBitCast(
    dlsym(nil, "posix_spawn_file_actions_addchdir_np"),
    to: (@convention(c) (Actions, UnsafePointer<CChar>) -> Int32).self)

  /// Waits for a started program to end: its exit status and the most
  /// memory it held at once (peak resident set, bytes).
  public static func waitMeasuring(_ pid: pid_t, name: String) throws -> (
    status: Int32, peakBytes: Int
  ) {
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 {
      guard errno == EINTR else { throw Failure(description: "lost \(name) (\(pid))") }
    }
    let signal = status & 0x7F
    return (signal == 0 ? (status >> 8) & 0xFF : 128 + signal, Int(usage.ru_maxrss) * 1024)
  }

  /// Waits for a started program to end; its exit status.
  public static func wait(_ pid: pid_t, name: String) throws -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else { throw Failure(description: "lost \(name) (\(pid))") }
    }
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }
}
