import Foundation
import GranskaDomain
import GranskaFormat
import GranskaText
import GranskaUI
import Testing

/// The built-in audit as the dashboard gets it, on a fixed day so that
/// "overdue" and snapshots do not change with the calendar.
func builtInData(today: String = "2026-11-29") -> DashboardData {
  let audit = try! BuiltInAudit.document().audits[0]
  return DashboardData(
    audit: audit,
    audits: [
      AuditHeader(
        id: audit.id, title: audit.title, organisation: audit.organisation, year: audit.year)
    ],
    history: [], today: Day(today)!)
}

/// A dashboard after a sequence of events, e.g. keys typed by a user.
func dashboard(
  _ data: DashboardData = builtInData(), width: Int = 80, height: Int = 24,
  language: Language = .sv,
  keys: [Key] = []
) -> Dashboard {
  var dashboard = Dashboard(
    data: data, language: language, size: Size(width: width, height: height))
  for key in keys { _ = dashboard.handle(.key(key)) }
  return dashboard
}

/// Keys from a string: each character is a key, except the names in braces,
/// e.g. "2j{down}{tab}".
func keys(_ text: String) -> [Key] {
  var keys: [Key] = []
  var name: String? = nil
  for character in text {
    if character == "{" {
      name = ""
      continue
    }
    if character == "}", let n = name {
      keys.append(named[n]!)
      name = nil
      continue
    }
    if name != nil { name!.append(character) } else { keys.append(.character(character)) }
  }
  return keys
}

private let named: [String: Key] = [
  "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pgdn": .pageDown,
  "home": .home, "end": .end, "enter": .enter, "esc": .escape, "tab": .tab, "btab": .backTab,
  "bs": .backspace, "del": .delete, "ctrl-r": .control("r"),
  "ctrl-u": .control("u"),
]

/// The built-in audit followed up three times, on different dates: Q8
/// improves in the second follow-up and again in the last, where Q9 gets worse.
func threeRoundsData() -> DashboardData {
  var data = builtInData()
  let audit = data.audit.rounds[0]
  func followUp(_ id: String, _ title: String, _ date: String, _ levels: [String: String])
    -> AssessmentRound
  {
    var round = audit
    round.id = id
    round.title = title
    round.kind = .followUp
    round.date = Day(date)
    for (question, level) in levels {
      let index = round.assessments.firstIndex { $0.question == question }!
      round.assessments[index].level = level
    }
    return round
  }
  data.audit.rounds += [
    followUp("uppfoljning-2025-03-14", "Uppföljning våren 2025", "2025-03-14", [:]),
    followUp(
      "uppfoljning-2025-09-15", "Uppföljning hösten 2025", "2025-09-15", ["Q8": "delvis"]),
    followUp(
      "uppfoljning-2026-03-16", "Uppföljning 2026", "2026-03-16", ["Q8": "ja", "Q9": "nej"]),
  ]
  return data
}

/// The built-in audit with a second training snapshot, in which Lärande has
/// gone from 26 % to 71 % completed.
func twoSnapshotsData() -> DashboardData {
  var data = builtInData()
  var later = data.audit.training[0]
  later.date = Day("2024-06-01")!
  later.sections[0].completed = 300
  data.audit.training.append(later)
  return data
}

/// The second audit (Tests/Corpus/second-audit.yaml): another organisation,
/// a three-level scale without "not assessed", three rounds, ten training
/// sections. Nothing of it may look foreign next to the built-in one.
func secondAudit() -> Audit {
  let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpus/second-audit.yaml")
  return try! InterchangeDocument.decode(
    Data(contentsOf: file), format: .yaml, fileName: "second-audit.yaml"
  ).audits[0]
}

func secondAuditData(today: String = "2026-11-29") -> DashboardData {
  let audit = secondAudit()
  let builtIn = builtInData().audit
  return DashboardData(
    audit: audit,
    audits: [audit, builtIn].map {
      AuditHeader(id: $0.id, title: $0.title, organisation: $0.organisation, year: $0.year)
    },
    history: [], today: Day(today)!)
}

/// What a user reads on the screen, found by what it says rather than by
/// line number, so that tests survive a change of layout.
extension Dashboard {
  var screen: [String] { render().lines }

  /// The status bar: the last line.
  var statusBar: String { screen.last ?? "" }

  /// The list's rows of items (questions, recommendations), top down, each
  /// without its marker ("›" selected, "!" overdue).
  var itemRows: [String] {
    let lines = screen
    // Above a detail pane stacked below the list (its text may name items too).
    let end = lines.firstIndex { $0.contains("Detaljer") } ?? lines.count
    return lines[..<end].compactMap { line in
      let text = line.dropFirst()
      guard let first = line.first, "›! ".contains(first),
        text.range(of: "^[QR][0-9]+ ", options: .regularExpression) != nil
      else { return nil }
      return String(text)
    }
  }

  /// The ids of the items the list shows, top down.
  var shownIDs: [String] { itemRows.map { String($0.prefix { $0 != " " }) } }

  /// The selected row (marked "›" in the list), without the marker.
  var selectedRow: String {
    screen.first { $0.hasPrefix("›") }.map { String($0.dropFirst()) } ?? ""
  }

  /// The id of the selected item (a question, a recommendation), if one is selected.
  var selectedID: String? {
    let id = selectedRow.prefix { $0 != " " }
    return id.isEmpty ? nil : String(id)
  }

  /// The detail pane as stacked below the list: the lines under its title
  /// ("Detaljer"), above the status bar.
  var detailPane: String {
    let lines = screen
    guard let title = lines.firstIndex(where: { $0.contains("Detaljer") }) else { return "" }
    return lines[(title + 1)..<(lines.count - 1)].joined(separator: "\n")
  }

  /// The row of an item, by its id, without its marker.
  func row(_ id: String) -> String? { itemRows.first { $0.hasPrefix("\(id) ") } }
}

extension CellGrid {
  /// Where a text first shows on the screen, in columns and rows.
  func position(of text: String) -> (x: Int, y: Int)? {
    for (y, line) in lines.enumerated() {
      guard let range = line.range(of: text) else { continue }
      return (DisplayWidth.of(String(line[..<range.lowerBound])), y)
    }
    return nil
  }
}

/// A click of the mouse where a text shows.
func click(on text: String, in board: inout Dashboard, kind: MouseEvent.Kind = .press) {
  guard let place = board.render().position(of: text) else {
    Issue.record("\(text) is not on the screen")
    return
  }
  _ = board.handle(.mouse(MouseEvent(kind: kind, x: place.x, y: place.y)))
}
