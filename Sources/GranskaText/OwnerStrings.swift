/// The dashboard's words for the owner directory and reminders: the form
/// reached from a recommendation's owner, the Overview's reminders, and the
/// notice an owner sees on opening. Placeholders are filled by `Strings.fill`.
public enum OwnerWords: CaseIterable, Sendable {
  case keyOwner, formTitle, email, person, saved, removed
  case reminders, remindedOn, notReminded, noAddress
  case yourOverdue, yourOverdueOne
}

extension Strings {
  public func owner(_ key: OwnerWords) -> String { self(key) }
}

extension OwnerWords: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .keyOwner: language("ansvarigs e-post (påminnelser)", "owner's e-mail (reminders)")
    case .formTitle: language("Ansvarig: {owner}", "Owner: {owner}")
    case .email: language("E-post (tom: ta bort)", "E-mail (empty: remove)")
    case .person: language("Person", "Person")
    case .saved: language("Sparat i ägarkatalogen", "Saved in the owner directory")
    case .removed: language("Borttagen ur ägarkatalogen", "Removed from the owner directory")
    case .reminders: language("Påminnelser", "Reminders")
    case .remindedOn: language("påmind {date} om {items}", "reminded {date} of {items}")
    case .notReminded: language("inte påmind", "not reminded")
    case .noAddress:
      language(
        "ingen e-post i ägarkatalogen (e i Rekommendationer)",
        "no e-mail in the owner directory (e in Recommendations)")
    case .yourOverdue:
      language(
        "Dina rekommendationer: {n} försenade ({items})",
        "Your recommendations: {n} overdue ({items})")
    case .yourOverdueOne:
      language(
        "Dina rekommendationer: 1 försenad ({items})", "Your recommendations: 1 overdue ({items})")
    }
  }
}
