import Foundation
import GranskaStore
import GranskaText

/// Reads the public key of a .pub file as OpenSSH would read the line it
/// becomes in authorized_keys: "type base64 [comment]", lines ended by LF,
/// CRLF or CR (a CRLF file is not one long line whose comment hides a
/// second key); blank lines and # comments are skipped. One key a file,
/// unless `all` asks for every key in it.
///
/// Each key is checked before anything is saved: its base64 must hold a
/// key of the type the line names (and is written back in its one
/// canonical spelling, so the same key cannot pass as another); it must be
/// a key someone can log in with — not a certificate, not DSA, not RSA
/// shorter than 2048 bits — and OpenSSH's own ssh-keygen must accept it
/// (and gives the fingerprint sshd logs).
enum PublicKeyFile {
  /// RSA keys shorter than this are refused (OpenSSH's own floor is 1024).
  static let minimumRSABits = 2048

  static func read(_ file: String, all: Bool = false) throws -> [PublicKey] {
    guard let text = String(data: try Files.read(file), encoding: .utf8) else {
      throw CommandFailure.notUTF8(file: file)
    }
    var keys: [(line: Int, key: PublicKey)] = []
    for (index, line) in lines(text).enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let number = index + 1
      let malformed = ServiceText.malformedKey(file: file, line: number)
      guard var key = parse(trimmed) else { throw malformed }
      if let refusal = refusal(of: key, file: file, line: number) { throw refusal }
      guard let fingerprint = try fingerprint(of: key) else { throw malformed }
      key.fingerprint = fingerprint
      if let earlier = keys.first(where: { $0.key.fingerprint == fingerprint }) {
        throw ServiceText.sameKeyTwice(file: file, lines: [earlier.line, number])
      }
      keys.append((number, key))
    }
    guard !keys.isEmpty else { throw ServiceText.noKeyInFile(file: file) }
    if keys.count > 1, !all {
      throw ServiceText.severalKeys(file: file, lines: keys.map(\.line))
    }
    return keys.map(\.key)
  }

  /// The lines of a text whose lines end in LF, CRLF or CR, each counted
  /// once (as editors number them).
  static func lines(_ text: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var afterCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" && afterCR {
        afterCR = false
        continue
      }
      afterCR = scalar == "\r"
      if scalar == "\n" || scalar == "\r" {
        lines.append(String(current))
        current = String.UnicodeScalarView()
      } else {
        current.append(scalar)
      }
    }
    lines.append(String(current))
    return lines
  }

  /// "type base64 comment", where the base64 starts with the type itself
  /// (SSH's wire format: a 4-byte length, then the name). The key's data
  /// is the blob encoded anew: one spelling for one key.
  static func parse(_ line: String) -> PublicKey? {
    let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard fields.count >= 2, let blob = Data(base64Encoded: fields[1]) else { return nil }
    var reader = KeyBlob(blob)
    guard reader.string() == fields[0] else { return nil }
    return PublicKey(
      type: fields[0], data: blob.base64EncodedString(),
      comment: fields.dropFirst(2).joined(separator: " "), fingerprint: "")
  }

  /// Why a well-formed key cannot be someone's login key, or nil.
  static func refusal(of key: PublicKey, file: String, line: Int) -> ServiceText? {
    if key.type.contains("-cert-v0") { return .certificateNotKey(file: file, line: line) }
    if key.type == "ssh-dss" { return .dsaKey(file: file, line: line) }
    if key.type == "ssh-rsa" {
      guard let bits = rsaModulusBits(key) else { return .malformedKey(file: file, line: line) }
      if bits < minimumRSABits {
        return .shortRSAKey(file: file, line: line, bits: bits, minimum: minimumRSABits)
      }
    }
    return nil
  }

  /// The length in bits of an RSA key's modulus: the blob is the strings
  /// "ssh-rsa", the exponent e and the modulus n (RFC 4253, 6.6).
  static func rsaModulusBits(_ key: PublicKey) -> Int? {
    guard let blob = Data(base64Encoded: key.data) else { return nil }
    var reader = KeyBlob(blob)
    guard reader.string() == "ssh-rsa", reader.field() != nil, let modulus = reader.field(),
      reader.isAtEnd
    else { return nil }
    let digits = modulus.drop(while: { $0 == 0 })
    guard let first = digits.first else { return 0 }
    return (digits.count - 1) * 8 + (8 - first.leadingZeroBitCount)
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

/// SSH's wire format as a key blob holds it: fields of a 4-byte big-endian
/// length and that many bytes.
struct KeyBlob {
  private let bytes: [UInt8]
  private var offset = 0

  init(_ data: Data) { bytes = Array(data) }

  var isAtEnd: Bool { offset == bytes.count }

  /// The next field's bytes, or nil when the blob ends before it does.
  mutating func field() -> ArraySlice<UInt8>? {
    guard bytes.count - offset >= 4 else { return nil }
    let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    guard bytes.count - offset - 4 >= length else { return nil }
    defer { offset += 4 + length }
    return bytes[(offset + 4)..<(offset + 4 + length)]
  }

  /// The next field as text (a key type's name), or nil.
  mutating func string() -> String? {
    guard let field = field(), !field.isEmpty else { return nil }
    return String(bytes: field, encoding: .utf8)
  }
}
