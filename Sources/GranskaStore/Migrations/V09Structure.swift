extension Schema {
  /// Any audit entered by hand: its period in words ("2024/25"), its own
  /// priority words (a JSON list, NULL: none) and a recommendation's
  /// priority, management's response to it (whether it agrees, NULL: no
  /// response; its words, date and officer), and why a section, question
  /// or recommendation was retired (NULL: it applies). Lower-case names:
  /// PostgreSQL's history check names a field as its column. Retiring is an
  /// update of that column, so PostgreSQL's history check
  /// (`granska_raw_change`) covers it as any other field, by its name.
  static let v09Structure = Migration(
    id: "v9-structure",
    sqlite: #"""
      ALTER TABLE audit ADD COLUMN period TEXT;
      ALTER TABLE audit ADD COLUMN priorities TEXT;
      ALTER TABLE recommendation ADD COLUMN priority TEXT;
      ALTER TABLE recommendation ADD COLUMN agreement TEXT
        CHECK (agreement IN ('agreed', 'partly-agreed', 'not-agreed'));
      ALTER TABLE recommendation ADD COLUMN response TEXT;
      ALTER TABLE recommendation ADD COLUMN responded TEXT;
      ALTER TABLE recommendation ADD COLUMN officer TEXT;
      ALTER TABLE section ADD COLUMN retired TEXT;
      ALTER TABLE question ADD COLUMN retired TEXT;
      ALTER TABLE recommendation ADD COLUMN retired TEXT;
      """#,
    postgres: [
      #"ALTER TABLE audit ADD COLUMN period text COLLATE "C""#,
      #"ALTER TABLE audit ADD COLUMN priorities text COLLATE "C""#,
      #"ALTER TABLE recommendation ADD COLUMN priority text COLLATE "C""#,
      #"""
      ALTER TABLE recommendation ADD COLUMN agreement text COLLATE "C"
        CHECK (agreement IN ('agreed', 'partly-agreed', 'not-agreed'))
      """#,
      #"ALTER TABLE recommendation ADD COLUMN response text COLLATE "C""#,
      #"ALTER TABLE recommendation ADD COLUMN responded text COLLATE "C""#,
      #"ALTER TABLE recommendation ADD COLUMN officer text COLLATE "C""#,
      #"ALTER TABLE section ADD COLUMN retired text COLLATE "C""#,
      #"ALTER TABLE question ADD COLUMN retired text COLLATE "C""#,
      #"ALTER TABLE recommendation ADD COLUMN retired text COLLATE "C""#,
    ])
}
