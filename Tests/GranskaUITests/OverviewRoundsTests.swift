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

  /// Under the table every round is a bar of block characters, a cell a
  /// question, each level its own mark (the table's labels are the
  /// legend), with its counts beside it: in words where they fit, else
  /// by the marks.
  @Test(arguments: [(80, 24), (100, 30)])
  func everyRoundIsABarWithItsCounts(_ width: Int, _ height: Int) throws {
    let screen = dashboard(threeRoundsData(), width: width, height: height).screen
    #expect(screen.contains { $0.hasPrefix(" ░ Nej ") }, "\(screen)")
    let bars = [
      ("KPMG 2024", "████████▓▒▒▒░░░", [8, 1, 3, 3]),
      ("Uppföljning våren 2025", "████████▓▒▒▒░░░", [8, 1, 3, 3]),
      ("Uppföljning hösten 2025", "████████▓▒▒▒▒░░", [8, 1, 4, 2]),
      ("Uppföljning 2026", "█████████▓▒▒░░░", [9, 1, 2, 3]),
    ]
    for (title, bar, counts) in bars {
      let counted =
        width == 100
        ? zip(["Ja", "I allt väsentligt", "Delvis", "Nej"], counts).map { "\($0) \($1)" }
          .joined(separator: ", ")
        : zip(["█", "▓", "▒", "░"], counts).map { "\($0) \($1)" }.joined(separator: "  ")
      #expect(
        screen.contains { $0.contains(" \(title) ") && $0.contains(bar + "  " + counted) },
        "\(title)\n\(screen.joined(separator: "\n"))")
    }
  }
}
