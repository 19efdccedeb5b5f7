import Foundation

/// Why a PostgreSQL database could not be used, as facts. `server` names
/// it as "host:port" (or the socket directory) without a password.
public enum ServerProblem: Error, Equatable, Sendable, Worded {
  /// `--db` looked like a PostgreSQL URL but is not one.
  case badURL(url: String, reason: String)
  /// Nothing answers at the address: the server is down or elsewhere.
  case unreachable(server: String, why: ConnectFailure)
  /// The server asked for a password and none was given.
  case noPassword(role: String, server: String)
  case wrongPassword(role: String, server: String)
  /// The server refused the role for another reason (no such role, pg_hba.conf, peer).
  case refused(role: String, server: String, detail: String)
  case unknownDatabase(name: String, server: String)
  /// The role may connect but has no rights on Granska's tables.
  case missingGrants(role: String, database: String, detail: String)
  /// The first run must create the group roles, and this role may not.
  case cannotCreateRoles(role: String, database: String)
  /// A role that may only read (a viewer) tried to change something.
  case viewerRole(role: String)
  /// The connection broke while the session ran; nothing was saved.
  case offline(server: String)
  /// A command that only makes sense for a SQLite file.
  case sqliteOnly(command: String)
  /// A command that only makes sense for PostgreSQL.
  case postgresOnly(command: String)
  /// A postgresql:// address given to a build without PostgreSQL support
  /// (the quick start's).
  case notInThisBuild
  /// `copy` onto a database that already holds audits or history.
  case targetNotEmpty(target: String)
  /// The database has Granska's tables from a newer version.
  case newerSchema(database: String, unknown: [String])
  /// The database has no Granska tables, and a read-only session makes none.
  case noSchema(database: String)
  /// The database holds tables, but not Granska's.
  case notGranska(database: String)
  case noSuchRole(role: String)
  /// Only a role that may grant the group roles changes who may edit.
  case cannotGrant(role: String)
  /// Groups are roles in PostgreSQL.
  case noGroups
  /// Another transaction held the writers' turn past the wait's limit.
  case turnHeld(holder: String?)
  /// The server took longer than Granska waits for an answer; the
  /// connection was dropped and nothing was saved.
  case noAnswer(server: String, seconds: Int)
  /// The connection broke after the save asked to commit: it may or may
  /// not have been saved; `transaction` is checked once the server answers.
  case outcomeUnknown(server: String, transaction: Int64)
  /// TLS as `sslmode` asks: the server offers none.
  case noTLS(server: String, mode: String)
  /// The server's certificate is not signed by a trusted authority.
  case untrustedCertificate(server: String, rootCertificate: String?)
  /// The certificate is for other names than the host connected to.
  case wrongHostCertificate(server: String, host: String)
  /// A certificate or key file named (or found where libpq looks) cannot be used.
  case certificateFile(path: String, detail: String)
  /// `verify-ca` and `verify-full` need the authority's certificate.
  case noRootCertificate(path: String, mode: String)
  /// An `sslmode` that libpq does not know.
  case badTLSMode(String)
  /// Anything else the server said, in its words.
  case server(database: String, detail: String)

  public func message(in language: Language) -> String {
    switch self {
    case .badURL(let url, let reason):
      language(
        "\(url): ingen giltig PostgreSQL-adress (\(reason)); "
          + "skriv postgresql://roll[:lösenord]@värd[:port]/databas",
        "\(url): not a valid PostgreSQL address (\(reason)); "
          + "write postgresql://role[:password]@host[:port]/database")
    case .unreachable(let server, let why):
      language(
        "PostgreSQL-servern på \(server) svarar inte (\(why.message(in: .sv))); "
          + "är den igång, och är värd och port rätt?",
        "the PostgreSQL server at \(server) does not answer (\(why.message(in: .en))); is it running, "
          + "and are host and port right?")
    case .noPassword(let role, let server):
      language(
        "PostgreSQL-servern på \(server) vill ha ett lösenord för rollen \(role); "
          + "ange det i adressen, i PGPASSWORD eller i ~/.pgpass",
        "the PostgreSQL server at \(server) wants a password for the role \(role); "
          + "give it in the address, in PGPASSWORD or in ~/.pgpass")
    case .wrongPassword(let role, let server):
      language(
        "fel lösenord för rollen \(role) på PostgreSQL-servern \(server)",
        "wrong password for the role \(role) on the PostgreSQL server \(server)")
    case .refused(let role, let server, let detail):
      language(
        "PostgreSQL-servern på \(server) släpper inte in rollen \(role): \(detail)",
        "the PostgreSQL server at \(server) does not let the role \(role) in: \(detail)")
    case .unknownDatabase(let name, let server):
      language(
        "databasen \(name) finns inte på PostgreSQL-servern \(server); skapa den först (createdb \(shellQuoted(name)))",
        "the database \(name) does not exist on the PostgreSQL server \(server); "
          + "create it first (createdb \(shellQuoted(name)))")
    case .missingGrants(let role, let database, let detail):
      language(
        "rollen \(role) har ingen behörighet till Granskas tabeller i \(database) (\(detail)); "
          + "be administratören: granska access allow --account \(shellQuoted(role)) [--read-only]",
        "the role \(role) has no rights on Granska's tables in \(database) (\(detail)); "
          + "ask the administrator: granska access allow --account \(shellQuoted(role)) [--read-only]"
      )
    case .cannotCreateRoles(let role, let database):
      language(
        "första gången i \(database) skapas grupprollerna granska_editor och granska_viewer, "
          + "och rollen \(role) får inte skapa roller; kör första gången som en roll med CREATEROLE",
        "the first run in \(database) creates the group roles granska_editor and granska_viewer, "
          + "and the role \(role) may not create roles; run it first as a role with CREATEROLE")
    case .viewerRole(let role):
      language(
        "rollen \(role) får bara läsa i den här databasen (granska_viewer); "
          + "administratören ger rätt att ändra med granska access allow --account \(shellQuoted(role))",
        "the role \(role) may only read in this database (granska_viewer); "
          + "the administrator grants editing with granska access allow --account \(shellQuoted(role))"
      )
    case .offline(let server):
      language(
        "förbindelsen med PostgreSQL-servern på \(server) är bruten; inget sparades, "
          + "Granska försöker återansluta",
        "the connection to the PostgreSQL server at \(server) is broken; nothing was saved, "
          + "Granska is reconnecting")
    case .sqliteOnly(let command):
      language(
        "granska \(command) gäller en SQLite-fil; för PostgreSQL: pg_dump, eller granska copy --to FIL",
        "granska \(command) is for a SQLite file; for PostgreSQL: pg_dump, or granska copy --to FILE"
      )
    case .postgresOnly(let command):
      language(
        "granska \(command) gäller en PostgreSQL-databas (--db postgresql://…)",
        "granska \(command) is for a PostgreSQL database (--db postgresql://…)")
    case .notInThisBuild:
      language(
        "den här Granska är byggd utan PostgreSQL (snabbstarten scripts/granska bygger utan); "
          + "bygg med scripts/install eller installera Debianpaketet från scripts/package",
        "this Granska was built without PostgreSQL (the quick start, scripts/granska, leaves it out); "
          + "build with scripts/install or install the Debian package from scripts/package")
    case .targetNotEmpty(let target):
      language(
        "\(target) innehåller redan granskningar eller historik; inget kopierades "
          + "(--replace ersätter allt där)",
        "\(target) already holds audits or history; nothing was copied "
          + "(--replace replaces everything there)")
    case .newerSchema(let database, let unknown):
      language(
        "\(database): skriven av en nyare version av Granska (schema \(listed(unknown))); "
          + "uppgradera Granska för att öppna den (databasen lämnades orörd)",
        "\(database): written by a newer version of Granska (schema \(listed(unknown))); "
          + "upgrade Granska to open it (the database was left untouched)")
    case .noSchema(let database):
      language(
        "databasen \(database) har inga av Granskas tabeller än (en skrivskyddad session skapar inga)",
        "the database \(database) has none of Granska's tables yet (a read-only session makes none)"
      )
    case .notGranska(let database):
      language(
        "databasen \(database) har tabeller, men inte Granskas (databasen lämnades orörd)",
        "the database \(database) holds tables, but not Granska's (the database was left untouched)"
      )
    case .noSuchRole(let role):
      language(
        "rollen \(role) finns inte på servern (skapa den med createuser \(shellQuoted(role)))",
        "there is no role \(role) on the server (create it with createuser \(shellQuoted(role)))")
    case .cannotGrant(let role):
      language(
        "rollen \(role) får inte ändra vem som får använda databasen; "
          + "det gör den roll som skapade den (eller en med CREATEROLE)",
        "the role \(role) may not change who may use the database; "
          + "the role that created it (or one with CREATEROLE) may")
    case .noGroups:
      language(
        "i PostgreSQL är en grupp en roll: ange den med --account",
        "in PostgreSQL a group is a role: name it with --account")
    case .turnHeld(let holder):
      language(
        "kunde inte spara: databasen är låst av en annan session"
          + (holder.map { " (\($0))" } ?? "") + "; inget sparades, försök igen",
        "could not save: the database is locked by another session"
          + (holder.map { " (\($0))" } ?? "") + "; nothing was saved, try again")
    case .noAnswer(let server, let seconds):
      language(
        "PostgreSQL-servern på \(server) svarade inte på \(seconds) s; förbindelsen stängdes "
          + "och inget sparades",
        "the PostgreSQL server at \(server) did not answer in \(seconds) s; the connection was "
          + "closed and nothing was saved")
    case .outcomeUnknown(let server, _):
      language(
        "förbindelsen med PostgreSQL-servern på \(server) bröts medan ändringen sparades; "
          + "det är okänt om den sparades – Granska tar reda på det när servern svarar igen",
        "the connection to the PostgreSQL server at \(server) broke while the change was being "
          + "saved; whether it was saved is unknown – Granska finds out when the server answers again"
      )
    case .noTLS(let server, let mode):
      language(
        "PostgreSQL-servern på \(server) erbjuder ingen kryptering (TLS), och sslmode=\(mode) "
          + "kräver det; inget skickades okrypterat",
        "the PostgreSQL server at \(server) offers no encryption (TLS), and sslmode=\(mode) "
          + "requires it; nothing was sent unencrypted")
    case .untrustedCertificate(let server, let root):
      language(
        "PostgreSQL-serverns certifikat på \(server) är inte utfärdat av en betrodd "
          + "certifikatutfärdare"
          + (root.map { " (sslrootcert \($0))" } ?? "")
          + "; kontrollera sslrootcert, eller att det är rätt server",
        "the PostgreSQL server's certificate at \(server) is not issued by a trusted authority"
          + (root.map { " (sslrootcert \($0))" } ?? "")
          + "; check sslrootcert, or that this is the right server")
    case .wrongHostCertificate(let server, let host):
      language(
        "PostgreSQL-serverns certifikat på \(server) gäller inte värden \(host) "
          + "(sslmode=verify-full); ansluter du till rätt server, med namnet i certifikatet?",
        "the PostgreSQL server's certificate at \(server) is not for the host \(host) "
          + "(sslmode=verify-full); are you connecting to the right server, by the name in its certificate?"
      )
    case .certificateFile(let path, let detail):
      language(
        "\(path): certifikatet eller nyckeln kan inte användas: \(detail)",
        "\(path): the certificate or key cannot be used: \(detail)")
    case .noRootCertificate(let path, let mode):
      language(
        "sslmode=\(mode) kräver certifikatutfärdarens certifikat, men \(path) finns inte; "
          + "ange det med sslrootcert",
        "sslmode=\(mode) needs the certificate authority's certificate, but \(path) does not exist; "
          + "name it with sslrootcert")
    case .badTLSMode(let mode):
      language(
        "sslmode=\(mode) finns inte; välj disable, allow, prefer, require, verify-ca eller verify-full",
        "there is no sslmode=\(mode); choose disable, allow, prefer, require, verify-ca or verify-full"
      )
    case .server(let database, let detail):
      language(
        "\(database): PostgreSQL svarade: \(detail)", "\(database): PostgreSQL said: \(detail)")
    }
  }
}

/// Why a connection to a PostgreSQL server could not be made.
public enum ConnectFailure: Equatable, Sendable, Worded {
  /// Nothing listens on that port (or at that socket).
  case refused
  case unknownHost
  /// No answer within the time Granska waits.
  case timedOut(seconds: Int)
  /// The connection closed before the server said anything.
  case closed
  /// The operating system's reason.
  case system(SystemError)

  public func message(in language: Language) -> String {
    switch self {
    case .refused: language("ingen tar emot anslutningar där", "nothing accepts connections there")
    case .unknownHost: language("värden är okänd", "the host is unknown")
    case .timedOut(let seconds): language("inget svar på \(seconds) s", "no answer in \(seconds) s")
    case .closed:
      language(
        "förbindelsen stängdes innan servern svarade",
        "the connection closed before the server answered")
    case .system(let error): error.message(in: language)
    }
  }
}

/// What Granska tells about a PostgreSQL database or a copy.
public enum ServerNotice: Equatable, Sendable, Worded {
  /// `granska access` on PostgreSQL: the group roles' members, a line each.
  case editorRoles([String])
  case viewerRoles([String])
  /// `granska copy`: how much went where.
  case copied(audits: Int, history: Int, from: String, to: String)
  /// The dashboard lost the server, and found it again.
  case offline(server: String)
  case online(server: String)
  /// A save waits for another session's write.
  case waitingForTurn
  /// Checked after reconnecting: whether a save whose outcome was unknown committed.
  case outcomeFound(saved: Bool)

  public func message(in language: Language) -> String {
    switch self {
    case .editorRoles(let roles):
      language(
        "får ändra (granska_editor): \(roles.isEmpty ? "ingen" : listed(roles))",
        "may edit (granska_editor): \(roles.isEmpty ? "no one" : listed(roles))")
    case .viewerRoles(let roles):
      language(
        "får läsa (granska_viewer): \(roles.isEmpty ? "ingen" : listed(roles))",
        "may read (granska_viewer): \(roles.isEmpty ? "no one" : listed(roles))")
    case .copied(let audits, let history, let from, let to):
      language(
        "kopierade \(audits) granskningar och \(history) historikrader från \(from) till \(to)",
        "copied \(audits) audits and \(history) history rows from \(from) to \(to)")
    case .offline(let server):
      language(
        "FRÅNKOPPLAD: PostgreSQL-servern på \(server) svarar inte; inget kan sparas, återansluter …",
        "OFFLINE: the PostgreSQL server at \(server) does not answer; nothing can be saved, reconnecting …"
      )
    case .online(let server):
      language(
        "ansluten igen till PostgreSQL-servern på \(server)",
        "connected again to the PostgreSQL server at \(server)")
    case .waitingForTurn:
      language("Sparar … väntar på en annan skrivning", "Saving … waiting for another write")
    case .outcomeFound(let saved):
      language(
        saved
          ? "servern svarar igen: ändringen sparades"
          : "servern svarar igen: ändringen sparades inte; försök igen",
        saved
          ? "the server answers again: the change was saved"
          : "the server answers again: the change was not saved; try again")
    }
  }
}
