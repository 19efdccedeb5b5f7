import GranskaDomain

/// Why a change to the owner directory was refused. Nothing was saved.
public enum OwnerProblem: Error, Sendable, Hashable, Worded {
  case invalidName(String)
  case invalidAddress(String)
  case invalidPerson(String)
  /// Service-account mode: no one with keys has that name.
  case unknownPerson(String, known: [String])
  /// The directory has the owner already (as `existing`: case and spacing
  /// do not tell owners apart).
  case duplicate(existing: String)
  case noSuchOwner(String)
  /// The dashboard's form: someone changed the entry since it opened.
  case changedMeanwhile(owner: String)
  case nothingToChange
  case noOwner(recommendation: String)

  public func message(in language: Language) -> String {
    let q = { quoted(OwnerContact.oneLine($0), language) }
    return switch self {
    case .invalidName(let name):
      language(
        "\(q(name)) kan inte vara en ägare: ange en text utan styrtecken (som ansvarig på en rekommendation)",
        "\(q(name)) cannot be an owner: give a text without control characters (as a recommendation's owner)"
      )
    case .invalidAddress(let address):
      language(
        "\(q(address)) är ingen e-postadress Granska kan skicka till (namn@domän, utan mellanslag)",
        "\(q(address)) is not an e-mail address Granska can send to (name@domain, no spaces)")
    case .invalidPerson(let name):
      language(
        "\(q(name)) är inget personnamn (bokstäverna a–z, siffror, ”.”, ”_” eller ”-”, en bokstav först)",
        "\(q(name)) is not a person's name (letters a–z, digits, \".\", \"_\" or \"-\", a letter first)"
      )
    case .unknownPerson(let name, let known):
      language(
        "ingen person heter \(q(name)) (granska keys list); kända: \(listed(known))",
        "no person is named \(q(name)) (granska keys list); known: \(listed(known))")
    case .duplicate(let existing):
      language(
        "ägarkatalogen har redan \(q(existing)); ändra med granska owner edit",
        "the owner directory already has \(q(existing)); change it with granska owner edit")
    case .noSuchOwner(let name):
      language(
        "ägarkatalogen har ingen \(q(name)) (granska owner list visar vilka som finns)",
        "the owner directory has no \(q(name)) (granska owner list shows who is there)")
    case .changedMeanwhile(let owner):
      language(
        "någon annan ändrade \(q(owner)) i ägarkatalogen medan formuläret var öppet; Enter sparar ändå det du skrivit",
        "someone else changed \(q(owner)) in the owner directory while the form was open; Enter saves what you typed all the same"
      )
    case .nothingToChange:
      language(
        "ange vad som ska ändras: --email, --person eller --no-person",
        "say what to change: --email, --person or --no-person")
    case .noOwner(let id):
      language(
        "rekommendation \(id) har ingen ansvarig; ange en först",
        "recommendation \(id) has no owner; set one first")
    }
  }
}

/// What `granska owner` says, and the words of the directory wherever it
/// shows (lists, history, the dashboard).
public enum OwnerText: Sendable, Hashable, Worded {
  case added(OwnerContact)
  case edited(OwnerContact)
  case removed(String)
  case nameColumn, emailColumn, personColumn, openColumn
  case noOwners
  case noneMissing
  /// An open recommendation whose owner has no address (nil: no owner at all).
  case missing(audit: String?, id: String, owner: String?)
  /// Who a history row about the directory is about.
  case owner(String)

  /// The word for a history row's field of the directory.
  public static func field(_ name: String) -> OwnerText? {
    ["email": .emailColumn, "person": .personColumn][name]
  }

  public func message(in language: Language) -> String {
    switch self {
    case .added(let contact):
      language(
        "\(describe(contact, .sv)) finns nu i ägarkatalogen",
        "\(describe(contact, .en)) is now in the owner directory")
    case .edited(let contact):
      language(
        "\(describe(contact, .sv)) är sparad i ägarkatalogen",
        "\(describe(contact, .en)) is saved in the owner directory")
    case .removed(let name):
      language(
        "\(quoted(OwnerContact.oneLine(name), .sv)) togs bort ur ägarkatalogen",
        "\(quoted(OwnerContact.oneLine(name), .en)) was removed from the owner directory")
    case .nameColumn: language("Ägare", "Owner")
    case .emailColumn: language("E-post", "E-mail")
    case .personColumn: language("Person", "Person")
    case .openColumn: language("Öppna", "Open")
    case .noOwners:
      language(
        "Ägarkatalogen är tom; lägg till med: granska owner add NAMN --email ADRESS [--person NAMN]",
        "The owner directory is empty; add one with: granska owner add NAME --email ADDRESS [--person NAME]"
      )
    case .noneMissing:
      language(
        "Varje öppen rekommendation har en ansvarig med adress i ägarkatalogen",
        "Every open recommendation has an owner with an address in the directory")
    case .missing(let audit, let id, let owner):
      language(
        "\(audit.map { "\($0) " } ?? "")\(id): "
          + (owner.map { "\(quoted(OwnerContact.oneLine($0), .sv)) har ingen adress" }
            ?? "ingen ansvarig"),
        "\(audit.map { "\($0) " } ?? "")\(id): "
          + (owner.map { "\(quoted(OwnerContact.oneLine($0), .en)) has no address" } ?? "no owner"))
    case .owner(let name):
      language("Ägaren \(OwnerContact.oneLine(name))", "The owner \(OwnerContact.oneLine(name))")
    }
  }

  private func describe(_ contact: OwnerContact, _ language: Language) -> String {
    let person = contact.person.map { language(", person \($0)", ", person \($0)") } ?? ""
    return "\(quoted(OwnerContact.oneLine(contact.name), language)) <\(contact.email)>\(person)"
  }
}

/// What `granska remind` says of each owner, and why a reminder failed.
public enum RemindText: Error, Sendable, Hashable, Worded {
  case sent(owner: String, address: String, items: [String])
  case wouldSend(owner: String, address: String, items: [String])
  case alreadyReminded(owner: String, items: [String], on: Day, every: String)
  case noAddress(owner: String, items: [String])
  case noOwner(items: [String])
  case nothingDue(days: Int)
  case summarySent(address: String)
  /// Handing a message to the mail system failed: which owner (nil: the
  /// summary), and why. Nothing was recorded.
  case failed(owner: String?, MailProblem)
  /// Sent, but the history row could not be written.
  case notRecorded(owner: String, detail: String)
  case failures(Int)
  case notAnInterval(String)

  public func message(in language: Language) -> String {
    let q = { quoted(OwnerContact.oneLine($0), language) }
    return switch self {
    case .sent(let owner, let address, let items):
      language(
        "\(q(owner)) <\(address)>: påmind om \(listed(items))",
        "\(q(owner)) <\(address)>: reminded of \(listed(items))")
    case .wouldSend(let owner, let address, let items):
      language(
        "\(q(owner)) <\(address)>: skulle påminnas om \(listed(items)) (--dry-run: inget skickat)",
        "\(q(owner)) <\(address)>: would be reminded of \(listed(items)) (--dry-run: nothing sent)")
    case .alreadyReminded(let owner, let items, let day, let every):
      language(
        "\(q(owner)): påmind om \(listed(items)) \(day), inom \(every), och inget har ändrats sedan; "
          + "ingen ny påminnelse (--force skickar ändå)",
        "\(q(owner)): reminded of \(listed(items)) on \(day), within \(every), and nothing has changed "
          + "since; no new reminder (--force sends anyway)")
    case .noAddress(let owner, let items):
      language(
        "\(q(owner)) har ingen adress i ägarkatalogen; inte påmind om \(listed(items)) "
          + "(granska owner add \(q(owner)) --email ADRESS)",
        "\(q(owner)) has no address in the owner directory; not reminded of \(listed(items)) "
          + "(granska owner add \(q(owner)) --email ADDRESS)")
    case .noOwner(let items):
      language(
        "\(listed(items)): ingen ansvarig, ingen att påminna",
        "\(listed(items)): no owner, no one to remind")
    case .nothingDue(let days):
      language(
        "inga öppna rekommendationer är försenade eller ska vara klara inom \(days) dagar",
        "no open recommendation is overdue or due within \(days) days")
    case .summarySent(let address):
      language("sammanfattningen skickad till <\(address)>", "the summary sent to <\(address)>")
    case .failed(let owner, let problem):
      language(
        "\(owner.map { q($0) } ?? "sammanfattningen"): skickades inte: \(problem.message(in: .sv))",
        "\(owner.map { q($0) } ?? "the summary"): not sent: \(problem.message(in: .en))")
    case .notRecorded(let owner, let detail):
      language(
        "\(q(owner)): skickad, men kunde inte antecknas i historiken: \(detail)",
        "\(q(owner)): sent, but it could not be recorded in the history: \(detail)")
    case .failures(let count):
      language(
        "\(count) \(count == 1 ? "meddelande" : "meddelanden") kunde inte skickas",
        "\(count) \(count == 1 ? "message" : "messages") could not be sent")
    case .notAnInterval(let text):
      language(
        "--every \(text): ingen tidsrymd (t.ex. 7d för sju dagar, 2w för två veckor, 12h för tolv timmar)",
        "--every \(text): not a length of time (e.g. 7d for seven days, 2w for two weeks, 12h for twelve hours)"
      )
    }
  }
}

/// Why a message was not handed to the mail system.
public enum MailProblem: Error, Sendable, Hashable, Worded {
  case invalidAddress(String)
  /// A header's value would hold a line break or another control character.
  case unsafeHeader(name: String)
  case noSendmail(path: String)
  case cannotRun(path: String, SystemError)
  case sendmailFailed(path: String, status: Int32, detail: String)
  case sendmailKilled(path: String, signal: Int32)

  public func message(in language: Language) -> String {
    switch self {
    case .invalidAddress(let address):
      language(
        "\(quoted(address, .sv)) är ingen e-postadress Granska kan skicka till (namn@domän, utan mellanslag)",
        "\(quoted(address, .en)) is not an e-mail address Granska can send to (name@domain, no spaces)"
      )
    case .unsafeHeader(let name):
      language(
        "rubriken \(name) skulle innehålla en radbrytning eller ett styrtecken",
        "the header \(name) would hold a line break or a control character")
    case .noSendmail(let path):
      language(
        "\(path) finns inte: installera ett e-postsystem (Debians exim4-daemon-light eller postfix) "
          + "eller ange --sendmail SÖKVÄG",
        "\(path) does not exist: install a mail system (Debian's exim4-daemon-light or postfix) "
          + "or give --sendmail PATH")
    case .cannotRun(let path, let reason):
      language(
        "\(path) kan inte köras: \(reason.message(in: .sv))",
        "\(path) cannot be run: \(reason.message(in: .en))")
    case .sendmailFailed(let path, let status, let detail):
      language(
        "\(path) avslutades med status \(status)\(detail.isEmpty ? "" : ": \(detail)")",
        "\(path) exited with status \(status)\(detail.isEmpty ? "" : ": \(detail)")")
    case .sendmailKilled(let path, let signal):
      language("\(path) avbröts av signal \(signal)", "\(path) was ended by signal \(signal)")
    }
  }
}
