/// The help of `granska owner` (the owner directory) and `granska remind`.
public enum ReminderHelp: CaseIterable, Sendable {
  case ownerAbstract, ownerDiscussion, ownerListAbstract, ownerMissing
  case ownerAddAbstract, ownerName, ownerEmail, ownerPerson
  case ownerEditAbstract, ownerNoPerson, ownerRemoveAbstract
  case remindAbstract, remindDiscussion, remindAudit, remindDays, remindEvery, remindForce
  case remindDryRun, remindFrom, remindSummaryTo, remindSendmail, remindSSH
}

extension ReminderHelp: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .ownerAbstract:
      language(
        "Ägarkatalogen: vart påminnelserna till varje ansvarig går.",
        "The owner directory: where each owner's reminders go.")
    case .ownerDiscussion:
      language(
        """
        Ansvariga står som fri text på rekommendationerna (”Kommunchef”).
        Katalogen ger en ansvarig en e-postadress och, om man vill, personen
        (namnet i granska keys, eller kontot) som har rollen. Versaler och
        mellanslag spelar ingen roll när namnen jämförs. Bara redigerare får
        ändra; varje ändring står i historiken. Exempel:
          granska owner add Kommunchef --email kommunchef@kommun.se --person anna
          granska owner edit Kommunchef --email ks@kommun.se
          granska owner list --missing
          granska owner remove Kommunchef
        """,
        """
        Owners are free text on recommendations ("Kommunchef"). The directory
        gives an owner an e-mail address and, optionally, the person (the name
        in granska keys, or the account) who holds the role. Case and spacing
        do not matter when names are compared. Only editors may change it;
        every change is in the history. Examples:
          granska owner add Kommunchef --email kommunchef@kommun.se --person anna
          granska owner edit Kommunchef --email ks@kommun.se
          granska owner list --missing
          granska owner remove Kommunchef
        """)
    case .ownerListAbstract:
      language(
        "Visa ägarkatalogen och antalet öppna rekommendationer per ansvarig.",
        "Show the owner directory and each owner's open recommendations.")
    case .ownerMissing:
      language(
        "Visa i stället de öppna rekommendationer vars ansvariga saknar adress (eller som saknar ansvarig).",
        "Show instead the open recommendations whose owner has no address (or that have no owner).")
    case .ownerAddAbstract:
      language("Lägg till en ansvarig med e-postadress.", "Add an owner with an e-mail address.")
    case .ownerName:
      language(
        "Den ansvariga så som rekommendationerna skriver den (t.ex. Kommunchef).",
        "The owner as the recommendations write it (e.g. Kommunchef).")
    case .ownerEmail:
      language(
        "E-postadressen påminnelserna går till (namn@domän).",
        "The e-mail address reminders go to (name@domain).")
    case .ownerPerson:
      language(
        "Personen som har rollen (namnet i granska keys, eller kontot): hen ser sina försenade rekommendationer när instrumentpanelen öppnas.",
        "The person who holds the role (the name in granska keys, or the account): they see their overdue recommendations when the dashboard opens."
      )
    case .ownerEditAbstract:
      language("Ändra en ansvarigs adress eller person.", "Change an owner's address or person.")
    case .ownerNoPerson:
      language("Ta bort personen från den ansvariga.", "Remove the owner's person.")
    case .ownerRemoveAbstract:
      language("Ta bort en ansvarig ur katalogen.", "Remove an owner from the directory.")
    case .remindAbstract:
      language(
        "Påminn varje ansvarig per e-post om rekommendationer som är försenade eller snart ska vara klara.",
        "Remind each owner by e-mail of recommendations that are overdue or soon due.")
    case .remindDiscussion:
      language(
        """
        Ett meddelande per ansvarig i ägarkatalogen, med öppna rekommendationer
        som är försenade eller ska vara klara inom --days dagar: text, status,
        datum, planerad åtgärd, senaste anteckning och hur man uppdaterar.
        Skickas genom systemets sendmail (sendmail -t -oi), och varje skickad
        påminnelse står i historiken. Samma ansvariga påminns inte om samma
        rekommendationer igen inom --every, om inget har ändrats (status, datum
        eller ansvarig), utan --force. Ansvariga utan adress sägs som varningar;
        ett meddelande som inte kunde lämnas till e-postsystemet sägs med
        ansvarig och skäl, de andra skickas ändå, och kommandot avslutas med
        status 1. För en veckovis körning med systemd eller cron: docs/DEPLOY.md.
          granska remind --summary-to samordnare@kommun.se
          granska remind --dry-run > paminnelser.mbox
        """,
        """
        One message per owner in the owner directory, with their open
        recommendations that are overdue or due within --days days: text,
        status, dates, planned action, latest note and how to update. Sent
        through the system's sendmail (sendmail -t -oi); each reminder sent is
        in the history. The same owner is not reminded of the same
        recommendations again within --every unless something changed (status,
        date or owner), or --force. Owners without an address are warned
        about; a message the mail system did not take is said with the owner
        and the reason, the others are sent all the same, and the command
        exits with status 1. For a weekly run with systemd or cron:
        docs/DEPLOY.md.
          granska remind --summary-to coordinator@kommun.se
          granska remind --dry-run > reminders.mbox
        """)
    case .remindAudit:
      language(
        "Bara den här granskningen (förval: alla i databasen).",
        "Only this audit (default: every one in the database).")
    case .remindDays:
      language(
        "Ta med rekommendationer som ska vara klara inom så många dagar.",
        "Include recommendations due within this many days.")
    case .remindEvery:
      language(
        "Påminn inte om samma sak igen inom denna tid, om inget har ändrats: 7d, 2w, 12h.",
        "Do not remind of the same again within this time unless something changed: 7d, 2w, 12h.")
    case .remindForce:
      language(
        "Påminn även den som nyss påmints om samma sak.",
        "Remind also those just reminded of the same.")
    case .remindDryRun:
      language(
        "Skicka inget och anteckna inget: skriv meddelandena till standard ut som en mbox-fil.",
        "Send nothing, record nothing: write the messages to standard output as an mbox.")
    case .remindFrom:
      language(
        "Avsändaradressen (förval: kontot som kör kommandot @ datorns namn).",
        "The sender's address (default: the account running it @ the host's name).")
    case .remindSummaryTo:
      language(
        "Skicka också en sammanfattning hit: vem som påmints om vad, och vilka som saknar adress.",
        "Also send a summary here: who was reminded of what, and who has no address.")
    case .remindSendmail:
      language(
        "Programmet som tar emot meddelandena (förval: /usr/sbin/sendmail).",
        "The program that takes the messages (default: /usr/sbin/sendmail).")
    case .remindSSH:
      language(
        "Hur de ansvariga når Granska, i meddelandets instruktioner (förval: kontot @ datorns namn).",
        "How owners reach Granska, in the message's instructions (default: the account @ the host's name)."
      )
    }
  }
}
