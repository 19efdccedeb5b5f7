/// The help of the commands that change the follow-up: import, set, round,
/// training and batch.
public enum EditingHelp: CaseIterable, Sendable {
  case importAbstract, importDiscussion, importFile, importFormat, importReplace, importSince
  case setAbstract
  case recommendationAbstract, recommendationDiscussion, recommendationID, recommendationStatus
  case recommendationOwner, recommendationDue, recommendationAction, recommendationEvidence
  case recommendationNote
  case assessmentAbstract, assessmentDiscussion, assessmentQuestion, assessmentRound
  case assessmentLevel, assessmentRemark
  case roundAbstract, roundAddAbstract, roundAddDiscussion, roundTitle, roundDate, roundID
  case roundCopyPrevious
  case trainingAbstract, trainingSetAbstract, trainingSetDiscussion, trainingDate, trainingSection
  case trainingEmployees, trainingCompleted, trainingStarted
  case trainingLoadAbstract, trainingLoadDiscussion, trainingLoadFile, trainingSource
  case trainingTarget, trainingIllustrative
  case batchAbstract, batchDiscussion, batchFile
}

extension EditingHelp: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .importAbstract:
      language(
        "Lägg till granskningar från en fil, eller ersätt dem med samma id; allt eller inget.",
        "Add audits from a file, or replace those with the same id; all or nothing.")
    case .importDiscussion:
      language(
        "En ny databas som import skapar innehåller bara filens granskningar.",
        "A new database made by import holds only the file's audits.")
    case .importFile:
      language(
        "En YAML- eller JSON-fil i utbytesformatet.",
        "A YAML or JSON file in the interchange format.")
    case .importFormat:
      language(
        "yaml eller json (förval: efter filnamnet).", "yaml or json (default: from the file name).")
    case .importReplace:
      language(
        "Ersätt en granskning även när databasen har ändringar som filen saknar "
          + "(gjorda efter att filen exporterades, eller efter --since).",
        "Replace an audit even when the database has changes the file does not hold "
          + "(made after the file was exported, or after --since).")
    case .importSince:
      language(
        "Ändringar från den här dagen är sådana som filen saknar (förval: dess exporttid).",
        "Changes from this day on are ones the file does not hold (default: its export time).")
    case .setAbstract:
      language(
        "Ändra en rekommendation eller en bedömning (som instrumentpanelens formulär).",
        "Change a recommendation or an assessment (as the dashboard's forms do).")
    case .recommendationAbstract:
      language(
        "Ange en rekommendations status, ansvarig, klart senast, planerad åtgärd eller underlag, "
          + "eller lägg till en anteckning.",
        "Set a recommendation's status, owner, due date, planned action or evidence, or add a note."
      )
    case .recommendationDiscussion:
      language(
        """
        Exempel: granska set recommendation R1 --status in-progress --owner Kommunchef --due 2025-06-30
        Ett tomt värde ("") tömmer ett fält. Statusar: not-started (ej påbörjad),
        in-progress (pågår), done (klar), not-applicable (ej tillämplig).
        """,
        """
        Example: granska set recommendation R1 --status in-progress --owner Kommunchef --due 2025-06-30
        An empty value ("") clears a field. Statuses: not-started, in-progress, done, not-applicable.
        """)
    case .recommendationID:
      language("Rekommendationens id, t.ex. R1.", "The recommendation's id, e.g. R1.")
    case .recommendationStatus:
      language(
        "Ej påbörjad, pågår, klar eller ej tillämplig (på svenska eller engelska, eller id:t: not-started, in-progress, done, not-applicable), eller en av granskningens egna statusar (dess ord eller id).",
        "Not started, in progress, done or not applicable (in English or Swedish, or the id: not-started, in-progress, done, not-applicable), or one of the audit's own statuses (its label or id)."
      )
    case .recommendationOwner: language("Vem som är ansvarig.", "Who is responsible.")
    case .recommendationDue: language("När den ska vara klar.", "When it should be done.")
    case .recommendationAction: language("Vad som är planerat.", "What is planned.")
    case .recommendationEvidence:
      language(
        "En hänvisning som visar arbetet (upprepa för flera; ersätter listan).",
        "A reference that shows the work (repeat for several; replaces the list).")
    case .recommendationNote:
      language(
        "En anteckning att lägga till, daterad i dag och signerad med ditt konto.",
        "A note to add, dated today and signed with your account.")
    case .assessmentAbstract:
      language(
        "Ange en frågas nivå eller anmärkning i en uppföljningsomgång.",
        "Set a question's level or remark in a follow-up round.")
    case .assessmentDiscussion:
      language(
        "Exempel: granska set assessment Q8 --round uppfoljning-2025-09-15 --level delvis",
        "Example: granska set assessment Q8 --round uppfoljning-2025-09-15 --level delvis")
    case .assessmentQuestion: language("Frågans id, t.ex. Q8.", "The question's id, e.g. Q8.")
    case .assessmentRound:
      language(
        "Uppföljningsomgången (förval: den senaste).", "The follow-up round (default: the latest).")
    case .assessmentLevel:
      language(
        "En nivå i granskningens skala, med sitt namn eller id, t.ex. Delvis eller delvis.",
        "A level of the audit's scale, by its label or id, e.g. Delvis or delvis.")
    case .assessmentRemark: language("En anmärkning till bedömningen.", "A remark on the verdict.")
    case .roundAbstract:
      language(
        "Lägg till en uppföljningsomgång med bedömningar.", "Add a follow-up round of assessments.")
    case .roundAddAbstract:
      language(
        "Lägg till en daterad uppföljningsomgång, om du vill med föregående omgångs nivåer som start.",
        "Add a dated follow-up round, optionally starting from the previous round's levels.")
    case .roundAddDiscussion:
      language(
        "Exempel: granska round add --title \"Uppföljning 2025\" --date 2025-09-15 --copy-previous",
        "Example: granska round add --title \"Follow-up 2025\" --date 2025-09-15 --copy-previous")
    case .roundTitle: language("Omgångens rubrik.", "The round's title.")
    case .roundDate: language("När bedömningen gjordes.", "When it was assessed.")
    case .roundID:
      language(
        "Omgångens id (förval: uppfoljning-DATUM, gjort unikt).",
        "The round's id (default: uppfoljning-DATE, made unique).")
    case .roundCopyPrevious:
      language(
        "Börja från föregående omgångs nivåer och anmärkningar.",
        "Start from the previous round's levels and remarks.")
    case .trainingAbstract:
      language(
        "Registrera utbildningssiffror: en sektions antal, eller en hel mätning från en CSV-fil.",
        "Record training figures: one section's counts, or a whole snapshot from a CSV file.")
    case .trainingSetAbstract:
      language("Ange en sektions antal i en mätning.", "Set one section's counts in a snapshot.")
    case .trainingSetDiscussion:
      language(
        "Exempel: granska training set --date 2023-11-16 --section Omsorg --completed 120",
        "Example: granska training set --date 2023-11-16 --section Omsorg --completed 120")
    case .trainingDate: language("Mätningens datum.", "The snapshot's date.")
    case .trainingSection: language("Sektionens namn.", "The section's name.")
    case .trainingEmployees:
      language("Antalet anställda i sektionen.", "How many people the section employs.")
    case .trainingCompleted:
      language("Hur många som har genomfört utbildningen.", "How many have completed the training.")
    case .trainingStarted: language("Hur många som har påbörjat den.", "How many have started it.")
    case .trainingLoadAbstract:
      language(
        "Skapa eller uppdatera en hel mätning från en CSV-fil, i en transaktion.",
        "Create or update a whole snapshot from a CSV file, in one transaction.")
    case .trainingLoadDiscussion:
      language(
        """
        Filen är UTF-8-CSV med en rubrikrad: section,employees,completed,started
        (avgränsad med komma eller semikolon). En mätning för datumet skapas när
        det inte finns någon; annars uppdateras varje sektions antal (en fil med
        andra sektioner ersätter mätningen). Exempel:
          granska training load hr-2025-05-01.csv --date 2025-05-01 --source "HR-systemet"
        """,
        """
        The file is UTF-8 CSV with a header row: section,employees,completed,started
        (comma or semicolon separated). A snapshot for the date is created when
        there is none; otherwise each section's counts are updated (a file with
        other sections replaces the snapshot). Example:
          granska training load hr-2025-05-01.csv --date 2025-05-01 --source "HR-systemet"
        """)
    case .trainingLoadFile: language("CSV-filen.", "The CSV file.")
    case .trainingSource: language("Varifrån siffrorna kommer.", "Where the figures come from.")
    case .trainingTarget:
      language(
        "Målet för genomförd utbildning i procent (förval: senaste mätningens).",
        "The completion target in percent (default: the latest snapshot's).")
    case .trainingIllustrative:
      language(
        "Markera siffrorna per sektion som illustrativa.",
        "Mark the figures per section as illustrative.")
    case .batchAbstract:
      language(
        "Kör granska-kommandon från en fil (eller - för standard in), ett per rad.",
        "Run granska commands from a file (or - for standard input), one per line.")
    case .batchDiscussion:
      language(
        """
        Varje rad har ett kommandos ord som på kommandoraden, citerade som i ett
        skal ("…" eller '…'); tomma rader och rader som börjar med # hoppas över.
        Varje rad är en egen transaktion; när den har lyckats skrivs ”rad N: ok”
        ut. Den första raden som misslyckas stoppar körningen med sitt meddelande
        och slutstatus 1 (raderna före den förblir sparade). Exempelfil:
          set recommendation R1 --status in-progress
          training set --date 2025-05-01 --section Omsorg --completed 160
        """,
        """
        Each line holds a command's words as on the command line, quoted like a
        shell's ("..." or '...'); blank lines and lines starting with # are skipped.
        Each line is its own transaction; after it succeeds "line N: ok" is
        printed. The first failing line stops the batch with its message and
        exit status 1 (lines before it stay saved). Example file:
          set recommendation R1 --status in-progress
          training set --date 2025-05-01 --section Omsorg --completed 160
        """)
    case .batchFile:
      language(
        "Filen med kommandon, eller - för standard in.",
        "The file of commands, or - for standard input.")
    }
  }
}
