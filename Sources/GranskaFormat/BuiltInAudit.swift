import Foundation
import GranskaDomain

/// The audit Granska ships with: KPMG's 2024 review of Tranemo kommun's
/// information- and IT-security work, compiled into the binary so that a
/// binary copied alone still has it.
public enum BuiltInAudit {
  public static let fileName = "tranemo-2024.yaml"

  public static var yaml: String {
    String(decoding: PackageResources.tranemo_2024_yaml, as: UTF8.self)
  }

  /// The built-in document; a broken built-in file is a build defect, caught by the tests.
  public static func document() throws(FormatError) -> InterchangeDocument {
    try InterchangeDocument.decode(
      Data(PackageResources.tranemo_2024_yaml), format: .yaml, fileName: fileName)
  }
}
