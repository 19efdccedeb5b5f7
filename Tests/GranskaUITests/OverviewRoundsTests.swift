import GranskaDomain
import GranskaUI
import Testing

/// The Overview's "Bedömningar per nivå" shows the rounds between the
/// audit's and the latest where the width holds them.
@Suite struct OverviewRoundsTests {
  func levelHeader(width: Int, height: Int) -> String {
    dashboard(threeRoundsData(), width: width, height: height).screen.first {
      $0.contains("Bedömningar per nivå")
    } ?? ""
  }

  @Test func everyRoundShowsAt100Columns() {
    let header = levelHeader(width: 100, height: 30)
    let titles = [
      "KPMG 2024", "Uppföljning våren 2025", "Uppföljning hösten 2025", "Uppföljning 2026",
    ]
    #expect(titles.allSatisfy(header.contains), "\(header)")
  }

  /// Where they do not all fit, the audit's and the latest stay, with the
  /// newest of those between that fit.
  @Test func theAuditAndTheLatestStayAt80Columns() {
    let header = levelHeader(width: 80, height: 24)
    #expect(header.contains("KPMG 2024") && header.contains("Uppföljning 2026"), "\(header)")
    #expect(!header.contains("Uppföljning våren 2025"), "\(header)")
  }
}
