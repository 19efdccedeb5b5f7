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
