/// The help of `granska` itself and of the options every command takes.
/// Each command's help lives in a file of its area in this folder (an enum
/// of keys, both languages side by side); the executable reads them with
/// `helpText(_:)` and `argumentHelp(_:value:)` in the command line's language.
public enum GlobalHelp: CaseIterable, Sendable {
  case abstract, discussion
  case db, lang, theme, readOnly, person
  /// `--audit` of the script commands and the report.
  case audit
}

extension GlobalHelp: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .abstract:
      language(
        "Följ upp granskningar och revisionsrapporter: frågor, bedömningar, rekommendationer.",
        "Follow up audits and audit reports: questions, assessments, recommendations.")
    case .discussion:
      language(
        """
        Utan underkommando öppnar Granska instrumentpanelen för databasen (den
        inbyggda Tranemo-granskningen första gången) när standard in och ut är en
        terminal, och skriver annars ut sammanfattningen. NO_COLOR stänger av färg.
        """,
        """
        With no subcommand Granska opens the dashboard on the database (the
        built-in Tranemo audit on first run) when standard input and output are
        a terminal, and prints the summary otherwise. NO_COLOR turns colour off.
        """)
    case .db:
      language(
        "Databasfilen, eller en PostgreSQL-URL postgresql://roll@värd[:port]/databas "
          + "(förval: $GRANSKA_DB, annars $XDG_DATA_HOME/granska/granska.sqlite).",
        "The database file, or a PostgreSQL URL postgresql://role@host[:port]/database "
          + "(default: $GRANSKA_DB, else $XDG_DATA_HOME/granska/granska.sqlite).")
    case .lang:
      language(
        "Språket för allt Granska säger: sv (svenska) eller en (engelska); förvalet kan sättas i "
          + "$GRANSKA_LANG.",
        "The language of everything Granska says: sv (Swedish) or en (English); $GRANSKA_LANG "
          + "sets the default.")
    case .theme:
      language(
        "Instrumentpanelens tema (förval: $GRANSKA_THEME, annars dark).",
        "The dashboard's theme (default: $GRANSKA_THEME, else dark).")
    case .readOnly:
      language(
        "Bara läsa: ingen ändring kan sparas under sessionen.",
        "Browse only: no edit can be saved in this session.")
    case .person:
      language(
        "Vem sessionen gäller i tjänstekontoläge (sätts av raderna i authorized_keys som "
          + "”granska keys” skriver; bara databasens ägare får använda den).",
        "Who this session is, in service-account mode (set by the authorized_keys lines that "
          + "'granska keys' writes; only the database's owner may use it).")
    case .audit:
      language(
        "Granskningen (förval: databasens enda granskning).",
        "The audit (default: the database's only audit).")
    }
  }
}

/// The placeholders of options' and arguments' values in help and usage
/// lines ("--since <dag>"), shared by every command.
public enum ValueName: CaseIterable, Sendable {
  case path, pathOrURL, language, theme, person, audit, file, day, date, format, table
  case entity, account, group, count, status, owner, action, evidence, note, id, question
  case round, level, remark, title, section, source, percent, name, keyFile, role, home
  case address, interval, period, scale, reason, text, priority, priorities, agreement
  case statuses
  case number, unit, reference
}

extension ValueName: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .path: language("sökväg", "path")
    case .pathOrURL: language("sökväg|url", "path|url")
    case .language: language("språk", "lang")
    case .theme: language("tema", "name")
    case .person: language("namn", "name")
    case .audit: language("granskning", "audit")
    case .file: language("fil", "file")
    case .day: language("dag", "day")
    case .date: language("ÅÅÅÅ-MM-DD", "YYYY-MM-DD")
    case .format: language("format", "format")
    case .table: language("tabell", "name")
    case .entity: language("slag", "entity")
    case .account: language("konto", "account")
    case .group: language("grupp", "group")
    case .count: language("antal", "count")
    case .status: language("status", "status")
    case .owner: language("ansvarig", "owner")
    case .action: language("åtgärd", "action")
    case .evidence: language("underlag", "evidence")
    case .note: language("anteckning", "note")
    case .id: language("id", "id")
    case .question: language("fråga", "question")
    case .round: language("omgång", "round")
    case .level: language("nivå", "level")
    case .remark: language("anmärkning", "remark")
    case .title: language("rubrik", "title")
    case .section: language("sektion", "section")
    case .source: language("källa", "source")
    case .percent: language("procent", "percent")
    case .name: language("namn", "name")
    case .keyFile: language("nyckelfil", "keyfile")
    case .role: language("roll", "role")
    case .home: language("katalog", "path")
    case .address: language("adress", "address")
    case .interval: language("tid", "interval")
    case .period: language("period", "period")
    case .scale: language("skala", "scale")
    case .reason: language("skäl", "reason")
    case .text: language("text", "text")
    case .priority: language("prioritet", "priority")
    case .priorities: language("prioriteringar", "priorities")
    case .statuses: language("statusar", "statuses")
    case .agreement: language("ställningstagande", "agreement")
    case .number: language("tal", "number")
    case .unit: language("enhet", "unit")
    case .reference: language("referens", "reference")
    }
  }

  /// As the English help has always named them (mostly the option's own name).
}
