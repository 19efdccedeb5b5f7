/// The dashboard's words for the owner directory and reminders: the form
/// reached from a recommendation's owner, the Overview's reminders, and the
/// notice an owner sees on opening.
public enum OwnerWords: Hashable, Sendable {
  case keyOwner
  case formTitle(owner: String)
  case email, person, saved, removed
  case reminders
  case remindedOn(date: String, items: String)
  case notReminded, noAddress
  case yourOverdue(n: String, items: String)
  case yourOverdueOne(items: String)
}

extension Strings {
  public func owner(_ key: OwnerWords) -> String { self(key) }
}

extension OwnerWords: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .keyOwner: language("ansvarigs e-post (påminnelser)", "owner's e-mail (reminders)")
    case .formTitle(let owner): language("Ansvarig: \(owner)", "Owner: \(owner)")
    case .email: language("E-post (tom: ta bort)", "E-mail (empty: remove)")
    case .person: language("Person", "Person")
    case .saved: language("Sparat i ägarkatalogen", "Saved in the owner directory")
    case .removed: language("Borttagen ur ägarkatalogen", "Removed from the owner directory")
    case .reminders: language("Påminnelser", "Reminders")
    case .remindedOn(let date, let items):
      language("påmind \(date) om \(items)", "reminded \(date) of \(items)")
    case .notReminded: language("inte påmind", "not reminded")
    case .noAddress:
      language(
        "ingen e-post i ägarkatalogen (e i Rekommendationer)",
        "no e-mail in the owner directory (e in Recommendations)")
    case .yourOverdue(let n, let items):
      language(
        "Dina rekommendationer: \(n) försenade (\(items))",
        "Your recommendations: \(n) overdue (\(items))")
    case .yourOverdueOne(let items):
      language(
        "Dina rekommendationer: 1 försenad (\(items))", "Your recommendations: 1 overdue (\(items))"
      )
    }
  }
}
