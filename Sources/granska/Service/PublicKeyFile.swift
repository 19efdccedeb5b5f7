import Foundation
import GranskaStore
import GranskaText

/// Reads the public keys of a .pub file (or authorized_keys-style list
/// without options): one key a line, "type base64 [comment]"; blank lines
/// and # comments are skipped. Each key is checked twice: its base64 must
/// hold a key of the type the line names, and OpenSSH's own ssh-keygen must
/// accept it (and gives the fingerprint sshd logs).
enum PublicKeyFile {
  static func read(_ file: String) throws -> [PublicKey] {
    guard let text = String(data: try Files.read(file), encoding: .utf8) else {
      throw CommandFailure.notUTF8(file: file)
    }
    var keys: [PublicKey] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let malformed = ServiceText.malformedKey(file: file, line: index + 1)
      guard var key = parse(trimmed) else { throw malformed }
      guard let fingerprint = try fingerprint(of: key) else { throw malformed }
      key.fingerprint = fingerprint
      keys.append(key)
    }
    guard !keys.isEmpty else { throw ServiceText.noKeyInFile(file: file) }
    return keys
  }

  /// "type base64 comment", where the base64 starts with the type itself
  /// (SSH's wire format: a 4-byte length, then the name).
  static func parse(_ line: String) -> PublicKey? {
    let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard fields.count >= 2, let blob = Data(base64Encoded: fields[1]), blob.count > 4 else {
      return nil
    }
    let length = blob.prefix(4).reduce(0) { $0 << 8 | Int($1) }
    guard length > 0, blob.count >= 4 + length,
      String(decoding: blob.dropFirst(4).prefix(length), as: UTF8.self) == fields[0]
    else { return nil }
    return PublicKey(
      type: fields[0], data: fields[1], comment: fields.dropFirst(2).joined(separator: " "),
      fingerprint: "")
  }

  /// `ssh-keygen -l` on the key: its SHA256 fingerprint, or nil when it
  /// does not accept the key.
  static func fingerprint(of key: PublicKey) throws -> String? {
    guard
      let keygen = ["/usr/bin/ssh-keygen", "/bin/ssh-keygen", "/usr/local/bin/ssh-keygen"]
        .first(where: FileManager.default.isExecutableFile(atPath:))
    else { throw ServiceText.needsSSHKeygen }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: keygen)
    process.arguments = ["-l", "-E", "sha256", "-f", "/dev/stdin"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data((key.line + "\n").utf8))
    try input.fileHandleForWriting.close()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    // "256 SHA256:… comment (ED25519)"
    let fields = printed.split(separator: " ")
    guard process.terminationStatus == 0, fields.count >= 2, fields[1].hasPrefix("SHA256:") else {
      return nil
    }
    return String(fields[1])
  }
}
