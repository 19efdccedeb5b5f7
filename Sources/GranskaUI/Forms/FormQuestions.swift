import GranskaDomain
import GranskaText

/// What a form asks before it saves input that is valid but may be a slip:
/// a new round dated before the newest one.
extension FormFactory {
  func question(in form: Form) -> (field: Int, message: String)? {
    guard form.purpose == .newRound, let index = form.index(of: .round(.date)),
      let date = form.fields[index].value.flatMap(Day.init),
      let newer = audit.newerRound(than: date)
    else { return nil }
    return (
      index,
      strings.editing(.olderRound(date: date.description, round: newer.heading))
    )
  }
}
