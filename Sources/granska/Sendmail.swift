import Foundation
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

/// The system's mail interface, as cron and git send-email use it:
/// `sendmail -t -oi` reads one message on standard input and takes the
/// recipients from its headers (`-t`); a line of one dot is text (`-oi`).
/// Exit status 0 means the mail system has taken the message.
enum Sendmail {
  static let defaultPath = "/usr/sbin/sendmail"

  /// Hands `message` to the program at `path`; throws why it was not taken.
  static func send(_ message: String, path: String) throws(MailProblem) {
    guard FileManager.default.fileExists(atPath: path) else {
      throw MailProblem.noSendmail(path: path)
    }
    // What sendmail says (on either stream) goes to an unnamed file, read
    // back for the failure's words: a pipe could fill while we write.
    let said = tmpfile()
    defer { if let said { fclose(said) } }
    var input: [Int32] = [-1, -1]
    guard pipe(&input) == 0 else { throw MailProblem.cannotRun(path: path, .current) }
    // Only the copies made for it reach the child: it must see the end of its input.
    for descriptor in input + [said.map { fileno($0) } ?? -1] where descriptor >= 0 {
      _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    }
    var writeEnd = input[1]
    defer { if writeEnd >= 0 { close(writeEnd) } }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, input[0], 0)
    let output = said.map { fileno($0) } ?? -1
    if output >= 0 {
      posix_spawn_file_actions_adddup2(&actions, output, 1)
      posix_spawn_file_actions_adddup2(&actions, output, 2)
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    // Nothing else of ours (the database, a server's socket) reaches it.
    if let closeFrom { _ = closeFrom(&actions, 3) }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    // Granska ignores SIGPIPE; the mail system gets the default.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let arguments = [path, "-t", "-oi"]
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    let error = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
    close(input[0])
    guard error == 0 else { throw MailProblem.cannotRun(path: path, SystemError(error)) }

    // A sendmail that stops reading early has failed: its status says so.
    let bytes = Array(message.utf8)
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      written += count
    }
    close(writeEnd)
    writeEnd = -1

    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { throw MailProblem.cannotRun(path: path, .current) }
    }
    let signal = status & 0x7F
    if signal != 0 { throw MailProblem.sendmailKilled(path: path, signal: signal) }
    let exit = (status >> 8) & 0xFF
    guard exit == 0 else {
      throw MailProblem.sendmailFailed(path: path, status: exit, detail: lastWords(said))
    }
  }

  /// The last line or two the program wrote, on one line.
  private static func lastWords(_ file: UnsafeMutablePointer<FILE>?) -> String {
    guard let file else { return "" }
    rewind(file)
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count <= 0 { break }
      data.append(contentsOf: buffer[0..<count])
    }
    let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
    let text = lines.suffix(2).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    return Sanitize.line(String(text.prefix(300)))
  }

  // glibc's posix_spawn_file_actions_addclosefrom_np (2.34) is not
  // visible to Swift's Glibc module; found at run time.
  private typealias Actions = UnsafeMutablePointer<posix_spawn_file_actions_t>
  private static let closeFrom = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np").map {
    unsafeBitCast($0, to: (@convention(c) (Actions, Int32) -> Int32).self)
  }
}
