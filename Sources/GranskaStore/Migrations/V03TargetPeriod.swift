extension Schema {
  /// When a training target is to be met ("mål 75 % under 2024").
  static let v03TargetPeriod = Migration(
    id: "v3-target-period",
    sqlite: #"ALTER TABLE trainingSnapshot ADD COLUMN targetPeriod TEXT;"#,
    postgres: [
      #"ALTER TABLE trainingSnapshot ADD COLUMN targetPeriod text COLLATE "C""#
    ])
}
