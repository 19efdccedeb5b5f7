import Foundation
import GranskaDomain
import GranskaText
import Testing

@Suite struct DayTests {
  @Test(arguments: ["2024-02-29", "2023-11-16", "2000-02-29", "1999-12-31", "0042-03-04"])
  func realDatesParse(_ text: String) throws {
    let day = try #require(Day(text))
    #expect(day.description == text)
  }

  @Test(arguments: [
    "2024-02-30", "2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01",
    "24-01-01", "2024/01/01", "", "2024-01-01T00:00", " 2024-01-01", "２０２４-01-01",
    "2024-01-01\u{301}", "2024-01-01 ", "-2024-01-01",
  ])
  func impossibleDatesAreRefused(_ text: String) {
    #expect(Day(text) == nil)
  }

  @Test func daysOrderByCalendar() throws {
    let a = try #require(Day("2024-01-31"))
    let b = try #require(Day("2024-02-01"))
    #expect(a < b)
  }
}

@Suite struct RecommendationTests {
  @Test func theNextStepNeverWrapsRound() {
    #expect(RecommendationStatus.notStarted.next == .inProgress)
    #expect(RecommendationStatus.inProgress.next == .done)
    #expect(RecommendationStatus.done.next == .done)
    #expect(RecommendationStatus.notApplicable.next == .notApplicable)
  }

  @Test func overdueOnlyWhenOpenAndPastDue() throws {
    let today = try #require(Day("2025-06-01"))
    let audit = Audit(
      id: "a", title: "t", organisation: "o", auditor: "a", commissionedBy: "c", year: 2025,
      purpose: "p", overallLevel: "", overallAssessment: "", scale: [],
      statuses: [
        DeclaredStatus(id: "partly", label: "Delvis genomförd", open: true),
        DeclaredStatus(id: "accepted", label: "Risk accepterad", open: false),
      ])
    var r = Recommendation(id: "R1", text: "x", questions: [], dueDate: Day("2025-05-31"))
    #expect(r.isOverdue(on: today, in: audit))
    r.dueDate = Day("2025-06-01")
    #expect(!r.isOverdue(on: today, in: audit), "due today is not yet overdue")
    r.dueDate = Day("2025-01-01")
    r.status = .done
    #expect(!r.isOverdue(on: today, in: audit))
    r.status = .notApplicable
    #expect(!r.isOverdue(on: today, in: audit))
    r.status = .inProgress
    #expect(r.isOverdue(on: today, in: audit))
    // The audit's own statuses: open as it declares them.
    r.status = .declared("partly")
    #expect(r.isOverdue(on: today, in: audit))
    r.status = .declared("accepted")
    #expect(!r.isOverdue(on: today, in: audit))
    r.status = .inProgress
    r.dueDate = nil
    #expect(!r.isOverdue(on: today, in: audit))
  }

  @Test func percentRoundsHalfUp() {
    #expect(percent(290, of: 1000) == 29)
    #expect(percent(1, of: 8) == 13)
    #expect(percent(1, of: 3) == 33)
    #expect(percent(5, of: 0) == 0)
  }

  @Test func sharesShownTogetherAddUpToAHundred() {
    #expect(percents([1011, 119, 107]) == [82, 9, 9])
    #expect(percents([1, 1, 1]) == [34, 33, 33])
    #expect(percents([2, 0, 0]) == [100, 0, 0])
    #expect(percents([0, 0]) == [0, 0])
    for parts in [[3, 3, 1], [7, 5, 1, 1], [999, 1, 1], [1, 2, 3, 4, 5, 6]] {
      #expect(percents(parts).reduce(0, +) == 100, "\(parts)")
    }
  }
}

/// The log's times, worked out by arithmetic, are the calendar's.
@Suite struct LocalTimeTests {
  @Test func theLogsTimeIsTheCalendarsInEveryZone() {
    let zones = ["UTC", "Europe/Stockholm", "America/St_Johns", "Pacific/Kiritimati"].compactMap(
      TimeZone.init(identifier:))
    var seconds = -2_208_988_800.0  // 1900-01-01
    while seconds < 4_102_444_800 {  // 2100-01-01
      let date = Date(timeIntervalSince1970: seconds)
      for zone in zones {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let expected = String(
          format: "%04d-%02d-%02d %02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!,
          c.second!)
        #expect(HistoryText.localTime(date, timeZone: zone) == expected, "\(seconds)")
      }
      seconds += 86_400 * 29.37 + 3_601.7
    }
  }

}
