/// The help of the commands that look after a shared database: access,
/// keys, migrate, backup, copy and setup-service.
public enum ServerHelp: CaseIterable, Sendable {
  case accessAbstract, accessDiscussion, accessShowAbstract, accessAllowAbstract
  case accessRevokeAbstract, accessAccount, accessGroup
  case keysAbstract, keysDiscussion, keysAuthorizedKeys, keysListAbstract, keysAddAbstract
  case keysName, keysKeyFile, keysEditor, keysFullName, keysRemoveAbstract, keysRoleAbstract
  case keysPerson, keysRole, keysAll
  case migrateAbstract, migrateDiscussion, migrateBackup
  case backupAbstract, backupDiscussion, backupFile
  case restoreAbstract, restoreDiscussion, restoreFile
  case copyAbstract, copyDiscussion, copyTo, copyFrom, copyReplace
  case setupAbstract, setupDiscussion, setupUser, setupHome
}

extension ServerHelp: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .accessAbstract:
      language(
        "Visa eller ändra vem som får ändra i den här databasen (konton eller grupper).",
        "Show or change who may edit this database (accounts or groups).")
    case .accessDiscussion:
      language(
        """
        Står ingen som redigerare får alla som kan skriva i filen ändra. När ett
        konto eller en grupp står där får bara de; alla andra får
        instrumentpanelen skrivskyddad. Exempel:
          granska access allow --group infosak
          granska access allow --account anna
          granska access revoke --account anna
        På PostgreSQL avgör databasen: --account namnger en roll, som blir
        redigerare (granska_editor) eller med --read-only läsare (granska_viewer)
        genom en GRANT; revoke tar bort båda.
        """,
        """
        With no editors listed, everyone who can write the file may edit. Once
        any account or group is listed, only those may; everyone else gets the
        dashboard read-only. Examples:
          granska access allow --group infosak
          granska access allow --account anna
          granska access revoke --account anna
        On PostgreSQL the database decides: --account names a role, made an
        editor (granska_editor) or with --read-only a viewer (granska_viewer)
        by a GRANT; revoke takes both away.
        """)
    case .accessShowAbstract: language("Visa vem som får ändra.", "List who may edit.")
    case .accessAllowAbstract:
      language("Låt ett konto eller en grupp ändra.", "Let an account or group edit.")
    case .accessRevokeAbstract:
      language(
        "Ta bort ett konto eller en grupp från listan.", "Take an account or group off the list.")
    case .accessAccount:
      language(
        "Ett Unix-konto (på PostgreSQL: en roll).", "A Unix account (on PostgreSQL: a role).")
    case .accessGroup: language("En Unix-grupp.", "A Unix group.")
    case .keysAbstract:
      language(
        "Lägg till, visa och ta bort de personer som når databasen över ssh med sina nycklar.",
        "Add, list and remove the people who reach this database over ssh by their keys.")
    case .keysDiscussion:
      language(
        """
        För tjänstekontoläge (docs/DEPLOY.md): ett konto äger databasen och
        personer loggar in på det med sina SSH-nycklar. Varje ändring skriver om
        kontots ~/.ssh/authorized_keys (eller --authorized-keys SÖKVÄG) så att
        varje nyckel bara kör Granska, som den personen. Exempel:
          granska keys add anna anna.pub --editor
          granska keys add bertil - < bertil.pub
          granska keys role bertil editor
          granska keys remove anna
        """,
        """
        For service-account mode (docs/DEPLOY.md): one account owns the database
        and people log in to it with their SSH keys. Each change rewrites the
        account's ~/.ssh/authorized_keys (or --authorized-keys PATH) so that
        each key runs only Granska, as that person. Examples:
          granska keys add anna anna.pub --editor
          granska keys add bertil - < bertil.pub
          granska keys role bertil editor
          granska keys remove anna
        """)
    case .keysAuthorizedKeys:
      language(
        "Filen authorized_keys att skriva (förval: ~/.ssh/authorized_keys för kontot som kör detta).",
        "The authorized_keys file to write (default: ~/.ssh/authorized_keys of the account "
          + "running this).")
    case .keysListAbstract:
      language(
        "Visa personerna, deras roller och nycklar.", "List the people, their roles and keys.")
    case .keysAddAbstract:
      language(
        "Lägg till en person med en publik nyckelfil (läsare om inte --editor).",
        "Add a person by their public key file (a viewer unless --editor).")
    case .keysName:
      language(
        "Personens namn: 1–32 tecken, små bokstäver a–z, siffror, ”.”, ”_” eller ”-”, "
          + "en bokstav först.",
        "The person's name: 1 to 32 characters, small letters a to z, digits, '.', '_' or '-', "
          + "a letter first.")
    case .keysKeyFile:
      language(
        "Den publika nyckelfilen (t.ex. id_ed25519.pub), eller - för standard in: en nyckel, "
          + "inte ett certifikat, inte DSA, RSA på minst 2048 bitar.",
        "Their public key file (e.g. id_ed25519.pub), or - for standard input: one key, "
          + "not a certificate, not DSA, RSA of at least 2048 bits.")
    case .keysAll:
      language(
        "Lägg till varje nyckel i filen (utan --all vägras en fil med flera).",
        "Add every key in the file (without --all a file of several is refused).")
    case .keysEditor:
      language(
        "Får ändra i uppföljningen (förval: läsare, som bara läser).",
        "May change the follow-up (default: viewer, reading only).")
    case .keysFullName:
      language(
        "Namnet som anteckningarna signeras med (förval: namnet ovan).",
        "The name their notes are signed with (default: the name above).")
    case .keysRemoveAbstract:
      language("Ta bort en person med alla nycklar.", "Remove a person and their keys.")
    case .keysRoleAbstract:
      language(
        "Gör en person till läsare eller redigerare.", "Make a person a viewer or an editor.")
    case .keysPerson: language("Personens namn.", "The person's name.")
    case .keysRole: language("viewer (läsare) eller editor (redigerare).", "viewer or editor.")
    case .migrateAbstract:
      language(
        "Uppgradera databasen till den här versionen av Granska, efter en säkerhetskopia.",
        "Upgrade the database to this version of Granska, after a backup.")
    case .migrateDiscussion:
      language(
        """
        En delad databas (en som andra kan skriva i) uppgraderas aldrig i
        tysthet: en ny version av Granska säger att den behöver det här
        kommandot. Först skrivs en säkerhetskopia, bredvid databasen om inte
        --backup anger en annan fil; den är en hel och sammanhängande kopia även
        när andra har databasen öppen.
        """,
        """
        A shared database (one others may write) is never upgraded silently: a
        new version of Granska says it needs this command. A backup is written
        first, beside the database unless --backup names another file; it is a
        whole, consistent copy even while others have the database open.
        """)
    case .migrateBackup:
      language(
        "Vart säkerhetskopian ska (förval: bredvid databasen, med tiden i namnet).",
        "Where the backup goes (default: beside the database, named with the time).")
    case .backupAbstract:
      language(
        "Kopiera databasen till en ny fil, sammanhängande, medan andra kan ändra i den.",
        "Copy the database to a new file, consistently, while others may be editing.")
    case .backupDiscussion:
      language(
        """
        Använder SQLites backup-API: kopian är ett sammanhängande ögonblick av
        databasen. Filen får inte finnas (en säkerhetskopia ersätter aldrig en
        fil) och skapas läsbar bara för ägaren. För en säkerhetskopia varje natt:
          granska --db /var/lib/granska/granska.sqlite backup /var/backups/granska/$(date +%F).sqlite
        """,
        """
        Uses SQLite's online backup API: the copy is one consistent moment of
        the database. The file must not exist (a backup never replaces one) and
        is created readable by its owner only. For a nightly backup:
          granska --db /var/lib/granska/granska.sqlite backup /var/backups/granska/$(date +%F).sqlite
        """)
    case .backupFile: language("Den nya filen.", "The new file.")
    case .restoreAbstract:
      language(
        "Lägg tillbaka en säkerhetskopia, säkert medan andra har databasen öppen.",
        "Put a backup back, safely while others have the database open.")
    case .restoreDiscussion:
      language(
        """
        Skriver säkerhetskopians innehåll i databasen genom SQLites backup-API,
        under databasens skrivlås: öppna sessioner ser det som en sparad ändring
        och läser in det, och historiken får en rad om återställningen. Flytta
        inte säkerhetskopian över databasfilen med mv medan den är öppen: de
        öppna sessionerna har då kvar den gamla filen och dess journal, som
        hamnar bredvid den nya. Bara filens ägare (eller root) får återställa.
          granska --db /var/lib/granska/granska.sqlite restore /var/backups/granska/2025-05-01.sqlite
        """,
        """
        Writes the backup's contents into the database through SQLite's online
        backup API, under the database's write lock: open sessions see it as a
        saved change and read it, and the history gets a row about the
        restore. Do not move the backup over the database file with mv while
        it is open: the open sessions keep the old file and its journal, which
        ends up beside the new one. Only the file's owner (or root) may restore.
          granska --db /var/lib/granska/granska.sqlite restore /var/backups/granska/2025-05-01.sqlite
        """)
    case .restoreFile: language("Säkerhetskopian att lägga tillbaka.", "The backup to put back.")
    case .copyAbstract:
      language(
        "Kopiera allt, historiken också, till eller från en annan databas.",
        "Copy everything, history included, to or from another database.")
    case .copyDiscussion:
      language(
        """
        Kopierar mellan en SQLite-fil och en PostgreSQL-databas (åt vilket håll
        som helst, eller mellan två av samma slag) i en transaktion i målet:
        allt eller inget. Ett mål som redan har granskningar eller historik
        vägras utom med --replace, som tömmer det först. En ny SQLite-fil eller
        en tom PostgreSQL-databas får Granskas tabeller; in i PostgreSQL får bara
        databasens ägare kopiera, eftersom bara ägaren skriver historiken som den
        var. Exempel:
          granska --db audit.sqlite copy --to postgresql://granska@db.example.org/granska
          granska --db audit.sqlite copy --from postgresql://granska@db.example.org/granska --replace
        """,
        """
        Copies between a SQLite file and a PostgreSQL database (either way, or
        between two of a kind) in one transaction on the target: all of it or
        nothing. A target that already holds audits or history is refused
        unless --replace, which empties it first. A new SQLite file or an
        empty PostgreSQL database gets Granska's tables; into PostgreSQL only
        the database's owner may copy, since only the owner writes history as
        it was. Examples:
          granska --db audit.sqlite copy --to postgresql://granska@db.example.org/granska
          granska --db audit.sqlite copy --from postgresql://granska@db.example.org/granska --replace
        """)
    case .copyTo:
      language("Kopiera --db till den här filen eller URL:en.", "Copy --db into this file or URL.")
    case .copyFrom:
      language("Kopiera den här filen eller URL:en till --db.", "Copy this file or URL into --db.")
    case .copyReplace:
      language(
        "Töm målet först när det har granskningar eller historik.",
        "Empty the target first when it holds audits or history.")
    case .setupAbstract:
      language(
        "Skapa tjänstekontot och dess databas (körs som root).",
        "Create the service account and its database (run as root).")
    case .setupDiscussion:
      language(
        """
        Skapar kontot (ett systemkonto med /bin/sh, som sshd behöver för att köra
        det tvingade kommandot, och utan lösenord), dess hemkatalog (0700),
        databasen (0600, med den inbyggda granskningen) och ~/.ssh/authorized_keys
        (0600). Går att köra igen: det som finns behålls och får rätt rättigheter.
        Lägg sedan till personer med ”granska keys add” som det kontot (docs/DEPLOY.md).
        """,
        """
        Creates the account (a system account with /bin/sh, which sshd needs to
        run the forced command, and no password), its home (0700), the database
        (0600, with the built-in audit) and ~/.ssh/authorized_keys (0600).
        Safe to run again: what exists is kept, and its modes put right.
        Then add people with `granska keys add` as that account (docs/DEPLOY.md).
        """)
    case .setupUser: language("Tjänstekontot.", "The service account.")
    case .setupHome: language("Dess hemkatalog.", "Its home directory.")
    }
  }
}
