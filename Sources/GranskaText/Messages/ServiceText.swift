/// What Granska says about upgrades and backups, people and their keys
/// (service-account mode) and commands over ssh: confirmations, words, and
/// refusals (thrown as errors). The store's own refusals are `StoreError`s.
public enum ServiceText: Error, Sendable, Hashable, Worded, Wording {
  // Upgrades and backups
  case upToDate(path: String)
  /// `backup`: the copy made first (nil on PostgreSQL, where Granska makes none).
  case migrated(path: String, migrations: [String], backup: String?)
  case backupWritten(path: String)
  case restored(from: String, audits: Int)
  /// A partial file left by a backup or upgrade that was killed, removed now.
  case stalePartialRemoved(path: String)
  // People and keys
  case roleViewer, roleEditor, nameColumn, roleColumn, keyColumn, commentColumn, fullNameField
  /// Who a history row about people is about.
  case person(name: String)
  case noPeople
  case noKeyInFile(file: String)
  case malformedKey(file: String, line: Int)
  case certificateNotKey(file: String, line: Int)
  case dsaKey(file: String, line: Int)
  case shortRSAKey(file: String, line: Int, bits: Int, minimum: Int)
  /// A file with more than one key, without `--all` (the lines they are on).
  case severalKeys(file: String, lines: [Int])
  case sameKeyTwice(file: String, lines: [Int])
  /// A name with capitals that would be valid in lower case.
  case nameHasCapitals(name: String, suggestion: String)
  /// `--as` with a name no one can be given (one an earlier version allowed).
  case sessionNameInvalid(name: String)
  case needsSSHKeygen
  case unsafeForAuthorizedKeys(path: String)
  case personAdded(name: String, role: String, keys: Int, file: String)
  case personRemoved(name: String, file: String)
  case roleChanged(name: String, role: String, file: String)
  // setup-service
  case needsRoot
  case noSuchAccount(String)
  case toolFailed(command: String, message: String)
  case serviceReady(account: String, database: String, binary: String)
  // Commands over ssh
  case notAllowedOverSSH(word: String, role: String, allowed: [String])
  case optionNotAllowedOverSSH(String)
  case outputOverSSH(command: String)
  case standardInputOverSSH(command: String)
  case themeFileOverSSH(builtIn: [String])
  case fetchReport(command: String)

  /// The sshd_config block for the service account: no forwarding of any
  /// kind, a terminal for the dashboard, keys only, dead links noticed.
  public static func sshdConfig(_ account: String) -> String {
    """
    Match User \(account)
        AuthenticationMethods publickey
        DisableForwarding yes
        PermitTTY yes
        ClientAliveInterval 30
        ClientAliveCountMax 4
    """
  }

  /// The words for the history's person fields.
  public static func personField(_ field: String) -> ServiceText? {
    ["role": .roleColumn, "key": .keyColumn, "fullName": .fullNameField][field]
  }

  /// A role's word, from its id ("viewer", "editor").
  public static func role(_ id: String) -> ServiceText? {
    ["viewer": .roleViewer, "editor": .roleEditor][id]
  }

  public var swedish: String {
    switch self {
    case .upToDate(let path):
      "\(path): redan uppgraderad; inget ändrades"
    case .migrated(let path, let migrations, let backup):
      "\(path): uppgraderad (\(UpgradeWords.describe(migrations, in: .sv)))"
        + (backup.map { "; säkerhetskopia först: \($0)" } ?? "")
    case .backupWritten(let path): "Säkerhetskopia skriven: \(path)"
    case .restored(let from, let audits):
      "Återställd från \(from): \(audits) granskning\(audits == 1 ? "" : "ar"); öppna sessioner läser in den"
    case .stalePartialRemoved(let path):
      "tog bort \(path), en ofullständig kopia från en körning som avbröts"
    case .roleViewer: "läsare"
    case .roleEditor: "redigerare"
    case .nameColumn: "Namn"
    case .roleColumn: "Roll"
    case .keyColumn: "Nyckel"
    case .commentColumn: "Kommentar"
    case .fullNameField: "Namn i anteckningar"
    case .person(let name): "Personen \(name)"
    case .noPeople: "Inga personer ännu; lägg till med: granska keys add NAMN NYCKELFIL [--editor]"
    case .noKeyInFile(let file): "\(file): innehåller ingen publik nyckel"
    case .malformedKey(let file, let line):
      "\(file):\(line): inte en publik SSH-nyckel (väntade t.ex. ”ssh-ed25519 AAAAC3… namn@dator”, "
        + "innehållet i en .pub-fil)"
    case .certificateNotKey(let file, let line):
      "\(file):\(line): ett certifikat, inte en nyckel; lägg till den publika nyckel som "
        + "certifikatet gäller (t.ex. id_ed25519.pub, inte id_ed25519-cert.pub)"
    case .dsaKey(let file, let line):
      "\(file):\(line): en DSA-nyckel (ssh-dss), som OpenSSH inte längre loggar in med; "
        + "be om en ny nyckel (ssh-keygen -t ed25519)"
    case .shortRSAKey(let file, let line, let bits, let minimum):
      "\(file):\(line): RSA-nyckeln har \(bits) bitar, minst \(minimum) behövs; "
        + "be om en ny nyckel (ssh-keygen -t ed25519, eller -t rsa -b 4096)"
    case .severalKeys(let file, let lines):
      "\(file): \(lines.count) nycklar (rad \(listed(lines.map(String.init)))); en fil ska ha en "
        + "nyckel: ange en fil per nyckel, eller --all för att lägga till alla"
    case .sameKeyTwice(let file, let lines):
      "\(file): rad \(listed(lines.map(String.init))) är samma nyckel; ta bort den ena raden"
    case .nameHasCapitals(let name, let suggestion):
      "\(quoted(name, .sv)): ett namn har bara små bokstäver (a–z); skriv \(quoted(suggestion, .sv))"
    case .sessionNameInvalid(let name):
      "\(quoted(name, .sv)): namnet kan inte användas (ett namn har 1–32 tecken: a–z, 0–9, "
        + "”.”, ”_” och ”-”, först en bokstav); en administratör lägger till personen på nytt: "
        + "granska keys remove \(shellQuoted(name)), sedan granska keys add NAMN NYCKELFIL"
    case .needsSSHKeygen:
      "ssh-keygen behövs för att kontrollera nycklar (Debians paket openssh-client)"
    case .unsafeForAuthorizedKeys(let path):
      "\(path): sökvägen kan inte stå i authorized_keys; använd bara bokstäver a–z, siffror och / . _ - +"
    case .personAdded(let name, let role, let keys, let file):
      "\(name) (\(role)) lades till med \(keys) \(keys == 1 ? "nyckel" : "nycklar"); \(file) är uppdaterad"
    case .personRemoved(let name, let file): "\(name) togs bort; \(file) är uppdaterad"
    case .roleChanged(let name, let role, let file): "\(name) är nu \(role); \(file) är uppdaterad"
    case .needsRoot:
      "setup-service skapar ett konto och måste köras som root: sudo granska setup-service"
    case .noSuchAccount(let account): "kontot \(account) finns inte"
    case .toolFailed(let command, let message): "\(command) misslyckades: \(message)"
    case .serviceReady(let account, let database, let binary):
      """
      Tjänstekontot \(account) är klart; databasen är \(database).
      Lägg till personer med deras publika nycklar:
        \(shellCommand(["sudo", "-u", account, binary, "--db", database])) keys add anna anna.pub --editor
        \(shellCommand(["sudo", "-u", account, binary, "--db", database])) keys add bertil bertil.pub
      Lägg till i /etc/ssh/sshd_config och läs om sshd (systemctl reload ssh):
      \(Self.sshdConfig(account))
      Sedan från en arbetsstation: ssh -t \(account)@server (instrumentpanelen),
      ssh \(account)@server report --format html > rapport.html (rapporten).
      """
    case .notAllowedOverSSH(let word, let role, let allowed):
      "”\(word)” är inte tillåtet över ssh (roll: \(role)); tillåtet: \(listed(allowed))"
    case .optionNotAllowedOverSSH(let option): "\(option) är inte tillåtet över ssh"
    case .outputOverSSH(let command):
      "-o är inte tillåtet över ssh (det skriver på servern); skriv till din egen dator i stället: "
        + "ssh … \(command) > fil"
    case .standardInputOverSSH(let command):
      "\(command) läser från standard in över ssh: ange - som fil (ssh … \(command) - < fil)"
    case .themeFileOverSSH(let builtIn):
      "--theme med en fil är inte tillåtet över ssh (filer på servern läses inte); "
        + "välj ett inbyggt tema: \(listed(builtIn))"
    case .fetchReport(let command): "Hämta rapporten till din dator: \(command)"
    }
  }

  public var english: String {
    switch self {
    case .upToDate(let path):
      "\(path): already upgraded; nothing changed"
    case .migrated(let path, let migrations, let backup):
      "\(path): upgraded (\(UpgradeWords.describe(migrations, in: .en)))"
        + (backup.map { "; backed up first: \($0)" } ?? "")
    case .backupWritten(let path): "Backup written: \(path)"
    case .restored(let from, let audits):
      "Restored from \(from): \(audits) audit\(audits == 1 ? "" : "s"); open sessions read it"
    case .stalePartialRemoved(let path):
      "removed \(path), an incomplete copy left by a run that was stopped"
    case .roleViewer: "viewer"
    case .roleEditor: "editor"
    case .nameColumn: "Name"
    case .roleColumn: "Role"
    case .keyColumn: "Key"
    case .commentColumn: "Comment"
    case .fullNameField: "Name in notes"
    case .person(let name): "The person \(name)"
    case .noPeople: "No people yet; add one with: granska keys add NAME KEYFILE [--editor]"
    case .noKeyInFile(let file): "\(file): holds no public key"
    case .malformedKey(let file, let line):
      "\(file):\(line): not an SSH public key (expected e.g. \"ssh-ed25519 AAAAC3… name@host\", "
        + "the contents of a .pub file)"
    case .certificateNotKey(let file, let line):
      "\(file):\(line): a certificate, not a key; add the public key the certificate is for "
        + "(e.g. id_ed25519.pub, not id_ed25519-cert.pub)"
    case .dsaKey(let file, let line):
      "\(file):\(line): a DSA key (ssh-dss), which OpenSSH no longer logs in with; "
        + "ask for a new key (ssh-keygen -t ed25519)"
    case .shortRSAKey(let file, let line, let bits, let minimum):
      "\(file):\(line): the RSA key has \(bits) bits, at least \(minimum) are needed; "
        + "ask for a new key (ssh-keygen -t ed25519, or -t rsa -b 4096)"
    case .severalKeys(let file, let lines):
      "\(file): \(lines.count) keys (lines \(listed(lines.map(String.init)))); a file should hold "
        + "one key: give one file per key, or --all to add them all"
    case .sameKeyTwice(let file, let lines):
      "\(file): lines \(listed(lines.map(String.init))) are the same key; remove one of them"
    case .nameHasCapitals(let name, let suggestion):
      "\(quoted(name, .en)): a name has small letters only (a–z); write \(quoted(suggestion, .en))"
    case .sessionNameInvalid(let name):
      "\(quoted(name, .en)): the name cannot be used (a name has 1–32 characters: a–z, 0–9, "
        + "\".\", \"_\" and \"-\", a letter first); an administrator adds the person again: "
        + "granska keys remove \(shellQuoted(name)), then granska keys add NAME KEYFILE"
    case .needsSSHKeygen: "ssh-keygen is needed to check keys (Debian's package openssh-client)"
    case .unsafeForAuthorizedKeys(let path):
      "\(path): the path cannot go into authorized_keys; use only letters a–z, digits and / . _ - +"
    case .personAdded(let name, let role, let keys, let file):
      "\(name) (\(role)) added with \(keys) \(keys == 1 ? "key" : "keys"); \(file) is up to date"
    case .personRemoved(let name, let file): "\(name) removed; \(file) is up to date"
    case .roleChanged(let name, let role, let file): "\(name) is now \(role); \(file) is up to date"
    case .needsRoot:
      "setup-service creates an account and must run as root: sudo granska setup-service"
    case .noSuchAccount(let account): "no account \(account)"
    case .toolFailed(let command, let message): "\(command) failed: \(message)"
    case .serviceReady(let account, let database, let binary):
      """
      The service account \(account) is ready; the database is \(database).
      Add people by their public keys:
        \(shellCommand(["sudo", "-u", account, binary, "--db", database])) keys add anna anna.pub --editor
        \(shellCommand(["sudo", "-u", account, binary, "--db", database])) keys add bertil bertil.pub
      Add to /etc/ssh/sshd_config and reload sshd (systemctl reload ssh):
      \(Self.sshdConfig(account))
      Then from a workstation: ssh -t \(account)@server (the dashboard),
      ssh \(account)@server report --format html > report.html (the report).
      """
    case .notAllowedOverSSH(let word, let role, let allowed):
      "\"\(word)\" is not allowed over ssh (role: \(role)); allowed: \(listed(allowed))"
    case .optionNotAllowedOverSSH(let option): "\(option) is not allowed over ssh"
    case .outputOverSSH(let command):
      "-o is not allowed over ssh (it writes on the server); write to your own computer instead: "
        + "ssh … \(command) > file"
    case .standardInputOverSSH(let command):
      "\(command) reads standard input over ssh: give - as the file (ssh … \(command) - < file)"
    case .themeFileOverSSH(let builtIn):
      "--theme with a file is not allowed over ssh (files on the server are not read); "
        + "choose a built-in theme: \(listed(builtIn))"
    case .fetchReport(let command): "Fetch the report to your computer: \(command)"
    }
  }
}
