import Foundation
import GranskaStore
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

/// The service account's `~/.ssh/authorized_keys`, written from the people
/// in the database: one line per key that makes OpenSSH run Granska for
/// that person and nothing else,
///
///     command="/usr/local/bin/granska --db /srv/granska/granska.sqlite --as anna",restrict,pty ssh-ed25519 AAAA… anna@laptop
///
/// `restrict` turns off port, agent and X11 forwarding and the user's rc
/// file; `pty` gives back the terminal the dashboard needs. Lines Granska
/// did not write for this database are kept as they were. The file is
/// replaced in one rename, so sshd never reads half of it.
struct AuthorizedKeys {
  let path: String
  let binary: String
  let database: String

  /// `~/.ssh/authorized_keys` of the account running this, from the
  /// password database (not `$HOME`, which may be someone else's under sudo).
  static func defaultPath() -> String {
    let home = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_dir) } ?? NSHomeDirectory()
    return home + "/.ssh/authorized_keys"
  }

  /// This program, as an absolute path sshd can run.
  static func runningBinary() -> String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
  }

  /// Paths go into a command line that sshd hands to the account's shell:
  /// only characters that need no quoting there.
  static func isSafe(_ path: String) -> Bool {
    path.hasPrefix("/")
      && path.unicodeScalars.allSatisfy { scalar in
        scalar.isASCII
          && (CharacterSet.alphanumerics.contains(scalar)
            || "/._+-".unicodeScalars.contains(scalar))
      }
  }

  func line(for person: Person, key: PublicKey) -> String {
    let comment = key.comment.isEmpty ? "" : " " + Sanitize.line(key.comment)
    return "command=\"\(binary) --db \(database) --as \(person.name)\",restrict,pty "
      + "\(key.type) \(key.data)\(comment)"
  }

  /// A line Granska wrote for this database: its forced command names the
  /// database after `--db` and a person after `--as` (whatever the path of
  /// the binary was then, so a moved binary leaves no stale line behind).
  func isOurs(_ line: Substring) -> Bool {
    guard line.hasPrefix("command=\""), let end = line.dropFirst(9).firstIndex(of: "\"") else {
      return false
    }
    let words = line[line.index(line.startIndex, offsetBy: 9)..<end].split(separator: " ")
    let database = words.firstIndex(of: "--db").flatMap {
      words.indices.contains($0 + 1) ? $0 + 1 : nil
    }
    return database.map { String(words[$0]) == self.database } == true && words.contains("--as")
  }

  /// Writes the file anew: the lines of others first, then one per key.
  func write(_ people: [Person]) throws {
    for path in [binary, database] where !Self.isSafe(path) {
      throw ServiceText.unsafeForAuthorizedKeys(path: path)
    }
    let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    var lines = existing.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !isOurs($0) }.map(String.init)
    while lines.last?.isEmpty == true { lines.removeLast() }
    for person in people {
      for key in person.keys { lines.append(line(for: person, key: key)) }
    }
    let directory = (path as NSString).deletingLastPathComponent
    do throws(SystemError) {
      if !directory.isEmpty { try Files.makeDirectories(directory, mode: 0o700) }
    } catch {
      throw CommandFailure.cannotWrite(path: path, error)
    }
    // A new file is private from the start; OutputFile then keeps its mode
    // and owner (also when root writes the service account's file).
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    if fd >= 0 { close(fd) }
    try OutputFile.write(Data(lines.map { $0 + "\n" }.joined().utf8), to: path)
  }
}
