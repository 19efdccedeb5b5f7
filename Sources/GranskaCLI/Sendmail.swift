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

    let output = said.map { fileno($0) } ?? -1
    let pid: pid_t
    do {
      pid = try ChildProcess.spawn(
        [path, "-t", "-oi"], input: input[0], output: output >= 0 ? output : nullDevice)
    } catch {
      close(input[0])
      throw MailProblem.cannotRun(path: path, error)
    }
    close(input[0])

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

    let ending: ChildProcess.Ending
    do {
      ending = try ChildProcess.wait(pid)
    } catch {
      throw MailProblem.cannotRun(path: path, error)
    }
    switch ending {
    case .killed(let signal): throw MailProblem.sendmailKilled(path: path, signal: signal)
    case .exited(let status) where status != 0:
      throw MailProblem.sendmailFailed(path: path, status: status, detail: lastWords(said))
    case .exited: return
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

  /// Where sendmail's words go when no unnamed file could be made.
  private static let nullDevice = open("/dev/null", O_WRONLY | O_CLOEXEC)
}
