extension Schema {
  /// Why a key figure, or a section of a training snapshot, no longer
  /// applies (NULL: it does): retired, as sections, questions and
  /// recommendations are (v9), never deleted. Lower-case names, so
  /// PostgreSQL's history check needs nothing new.
  static let v13RetiredFigures = Migration(
    id: "v13-retired-figures",
    sqlite: #"""
      ALTER TABLE keyFigure ADD COLUMN retired TEXT;
      ALTER TABLE trainingCount ADD COLUMN retired TEXT;
      """#,
    postgres: [
      #"ALTER TABLE keyFigure ADD COLUMN retired text COLLATE "C""#,
      #"ALTER TABLE trainingCount ADD COLUMN retired text COLLATE "C""#,
    ])
}
