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

extension GlobalHelp: Wording {
  public var swedish: String {
    switch self {
    case .abstract:
      "Följ upp granskningar och revisionsrapporter: frågor, bedömningar, rekommendationer."
    case .discussion:
      """
      Utan underkommando öppnar Granska instrumentpanelen för databasen (den
      inbyggda Tranemo-granskningen första gången) när standard in och ut är en
      terminal, och skriver annars ut sammanfattningen. NO_COLOR stänger av färg.
      """
    case .db:
      "Databasfilen, eller en PostgreSQL-URL postgresql://roll@värd[:port]/databas "
        + "(förval: $GRANSKA_DB, annars $XDG_DATA_HOME/granska/granska.sqlite)."
    case .lang:
      "Språket för allt Granska säger: sv (svenska) eller en (engelska); förvalet kan sättas i "
        + "$GRANSKA_LANG."
    case .theme: "Instrumentpanelens tema (förval: $GRANSKA_THEME, annars dark)."
    case .readOnly: "Bara läsa: ingen ändring kan sparas under sessionen."
    case .person:
      "Vem sessionen gäller i tjänstekontoläge (sätts av raderna i authorized_keys som "
        + "”granska keys” skriver; bara databasens ägare får använda den)."
    case .audit: "Granskningen (förval: databasens enda granskning)."
    }
  }

  public var english: String {
    switch self {
    case .abstract: "Follow up audits and audit reports: questions, assessments, recommendations."
    case .discussion:
      """
      With no subcommand Granska opens the dashboard on the database (the
      built-in Tranemo audit on first run) when standard input and output are
      a terminal, and prints the summary otherwise. NO_COLOR turns colour off.
      """
    case .db:
      "The database file, or a PostgreSQL URL postgresql://role@host[:port]/database "
        + "(default: $GRANSKA_DB, else $XDG_DATA_HOME/granska/granska.sqlite)."
    case .lang:
      "The language of everything Granska says: sv (Swedish) or en (English); $GRANSKA_LANG "
        + "sets the default."
    case .theme: "The dashboard's theme (default: $GRANSKA_THEME, else dark)."
    case .readOnly: "Browse only: no edit can be saved in this session."
    case .person:
      "Who this session is, in service-account mode (set by the authorized_keys lines that "
        + "'granska keys' writes; only the database's owner may use it)."
    case .audit: "The audit (default: the database's only audit)."
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
  case number, unit
}

extension ValueName: Wording {
  public var swedish: String {
    switch self {
    case .path: "sökväg"
    case .pathOrURL: "sökväg|url"
    case .language: "språk"
    case .theme: "tema"
    case .person: "namn"
    case .audit: "granskning"
    case .file: "fil"
    case .day: "dag"
    case .date: "ÅÅÅÅ-MM-DD"
    case .format: "format"
    case .table: "tabell"
    case .entity: "slag"
    case .account: "konto"
    case .group: "grupp"
    case .count: "antal"
    case .status: "status"
    case .owner: "ansvarig"
    case .action: "åtgärd"
    case .evidence: "underlag"
    case .note: "anteckning"
    case .id: "id"
    case .question: "fråga"
    case .round: "omgång"
    case .level: "nivå"
    case .remark: "anmärkning"
    case .title: "rubrik"
    case .section: "sektion"
    case .source: "källa"
    case .percent: "procent"
    case .name: "namn"
    case .keyFile: "nyckelfil"
    case .role: "roll"
    case .home: "katalog"
    case .address: "adress"
    case .interval: "tid"
    case .period: "period"
    case .scale: "skala"
    case .reason: "skäl"
    case .text: "text"
    case .priority: "prioritet"
    case .priorities: "prioriteringar"
    case .statuses: "statusar"
    case .agreement: "ställningstagande"
    case .number: "tal"
    case .unit: "enhet"
    }
  }

  /// As the English help has always named them (mostly the option's own name).
  public var english: String {
    switch self {
    case .path: "path"
    case .pathOrURL: "path|url"
    case .language: "lang"
    case .theme: "name"
    case .person: "name"
    case .audit: "audit"
    case .file: "file"
    case .day: "day"
    case .date: "YYYY-MM-DD"
    case .format: "format"
    case .table: "name"
    case .entity: "entity"
    case .account: "account"
    case .group: "group"
    case .count: "count"
    case .status: "status"
    case .owner: "owner"
    case .action: "action"
    case .evidence: "evidence"
    case .note: "note"
    case .id: "id"
    case .question: "question"
    case .round: "round"
    case .level: "level"
    case .remark: "remark"
    case .title: "title"
    case .section: "section"
    case .source: "source"
    case .percent: "percent"
    case .name: "name"
    case .keyFile: "keyfile"
    case .role: "role"
    case .home: "path"
    case .address: "address"
    case .interval: "interval"
    case .period: "period"
    case .scale: "scale"
    case .reason: "reason"
    case .text: "text"
    case .priority: "priority"
    case .priorities: "priorities"
    case .statuses: "statuses"
    case .agreement: "agreement"
    case .number: "number"
    case .unit: "unit"
    }
  }
}
