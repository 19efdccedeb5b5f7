import GranskaDomain
import GranskaText

/// The audits as CSV tables, one per kind of row, for spreadsheets: UTF-8
/// with a byte-order mark (so spreadsheet programs read å ä ö right), a
/// header row, RFC 4180 quoting and CRLF line ends. Values are the data as
/// stored (statuses and levels by id). A cell a spreadsheet would take for
/// a formula is neutralised unless `raw` (see `neutralised`).
public enum CSVTable: String, CaseIterable, Sendable {
  case audits, sections, questions, assessments, recommendations, notes, training, keyfigures
  case documents

  public func csv(_ audits: [Audit], raw: Bool = false) -> String {
    let (header, rows) = table(audits)
    // Control characters are shown, never sent: raw means exact otherwise.
    let visible = rows.map { $0.map(Sanitize.visibleControls) }
    let cells = raw ? visible : visible.map { $0.map(Self.neutralised) }
    return "\u{FEFF}" + ([header] + cells).map(CSVTable.line).joined()
  }

  /// A cell that starts as a spreadsheet formula would (`=`, `+`, `-`, `@`,
  /// a tab or a carriage return, or their full-width forms) gets a leading
  /// apostrophe, so it is shown as text and never run: OWASP's advice on CSV
  /// injection (CWE-1236). Plain numbers ("-5", "+46") stay numbers.
  static func neutralised(_ cell: String) -> String {
    guard let first = cell.unicodeScalars.first, formulaStarts.contains(first) else { return cell }
    if Double(cell) != nil, cell.allSatisfy({ $0.isNumber || "+-.".contains($0) }) { return cell }
    return "'" + cell
  }

  static let formulaStarts: Set<Unicode.Scalar> = [
    "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
  ]

  func table(_ audits: [Audit]) -> (header: [String], rows: [[String]]) {
    switch self {
    case .audits:
      return (
        [
          "audit", "title", "organisation", "auditor", "commissionedBy", "year", "purpose",
          "overallLevel", "overallAssessment",
        ],
        audits.map {
          [
            $0.id, $0.title, $0.organisation, $0.auditor, $0.commissionedBy, String($0.year),
            $0.purpose, $0.overallLevel, $0.overallAssessment,
          ]
        }
      )
    case .sections:
      return (
        ["audit", "section", "title", "observations", "assessment"],
        audits.flatMap { a in
          a.sections.map { [a.id, $0.id, $0.title, $0.observations, $0.assessment] }
        }
      )
    case .questions:
      return (
        ["audit", "question", "section", "text"],
        audits.flatMap { a in a.questions.map { [a.id, $0.id, $0.section, $0.text] } }
      )
    case .assessments:
      return (
        ["audit", "round", "roundTitle", "roundDate", "kind", "question", "level", "remark"],
        audits.flatMap { a in
          a.rounds.flatMap { round in
            round.assessments.map {
              [
                a.id, round.id, round.title, round.date?.description ?? "", round.kind.rawValue,
                $0.question, $0.level, $0.remark ?? "",
              ]
            }
          }
        }
      )
    case .recommendations:
      return (
        [
          "audit", "recommendation", "text", "questions", "status", "owner", "dueDate",
          "plannedAction", "evidence",
        ],
        audits.flatMap { a in
          a.recommendations.map {
            [
              a.id, $0.id, $0.text, $0.questions.joined(separator: ";"), $0.status.rawValue,
              $0.owner ?? "", $0.dueDate?.description ?? "", $0.plannedAction ?? "",
              $0.evidence.joined(separator: "\n"),
            ]
          }
        }
      )
    case .notes:
      return (
        ["audit", "recommendation", "date", "author", "text"],
        audits.flatMap { a in
          a.recommendations.flatMap { r in
            r.notes.map { [a.id, r.id, $0.date.description, $0.author ?? "", $0.text] }
          }
        }
      )
    case .training:
      return (
        [
          "audit", "date", "section", "employees", "completed", "started", "notStarted",
          "targetPercent", "targetPeriod", "illustrative", "source",
        ],
        audits.flatMap { a in
          a.training.flatMap { s in
            s.sections.map {
              [
                a.id, s.date.description, $0.section, String($0.employees), String($0.completed),
                String($0.started), String($0.notStarted), String(s.targetPercent),
                s.targetPeriod ?? "", s.illustrative ? "true" : "false", s.source,
              ]
            }
          }
        }
      )
    case .keyfigures:
      return (
        ["audit", "figure", "name", "value", "unit", "period", "source"],
        audits.flatMap { a in
          a.keyFigures.map {
            [
              a.id, $0.id, $0.name, Int(exactly: $0.value).map(String.init) ?? String($0.value),
              $0.unit, $0.period, $0.source,
            ]
          }
        }
      )
    case .documents:
      return (
        ["audit", "title", "issuedBy", "date", "reference", "note"],
        audits.flatMap { a in
          a.documents.map {
            [
              a.id, $0.title, $0.issuedBy, $0.date?.description ?? "", $0.reference ?? "",
              $0.note ?? "",
            ]
          }
        }
      )
    }
  }

  static func line(_ fields: [String]) -> String {
    fields.map(quote).joined(separator: ",") + "\r\n"
  }

  /// Quoted when it holds a comma, quote, line break or edge white space;
  /// quotes doubled.
  static func quote(_ field: String) -> String {
    let special = field.contains {
      $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";"
    }
    guard special || field.first?.isWhitespace == true || field.last?.isWhitespace == true else {
      return field
    }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
