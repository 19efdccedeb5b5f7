import Foundation
import GranskaFormat
import Testing

/// Runs the built `granska` binary as a user would, with its own database.
struct GranskaRun {
  let directory: String
  var database: String { directory + "/granska.sqlite" }

  init() {
    directory = NSTemporaryDirectory() + "granska-cli-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  static var binary: URL {
    // The test bundle sits in the same build folder as the executable.
    var folder = Bundle.main.bundleURL
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent("granska")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    fatalError("granska binary not found near \(Bundle.main.bundleURL.path)")
  }

  struct Result {
    /// As the shell says it: 128 + the signal when one ended the program.
    var status: Int32
    var output: String
    var error: String
  }

  @discardableResult
  func callAsFunction(_ arguments: String..., environment: [String: String] = [:]) throws -> Result
  {
    try run(arguments, environment: environment)
  }

  /// Where the program's standard output goes.
  enum StandardOutput {
    /// A pipe this side reads (the result's `output`).
    case captured
    /// A file opened for writing, e.g. /dev/full.
    case file(String)
    /// A pipe whose reading end is closed before the program starts.
    case closedPipe
  }

  @discardableResult
  func run(
    _ arguments: [String], environment: [String: String] = [:],
    standardOutput: StandardOutput = .captured, program: URL = Self.binary
  ) throws -> Result {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["GRANSKA_DB"] = database
    env["XDG_DATA_HOME"] = directory + "/xdg"
    env["GRANSKA_LANG"] = nil  // Swedish unless a test asks for another
    env.merge(environment) { $1 }
    process.environment = env
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let out = Pipe()
    let err = Pipe()
    switch standardOutput {
    case .captured: process.standardOutput = out
    case .file(let path): process.standardOutput = FileHandle(forWritingAtPath: path)
    case .closedPipe:
      try out.fileHandleForReading.close()
      process.standardOutput = out.fileHandleForWriting
    }
    process.standardError = err
    try process.run()
    if case .closedPipe = standardOutput { try out.fileHandleForWriting.close() }
    let output =
      if case .captured = standardOutput { out.fileHandleForReading.readDataToEndOfFile() } else {
        Data()
      }
    let error = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let signalled = process.terminationReason == .uncaughtSignal
    return Result(
      status: (signalled ? 128 : 0) + process.terminationStatus,
      output: String(decoding: output, as: UTF8.self),
      error: String(decoding: error, as: UTF8.self))
  }

  func write(_ name: String, _ text: String) throws -> String {
    let path = directory + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  func read(_ name: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
  }
}

@Suite struct CLITests {
  let granska = GranskaRun()

  @Test func versionSaysWhichRelease() throws {
    let result = try granska("--version")
    #expect(result.status == 0)
    #expect(
      result.output.range(
        of: "^granska [0-9]+\\.[0-9]+\\.[0-9]+ \\(commit ([0-9a-f]{12}(-modified)?|unknown)\\)\n$",
        options: .regularExpression) != nil, "\(result.output)")
  }

  @Test func allowAndRevokeSayWhoMayEditNow() throws {
    #expect(try granska("access", "allow", "--account", "bo").output == "får ändra: kontot bo\n")
    let group = try granska("--lang", "en", "access", "allow", "--group", "revision")
    #expect(group.output == "may edit: account bo, group revision\n", "\(group.output)")
    #expect(
      try granska("access", "revoke", "--account", "bo").output == "får ändra: gruppen revision\n")
  }

  @Test func summaryShowsTheTranemoAudit() throws {
    let result = try granska("summary")
    #expect(result.status == 0)
    let expected = """
      Granskning av informations- och IT-säkerhetsarbetet
      Tranemo kommun · KPMG · 2024
      Samlad bedömning: Delvis

      Bedömningar per nivå  KPMG 2024
        Ja                          8
        I allt väsentligt           1
        Delvis                      3
        Nej                         3
        Ej bedömd                   0

      Rekommendationer: 8
        Ej påbörjad    8
        Pågår          0
        Klar           0
        Ej tillämplig  0
        Försenade      0

      Utbildning i informationssäkerhet 2023-11-16 (fördelningen per sektion är illustrativ)
        Genomfört 29 % · Ej påbörjat 66 % · Påbörjat ≈ 5 % (härlett) · Mål 75 % under 2024

      Nyckeltal
        Samtal till IT-supporten                                3 849 samtal  januari–juni 2024
            Avsnitt 3.3; samtalsvolymen avser både Tranemos och Ulricehamns kommuner (fotnot 7)
      """
    #expect(result.output.hasPrefix(expected))
  }

  @Test func withNoSubcommandAndNoTerminalItPrintsTheSummary() throws {
    let result = try granska()
    #expect(result.status == 0)
    #expect(result.output.contains("Rekommendationer: 8"))
  }

  @Test func theDefaultDatabaseLivesInTheXDGDataDirectory() throws {
    let result = try granska("summary", environment: ["GRANSKA_DB": ""])
    #expect(result.status == 0)
    #expect(
      FileManager.default.fileExists(atPath: granska.directory + "/xdg/granska/granska.sqlite"))
  }

  @Test(arguments: ["yaml", "json"])
  func exportImportExportIsLossless(_ format: String) throws {
    #expect(try granska("export", "--format", format, "-o", "first.\(format)").status == 0)
    let imported = try granska("import", "first.\(format)", "--db", "empty.sqlite")
    #expect(imported.status == 0)
    #expect(
      imported.output
        == "lade till granskningen ”Granskning av informations- och IT-säkerhetsarbetet”\n")
    try granska("export", "--format", format, "--db", "empty.sqlite", "-o", "second.\(format)")
    // The same data, byte for byte, but for the time of the newest change
    // each database holds (the second one's is its import).
    let asOf = { (text: String) in
      text.split(separator: "\n").filter { !$0.contains("asOf") }.joined(separator: "\n")
    }
    let first = String(decoding: try granska.read("first.\(format)"), as: UTF8.self)
    let second = String(decoding: try granska.read("second.\(format)"), as: UTF8.self)
    #expect(asOf(first) == asOf(second))
    #expect(first != second, "the second database's newest change is its import")
  }

  @Test func aBadImportSaysWhereAndChangesNothing() throws {
    try granska("summary")
    let before = try granska.read("granska.sqlite")
    let yaml = BuiltInAudit.yaml.replacingOccurrences(of: "level: nej", with: "level: kanske")
    let file = try granska.write("bad.yaml", yaml)
    let result = try granska("import", file)
    #expect(result.status == 1)
    #expect(result.error.hasPrefix("granska: \(file):"))
    #expect(
      result.error.contains("audits[0].rounds[0].assessments[7].level: okänd nivå ”kanske”"))
    let english = try granska("import", file, "--lang", "en")
    #expect(
      english.error.contains("audits[0].rounds[0].assessments[7].level: unknown level \"kanske\""))
    #expect(try granska.read("granska.sqlite") == before)
    #expect(try granska("log").output.split(separator: "\n").count == 1)
  }

  @Test func aFileThatIsNotADatabaseIsRefused() throws {
    let path = try granska.write("notes.sqlite", "inte en databas")
    let result = try granska("summary", "--db", path)
    #expect(result.status == 1)
    #expect(
      result.error == "granska: \(path): ingen SQLite-databas (filen lämnades orörd)\n")
    #expect(
      try granska("summary", "--db", path, "--lang", "en").error
        == "granska: \(path): not a SQLite database (the file was left untouched)\n")
    #expect(try granska.read("notes.sqlite") == Data("inte en databas".utf8))
  }

  @Test func logShowsWhoImported() throws {
    try granska("summary")
    let log = try granska("log").output
    #expect(log.hasSuffix("  Inläst: inbyggd granskning\n"))
  }

  /// Two rounds on one day get ids of their own, as the dashboard's form gives them.
  @Test func twoRoundsOnOneDayAreBothAdded() throws {
    for title in ["Uppföljning förmiddag", "Uppföljning eftermiddag"] {
      let result = try granska("round", "add", "--title", title, "--date", "2025-09-15")
      #expect(result.status == 0, "\(result.error)")
    }
    let yaml = try granska("export", "--format", "yaml").output
    #expect(yaml.contains("id: uppfoljning-2025-09-15\n"))
    #expect(yaml.contains("id: uppfoljning-2025-09-15-2\n"))
  }
}
