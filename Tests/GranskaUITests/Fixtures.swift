import Foundation
import GranskaDomain
import GranskaFormat
import GranskaText
import GranskaUI

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
