extension Schema {
  /// The report's own name for the training it follows up.
  static let v05TrainingTitle = Migration(
    id: "v5-training-title",
    sqlite: #"ALTER TABLE audit ADD COLUMN trainingTitle TEXT;"#,
    postgres: [
      #"ALTER TABLE audit ADD COLUMN trainingTitle text COLLATE "C""#
    ])
}
