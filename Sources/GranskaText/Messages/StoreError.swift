import Foundation
import GranskaDomain

/// Why the database could not be used or a change not saved, as facts.
/// The store throws it; it lives here, beside its words, so that every
/// command and the dashboard word it alike. Every message names the file
/// where there is one.
public enum StoreError: Error, Equatable, Sendable, Worded {
  case directoryMissing(path: String)
  case isADirectory(path: String)
  case cannotCreate(path: String, SystemError)
  case cannotUse(path: String, SystemError)
  /// SQLite could not open the file; `detail` is SQLite's own words.
  case cannotOpen(path: String, detail: String)
  case notADatabase(path: String)
  /// A file of 0 bytes where the database should be: never filled in, or
  /// emptied (a failed copy); nothing is guessed.
  case emptyFile(path: String)
  case notGranska(path: String)
  case newerSchema(path: String, unknown: [String])
  case busy(path: String)
  /// Any other failure SQLite reports: its code, and its own (English) words.
  case sqlite(path: String, detail: String)
  /// The disk (or the file system's quota) is full.
  case diskFull(path: String)
  /// The disk could not read or write (a failing disk, a lost network mount).
  case ioError(path: String)
  case corrupt(value: String, expected: String)
  case builtInAudit(detail: String)
  case auditNotFound(String)
  case invalidAudit(id: String, ValidationIssue)
  case invalidEdit(EditError)
  /// An import would replace changes the file does not hold (newest first).
  case newerChanges(audit: Audit, since: Date?, changes: [HistoryEntry])
  case conflict(Conflict)
  case readOnly(ReadOnlyReason)
  case notAnEditor(account: String, accounts: [String], groups: [String])
  case notOwner(path: String)
  case invalidEditor
  // Sharing a database (group mode, service-account mode, upgrades).
  /// The account may not read the database (or create it).
  case permission(PermissionProblem)
  /// A read-only session was pointed at a file that does not exist.
  case readOnlyMissing(path: String)
  /// The schema is older than this Granska and the database is shared.
  case needsUpgrade(path: String, pending: [String])
  /// A backup never replaces a file.
  case backupExists(path: String)
  /// Service-account mode: the person's role is viewer.
  case viewer(person: String)
  /// Service-account mode: no one of this name has a key (any more).
  case unknownPerson(String)
  /// `--as` is for the database's owner, who runs every keyed session.
  case notOwnerToActAs(path: String, person: String)
  case badName(String)
  case duplicateName(String)
  case duplicateKey(fingerprint: String, person: String)
  case noSuchPerson(String)
  /// A PostgreSQL database could not be used (`ServerProblem` has the words).
  case server(ServerProblem)
  /// The file at the path is not the one opened: another was moved over it.
  /// It has been opened instead; the change that found it was not saved.
  case databaseReplaced(path: String)
  /// As `databaseReplaced`, but other sessions still hold the old file's
  /// journal: the new one is opened once they let go.
  case databaseReplacedInUse(path: String)
  /// The file was removed (or moved away) while open.
  case databaseRemoved(path: String)
  /// The database or a journal file is not what Granska would have made.
  case plantedFile(String, PlantedFile)

  public func message(in language: Language) -> String {
    let q = { quoted($0, language) }
    return switch self {
    case .directoryMissing(let path):
      language(
        "\(path): katalogen finns inte; skapa den först eller välj en annan sökväg med --db",
        "\(path): the directory does not exist; create it first or choose another --db path")
    case .isADirectory(let path):
      language(
        "\(path): är en katalog, ingen databasfil", "\(path): is a directory, not a database file")
    case .cannotCreate(let path, let reason):
      language(
        "\(path): databasen kan inte skapas: \(reason.message(in: .sv))",
        "\(path): cannot create the database: \(reason.message(in: .en))")
    case .cannotUse(let path, let reason):
      language("\(path): \(reason.message(in: .sv))", "\(path): \(reason.message(in: .en))")
    case .cannotOpen(let path, let detail):
      language(
        "\(path): databasen kan inte öppnas (SQLite säger på engelska: \(detail)); kontrollera "
          + "att filen och katalogen finns och får läsas och skrivas",
        "\(path): cannot open the database (SQLite says: \(detail)); check that the file and its "
          + "directory exist and may be read and written")
    case .notADatabase(let path):
      language(
        "\(path): ingen SQLite-databas (filen lämnades orörd)",
        "\(path): not a SQLite database (the file was left untouched)")
    case .emptyFile(let path):
      language(
        "\(path): filen är tom (0 byte) och är ingen databas; inget ändrades. Ta bort filen så skapas "
          + "en ny databas, eller välj en annan med --db",
        "\(path): the file is empty (0 bytes), not a database; nothing was changed. Remove it to have "
          + "a new database made, or choose another with --db")
    case .notGranska(let path):
      language(
        "\(path): en SQLite-databas, men inte Granskas (filen lämnades orörd)",
        "\(path): a SQLite database, but not Granska's (the file was left untouched)")
    case .newerSchema(let path, let unknown):
      language(
        "\(path): skriven av en nyare version av Granska (schema \(listed(unknown))); "
          + "uppgradera Granska för att öppna den (filen lämnades orörd)",
        "\(path): written by a newer version of Granska (schema \(listed(unknown))); "
          + "upgrade Granska to open it (the file was left untouched)")
    case .busy(let path):
      language(
        "\(path): databasen förblev låst av en annan session; inget sparades, försök igen",
        "\(path): the database stayed locked by another session; nothing was saved, try again")
    case .sqlite(let path, let detail):
      language(
        "\(path): databasen svarade med ett fel (SQLite säger på engelska: \(detail)); inget sparades",
        "\(path): the database answered with an error (SQLite says: \(detail)); nothing was saved")
    case .diskFull(let path):
      language(
        "\(path): disken är full där databasen ligger; inget sparades. Frigör utrymme (df -h visar "
          + "hur mycket som finns kvar) och försök igen",
        "\(path): the disk where the database lives is full; nothing was saved. Free some space "
          + "(df -h shows how much is left) and try again")
    case .ioError(let path):
      language(
        "\(path): disken kunde inte läsa eller skriva; inget sparades. Kontrollera disken eller "
          + "nätverksmonteringen (dmesg) och försök igen",
        "\(path): the disk could not read or write; nothing was saved. Check the disk or the network "
          + "mount (dmesg) and try again")
    case .corrupt(let value, let expected):
      language(
        "databasen innehåller ett oväntat värde: \(q(value)) är inte \(expected)",
        "the database holds an unexpected value: \(q(value)) is not \(expected)")
    case .builtInAudit(let detail):
      language(
        "den inbyggda granskningen kan inte läsas: \(detail)",
        "the built-in audit cannot be read: \(detail)")
    case .auditNotFound(let id):
      language("granskningen \(q(id)) finns inte", "audit \(q(id)) not found")
    case .invalidAudit(let id, let issue):
      language(
        "granskningen \(q(id)): \(issue.message(in: .sv))",
        "audit \(q(id)): \(issue.message(in: .en))")
    case .invalidEdit(let error): error.message(in: language)
    case .newerChanges(let audit, let since, let changes):
      language(
        "granskningen \(q(audit.id)) har \(changes.count) ändringar"
          + (since.map { " efter \(HistoryText.localTime($0))" } ?? " sedan den senast importerades")
          + " som filen inte har; inget importerades (--replace ersätter dem ändå):"
          + Self.listing(changes, of: audit, in: .sv),
        "audit \(q(audit.id)) has \(changes.count) changes"
          + (since.map { " after \(HistoryText.localTime($0))" } ?? " since it was last imported")
          + " that the file does not hold; nothing was imported (--replace replaces them anyway):"
          + Self.listing(changes, of: audit, in: .en))
    case .conflict(let conflict): conflict.message(in: language)
    case .readOnly(let reason): reason.message(in: language)
    case .notAnEditor(let account, let accounts, let groups):
      language(
        "\(account) får inte ändra i den här databasen (får ändra: "
          + listed(accounts.map { "kontot \($0)" } + groups.map { "gruppen \($0)" }) + ")",
        "\(account) may not edit this database (editors: "
          + listed(accounts.map { "account \($0)" } + groups.map { "group \($0)" }) + ")")
    case .notOwner(let path):
      language(
        "bara ägaren till \(path) eller root får ändra vilka som får använda och ändra i den",
        "only the owner of \(path) or root may change who may use and edit it")
    case .invalidEditor:
      language(
        "ange ett konto eller en grupp med namn", "an editor is an account or a group with a name")
    case .permission(let problem): problem.message(in: language)
    case .readOnlyMissing(let path):
      language(
        "\(path): filen finns inte (en skrivskyddad session skapar ingen databas)",
        "\(path): no such file (a read-only session creates no database)")
    case .needsUpgrade(let path, let pending):
      language(
        "\(path): databasen behöver uppgraderas för den här versionen av Granska "
          + "(\(UpgradeWords.describe(pending, in: .sv))); kör: granska migrate --db \(shellQuoted(path))",
        "\(path): the database needs an upgrade for this version of Granska "
          + "(\(UpgradeWords.describe(pending, in: .en))); run: granska migrate --db \(shellQuoted(path))"
      )
    case .backupExists(let path):
      language(
        "\(path): finns redan; välj ett annat namn (inget skrivs över)",
        "\(path): already exists; choose another name (nothing is overwritten)")
    case .viewer(let person):
      language(
        "\(person) är läsare och kan inte ändra något (en administratör ger rätt att ändra med "
          + "granska keys role \(shellQuoted(person)) editor)",
        "\(person) is a viewer and cannot change anything (an administrator grants editing with "
          + "granska keys role \(shellQuoted(person)) editor)")
    case .unknownPerson(let person):
      language(
        "\(person) har ingen nyckel i den här databasen", "\(person) has no key in this database")
    case .notOwnerToActAs(let path, let person):
      language(
        "--as \(person): bara ägaren till \(path) (tjänstekontot) kör sessioner åt personer",
        "--as \(person): only the owner of \(path) (the service account) runs sessions for people")
    case .badName(let name):
      language(
        "\(q(name)): ett namn har 1–32 tecken: a–z, 0–9, ”.”, ”_” och ”-”, först en bokstav a–z",
        "\(q(name)): a name has 1–32 characters: a–z, 0–9, \".\", \"_\" and \"-\", a letter a–z first"
      )
    case .duplicateName(let name):
      language(
        "\(name) finns redan; byt roll med granska keys role, eller ta bort med granska keys remove",
        "\(name) exists already; change the role with granska keys role, or remove with granska keys remove"
      )
    case .duplicateKey(let fingerprint, let person):
      language(
        "nyckeln \(fingerprint) tillhör redan \(person)",
        "the key \(fingerprint) belongs to \(person) already")
    case .noSuchPerson(let name):
      language(
        "\(name) finns inte (se granska keys list)",
        "no one is called \(name) (see granska keys list)")
    case .server(let problem): problem.message(in: language)
    case .databaseReplaced(let path):
      language(
        "\(path) byttes ut medan Granska hade den öppen; den nya filen är inläst och ändringen "
          + "sparades inte – gör om den om den behövs",
        "\(path) was replaced while Granska had it open; the new file has been read and the change "
          + "was not saved – make it again if it is still needed")
    case .databaseReplacedInUse(let path):
      language(
        "\(path) byttes ut medan andra sessioner har den gamla filen öppen; inget sparades. "
          + "Granska öppnar den nya när de har släppt den (inom några sekunder)",
        "\(path) was replaced while other sessions have the old file open; nothing was saved. "
          + "Granska opens the new one once they let go of it (within seconds)")
    case .databaseRemoved(let path):
      language(
        "\(path) finns inte längre (filen togs bort eller flyttades medan Granska hade den öppen); "
          + "inget sparades. Lägg tillbaka den (granska restore SÄKERHETSKOPIA) eller välj en annan "
          + "med --db",
        "\(path) is no longer there (the file was removed or moved while Granska had it open); "
          + "nothing was saved. Put it back (granska restore BACKUP) or choose another with --db")
    case .plantedFile(let file, .symbolicLink(let target)):
      language(
        "\(file) är en symbolisk länk (till \(target)); Granska öppnar bara vanliga filer här, så att "
          + "ingen kan leda om ändringarna. Inget öppnades eller ändrades; ta bort länken (rm \(file))",
        "\(file) is a symbolic link (to \(target)); Granska opens only plain files here, so that no "
          + "one can redirect the changes. Nothing was opened or changed; remove the link (rm \(file))"
      )
    case .plantedFile(let file, .notAFile):
      language(
        "\(file) är ingen vanlig fil; inget öppnades eller ändrades. Ta bort den (rm \(file))",
        "\(file) is not a plain file; nothing was opened or changed. Remove it (rm \(file))")
    case .plantedFile(let file, .ownerOutsideGroup(let owner, let group)):
      language(
        "\(file) ägs av \(owner), som inte är med i gruppen \(group) som katalogen delas genom; "
          + "inget öppnades eller ändrades. Kontrollera filen och ta bort den (rm \(file))",
        "\(file) belongs to \(owner), who is not in the group \(group) the directory is shared "
          + "through; nothing was opened or changed. Check the file and remove it (rm \(file))")
    }
  }
}

extension StoreError {
  /// One indented line per change, newest first: when, who, what.
  static func listing(_ changes: [HistoryEntry], of audit: Audit, in language: Language)
    -> String
  {
    let words = ChangeWords(strings: language.strings, audit: audit)
    let shown = changes.prefix(10).map {
      "\n  \(HistoryText.localTime($0.at))  \($0.account)  \(words.describe($0).sentence)"
    }
    let more = changes.count - shown.count
    guard more > 0 else { return shown.joined() }
    return shown.joined() + language("\n  … och \(more) till", "\n  … and \(more) more")
  }
}

/// Why a session may not save anything.
public enum ReadOnlyReason: Hashable, Sendable, Worded {
  /// The person asked for it (`--read-only`).
  case requested
  /// The file system does not let this account write the database.
  case cannotWrite(PermissionProblem)

  public func message(in language: Language) -> String {
    switch self {
    case .requested: language("skrivskyddat (--read-only)", "read-only (--read-only)")
    case .cannotWrite(let problem): problem.message(in: language)
    }
  }
}

extension Conflict: Worded {
  /// Who changed the field, when, and to what: "Rekommendation R1, Status
  /// ändrades under tiden av anna 2025-03-01 10:00:00 till ”Pågår”; inget sparades".
  public func message(in language: Language) -> String {
    let row = HistoryEntry(
      id: 0, at: at ?? Date(), account: account ?? "", auditID: "", entity: entity,
      entityID: entityID, field: field, oldValue: nil, newValue: savedValue)
    let words = ChangeWords(strings: language.strings, audit: nil).describe(row)
    // Without the audit a question's round has no title: its id says which.
    let subject = entity == "assessment" ? entityID : words.subject
    let what = "\(subject), \(words.what)"
    let value = quoted(words.new, language)
    let when = at.map { " " + HistoryText.localTime($0) } ?? ""
    return switch language {
    case .sv:
      "\(what) ändrades under tiden av \(account ?? "någon annan")\(when) till \(value); inget sparades"
    case .en:
      "\(what) was changed meanwhile by \(account ?? "someone else")\(when) to \(value); nothing was saved"
    }
  }
}

/// Something about the database a person should know, though it opened.
public enum StoreWarning: Hashable, Sendable, Worded {
  /// Others could replace the database or plant its journal files.
  case worldWritableDirectory(path: String, directory: String)
  /// A password went to a server elsewhere without encryption.
  case unencryptedPassword(server: String)

  public func message(in language: Language) -> String {
    switch self {
    case .worldWritableDirectory(let path, let directory):
      language(
        "\(path): katalogen \(directory) är skrivbar för alla; andra kan byta ut databasen eller "
          + "dess journalfiler — lägg den i en katalog som bara de som får ändra kan skriva i",
        "\(path): the directory \(directory) is writable by everyone; others could replace the "
          + "database or its journal files — keep it in a directory only its editors can write")
    case .unencryptedPassword(let server):
      language(
        "lösenordet skickades okrypterat till PostgreSQL-servern på \(server) (ingen TLS); "
          + "ge servern ett certifikat och använd sslmode=verify-full (docs/DEPLOY.md)",
        "the password went unencrypted to the PostgreSQL server at \(server) (no TLS); "
          + "give the server a certificate and use sslmode=verify-full (docs/DEPLOY.md)")
    }
  }
}

/// Why a database file looks planted.
public enum PlantedFile: Hashable, Sendable {
  case symbolicLink(to: String)
  case notAFile
  case ownerOutsideGroup(owner: String, group: String)
}

/// What the store tells a session that has not asked.
public enum StoreNotice: Hashable, Sendable, Worded {
  /// Another file was moved over the database's path, and read instead.
  case databaseReplaced(path: String)

  public func message(in language: Language) -> String {
    switch self {
    case .databaseReplaced(let path):
      language(
        "Databasen byttes ut – läste in den igen (\(path))",
        "The database was replaced – read it again (\(path))")
    }
  }
}
