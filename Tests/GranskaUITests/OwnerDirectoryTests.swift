import Foundation
import GranskaDomain
import GranskaUI
import Testing

/// The owner directory in the dashboard: `e` on a recommendation opens its
/// owner's entry; the Overview says when each owner was last reminded; an
/// owner opening the dashboard hears of their overdue recommendations.
@Suite struct OwnerDirectoryTests {
  /// R1 (Kommunchef) and R2 (IT-chef) overdue on 2026-11-29; Kommunchef
  /// is anna, reminded of R1 on 2026-11-23.
  func data(account: String = "anna") -> DashboardData {
    var data = builtInData()
    data.account = account
    data.audit.recommendations[0].owner = "Kommunchef"
    data.audit.recommendations[0].dueDate = Day("2026-11-01")
    data.audit.recommendations[1].owner = "IT-chef"
    data.audit.recommendations[1].dueDate = Day("2026-11-20")
    data.owners = [OwnerContact(name: "kommunchef", email: "ks@kommun.se", person: "anna")]
    let sent = HistoryEntry(
      id: 7, at: Date(timeIntervalSince1970: 1_795_435_200), account: "granska",
      auditID: data.audit.id, entity: "reminder", entityID: "kommunchef", field: "created",
      oldValue: nil, newValue: #"{"items":["R1"],"to":"ks@kommun.se"}"#)
    data.reminders = [ReminderSent(sent)!]
    data.timeZone = TimeZone(identifier: "UTC")!
    return data
  }

  func saved(_ effects: [Effect]) -> (String, OwnerContact?, OwnerContact?)? {
    for case .saveOwner(let name, let contact, let shown) in effects {
      return (name, contact, shown)
    }
    return nil
  }

  @Test func eOnARecommendationEditsItsOwnersEntry() {
    var board = dashboard(data(), keys: keys("3e"))
    let text = board.render().text
    #expect(text.contains("Ansvarig: Kommunchef"))
    #expect(text.contains("ks@kommun.se"))
    var effects = board.handle(.key(.control("u")))
    for key in keys("kommunchef@kommun.se{enter}") { effects += board.handle(.key(key)) }
    let (name, contact, shown) = try! #require(saved(effects))
    #expect(name == "kommunchef")
    #expect(
      contact == OwnerContact(name: "kommunchef", email: "kommunchef@kommun.se", person: "anna"))
    #expect(shown == data().owners[0])
    board.ownerSaved(data(), removed: false)
    #expect(board.state.form == nil)
    #expect(board.render().text.contains("Sparat i ägarkatalogen"))
  }

  @Test func anAddressThatIsNoneIsRefusedInTheFormAndAnOwnerlessItemSaysSo() {
    // IT-chef has no entry yet: the form starts empty.
    var board = dashboard(data(), keys: keys("3j" + "e" + "it chef@kommun.se{enter}"))
    #expect(board.state.form != nil)
    #expect(board.render().text.contains("”it chef@kommun.se” är ingen e-postadress"))
    var effects = board.handle(.key(.control("u")))
    for key in keys("it@kommun.se{enter}") { effects += board.handle(.key(key)) }
    #expect(saved(effects)?.1 == OwnerContact(name: "IT-chef", email: "it@kommun.se"))
    #expect(saved(effects)?.2 == nil)
    board.ownerSaveFailed("någon annan ändrade ”IT-chef”", data: nil)
    #expect(board.render().text.contains("någon annan ändrade"))
    #expect(board.state.form != nil, "the form keeps what was typed")
    // R3 has no owner.
    board = dashboard(data(), keys: keys("3jje"))
    #expect(board.state.form == nil)
    #expect(board.render().text.contains("rekommendation R3 har ingen ansvarig"))
    // A reader cannot.
    var readOnly = data()
    readOnly.editRefusal = "skrivskyddad"
    #expect(dashboard(readOnly, keys: keys("3e")).state.form == nil)
  }

  @Test func theOverviewSaysWhenEachOwnerWasLastReminded() {
    let board = dashboard(data(), width: 100, height: 60)
    let text = board.render().text
    #expect(text.contains("Påminnelser"))
    #expect(text.contains("kommunchef  påmind 2026-11-23 om R1"), "\(text)")
    #expect(text.contains("IT-chef     ingen e-post i ägarkatalogen"))
    // Without a directory, nothing about reminders.
    #expect(!dashboard(builtInData(), width: 100, height: 60).render().text.contains("Påminnelser"))
  }

  @Test func anOwnerOpeningTheDashboardHearsOfTheirOverdueRecommendations() {
    #expect(dashboard(data()).greeting() == "Dina rekommendationer: 1 försenad (R1)")
    #expect(dashboard(data(), language: .en).greeting() == "Your recommendations: 1 overdue (R1)")
    #expect(dashboard(data(account: "bertil")).greeting() == nil)
    var two = data()
    two.audit.recommendations[2].owner = "KOMMUNCHEF"
    two.audit.recommendations[2].dueDate = Day("2026-11-28")
    #expect(dashboard(two).greeting() == "Dina rekommendationer: 2 försenade (R1, R3)")
  }
}
