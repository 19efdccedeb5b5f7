extension Schema {
  /// Who may edit a shared database; empty means everyone who can write the file.
  static let v02Editors = Migration(
    id: "v2-editors",
    sqlite: #"""
      CREATE TABLE editor (
        kind TEXT NOT NULL CHECK (kind IN ('account', 'group')),
        name TEXT NOT NULL,
        PRIMARY KEY (kind, name)
      );
      """#,
    postgres: [
      #"""
      CREATE TABLE editor (
        kind text COLLATE "C" NOT NULL CHECK (kind IN ('account', 'group')),
        name text COLLATE "C" NOT NULL,
        PRIMARY KEY (kind, name)
      )
      """#
    ])
}
