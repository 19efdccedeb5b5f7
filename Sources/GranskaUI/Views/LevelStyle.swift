import GranskaDomain
import GranskaText

extension LevelRole {
  var styleRole: StyleRole {
    switch self {
    case .good: .levelGood
    case .fair: .levelFair
    case .warn: .levelWarn
    case .bad: .levelBad
    case .none: .levelNone
    }
  }
}

/// A level as a labelled, coloured cell: readable with and without colour.
func levelCell(_ level: Level?, width: Int) -> Span {
  guard let level else { return Span(DisplayWidth.pad(" –", to: width), Style(.levelNone)) }
  return Span(DisplayWidth.pad(" " + level.label, to: width), Style(level.role.styleRole))
}

/// The character a level is drawn with in a bar, so that bars read
/// without colour too: shades from the best level down, a dot for "not
/// assessed". `index` is the level's place in `Strings.levelRows`.
func levelMark(_ index: Int, role: LevelRole) -> String {
  guard role != .none else { return "·" }
  let marks = ["█", "▓", "▒", "░", "▚", "▞", "▤", "▥"]
  return marks[index % marks.count]
}

/// A stacked bar of a round's levels, `width` cells shared out by count,
/// each level in its mark and its colour (`Style.ink`).
func levelBar(_ counts: [Int], roles: [LevelRole], width: Int) -> Line {
  zip(apportion(counts, into: width).enumerated(), roles).compactMap { part, role in
    let (index, cells) = part
    guard cells > 0 else { return nil }
    return Span(
      String(repeating: levelMark(index, role: role), count: cells),
      Style(role.styleRole, ink: true))
  }
}

/// A horizontal bar of completed / started / not started, with the target
/// marked. Shapes differ (█ ▒ ░) so it reads without colour too.
func trainingBar(_ counts: SectionTraining, target: Int, width: Int) -> Line {
  guard width > 0 else { return [] }
  let total = max(counts.employees, 1)
  let completed = counts.completed * width / total
  let started = min(
    width - completed, (counts.completed + counts.started) * width / total - completed)
  let targetColumn = min(width - 1, target * width / 100)
  var spans: Line = []
  for column in 0..<width {
    let span: Span
    if column == targetColumn {
      span = Span("│", Style(.barTarget))
    } else if column < completed {
      span = Span("█", Style(.barCompleted))
    } else if column < completed + started {
      span = Span("▒", Style(.barStarted))
    } else {
      span = Span("░", Style(.barNotStarted))
    }
    if let last = spans.last, last.style == span.style {
      spans[spans.count - 1].text += span.text
    } else {
      spans.append(span)
    }
  }
  return spans
}
