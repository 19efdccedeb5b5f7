import GranskaDomain

/// The words of the reminder e-mails `granska remind` sends: to an owner,
/// and the summary to the coordinator. Each a plain-text line or phrase;
/// the message is put together by `ReminderMail`.
public enum MailText: Sendable, Hashable, Worded {
  // To an owner
  case subject(owner: String, count: Int, overdue: Int)
  case greeting
  case intro(owner: String, days: Int, today: Day)
  case auditHeading(title: String, organisation: String, year: Int)
  case overdueSince(Day)
  case dueOn(Day, inDays: Int)
  case status, dueDate, plannedAction, latestNote
  case noteBy(Day, author: String?)
  case update
  /// The note the update command suggests, for the owner to rewrite.
  case updateNote
  case howToUpdate
  case dashboard(ssh: String, key: Int, view: String)
  case signature
  // To the coordinator
  case summarySubject(today: Day, reminded: Int, missing: Int, failed: Int)
  case summaryIntro(today: Day, days: Int)
  case summaryReminded, summaryRepeated, summaryMissing, summaryUnowned, summaryFailed
  case lastReminded(Day)

  public func message(in language: Language) -> String {
    switch self {
    case .subject(let owner, let count, let overdue):
      language(
        "Påminnelse: \(count) \(count == 1 ? "rekommendation" : "rekommendationer") för \(owner) att åtgärda"
          + (overdue > 0 ? " (\(overdue) \(overdue == 1 ? "försenad" : "försenade"))" : ""),
        "Reminder: \(count) \(count == 1 ? "recommendation" : "recommendations") for \(owner) to act on"
          + (overdue > 0 ? " (\(overdue) overdue)" : ""))
    case .greeting: language("Hej!", "Hello,")
    case .intro(let owner, let days, let today):
      language(
        "Det här är en påminnelse från Granska, uppföljningen av revisionens rekommendationer. "
          + "\(owner) står som ansvarig för rekommendationerna nedan, som är försenade eller ska "
          + "vara klara inom \(days) dagar (läge \(today)).",
        "This is a reminder from Granska, the follow-up of the auditors' recommendations. "
          + "\(owner) is the owner of the recommendations below, which are overdue or due within "
          + "\(days) days (as of \(today)).")
    case .auditHeading(let title, let organisation, let year):
      language("\(title) (\(organisation), \(year))", "\(title) (\(organisation), \(year))")
    case .overdueSince(let day):
      language("försenad, skulle vara klar \(day)", "overdue, was due \(day)")
    case .dueOn(let day, let days):
      language(
        days == 0
          ? "ska vara klar i dag, \(day)"
          : "ska vara klar \(day), om \(days) \(days == 1 ? "dag" : "dagar")",
        days == 0 ? "due today, \(day)" : "due \(day), in \(days) \(days == 1 ? "day" : "days")")
    case .status: language("Status", "Status")
    case .dueDate: language("Klar senast", "Due")
    case .plannedAction: language("Planerad åtgärd", "Planned action")
    case .latestNote: language("Senaste anteckning", "Latest note")
    case .noteBy(let day, let author):
      language(
        author.map { "\(day), \($0)" } ?? day.description,
        author.map { "\(day), \($0)" } ?? day.description)
    case .update: language("Uppdatera:", "Update:")
    case .updateNote: language("Vad som har gjorts", "What has been done")
    case .howToUpdate:
      language(
        "Skriv vad som har gjorts, eller ändra status eller datum, så ser alla det inför nästa möte.",
        "Write what has been done, or change the status or the date, so that everyone sees it before the next meeting."
      )
    case .dashboard(let ssh, let key, let view):
      language(
        "I instrumentpanelen (ssh -t \(ssh)): tangenten \(key) (\(view)), välj rekommendationen, Enter.",
        "In the dashboard (ssh -t \(ssh)): key \(key) (\(view)), select the recommendation, Enter.")
    case .signature: language("Skickat av granska remind.", "Sent by granska remind.")
    case .summarySubject(let today, let reminded, let missing, let failed):
      language(
        "Granska: påminnelser \(today): \(reminded) skickade"
          + (missing > 0 ? ", \(missing) utan adress" : "")
          + (failed > 0 ? ", \(failed) misslyckades" : ""),
        "Granska: reminders \(today): \(reminded) sent"
          + (missing > 0 ? ", \(missing) without address" : "")
          + (failed > 0 ? ", \(failed) failed" : ""))
    case .summaryIntro(let today, let days):
      language(
        "Påminnelser från granska remind \(today) om öppna rekommendationer som är försenade eller "
          + "ska vara klara inom \(days) dagar.",
        "Reminders from granska remind on \(today) of open recommendations that are overdue or due "
          + "within \(days) days.")
    case .summaryReminded: language("Påminda:", "Reminded:")
    case .summaryRepeated:
      language(
        "Redan påminda om samma sak, inget har ändrats sedan:",
        "Already reminded of the same, nothing changed since:")
    case .summaryMissing:
      language(
        "Utan adress i ägarkatalogen (granska owner add NAMN --email ADRESS), inte påminda:",
        "No address in the owner directory (granska owner add NAME --email ADDRESS), not reminded:")
    case .summaryUnowned: language("Utan ansvarig:", "No owner:")
    case .summaryFailed: language("Kunde inte skickas:", "Could not be sent:")
    case .lastReminded(let day): language("påmind \(day)", "reminded \(day)")
    }
  }
}
