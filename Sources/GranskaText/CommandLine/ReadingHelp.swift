/// The help of the commands that read the database out: summary, export,
/// log and report.
public enum ReadingHelp: Hashable, Sendable {
  case summaryAbstract, summaryAudit
  case exportAbstract, exportDiscussion, exportFormat, exportAudit
  case exportTable(tables: String)
  case exportOutput
  case exportRaw
  case logAbstract, logDiscussion, logAudit, logEntity, logUser, logSince, logUntil, logLimit
  case logFormat, logNoPager
  case reportAbstract, reportDiscussion, reportFormat, reportOutput, reportSince
}

extension ReadingHelp: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .summaryAbstract:
      language("Skriv ut översikten som ren text.", "Print the overview as plain text.")
    case .summaryAudit:
      language(
        "Granskningen att sammanfatta (förval: alla granskningar).",
        "The audit to summarise (default: every audit).")
    case .exportAbstract:
      language(
        "Skriv ut granskningarna: yaml eller json (utbytesformatet), csv, markdown eller html.",
        "Write the audits: yaml or json (the interchange format), csv, markdown or html.")
    case .exportDiscussion:
      language(
        """
        yaml och json är formatet som ”granska import” läser tillbaka utan
        förlust (docs/FORMAT.md). markdown och html är läsbara dokument över
        hela granskningen. csv skriver en tabell: välj den med --table, eller ge
        -o en katalog för att få varje tabell som en egen fil där.
        """,
        """
        yaml and json are the format `granska import` reads back without loss
        (docs/FORMAT.md). markdown and html are readable documents of the whole
        audit. csv writes one table: choose it with --table, or give -o a
        directory to get every table as its own file there.
        """)
    case .exportFormat:
      language("yaml, json, csv, markdown eller html.", "yaml, json, csv, markdown or html.")
    case .exportAudit:
      language(
        "Bara den här granskningen (förval: alla granskningar).",
        "Only this audit (default: every audit).")
    case .exportTable(let tables):
      language("Med csv: tabellen (\(tables)).", "With csv: the table (\(tables)).")
    case .exportOutput:
      language(
        "Skriv till den här filen (en katalog för csv utan --table).",
        "Write to this file (a directory for csv without --table).")
    case .exportRaw:
      language(
        "Med csv: exakta värden. Utan den får en cell som börjar med =, +, -, @, tabb eller "
          + "vagnretur ett inledande ' så att ett kalkylprogram visar den som text, aldrig "
          + "som en formel.",
        "With csv: exact values. Without it, a cell starting with =, +, -, @, a tab or a "
          + "carriage return gets a leading ' so a spreadsheet shows it as text, never as a formula."
      )
    case .logAbstract:
      language(
        "Skriv ut historiken över sparade ändringar, senaste först.",
        "Print the history of saved changes, newest first.")
    case .logDiscussion:
      language(
        """
        Som text är varje ändring en rad på gränssnittets språk (--lang): när,
        vem och vad som ändrades, i ord (”Rekommendation R1: Status Pågår → Klar”).
        --format json ger de råa raderna (id:n, fältnamn, lagrade värden) för skript.
        """,
        """
        As text, each change is a line in the interface language (--lang): when,
        who, and what changed in words (Recommendation R1: Status, from In
        progress to Done).
        --format json gives the raw rows (ids, field names, stored values) for scripts.
        """)
    case .logAudit:
      language("Bara ändringar i den här granskningen.", "Only changes to this audit.")
    case .logEntity:
      language(
        "Bara ändringar av det här slaget (audit, recommendation, assessment, …).",
        "Only changes to this kind of entity (audit, recommendation, assessment, ...).")
    case .logUser:
      language(
        "Bara ändringar sparade av det här Unix-kontot.", "Only changes saved by this Unix account."
      )
    case .logSince:
      language(
        "Bara ändringar den här dagen eller senare (ÅÅÅÅ-MM-DD, lokal tid).",
        "Only changes on or after this day (YYYY-MM-DD, local time).")
    case .logUntil:
      language(
        "Bara ändringar den här dagen eller tidigare (ÅÅÅÅ-MM-DD, lokal tid).",
        "Only changes on or before this day (YYYY-MM-DD, local time).")
    case .logLimit: language("Högst så här många rader.", "At most this many rows.")
    case .logFormat:
      language(
        "text (i ord, förval) eller json (råa rader för skript).",
        "text (in words, the default) or json (raw rows for scripts).")
    case .logNoPager:
      language(
        "Skriv direkt till terminalen, utan bläddrare ($GRANSKA_PAGER, $PAGER eller less).",
        "Write straight to the terminal, without the pager ($GRANSKA_PAGER, $PAGER or less).")
    case .reportAbstract:
      language(
        "Skriv den daterade uppföljningsrapporten till styrelsens protokoll.",
        "Write the dated follow-up report for the board's minutes.")
    case .reportDiscussion:
      language(
        """
        ”Uppföljning av revisionens rekommendationer”, upprättad ÅÅÅÅ-MM-DD: för
        varje rekommendation dess status, ansvarig, klart senast, planerad åtgärd,
        senaste anteckning och kopplade frågor (ursprunglig och senaste nivå);
        nivåerna i granskningen och i den senaste omgången; utbildning mot mål;
        med --since, vad som har ändrats.
        Exempel: granska report --format html -o uppfoljning.html --since 2025-01-01
        """,
        """
        "Follow-up of the audit's recommendations", drawn up YYYY-MM-DD: per
        recommendation its status, owner, due date, planned action, latest note
        and linked questions (original and latest level); the levels of the audit
        and the latest round; training against target; with --since, what changed.
        Example: granska report --format html -o uppfoljning.html --since 2025-01-01
        """)
    case .reportFormat:
      language(
        "markdown eller html (förval: efter filnamnet i -o, annars markdown).",
        "markdown or html (default: from the -o file name, else markdown).")
    case .reportOutput: language("Skriv till den här filen.", "Write to this file.")
    case .reportSince:
      language(
        "Lista också vad som har ändrats från den här dagen.",
        "Also list what changed from this day on.")
    }
  }
}
