import Foundation
import GranskaTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A message as a mail reader sees it: headers unfolded, the subject
/// decoded (RFC 2047), the body decoded (quoted-printable).
struct ReceivedMail {
  var headers: [(name: String, value: String)] = []
  var body = ""

  init(_ text: String) {
    let parts = text.components(separatedBy: "\n\n")
    var lines: [String] = []
    for line in parts[0].components(separatedBy: "\n") where !line.isEmpty {
      if line.hasPrefix(" ") || line.hasPrefix("\t"), !lines.isEmpty {
        lines[lines.count - 1] += line
      } else {
        lines.append(line)
      }
    }
    headers = lines.compactMap { line in
      guard let colon = line.firstIndex(of: ":") else { return nil }
      return (
        String(line[..<colon]),
        line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      )
    }
    body = Self.quotedPrintable(parts.dropFirst().joined(separator: "\n\n"))
  }

  func header(_ name: String) -> String? {
    headers.first { $0.name.lowercased() == name.lowercased() }?.value
  }

  /// The subject's encoded-words, decoded and joined.
  var subject: String {
    let words = (header("Subject") ?? "").split(separator: " ")
    var bytes = Data()
    for word in words where word.hasPrefix("=?UTF-8?B?") {
      bytes += Data(base64Encoded: String(word.dropFirst(10).dropLast(2))) ?? Data()
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The recommendations the body names ("R1", …).
  var items: Set<String> {
    Set(
      body.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter {
        $0.range(of: "^R[0-9]+$", options: .regularExpression) != nil
      })
  }

  static func quotedPrintable(_ text: String) -> String {
    MailDecoding.quotedPrintable(text) ?? text
  }

  /// The messages of an mbox file (or of `remind --dry-run`'s output).
  static func messages(inMbox text: String) -> [ReceivedMail] {
    var messages: [String] = []
    for line in text.components(separatedBy: "\n") {
      if line.hasPrefix("From "), messages.last.map({ $0.isEmpty || $0.hasSuffix("\n\n") }) ?? true
      {
        messages.append("")
      } else if !messages.isEmpty {
        messages[messages.count - 1] += line + "\n"
      }
    }
    return messages.map { ReceivedMail($0) }
  }
}

/// Granska's database with three recommendations due: R1 (Kommunchef)
/// and R2 (IT-chef) overdue, R3 (Kommunchef) due in ten days.
struct DueRecommendations {
  let granska = GranskaRun()

  static func day(_ offset: Int) -> String {
    let date = Date().addingTimeInterval(Double(offset) * 86_400)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .current
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
  }

  init(kommunchef: String = "Kommunchef") throws {
    for (id, owner, due) in [
      ("R1", kommunchef, Self.day(-3)), ("R2", "IT-chef", Self.day(-1)),
      ("R3", kommunchef, Self.day(10)),
    ] {
      try must(["set", "recommendation", id, "--owner", owner, "--due", due])
    }
  }

  @discardableResult
  func must(_ arguments: [String], environment: [String: String] = [:]) throws -> GranskaRun.Result
  {
    let result = try granska.run(arguments, environment: environment)
    guard result.status == 0 else {
      throw Spawn.Failure(description: "granska \(arguments): \(result.error)")
    }
    return result
  }

  /// The reminders `granska log` shows.
  func reminders() throws -> [String] {
    try must(["log", "--entity", "reminder"]).output.split(separator: "\n").map(String.init)
  }
}

/// Real mail: Debian's exim4 as the test setup installs it (no daemon; its
/// sendmail delivers at once to /var/mail), to accounts made for the test.
final class Mailboxes {
  let accounts = TestAccounts()
  let directory = NSTemporaryDirectory() + "granska-mail-" + UUID().uuidString
  private var names: [String] = []

  static var isAvailable: Bool {
    TestAccounts.canCreate && FileManager.default.isExecutableFile(atPath: "/usr/sbin/exim4")
      && FileManager.default.isExecutableFile(atPath: "/usr/sbin/sendmail")
  }

  /// An account whose mail is delivered locally (exim wants a home to deliver).
  func account(_ name: String) throws -> String {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let account = try accounts.account(name, home: directory + "/" + name)
    names.append(account)
    return account
  }

  func messages(of account: String) -> [ReceivedMail] {
    let text = (try? String(contentsOfFile: "/var/mail/" + account, encoding: .utf8)) ?? ""
    return ReceivedMail.messages(inMbox: text)
  }

  /// Waits (up to 20 s) for each account's mailbox to hold `count` messages,
  /// then a moment longer, so that one too many would show.
  func waitFor(_ counts: [String: Int]) -> [String: Int] {
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline, counts.contains(where: { messages(of: $0.key).count < $0.value }) {
      usleep(100_000)
    }
    usleep(1_500_000)
    return counts.keys.reduce(into: [:]) { $0[$1] = messages(of: $1).count }
  }

  deinit {
    for name in names { unlink("/var/mail/" + name) }
    try? FileManager.default.removeItem(atPath: directory)
  }
}

@Suite(.enabled(if: Mailboxes.isAvailable, "needs root and Debian's exim4 (scripts/setup)"))
struct RemindEndToEndTests {
  @Test func eachOwnerGetsOneCorrectSwedishMessageAndIsNotRemindedTwice() throws {
    let mail = Mailboxes()
    let (ks, it) = (try mail.account("ks"), try mail.account("it"))
    let due = try DueRecommendations()
    try due.must(["owner", "add", "Kommunchef", "--email", "\(ks)@localhost"])
    try due.must(["owner", "add", "it-chef", "--email", "\(it)@localhost"])

    // A dry run sends nothing, records nothing, and prints what would go.
    let dry = try due.must(["remind", "--dry-run"])
    let printed = ReceivedMail.messages(inMbox: dry.output)
    #expect(printed.map { $0.header("To") } == ["\(ks)@localhost", "\(it)@localhost"])
    #expect(try due.reminders() == [])

    let sent = try due.must(["remind"])
    #expect(
      sent.output.contains("”Kommunchef” <\(ks)@localhost>: påmind om R1, R3"), "\(sent.output)")
    #expect(mail.waitFor([ks: 1, it: 1]) == [ks: 1, it: 1])
    let (toKS, toIT) = (mail.messages(of: ks)[0], mail.messages(of: it)[0])
    #expect(toKS.header("To") == "\(ks)@localhost")
    #expect(toKS.header("Subject")?.hasPrefix("=?UTF-8?B?") == true)
    #expect(
      toKS.subject == "Påminnelse: 2 rekommendationer för Kommunchef att åtgärda (1 försenad)")
    #expect(toIT.subject == "Påminnelse: 1 rekommendation för it-chef att åtgärda (1 försenad)")
    #expect(toKS.header("Content-Type") == "text/plain; charset=UTF-8")
    #expect(toKS.header("Content-Transfer-Encoding") == "quoted-printable")
    #expect(toKS.header("Message-ID")?.hasSuffix(".granska@\(hostName())>") == true)
    // The items and nothing else.
    #expect(toKS.items == ["R1", "R3"])
    #expect(toIT.items == ["R2"])
    #expect(toKS.body.contains("R1 – försenad, skulle vara klar \(DueRecommendations.day(-3))"))
    #expect(toKS.body.contains("R3 – ska vara klar \(DueRecommendations.day(10)), om 10 dagar"))
    // What the dry run printed is what was sent.
    #expect(printed.map(\.subject) == [toKS.subject, toIT.subject])
    let trimmed = { (mail: ReceivedMail) in mail.body.trimmingCharacters(in: .newlines) }
    #expect(printed.map(trimmed) == [trimmed(toKS), trimmed(toIT)])
    #expect(
      try due.reminders().compactMap { $0.components(separatedBy: "  ").last }.sorted() == [
        "Påminnelse till Kommunchef om R1, R3", "Påminnelse till it-chef om R2",
      ])

    // Within the week, nothing changed: nothing is sent, and it says why.
    let again = try due.must(["remind"])
    #expect(again.output.contains("inget har ändrats sedan"), "\(again.output)")
    #expect(mail.waitFor([ks: 1, it: 1]) == [ks: 1, it: 1])
    #expect(try due.reminders().count == 2)
    // A change to one of Kommunchef's items is news: only Kommunchef hears again.
    try due.must(["set", "recommendation", "R3", "--status", "pågår"])
    try due.must(["remind"])
    #expect(mail.waitFor([ks: 2, it: 1]) == [ks: 2, it: 1])
  }

  @Test func anOwnerTextWithALineBreakAndBccAddsNoHeader() throws {
    let mail = Mailboxes()
    let (ks, evil) = (try mail.account("ks"), try mail.account("evil"))
    let owner = "Kommunchef\nBcc: \(evil)@localhost"
    let due = try DueRecommendations(kommunchef: owner)
    try due.must(["owner", "add", owner, "--email", "\(ks)@localhost"])
    try due.must(["remind"])
    #expect(mail.waitFor([ks: 1, evil: 0]) == [ks: 1, evil: 0])
    let received = mail.messages(of: ks)[0]
    #expect(!received.headers.contains { $0.name.lowercased() == "bcc" })
    #expect(received.headers.filter { $0.name == "To" }.map(\.value) == ["\(ks)@localhost"])
    #expect(received.subject.contains("Kommunchef Bcc: \(evil)@localhost"))
    let body = received.body.replacingOccurrences(of: "\n", with: " ")
    #expect(body.contains("Kommunchef Bcc: \(evil)@localhost står som ansvarig"), "\(body)")
  }
}

/// What `remind` does when the mail system does not take a message, and
/// what may be run over ssh: no mail system needed.
@Suite struct RemindFailureTests {
  @Test func aSendmailThatFailsIsSaidAndNothingIsRecordedAsSent() throws {
    let due = try DueRecommendations()
    try due.must(["owner", "add", "Kommunchef", "--email", "ks@kommun.se"])
    try due.must(["owner", "add", "IT-chef", "--email", "it@kommun.se"])
    let script = try due.granska.write(
      "sendmail", "#!/bin/sh\ncat > /dev/null\necho 'relay refused the message' >&2\nexit 1\n")
    chmod(script, 0o755)
    let failed = try due.granska.run(["remind", "--sendmail", script])
    #expect(failed.status == 1)
    #expect(
      failed.error.contains(
        "”Kommunchef”: skickades inte: \(script) avslutades med status 1: relay refused the message"
      ),
      "\(failed.error)")
    #expect(failed.error.contains("”IT-chef”: skickades inte"))
    #expect(failed.error.contains("2 meddelanden kunde inte skickas"))
    #expect(!failed.output.contains("påmind om"))
    #expect(try due.reminders() == [])

    let missing = try due.granska.run(["remind", "--sendmail", due.granska.directory + "/none"])
    #expect(missing.status == 1)
    #expect(
      missing.error.contains("/none finns inte: installera ett e-postsystem"), "\(missing.error)")
    #expect(try due.reminders() == [])

    // One that takes Kommunchef's and not IT-chef's: only what was taken is recorded.
    let picky = try due.granska.write(
      "picky", "#!/bin/sh\ngrep -q '^To: ks@' && exit 0\nexit 75\n")
    chmod(picky, 0o755)
    let half = try due.granska.run(["remind", "--sendmail", picky])
    #expect(half.status == 1)
    #expect(half.output.contains("”Kommunchef” <ks@kommun.se>: påmind om R1, R3"))
    #expect(half.error.contains("”IT-chef”: skickades inte: \(picky) avslutades med status 75"))
    #expect(try due.reminders().count == 1)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen")))
  func overSSHViewersListOwnersAndEditorsRemindWithTheServersOwnSendmail() throws {
    let due = try DueRecommendations()
    let directory = due.granska.directory
    for name in ["anna", "bo"] {
      _ = try Program.run([
        "/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", "\(directory)/\(name)",
      ])
    }
    let keys = ["--authorized-keys", directory + "/authorized_keys"]
    try due.must(["keys", "add", "anna", directory + "/anna.pub", "--editor"] + keys)
    try due.must(["keys", "add", "bo", directory + "/bo.pub"] + keys)
    let ssh = { (person: String, command: String) in
      try due.granska.run(["--as", person], environment: ["SSH_ORIGINAL_COMMAND": command])
    }
    #expect(try ssh("anna", "owner add Kommunchef --email ks@kommun.se --person anna").status == 0)
    let list = try ssh("bo", "owner list")
    #expect(list.status == 0 && list.output.contains("ks@kommun.se"), "\(list.error)")
    let refused = try ssh("bo", "owner remove Kommunchef")
    #expect(refused.status == 1)
    #expect(refused.error.contains("”owner remove” är inte tillåtet över ssh (roll: läsare)"))
    #expect(try ssh("bo", "remind --dry-run").status == 1)
    let own = try ssh("anna", "remind --sendmail /bin/sh")
    #expect(own.status == 1)
    #expect(own.error.contains("--sendmail är inte tillåtet över ssh"), "\(own.error)")
    let dry = try ssh("anna", "remind --dry-run")
    #expect(dry.status == 0, "\(dry.error)")
    #expect(ReceivedMail.messages(inMbox: dry.output).map { $0.header("To") } == ["ks@kommun.se"])
    #expect(try due.must(["owner", "list"]).output.contains("Kommunchef  ks@kommun.se  anna"))
  }
}

/// This machine's name, as Message-IDs carry it.
private func hostName() -> String {
  var name = [CChar](repeating: 0, count: 256)
  gethostname(&name, name.count - 1)
  return name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
}
