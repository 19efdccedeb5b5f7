import Foundation
import GranskaDomain
import Testing

/// Who is reminded of what: the due rule, owners matched by name whatever
/// the case, and a reminder not repeated unless something changed.
@Suite struct ReminderTests {
  let today = Day("2025-05-15")!
  let now = Date(timeIntervalSince1970: 1_747_300_000)  // 2025-05-15

  /// R1 overdue and R3 due in ten days (Kommunchef, written two ways), R2
  /// overdue (IT-chef); R4 due in twenty days, R5 done, R6 undated, R7 ownerless.
  func audit() -> Audit {
    var audit = sampleAudit()
    func item(_ id: String, _ owner: String?, _ due: String?, _ status: RecommendationStatus)
      -> Recommendation
    {
      Recommendation(
        id: id, text: "Gör \(id)", questions: ["Q2"], status: status, owner: owner,
        dueDate: due.flatMap(Day.init))
    }
    audit.recommendations = [
      item("R1", "Kommunchef", "2025-05-01", .inProgress),
      item("R2", "IT-chef", "2025-05-14", .notStarted),
      item("R3", "kommunchef ", "2025-05-25", .notStarted),
      item("R4", "IT-chef", "2025-06-04", .notStarted),
      item("R5", "IT-chef", "2025-05-01", .done),
      item("R6", "IT-chef", nil, .notStarted),
      item("R7", nil, "2025-05-01", .notStarted),
    ]
    return audit
  }

  let owners = [OwnerContact(name: "Kommunchef", email: "ks@kommun.se", person: "anna")]

  func reminder(_ id: Int64, to owner: String, _ items: [String], daysAgo: Double) -> HistoryEntry {
    HistoryEntry(
      id: id, at: now.addingTimeInterval(-daysAgo * 86_400), account: "anna", auditID: "a",
      entity: "reminder", entityID: owner, field: "created", oldValue: nil,
      newValue: HistoryRecord.text(ReminderRecord(to: "ks@kommun.se", items: items)))
  }

  func change(_ id: Int64, _ item: String, _ field: String) -> HistoryEntry {
    HistoryEntry(
      id: id, at: now, account: "bo", auditID: "a", entity: "recommendation", entityID: item,
      field: field, oldValue: "x", newValue: "y")
  }

  /// The audit's own statuses: an open one ("Delvis genomförd") is
  /// reminded of as in progress is, a closed one ("Risk accepterad") as
  /// done is not.
  @Test func anOwnStatusIsRemindedOfOnlyWhereItIsOpen() {
    var audit = audit()
    audit.statuses = [
      DeclaredStatus(id: "delvis", label: "Delvis genomförd", open: true),
      DeclaredStatus(id: "accepterad", label: "Risk accepterad", open: false),
    ]
    audit.recommendations[0].status = .declared("delvis")
    audit.recommendations[2].status = .declared("accepterad")
    let plan = ReminderRules().plan(audit, owners: owners, history: [], today: today, now: now)
    #expect(plan.map(\.itemIDs) == [["R1"], ["R2"]])
  }

  @Test func overdueAndSoonDueOpenItemsByOwnerMatchedWhateverTheCase() {
    let plan = ReminderRules().plan(audit(), owners: owners, history: [], today: today, now: now)
    #expect(plan.map(\.owner) == ["Kommunchef", "IT-chef"])
    #expect(plan.map(\.itemIDs) == [["R1", "R3"], ["R2"]])
    #expect(plan[0].contact == owners[0])
    #expect(plan[1].contact == nil)
    #expect(!plan[0].isRepeat)
    #expect(ReminderRules().unowned(audit(), today: today).map(\.id) == ["R7"])
    // Due within 20 days: R4 too.
    let wider = ReminderRules(days: 20).plan(
      audit(), owners: owners, history: [], today: today, now: now)
    #expect(wider[1].itemIDs == ["R2", "R4"])
  }

  @Test func theSameItemsWithinTheIntervalAreNotRepeatedUnlessSomethingChanged() {
    let rules = ReminderRules()
    let plan = { (history: [HistoryEntry], rules: ReminderRules) in
      rules.plan(
        self.audit(), owners: self.owners, history: history, today: self.today, now: self.now)[0]
    }
    let sent = reminder(10, to: "Kommunchef", ["R3", "R1"], daysAgo: 2)
    #expect(plan([sent], rules).isRepeat)
    #expect(plan([sent], rules).last?.historyID == 10)
    // A week later, a different set, a change of status, due date or owner: news again.
    #expect(!plan([reminder(10, to: "Kommunchef", ["R1", "R3"], daysAgo: 8)], rules).isRepeat)
    #expect(!plan([reminder(10, to: "Kommunchef", ["R1"], daysAgo: 2)], rules).isRepeat)
    for field in ["status", "dueDate", "owner"] {
      #expect(!plan([sent, change(11, "R3", field)], rules).isRepeat, "\(field)")
    }
    // A note, a change before the reminder, another item's change: still a repeat.
    #expect(plan([sent, change(11, "R1", "plannedAction")], rules).isRepeat)
    #expect(plan([change(9, "R1", "status"), sent], rules).isRepeat)
    #expect(plan([sent, change(11, "R2", "status")], rules).isRepeat)
    #expect(!plan([sent], ReminderRules(force: true)).isRepeat)
    #expect(!plan([sent], ReminderRules(every: 86_400)).isRepeat)
  }

  @Test func addressesAreStrictAddrSpecs() {
    for good in ["ks@kommun.se", "a.b+c@sub.example.org", "anna@localhost", "x_y-z@a-b.se"] {
      #expect(MailAddress.isValid(good), "\(good)")
    }
    for bad in [
      "", "ks", "ks@", "@kommun.se", "a b@kommun.se", "ks@kommun.se\nBcc: x@y.se", "ks@@x.se",
      "Kommunchef <ks@kommun.se>", "ks@kommun..se", ".ks@kommun.se", "ks@-kommun.se",
      "kö@kommun.se", "ks@kommun.se\r", "\"ks\"@kommun.se", "ks@kommun.se,x@y.se",
    ] {
      #expect(!MailAddress.isValid(bad), "\(bad)")
    }
  }
}
