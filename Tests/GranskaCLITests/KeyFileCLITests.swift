import Foundation
import GRDB
import Testing

/// `keys add` reads a key file as sshd reads the line it becomes, and
/// takes only what can be someone's login key: one key a file (or every
/// one with `--all`), no certificate, no DSA, no short RSA, no key someone
/// has already, and names in small letters, wherever a name is given.
/// Every refusal leaves the database, its history and authorized_keys as
/// they were.
@Suite(
  .enabled(
    if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen"),
    "needs ssh-keygen (openssh-client)"))
struct KeyFileCLITests {
  let granska = GranskaRun()
  var authorizedKeys: String { granska.directory + "/ssh/authorized_keys" }

  /// A new key pair; its public key file's text.
  func key(_ name: String, _ type: [String] = ["-t", "ed25519"]) throws -> String {
    let path = granska.directory + "/\(name)"
    let made = try Program.run(["ssh-keygen", "-q"] + type + ["-N", "", "-C", name, "-f", path])
    guard made.status == 0 else { throw KeyGenFailure(message: made.error) }
    return try String(contentsOfFile: path + ".pub", encoding: .utf8)
  }

  struct KeyGenFailure: Error { let message: String }

  func keys(_ arguments: [String], input: String? = nil) throws -> GranskaRun.Result {
    try Program.run(
      [GranskaRun.binary.path, "--db", granska.database, "keys"] + arguments
        + ["--authorized-keys", authorizedKeys],
      input: input.map { Data($0.utf8) }, directory: granska.directory)
  }

  /// What a refusal must leave as it was.
  func state() throws -> String {
    let written = (try? String(contentsOfFile: authorizedKeys, encoding: .utf8)) ?? ""
    return try written + granska("log").output + granska("keys", "list").output
  }

  func expectRefused(
    _ arguments: [String], _ input: String, _ message: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try state()
    let result = try keys(arguments, input: input)
    #expect(result.status == 1, "\(arguments) was accepted", sourceLocation: sourceLocation)
    #expect(
      result.error.contains(message), "\(arguments): \(result.error)",
      sourceLocation: sourceLocation)
    #expect(try state() == before, "\(arguments) changed something", sourceLocation: sourceLocation)
  }

  @Test func aCRLFOrCRFileIsReadLineByLineAndASecondKeyIsNeverSwallowed() throws {
    #expect(try keys(["add", "anna", "-"], input: try key("anna")).status == 0)
    let first = try key("bo").trimmingCharacters(in: .newlines)
    let second = try key("bo2").trimmingCharacters(in: .newlines)
    // The second line, with options, would be a shell for whoever holds its key.
    let shell = "command=\"/bin/sh\",no-pty " + second
    for end in ["\r\n", "\r"] {
      try expectRefused(
        ["add", "bo", "-"], first + end + shell + end, "-:2: inte en publik SSH-nyckel")
      try expectRefused(
        ["add", "bo", "-"], first + end + second + end,
        "-: 2 nycklar (rad 1, 2); en fil ska ha en nyckel")
      try expectRefused(
        ["add", "bo", "-", "--lang", "en"], first + end + "\(end)# x\(end)" + second,
        "-: 2 keys (lines 1, 4); a file should hold one key: give one file per key, or --all")
    }
    // --all adds each, and no CR reaches authorized_keys.
    let all = try keys(["add", "bo", "-", "--all"], input: first + "\r\n" + second + "\r\n")
    #expect(all.status == 0, "\(all.error)")
    #expect(all.output.contains("bo (läsare) lades till med 2 nycklar"))
    let written = try String(contentsOfFile: authorizedKeys, encoding: .utf8)
    #expect(!written.contains("\r"))
    #expect(written.split(separator: "\n").filter { $0.contains("--as bo\"") }.count == 2)
    #expect(written.contains(" bo\n") && written.contains(" bo2\n"))
  }

  @Test func aCertificateIsNotAKeyAndCannotPassForSomeoneElsesKey() throws {
    let anna = try key("anna")
    #expect(try keys(["add", "anna", "-"], input: anna).status == 0)
    let ca = granska.directory + "/ca"
    try Program.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", ca])
    let signed = try Program.run(
      [
        "ssh-keygen", "-q", "-s", ca, "-I", "anna", "-n", "granska",
        granska.directory + "/anna.pub",
      ]
    )
    #expect(signed.status == 0, "\(signed.error)")
    let certificate = try String(
      contentsOfFile: granska.directory + "/anna-cert.pub", encoding: .utf8)
    #expect(certificate.hasPrefix("ssh-ed25519-cert-v01@openssh.com "))
    try expectRefused(["add", "bo", "-"], certificate, "-:1: ett certifikat, inte en nyckel")
    try expectRefused(
      ["add", "bo", "-", "--lang", "en"], certificate, "-:1: a certificate, not a key")
  }

  @Test func theSameKeyUnderAnotherNameIsRefusedNamingWhoHasIt() throws {
    // ecdsa-sha2-nistp256: 104 bytes, so its base64 ends in "=" and the
    // last letter before it has two bits that decoders ignore.
    let anna = try key("anna", ["-t", "ecdsa", "-b", "256"])
    #expect(try keys(["add", "anna", "-"], input: anna).status == 0)
    let fields = anna.split(separator: " ").map(String.init)
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    var data = Array(fields[1])
    #expect(data.last == "=")
    let last = alphabet.firstIndex(of: data[data.count - 2])!
    data[data.count - 2] = alphabet[last ^ 1]  // the same bytes, spelled otherwise
    let respelled = "\(fields[0]) \(String(data)) another@laptop\r\n"
    #expect(Data(base64Encoded: String(data)) == Data(base64Encoded: fields[1]))
    try expectRefused(["add", "bo", "-"], respelled, "tillhör redan anna")
    try expectRefused(
      ["add", "bo", "-"], anna.replacingOccurrences(of: "\n", with: "\r\n"), "tillhör redan anna")
  }

  @Test func shortRSAAndDSAKeysAreRefused() throws {
    try expectRefused(
      ["add", "bo", "-"], try key("short", ["-t", "rsa", "-b", "1024"]),
      "-:1: RSA-nyckeln har 1024 bitar, minst 2048 behövs")
    let dsa =
      (try? key("dsa", ["-t", "dsa"]))
      ?? "ssh-dss \(Self.handMadeDSABlob().base64EncodedString()) made@hand\n"
    try expectRefused(["add", "bo", "-"], dsa, "-:1: en DSA-nyckel (ssh-dss)")
    try expectRefused(["add", "bo", "-", "--lang", "en"], dsa, "-:1: a DSA key (ssh-dss)")
    let rsa = try keys(["add", "bo", "-"], input: try key("long", ["-t", "rsa", "-b", "2048"]))
    #expect(rsa.status == 0, "\(rsa.error)")
  }

  /// "ssh-dss", p, q, g, y as SSH's wire format holds them (the values need
  /// not make a key: the type alone is refused).
  static func handMadeDSABlob() -> Data {
    func field(_ bytes: [UInt8]) -> [UInt8] {
      withUnsafeBytes(of: UInt32(bytes.count).bigEndian, Array.init) + bytes
    }
    return Data(
      field(Array("ssh-dss".utf8)) + field([0] + Array(repeating: 0xC5, count: 128))
        + field(Array(repeating: 0x9B, count: 20)) + field(Array(repeating: 0x3, count: 128))
        + field(Array(repeating: 0x7, count: 128)))
  }

  @Test func namesAreSmallLettersWhereverANameIsGiven() throws {
    let anna = try key("anna")
    try expectRefused(
      ["add", "Anna", "-"], anna, "”Anna”: ett namn har bara små bokstäver (a–z); skriv ”anna”")
    try expectRefused(
      ["add", "Anna", "-", "--lang", "en"], anna,
      "\"Anna\": a name has small letters only (a–z); write \"anna\"")
    try expectRefused(["add", "Åsa", "-"], anna, "”Åsa”: ett namn har 1–32 tecken: a–z, 0–9")
    #expect(try keys(["add", "anna", "-"], input: anna).status == 0)
    try expectRefused(["role", "Anna", "editor"], "", "skriv ”anna”")
    try expectRefused(["remove", "ANNA"], "", "skriv ”anna”")
    let session = try granska("--as", "Anna", "summary")
    #expect(session.status == 1)
    #expect(session.error.contains("”Anna”: namnet kan inte användas"), "\(session.error)")
    #expect(session.error.contains("granska keys remove Anna"))
    #expect(try granska("--as", "anna", "summary").status == 0)
  }

  @Test func aNameAnEarlierVersionLetInCanStillBeRemoved() throws {
    #expect(try keys(["add", "anna", "-"], input: try key("anna")).status == 0)
    // As an earlier version, which took capitals, left it.
    let queue = try DatabaseQueue(path: granska.database)
    try queue.write { db in
      try db.execute(sql: "INSERT INTO person (name, role) VALUES ('Anna', 'editor')")
    }
    try queue.close()
    let refused = try granska("--as", "Anna", "summary")
    #expect(refused.status == 1 && refused.error.contains("namnet kan inte användas"))
    let removed = try keys(["remove", "Anna"])
    #expect(removed.status == 0, "\(removed.error)")
    #expect(try granska("keys", "list").output.contains("anna"))
  }
}
