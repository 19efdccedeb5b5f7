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
