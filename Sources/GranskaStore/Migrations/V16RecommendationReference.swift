extension Schema {
  /// A recommendation's own number or heading in the report ("3.2";
  /// NULL: none given). A lower-case name, so PostgreSQL's history check
  /// needs nothing new.
  static let v16RecommendationReference = Migration(
    id: "v16-recommendation-reference",
    sqlite: #"""
      ALTER TABLE recommendation ADD COLUMN reference TEXT;
      """#,
    postgres: [
      #"ALTER TABLE recommendation ADD COLUMN reference text COLLATE "C""#
    ])
}
