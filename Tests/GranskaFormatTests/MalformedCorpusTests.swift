import Foundation
import GranskaFormat
import GranskaText
import Testing

/// Tests/Corpus: a valid minimal audit and malformed files made from it
/// (make-malformed.py), each with the fragment its error must hold.
enum Corpus {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpus")

  static var valid: Data {
    try! Data(contentsOf: directory.appendingPathComponent("valid-minimal.yaml"))
  }

  static var malformed: [(file: String, expected: String)] {
    let manifest = try! String(
      contentsOf: directory.appendingPathComponent("malformed/EXPECTED.tsv"), encoding: .utf8)
    return manifest.split(separator: "\n").map { line in
      let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
      return (parts[0], parts[1])
    }
  }

  static func read(_ file: String) -> Data {
    try! Data(contentsOf: directory.appendingPathComponent("malformed/\(file)"))
  }
}

@Suite struct MalformedCorpusTests {
  @Test func theCorpusIsLargeAndTheValidFileReads() throws {
    #expect(Corpus.malformed.count >= 30)
    let document = try InterchangeDocument.decode(
      Corpus.valid, format: .yaml, fileName: "valid-minimal.yaml")
    #expect(document.audits[0].questions.count == 2)
  }

  @Test(arguments: Corpus.malformed.map(\.file))
  func eachBadFileGivesAClearErrorNamingThePlace(_ file: String) {
    let expected = Corpus.malformed.first { $0.file == file }!.expected
    do {
      _ = try InterchangeDocument.decode(
        Corpus.read(file), format: InterchangeFormat(fileName: file), fileName: file)
      Issue.record("\(file) was accepted")
    } catch {
      let message = error.message(in: .en)
      #expect(message.hasPrefix("\(file)"), "names the file: \(message)")
      #expect(message.contains(expected), "\(message)")
      #expect(message.count < 400, "one clear line: \(message.prefix(400))")
      // In Swedish (the default) the same place, in Swedish words.
      let swedish = error.message(in: .sv)
      let place = message.prefix { $0 != " " }
      #expect(swedish.hasPrefix(place), "\(swedish)")
      #expect(swedish != message, "worded in Swedish: \(swedish)")
    }
  }
}

/// Random damage to valid files: every result is an audit that keeps every
/// rule, or a FormatError — never a crash or a hang. Seeded, so a failure
/// repeats; GRANSKA_LONG_TESTS=1 runs many more cases.
@Suite struct ImportFuzzTests {
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let iterations =
    ProcessInfo.processInfo.environment["GRANSKA_LONG_TESTS"] == nil ? 400 : 20_000
  static let alphabet = Array("{}[]:,-\"'&*!|>#\n  abcQR0129é\u{1B}\u{0}".utf8)

  func damaged(_ bytes: [UInt8], _ random: inout Generator) -> [UInt8] {
    var bytes = bytes
    for _ in 0..<Int.random(in: 1...4, using: &random) {
      guard !bytes.isEmpty else { break }
      let at = Int.random(in: 0..<bytes.count, using: &random)
      switch Int.random(in: 0..<5, using: &random) {
      case 0: bytes[at] = Self.alphabet.randomElement(using: &random)!
      case 1: bytes.remove(at: at)
      case 2: bytes.insert(Self.alphabet.randomElement(using: &random)!, at: at)
      case 3: bytes = Array(bytes.prefix(at))
      default: bytes[at] = UInt8.random(in: 0...255, using: &random)
      }
    }
    return bytes
  }

  @Test(arguments: [InterchangeFormat.yaml, .json])
  func damagedFilesNeverCrash(_ format: InterchangeFormat) throws {
    let valid = try InterchangeDocument.decode(Corpus.valid, format: .yaml, fileName: "valid")
    let original = Array(try valid.encoded(as: format).utf8)
    var random = Generator(state: format == .yaml ? 1 : 2)
    var refused = 0
    for _ in 0..<Self.iterations {
      let bytes = damaged(original, &random)
      do {
        let document = try InterchangeDocument.decode(Data(bytes), format: format, fileName: "fuzz")
        for audit in document.audits { #expect(audit.validate().isEmpty) }
      } catch {
        refused += 1
        #expect(error.message(in: .sv).hasPrefix("fuzz"))
      }
    }
    #expect(refused > Self.iterations / 2, "most damage is caught")
  }
}
