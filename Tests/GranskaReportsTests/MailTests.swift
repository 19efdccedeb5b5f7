import Foundation
import GranskaDomain
import GranskaReports
import GranskaTestSupport
import GranskaText
import Testing

/// The mail encodings, each held to its RFC by decoding it back.
@Suite struct MailTests {
  /// RFC 2047 B encoded-words back to text; nil for anything else.
  func decodeWords(_ words: [String]) -> String? {
    var bytes = Data()
    for word in words {
      guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?="),
        let data = Data(base64Encoded: String(word.dropFirst(10).dropLast(2)))
      else { return nil }
      // Each word is whole UTF-8 by itself: no character split between two.
      guard String(data: data, encoding: .utf8) != nil else { return nil }
      bytes += data
    }
    return String(data: bytes, encoding: .utf8)
  }

  func decodeQP(_ text: String) -> String? { MailDecoding.quotedPrintable(text) }

  @Test func subjectsAreEncodedWordsWithinTheLineLimits() {
    for subject in [
      "Påminnelse: 3 rekommendationer för Kommunchef att åtgärda (2 försenade)",
      String(repeating: "åäö€😀", count: 30), "Ä", "Plain ASCII but =?odd?= looking",
    ] {
      let words = MailEncoding.headerWords(subject, name: "Subject")
      #expect(decodeWords(words) == subject, "\(words)")
      #expect(words.allSatisfy { $0.count <= 75 })
      #expect("Subject: ".count + words[0].count <= 76)
      #expect(words.dropFirst().allSatisfy { 1 + $0.count <= 76 })
    }
    let plain = MailEncoding.headerWords("Reminder: 2 recommendations for IT", name: "Subject")
    #expect(plain == ["Reminder: 2 recommendations for IT"])
  }

  @Test func quotedPrintableKeepsEveryByteAndEveryLineShort() {
    let text = """
      Hej! Det här är en påminnelse från Granska = uppföljningen.\t
      From here on a line that mbox would mangle.
      \(String(repeating: "åäö ", count: 40))
      trailing space 
      .
      """ + "\n"
    let encoded = MailEncoding.quotedPrintable(text)
    #expect(decodeQP(encoded) == text)
    for line in encoded.split(separator: "\n", omittingEmptySubsequences: false) {
      #expect(line.count <= 76, "\(line)")
      #expect(!line.hasSuffix(" ") && !line.hasSuffix("\t"), "\(line)")
      #expect(!line.hasPrefix("From "), "\(line)")
      #expect(line.unicodeScalars.allSatisfy { $0.isASCII })
    }
    #expect(MailEncoding.quotedPrintable("a=b å\n") == "a=3Db =C3=A5\n")
    #expect(MailEncoding.quotedPrintable("x \n") == "x=20\n")
  }

  @Test func nothingFromTheDataBecomesAHeader() throws {
    let message = MailMessage(
      from: "granska@server", to: ["ks@kommun.se"],
      subject: "Påminnelse för Kommunchef\nBcc: evil@example.org", body: "Hej\nBcc: x@y.se\n",
      date: Date(timeIntervalSince1970: 1_747_300_000), messageID: "<1.2@server>")
    let text = try message.rendered(timeZone: TimeZone(identifier: "UTC")!)
    let headers = text.components(separatedBy: "\n\n")[0].components(separatedBy: "\n")
    #expect(
      headers.filter { !$0.hasPrefix(" ") }.map { $0.prefix { $0 != ":" } } == [
        "Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type",
        "Content-Transfer-Encoding", "Auto-Submitted",
      ])
    #expect(headers.contains("Date: Thu, 15 May 2025 09:06:40 +0000"))
    #expect(headers.contains("To: ks@kommun.se"))
    #expect(!headers.contains { $0.lowercased().hasPrefix("bcc:") })
    #expect(text.components(separatedBy: "\n\n")[1] == "Hej\nBcc: x@y.se\n", "only in the body")
    for bad in ["ks@kommun.se\nBcc: evil@example.org", "Kommunchef <ks@kommun.se>", "a b@c.se"] {
      var wrong = message
      wrong.to = [bad]
      #expect(throws: MailProblem.invalidAddress(bad)) { try wrong.rendered() }
    }
    var badID = message
    badID.messageID = "<1@x>\nBcc: evil@example.org"
    #expect(throws: MailProblem.unsafeHeader(name: "Message-ID")) { try badID.rendered() }
  }

  @Test func mboxEscapesFromLinesTheMboxrdWay() {
    let entry = Mbox.entry(
      "Subject: x\n\nFrom the top\n>From quoted\nplain\n", sender: "granska@server",
      date: Date(timeIntervalSince1970: 1_747_300_000))
    #expect(
      entry == """
        From granska@server Thu May 15 09:06:40 2025
        Subject: x

        >From the top
        >>From quoted
        plain


        """)
    let early = Mbox.entry("x\n", sender: "a@b", date: Date(timeIntervalSince1970: 0))
    #expect(early.hasPrefix("From a@b Thu Jan  1 00:00:00 1970\n"))
  }

  @Test func aMessageIDIsUniqueAndNamesTheHost() {
    let date = Date()
    let ids = (0..<100).map { _ in MailEncoding.messageID(date: date, host: "server.kommun.se") }
    #expect(Set(ids).count == 100)
    #expect(ids.allSatisfy { $0.hasPrefix("<") && $0.hasSuffix(".granska@server.kommun.se>") })
    #expect(MailEncoding.messageID(date: date, host: "bad host").hasSuffix("@localhost>"))
  }

  @Test func aReminderNamesEachItemWithWhatToDoAndNothingElse() {
    var audit = builtInAudit()
    audit.recommendations[0].dueDate = Day("2025-05-01")
    audit.recommendations[0].earlierDueDates = [Day("2025-03-01")!]
    audit.recommendations[0].owner = "Kommunchef"
    audit.recommendations[0].plannedAction = "Handlingsplaner tas fram"
    audit.recommendations[0].notes = [
      Note(date: Day("2025-04-01")!, author: "Anna", text: "Beslut i KS")
    ]
    audit.recommendations[2].dueDate = Day("2025-05-25")
    let mail = ReminderMail(
      owner: "Kommunchef",
      parts: [
        .init(
          audit: audit, items: [audit.recommendations[0], audit.recommendations[2]],
          namesAudit: false)
      ], today: Day("2025-05-15")!, days: 14, access: .init(ssh: "granska@server", key: 3),
      language: .sv)
    #expect(
      mail.subject == "Påminnelse: 2 rekommendationer för Kommunchef att åtgärda (1 försenad)")
    let body = mail.body
    for expected in [
      "R1 – försenad, skulle vara klar 2025-05-01",
      "Klar senast: 2025-05-01 (ursprungligen 2025-03-01, ändrat en gång)",
      "Planerad åtgärd: Handlingsplaner tas fram",
      "Senaste anteckning (2025-04-01, Anna): Beslut i KS",
      "    ssh granska@server set recommendation R1 --status klar --note \"'Vad som har gjorts'\"",
      "R3 – ska vara klar 2025-05-25, om 10 dagar", "tangenten 3", "(Rekommendationer)",
    ] {
      #expect(body.contains(expected), "\(expected)")
    }
    #expect(!body.contains("R2") && !body.contains("R4"))
    #expect(body.split(separator: "\n").allSatisfy { $0.count <= 100 })
  }
}
