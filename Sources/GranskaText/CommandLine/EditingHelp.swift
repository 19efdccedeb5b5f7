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

extension EditingHelp: Wording {
  public var swedish: String {
    switch self {
    case .importAbstract:
      "Lägg till granskningar från en fil, eller ersätt dem med samma id; allt eller inget."
    case .importDiscussion: "En ny databas som import skapar innehåller bara filens granskningar."
    case .importFile: "En YAML- eller JSON-fil i utbytesformatet."
    case .importFormat: "yaml eller json (förval: efter filnamnet)."
    case .importReplace:
      "Ersätt en granskning även när databasen har ändringar som filen saknar "
        + "(gjorda efter att filen exporterades, eller efter --since)."
    case .importSince:
      "Ändringar från den här dagen är sådana som filen saknar (förval: dess exporttid)."
    case .setAbstract:
      "Ändra en rekommendation eller en bedömning (som instrumentpanelens formulär)."
    case .recommendationAbstract:
      "Ange en rekommendations status, ansvarig, klart senast, planerad åtgärd eller underlag, "
        + "eller lägg till en anteckning."
    case .recommendationDiscussion:
      """
      Exempel: granska set recommendation R1 --status in-progress --owner Kommunchef --due 2025-06-30
      Ett tomt värde ("") tömmer ett fält. Statusar: not-started (ej påbörjad),
      in-progress (pågår), done (klar), not-applicable (ej tillämplig).
      """
    case .recommendationID: "Rekommendationens id, t.ex. R1."
    case .recommendationStatus:
      "Ej påbörjad, pågår, klar eller ej tillämplig (på svenska eller engelska, eller id:t: not-started, in-progress, done, not-applicable), eller en av granskningens egna statusar (dess ord eller id)."
    case .recommendationOwner: "Vem som är ansvarig."
    case .recommendationDue: "När den ska vara klar."
    case .recommendationAction: "Vad som är planerat."
    case .recommendationEvidence:
      "En hänvisning som visar arbetet (upprepa för flera; ersätter listan)."
    case .recommendationNote:
      "En anteckning att lägga till, daterad i dag och signerad med ditt konto."
    case .assessmentAbstract: "Ange en frågas nivå eller anmärkning i en uppföljningsomgång."
    case .assessmentDiscussion:
      "Exempel: granska set assessment Q8 --round uppfoljning-2025-09-15 --level delvis"
    case .assessmentQuestion: "Frågans id, t.ex. Q8."
    case .assessmentRound: "Uppföljningsomgången (förval: den senaste)."
    case .assessmentLevel:
      "En nivå i granskningens skala, med sitt namn eller id, t.ex. Delvis eller delvis."
    case .assessmentRemark: "En anmärkning till bedömningen."
    case .roundAbstract: "Lägg till en uppföljningsomgång med bedömningar."
    case .roundAddAbstract:
      "Lägg till en daterad uppföljningsomgång, om du vill med föregående omgångs nivåer som start."
    case .roundAddDiscussion:
      "Exempel: granska round add --title \"Uppföljning 2025\" --date 2025-09-15 --copy-previous"
    case .roundTitle: "Omgångens rubrik."
    case .roundDate: "När bedömningen gjordes."
    case .roundID: "Omgångens id (förval: uppfoljning-DATUM, gjort unikt)."
    case .roundCopyPrevious: "Börja från föregående omgångs nivåer och anmärkningar."
    case .trainingAbstract:
      "Registrera utbildningssiffror: en sektions antal, eller en hel mätning från en CSV-fil."
    case .trainingSetAbstract: "Ange en sektions antal i en mätning."
    case .trainingSetDiscussion:
      "Exempel: granska training set --date 2023-11-16 --section Omsorg --completed 120"
    case .trainingDate: "Mätningens datum."
    case .trainingSection: "Sektionens namn."
    case .trainingEmployees: "Antalet anställda i sektionen."
    case .trainingCompleted: "Hur många som har genomfört utbildningen."
    case .trainingStarted: "Hur många som har påbörjat den."
    case .trainingLoadAbstract:
      "Skapa eller uppdatera en hel mätning från en CSV-fil, i en transaktion."
    case .trainingLoadDiscussion:
      """
      Filen är UTF-8-CSV med en rubrikrad: section,employees,completed,started
      (avgränsad med komma eller semikolon). En mätning för datumet skapas när
      det inte finns någon; annars uppdateras varje sektions antal (en fil med
      andra sektioner ersätter mätningen). Exempel:
        granska training load hr-2025-05-01.csv --date 2025-05-01 --source "HR-systemet"
      """
    case .trainingLoadFile: "CSV-filen."
    case .trainingSource: "Varifrån siffrorna kommer."
    case .trainingTarget: "Målet för genomförd utbildning i procent (förval: senaste mätningens)."
    case .trainingIllustrative: "Markera siffrorna per sektion som illustrativa."
    case .batchAbstract:
      "Kör granska-kommandon från en fil (eller - för standard in), ett per rad."
    case .batchDiscussion:
      """
      Varje rad har ett kommandos ord som på kommandoraden, citerade som i ett
      skal ("…" eller '…'); tomma rader och rader som börjar med # hoppas över.
      Varje rad är en egen transaktion; när den har lyckats skrivs ”rad N: ok”
      ut. Den första raden som misslyckas stoppar körningen med sitt meddelande
      och slutstatus 1 (raderna före den förblir sparade). Exempelfil:
        set recommendation R1 --status in-progress
        training set --date 2025-05-01 --section Omsorg --completed 160
      """
    case .batchFile: "Filen med kommandon, eller - för standard in."
    }
  }

  public var english: String {
    switch self {
    case .importAbstract:
      "Add audits from a file, or replace those with the same id; all or nothing."
    case .importDiscussion: "A new database made by import holds only the file's audits."
    case .importFile: "A YAML or JSON file in the interchange format."
    case .importFormat: "yaml or json (default: from the file name)."
    case .importReplace:
      "Replace an audit even when the database has changes the file does not hold "
        + "(made after the file was exported, or after --since)."
    case .importSince:
      "Changes from this day on are ones the file does not hold (default: its export time)."
    case .setAbstract: "Change a recommendation or an assessment (as the dashboard's forms do)."
    case .recommendationAbstract:
      "Set a recommendation's status, owner, due date, planned action or evidence, or add a note."
    case .recommendationDiscussion:
      """
      Example: granska set recommendation R1 --status in-progress --owner Kommunchef --due 2025-06-30
      An empty value ("") clears a field. Statuses: not-started, in-progress, done, not-applicable.
      """
    case .recommendationID: "The recommendation's id, e.g. R1."
    case .recommendationStatus:
      "Not started, in progress, done or not applicable (in English or Swedish, or the id: not-started, in-progress, done, not-applicable), or one of the audit's own statuses (its label or id)."
    case .recommendationOwner: "Who is responsible."
    case .recommendationDue: "When it should be done."
    case .recommendationAction: "What is planned."
    case .recommendationEvidence:
      "A reference that shows the work (repeat for several; replaces the list)."
    case .recommendationNote: "A note to add, dated today and signed with your account."
    case .assessmentAbstract: "Set a question's level or remark in a follow-up round."
    case .assessmentDiscussion:
      "Example: granska set assessment Q8 --round uppfoljning-2025-09-15 --level delvis"
    case .assessmentQuestion: "The question's id, e.g. Q8."
    case .assessmentRound: "The follow-up round (default: the latest)."
    case .assessmentLevel:
      "A level of the audit's scale, by its label or id, e.g. Delvis or delvis."
    case .assessmentRemark: "A remark on the verdict."
    case .roundAbstract: "Add a follow-up round of assessments."
    case .roundAddAbstract:
      "Add a dated follow-up round, optionally starting from the previous round's levels."
    case .roundAddDiscussion:
      "Example: granska round add --title \"Follow-up 2025\" --date 2025-09-15 --copy-previous"
    case .roundTitle: "The round's title."
    case .roundDate: "When it was assessed."
    case .roundID: "The round's id (default: uppfoljning-DATE, made unique)."
    case .roundCopyPrevious: "Start from the previous round's levels and remarks."
    case .trainingAbstract:
      "Record training figures: one section's counts, or a whole snapshot from a CSV file."
    case .trainingSetAbstract: "Set one section's counts in a snapshot."
    case .trainingSetDiscussion:
      "Example: granska training set --date 2023-11-16 --section Omsorg --completed 120"
    case .trainingDate: "The snapshot's date."
    case .trainingSection: "The section's name."
    case .trainingEmployees: "How many people the section employs."
    case .trainingCompleted: "How many have completed the training."
    case .trainingStarted: "How many have started it."
    case .trainingLoadAbstract:
      "Create or update a whole snapshot from a CSV file, in one transaction."
    case .trainingLoadDiscussion:
      """
      The file is UTF-8 CSV with a header row: section,employees,completed,started
      (comma or semicolon separated). A snapshot for the date is created when
      there is none; otherwise each section's counts are updated (a file with
      other sections replaces the snapshot). Example:
        granska training load hr-2025-05-01.csv --date 2025-05-01 --source "HR-systemet"
      """
    case .trainingLoadFile: "The CSV file."
    case .trainingSource: "Where the figures come from."
    case .trainingTarget: "The completion target in percent (default: the latest snapshot's)."
    case .trainingIllustrative: "Mark the figures per section as illustrative."
    case .batchAbstract:
      "Run granska commands from a file (or - for standard input), one per line."
    case .batchDiscussion:
      """
      Each line holds a command's words as on the command line, quoted like a
      shell's ("..." or '...'); blank lines and lines starting with # are skipped.
      Each line is its own transaction; after it succeeds "line N: ok" is
      printed. The first failing line stops the batch with its message and
      exit status 1 (lines before it stay saved). Example file:
        set recommendation R1 --status in-progress
        training set --date 2025-05-01 --section Omsorg --completed 160
      """
    case .batchFile: "The file of commands, or - for standard input."
    }
  }
}
