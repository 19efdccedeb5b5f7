import Foundation
import GranskaDomain

/// The interface language. Data is always shown as written; only the
/// interface's own words change.
public enum Language: String, CaseIterable, Sendable {
  case sv, en

  public var strings: Strings { Strings(language: self) }
}

extension Strings {
  /// A status as shown: a built-in one's word in this language, an
  /// audit's own by its label as the audit writes it (its id, should the
  /// audit not declare it).
  public func status(_ status: RecommendationStatus, in audit: Audit) -> String {
    self.status(status, declared: audit.statuses)
  }

  /// A status as shown, where only the audit's own statuses are at hand
  /// (none: an audit's own status is shown by its id).
  public func status(_ status: RecommendationStatus, declared: [DeclaredStatus]?) -> String {
    switch status {
    case .notStarted: self[.statusNotStarted]
    case .inProgress: self[.statusInProgress]
    case .done: self[.statusDone]
    case .notApplicable: self[.statusNotApplicable]
    case .declared(let id): declared?.first { $0.id == id }?.label ?? id
    }
  }

  public func agreement(_ agreement: ResponseAgreement) -> String {
    switch agreement {
    case .agreed: self[.agreed]
    case .partlyAgreed: self[.partlyAgreed]
    case .notAgreed: self[.notAgreed]
    }
  }

  /// The agreement a person names: its word in any language ("Instämmer
  /// delvis", "partly agreed") or its id ("partly-agreed"), whatever the case.
  public static func agreement(named word: String) -> ResponseAgreement? {
    let wanted = word.trimmingCharacters(in: .whitespaces).lowercased()
    return ResponseAgreement.allCases.first { agreement in
      agreement.rawValue == wanted
        || Language.allCases.contains { $0.strings.agreement(agreement).lowercased() == wanted }
    }
  }

  /// The status a person names: a built-in one by its word in any
  /// language ("Pågår", "in progress"), or the audit's own by its label
  /// ("Risk accepterad"), or either by its id ("in-progress",
  /// "risk-accepted"), whatever the case.
  public static func status(named word: String, in audit: Audit) -> RecommendationStatus? {
    let wanted = word.trimmingCharacters(in: .whitespaces).lowercased()
    return audit.statusChoices.first { status in
      status.rawValue.lowercased() == wanted
        || Language.allCases.contains {
          $0.strings.status(status, in: audit).lowercased() == wanted
        }
    }
  }

  /// A whole number with the language's thousands separator: "3 849" / "3,849".
  public func number(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var grouped = ""
    for (i, digit) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { grouped += thousandsSeparator }
      grouped.append(digit)
    }
    return (value < 0 ? "-" : "") + grouped
  }

  /// A figure with its unit: "53 %", "3 849 samtal"; decimals use the language's mark.
  public func figure(_ value: Double, unit: String) -> String {
    let text: String
    if let whole = Int(exactly: value) {
      text = number(whole)
    } else {
      text = String(value).replacingOccurrences(of: ".", with: decimalMark)
    }
    if unit == "%" { return text + percentSpacing + "%" }
    return unit.isEmpty ? text : "\(text) \(unit)"
  }

  public func percent(_ value: Int) -> String { "\(value)\(percentSpacing)%" }

  /// The training's heading: the report's own name for it ("Utbildning i
  /// informationssäkerhet"), else the interface's general word.
  public func trainingTitle(of audit: Audit) -> String {
    audit.trainingTitle ?? self[.training]
  }
}
