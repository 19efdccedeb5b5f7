import Foundation
import GranskaTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to its end with optional standard input; its output and
/// errors as text. Through files and `Spawn`, not pipes: see `Spawn.start`.
enum Program {
  @discardableResult
  static func run(
    _ arguments: [String], input: Data? = nil,
    environment: [String: String] = ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"],
    directory: String? = nil
  ) throws -> GranskaRun.Result {
    let files = NSTemporaryDirectory() + "granska-program-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: files, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: files) }
    if let input { try input.write(to: URL(fileURLWithPath: files + "/in")) }
    let pid = try Spawn.start(
      arguments, environment: environment, input: input == nil ? nil : files + "/in",
      output: files + "/out", errors: files + "/err", directory: directory)
    let status = try Spawn.wait(pid, name: arguments[0])
    let text = { (name: String) in
      (try? String(contentsOfFile: files + "/" + name, encoding: .utf8)) ?? ""
    }
    return GranskaRun.Result(status: status, output: text("out"), error: text("err"))
  }
}

/// Real Unix accounts and groups made for one test (which must run as
/// root), removed with their files when it ends. Names are random, so two
/// runs never meet.
final class TestAccounts {
  static var canCreate: Bool {
    geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd")
  }

  private let tag = String(UUID().uuidString.lowercased().filter(\.isLetter).prefix(5))
  private var accounts: [String] = []
  private var groups: [String] = []

  /// A group named `gk<tag><name>`.
  func group(_ name: String) throws -> String {
    let group = "gk\(tag)\(name)"
    try must(["groupadd", group])
    groups.append(group)
    return group
  }

  /// An account with `/bin/sh`, in `groups`; a home of its own when given.
  /// Its password is "*": no password opens it, but it is not locked, so
  /// sshd lets its keys in also without PAM.
  func account(_ name: String, groups: [String] = [], home: String? = nil) throws -> String {
    let account = "gk\(tag)\(name)"
    var arguments = ["useradd", "--shell", "/bin/sh", "--password", "*"]
    if !groups.isEmpty { arguments += ["--groups", groups.joined(separator: ",")] }
    arguments += home.map { ["--create-home", "--home-dir", $0] } ?? ["--no-create-home"]
    try must(arguments + [account])
    accounts.append(account)
    if let home { chmod(home, 0o700) }
    return account
  }

  /// A fresh name for an account that something else creates; removed at the end too.
  func adopt(_ name: String) -> String {
    let account = "gk\(tag)\(name)"
    accounts.append(account)
    return account
  }

  /// Runs a command as `account` under umask 022, Debian's default.
  func run(
    as account: String, _ arguments: [String], input: Data? = nil, directory: String? = nil
  ) throws -> GranskaRun.Result {
    let quoted = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    return try Program.run(
      [
        "/usr/sbin/runuser", "-u", account, "--", "/bin/sh", "-c",
        "umask 022; exec "
          + quoted.joined(separator: " "),
      ],
      input: input, environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/tmp"],
      directory: directory)
  }

  deinit {
    for account in accounts { _ = try? Program.run(["userdel", "--force", account]) }
    for group in groups { _ = try? Program.run(["groupdel", group]) }
  }

  private func must(_ arguments: [String]) throws {
    let result = try Program.run(arguments)
    guard result.status == 0 else {
      throw Spawn.Failure(description: "\(arguments.joined(separator: " ")): \(result.error)")
    }
  }
}
