/// What Granska says about upgrades and backups, people and their keys
/// (service-account mode) and commands over ssh: confirmations, words, and
/// refusals (thrown as errors). The store's own refusals are `StoreError`s.
public enum ServiceText: Error, Sendable, Hashable, Worded {
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

  public func message(in language: Language) -> String {
    switch self {
    case .upToDate(let path):
      language(
        "\(path): redan uppgraderad; inget ändrades",
        "\(path): already upgraded; nothing changed")
    case .migrated(let path, let migrations, let backup):
      language(
        "\(path): uppgraderad (\(UpgradeWords.describe(migrations, in: .sv)))"
          + (backup.map { "; säkerhetskopia först: \($0)" } ?? ""),
        "\(path): upgraded (\(UpgradeWords.describe(migrations, in: .en)))"
          + (backup.map { "; backed up first: \($0)" } ?? ""))
    case .backupWritten(let path):
      language("Säkerhetskopia skriven: \(path)", "Backup written: \(path)")
    case .restored(let from, let audits):
      language(
        "Återställd från \(from): \(audits) granskning\(audits == 1 ? "" : "ar"); öppna sessioner läser in den",
        "Restored from \(from): \(audits) audit\(audits == 1 ? "" : "s"); open sessions read it")
    case .stalePartialRemoved(let path):
      language(
        "tog bort \(path), en ofullständig kopia från en körning som avbröts",
        "removed \(path), an incomplete copy left by a run that was stopped")
    case .roleViewer: language("läsare", "viewer")
    case .roleEditor: language("redigerare", "editor")
    case .nameColumn: language("Namn", "Name")
    case .roleColumn: language("Roll", "Role")
    case .keyColumn: language("Nyckel", "Key")
    case .commentColumn: language("Kommentar", "Comment")
    case .fullNameField: language("Namn i anteckningar", "Name in notes")
    case .person(let name): language("Personen \(name)", "The person \(name)")
    case .noPeople:
      language(
        "Inga personer ännu; lägg till med: granska keys add NAMN NYCKELFIL [--editor]",
        "No people yet; add one with: granska keys add NAME KEYFILE [--editor]")
    case .noKeyInFile(let file):
      language("\(file): innehåller ingen publik nyckel", "\(file): holds no public key")
    case .malformedKey(let file, let line):
      language(
        "\(file):\(line): inte en publik SSH-nyckel (väntade t.ex. ”ssh-ed25519 AAAAC3… namn@dator”, "
          + "innehållet i en .pub-fil)",
        "\(file):\(line): not an SSH public key (expected e.g. \"ssh-ed25519 AAAAC3… name@host\", "
          + "the contents of a .pub file)")
    case .certificateNotKey(let file, let line):
      language(
        "\(file):\(line): ett certifikat, inte en nyckel; lägg till den publika nyckel som "
          + "certifikatet gäller (t.ex. id_ed25519.pub, inte id_ed25519-cert.pub)",
        "\(file):\(line): a certificate, not a key; add the public key the certificate is for "
          + "(e.g. id_ed25519.pub, not id_ed25519-cert.pub)")
    case .dsaKey(let file, let line):
      language(
        "\(file):\(line): en DSA-nyckel (ssh-dss), som OpenSSH inte längre loggar in med; "
          + "be om en ny nyckel (ssh-keygen -t ed25519)",
        "\(file):\(line): a DSA key (ssh-dss), which OpenSSH no longer logs in with; "
          + "ask for a new key (ssh-keygen -t ed25519)")
    case .shortRSAKey(let file, let line, let bits, let minimum):
      language(
        "\(file):\(line): RSA-nyckeln har \(bits) bitar, minst \(minimum) behövs; "
          + "be om en ny nyckel (ssh-keygen -t ed25519, eller -t rsa -b 4096)",
        "\(file):\(line): the RSA key has \(bits) bits, at least \(minimum) are needed; "
          + "ask for a new key (ssh-keygen -t ed25519, or -t rsa -b 4096)")
    case .severalKeys(let file, let lines):
      language(
        "\(file): \(lines.count) nycklar (rad \(listed(lines.map(String.init)))); en fil ska ha en "
          + "nyckel: ange en fil per nyckel, eller --all för att lägga till alla",
        "\(file): \(lines.count) keys (lines \(listed(lines.map(String.init)))); a file should hold "
          + "one key: give one file per key, or --all to add them all")
    case .sameKeyTwice(let file, let lines):
      language(
        "\(file): rad \(listed(lines.map(String.init))) är samma nyckel; ta bort den ena raden",
        "\(file): lines \(listed(lines.map(String.init))) are the same key; remove one of them")
    case .nameHasCapitals(let name, let suggestion):
      language(
        "\(quoted(name, .sv)): ett namn har bara små bokstäver (a–z); skriv \(quoted(suggestion, .sv))",
        "\(quoted(name, .en)): a name has small letters only (a–z); write \(quoted(suggestion, .en))"
      )
    case .sessionNameInvalid(let name):
      language(
        "\(quoted(name, .sv)): namnet kan inte användas (ett namn har 1–32 tecken: a–z, 0–9, "
          + "”.”, ”_” och ”-”, först en bokstav); en administratör lägger till personen på nytt: "
          + "granska keys remove \(shellQuoted(name)), sedan granska keys add NAMN NYCKELFIL",
        "\(quoted(name, .en)): the name cannot be used (a name has 1–32 characters: a–z, 0–9, "
          + "\".\", \"_\" and \"-\", a letter first); an administrator adds the person again: "
          + "granska keys remove \(shellQuoted(name)), then granska keys add NAME KEYFILE")
    case .needsSSHKeygen:
      language(
        "ssh-keygen behövs för att kontrollera nycklar (Debians paket openssh-client)",
        "ssh-keygen is needed to check keys (Debian's package openssh-client)")
    case .unsafeForAuthorizedKeys(let path):
      language(
        "\(path): sökvägen kan inte stå i authorized_keys; använd bara bokstäver a–z, siffror och / . _ - +",
        "\(path): the path cannot go into authorized_keys; use only letters a–z, digits and / . _ - +"
      )
    case .personAdded(let name, let role, let keys, let file):
      language(
        "\(name) (\(role)) lades till med \(keys) \(keys == 1 ? "nyckel" : "nycklar"); \(file) är uppdaterad",
        "\(name) (\(role)) added with \(keys) \(keys == 1 ? "key" : "keys"); \(file) is up to date")
    case .personRemoved(let name, let file):
      language("\(name) togs bort; \(file) är uppdaterad", "\(name) removed; \(file) is up to date")
    case .roleChanged(let name, let role, let file):
      language(
        "\(name) är nu \(role); \(file) är uppdaterad",
        "\(name) is now \(role); \(file) is up to date")
    case .needsRoot:
      language(
        "setup-service skapar ett konto och måste köras som root: sudo granska setup-service",
        "setup-service creates an account and must run as root: sudo granska setup-service")
    case .noSuchAccount(let account):
      language("kontot \(account) finns inte", "no account \(account)")
    case .toolFailed(let command, let message):
      language("\(command) misslyckades: \(message)", "\(command) failed: \(message)")
    case .serviceReady(let account, let database, let binary):
      language(
        """
        Tjänstekontot \(account) är klart; databasen är \(database).
        Lägg till personer med deras publika nycklar:
          \(shellCommand(["sudo", "-u", account, binary, "--db", database])) keys add anna anna.pub --editor
          \(shellCommand(["sudo", "-u", account, binary, "--db", database])) keys add bertil bertil.pub
        Lägg till i /etc/ssh/sshd_config och läs om sshd (systemctl reload ssh):
        \(Self.sshdConfig(account))
        Sedan från en arbetsstation: ssh -t \(account)@server (instrumentpanelen),
        ssh \(account)@server report --format html > rapport.html (rapporten).
        """,
        """
        The service account \(account) is ready; the database is \(database).
        Add people by their public keys:
          \(shellCommand(["sudo", "-u", account, binary, "--db", database])) keys add anna anna.pub --editor
          \(shellCommand(["sudo", "-u", account, binary, "--db", database])) keys add bertil bertil.pub
        Add to /etc/ssh/sshd_config and reload sshd (systemctl reload ssh):
        \(Self.sshdConfig(account))
        Then from a workstation: ssh -t \(account)@server (the dashboard),
        ssh \(account)@server report --format html > report.html (the report).
        """)
    case .notAllowedOverSSH(let word, let role, let allowed):
      language(
        "”\(word)” är inte tillåtet över ssh (roll: \(role)); tillåtet: \(listed(allowed))",
        "\"\(word)\" is not allowed over ssh (role: \(role)); allowed: \(listed(allowed))")
    case .optionNotAllowedOverSSH(let option):
      language("\(option) är inte tillåtet över ssh", "\(option) is not allowed over ssh")
    case .outputOverSSH(let command):
      language(
        "-o är inte tillåtet över ssh (det skriver på servern); skriv till din egen dator i stället: "
          + "ssh … \(command) > fil",
        "-o is not allowed over ssh (it writes on the server); write to your own computer instead: "
          + "ssh … \(command) > file")
    case .standardInputOverSSH(let command):
      language(
        "\(command) läser från standard in över ssh: ange - som fil (ssh … \(command) - < fil)",
        "\(command) reads standard input over ssh: give - as the file (ssh … \(command) - < file)")
    case .themeFileOverSSH(let builtIn):
      language(
        "--theme med en fil är inte tillåtet över ssh (filer på servern läses inte); "
          + "välj ett inbyggt tema: \(listed(builtIn))",
        "--theme with a file is not allowed over ssh (files on the server are not read); "
          + "choose a built-in theme: \(listed(builtIn))")
    case .fetchReport(let command):
      language(
        "Hämta rapporten till din dator: \(command)",
        "Fetch the report to your computer: \(command)")
    }
  }
}
