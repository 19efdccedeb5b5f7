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

extension OwnerWords: Wording {
  public var swedish: String {
    switch self {
    case .keyOwner: "ansvarigs e-post (påminnelser)"
    case .formTitle: "Ansvarig: {owner}"
    case .email: "E-post (tom: ta bort)"
    case .person: "Person"
    case .saved: "Sparat i ägarkatalogen"
    case .removed: "Borttagen ur ägarkatalogen"
    case .reminders: "Påminnelser"
    case .remindedOn: "påmind {date} om {items}"
    case .notReminded: "inte påmind"
    case .noAddress: "ingen e-post i ägarkatalogen (e i Rekommendationer)"
    case .yourOverdue: "Dina rekommendationer: {n} försenade ({items})"
    case .yourOverdueOne: "Dina rekommendationer: 1 försenad ({items})"
    }
  }

  public var english: String {
    switch self {
    case .keyOwner: "owner's e-mail (reminders)"
    case .formTitle: "Owner: {owner}"
    case .email: "E-mail (empty: remove)"
    case .person: "Person"
    case .saved: "Saved in the owner directory"
    case .removed: "Removed from the owner directory"
    case .reminders: "Reminders"
    case .remindedOn: "reminded {date} of {items}"
    case .notReminded: "not reminded"
    case .noAddress: "no e-mail in the owner directory (e in Recommendations)"
    case .yourOverdue: "Your recommendations: {n} overdue ({items})"
    case .yourOverdueOne: "Your recommendations: 1 overdue ({items})"
    }
  }
}
