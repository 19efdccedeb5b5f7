import GranskaDomain
import GranskaText

/// When each owner was last reminded, where the owner directory is used:
/// in the Overview, a line per owner of an open recommendation; in a
/// recommendation's detail, its owner's address and last reminder.
struct ReminderLines {
  let data: DashboardData
  let strings: Strings

  /// The Overview's lines: nothing while the directory is empty.
  func add(to doc: inout Document) {
    guard !data.owners.isEmpty else { return }
    var owners: [String] = []
    for item in data.audit.recommendations where data.audit.isOpen(item.status) {
      guard let owner = item.owner,
        !owners.contains(where: { OwnerContact.key($0) == OwnerContact.key(owner) })
      else { continue }
      owners.append(owner)
    }
    guard !owners.isEmpty else { return }
    doc.blank()
    doc.add(strings.owner(.reminders), Style(.header))
    let names = owners.map { data.owners.entry(for: $0)?.name ?? $0 }.map(OwnerContact.oneLine)
    let width = min(30, names.map(DisplayWidth.of).max() ?? 0)
    for (owner, name) in zip(owners, names) {
      doc.add([
        Span(" " + DisplayWidth.pad(DisplayWidth.truncate(name, to: width), to: width)),
        Span("  " + state(of: owner), Style(.muted)),
      ])
    }
  }

  /// A recommendation's detail: its owner's address and last reminder.
  func add(_ owner: String, to doc: inout Document) {
    guard !data.owners.isEmpty else { return }
    let address = data.owners.entry(for: owner).map { "<\($0.email)> · " } ?? ""
    doc.add("  " + address + state(of: owner), Style(.muted))
  }

  /// "påmind 2026-12-01 om R1, R4", "inte påmind", or no address.
  private func state(of owner: String) -> String {
    guard data.owners.entry(for: owner) != nil else { return strings.owner(.noAddress) }
    let key = OwnerContact.key(owner)
    guard let last = data.reminders.first(where: { OwnerContact.key($0.owner) == key }) else {
      return strings.owner(.notReminded)
    }
    return strings.owner(
      .remindedOn(
        date: Day.today(now: last.at, timeZone: data.timeZone).description,
        items: last.record.items.joined(separator: ", "), ))
  }
}
