import Foundation
import GranskaTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// A real OpenSSH server for one test: Debian's sshd with its own host key
/// and configuration, on a free loopback port, in the foreground (`-D`),
/// stopped when this goes away. Forwarding is allowed by this server, so
/// that what refuses it in the tests is the `restrict` of Granska's lines.
final class SSHServer {
  static let binary = "/usr/sbin/sshd"
  static var isAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: binary)
      && FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh")
  }

  let directory: String
  let port: Int
  let account: String
  private var pid: pid_t = 0

  init(account: String) throws {
    self.account = account
    directory = NSTemporaryDirectory() + "granska-sshd-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    // sshd refuses to start without its privilege separation directory.
    try FileManager.default.createDirectory(
      atPath: "/run/sshd", withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o755])
    try Program.run(
      ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", directory + "/host_key"])
    port = try freeLoopbackPort()
    let config = """
      Port \(port)
      ListenAddress 127.0.0.1
      HostKey \(directory)/host_key
      PidFile \(directory)/sshd.pid
      AuthorizedKeysFile .ssh/authorized_keys
      AllowUsers \(account)
      PubkeyAuthentication yes
      PasswordAuthentication no
      KbdInteractiveAuthentication no
      UsePAM no
      StrictModes yes
      PermitTTY yes
      AllowTcpForwarding yes
      LogLevel VERBOSE
      """
    try Data(config.utf8).write(to: URL(fileURLWithPath: directory + "/sshd_config"))
    pid = try Spawn.start(
      [Self.binary, "-D", "-f", directory + "/sshd_config", "-E", directory + "/sshd.log"],
      environment: ["PATH": "/usr/sbin:/usr/bin:/bin"])
    try waitUntilListening()
  }

  deinit {
    kill(pid, SIGTERM)
    _ = try? Spawn.wait(pid, name: "sshd")
    try? FileManager.default.removeItem(atPath: directory)
  }

  /// What sshd logged, for a failing test's message.
  var log: String { (try? String(contentsOfFile: directory + "/sshd.log", encoding: .utf8)) ?? "" }

  /// A key pair for a person: the private key's path and the public key's text.
  func keyPair(_ name: String) throws -> (path: String, publicKey: String) {
    let path = directory + "/\(name)_key"
    try Program.run([
      "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "\(name)@test", "-f", path,
    ])
    return (path, try String(contentsOfFile: path + ".pub", encoding: .utf8))
  }

  /// The ssh client's words for logging in with `key` (before the command).
  func client(_ key: String, _ options: [String] = []) -> [String] {
    [
      "ssh", "-F", "/dev/null", "-i", key, "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
      "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
      "-o", "LogLevel=ERROR", "-p", "\(port)",
    ] + options + ["\(account)@127.0.0.1"]
  }

  /// Runs `ssh ACCOUNT@127.0.0.1 -- COMMAND…` with `key`, as a workstation
  /// would (`--`: ssh would take a word such as `--db` for its own option).
  func ssh(_ key: String, _ command: [String] = [], options: [String] = [], input: Data? = nil)
    throws -> GranskaRun.Result
  {
    try Program.run(
      client(key, options) + (command.isEmpty ? [] : ["--"] + command), input: input,
      environment: ["PATH": "/usr/bin:/bin", "HOME": directory, "LANG": "C.UTF-8"])
  }

  private func waitUntilListening() throws {
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline {
      let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_addr.s_addr = inet_addr("127.0.0.1")
      address.sin_port = in_port_t(UInt16(port).bigEndian)
      let connected = withUnsafePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
        }
      }
      close(fd)
      if connected { return }
      guard kill(pid, 0) == 0 else {
        throw Spawn.Failure(description: "sshd did not start:\n\(log)")
      }
      usleep(20_000)
    }
    throw Spawn.Failure(description: "sshd did not listen on port \(port):\n\(log)")
  }
}
