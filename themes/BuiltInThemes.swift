// The theme files in this folder, compiled into the binary so that a binary
// copied alone to a server still has every built-in theme.

public enum BuiltInThemeFiles {
  /// Theme name → file text, e.g. "dark" → the text of dark.theme.
  public static let all: [String: String] = [
    "dark": text(PackageResources.dark_theme),
    "light": text(PackageResources.light_theme),
    "high-contrast": text(PackageResources.high_contrast_theme),
    "monochrome": text(PackageResources.monochrome_theme),
  ]

  public static let defaultName = "dark"

  private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
