/// Granska's tables in PostgreSQL are SQLite's, made by the same migrations
/// (`Schema`) in PostgreSQL's own text: names unquoted (PostgreSQL folds
/// them to lower case), text compared byte by byte (`COLLATE "C"`, as
/// SQLite does), and what only a server can do:
///
/// - group roles `granska_editor` and `granska_viewer`, granted on these
///   tables: a viewer may read every table and change none, by any path;
/// - every history row names `session_user` and the server's time, stamped
///   by a trigger (`granska_stamp`), except for the schema's owner, who may
///   write history as it was (`granska copy`);
/// - a change to an audit's tables in a transaction that wrote no history
///   row for that audit gets one from the database at commit
///   (`granska_raw_change`), so an edit in `psql` still leaves history;
/// - writers take turns (`granska_turn`), by any path;
/// - each commit that writes history notifies channel `granska`, which
///   every open dashboard listens on.
enum PostgresSchema {
  /// The migrations' ids, as on SQLite, so a migration's id means one thing.
  static var migrations: [String] { Schema.migrations.map(\.id) }

  /// Advisory lock every writer holds until it commits: writers take turns,
  /// as SQLite's write lock makes them, so history times and ids follow
  /// the order of saving. The migrations' functions name the same number.
  static let writeLock: Int64 = 0x6772_616e_736b_61  // "granska"

  /// The group roles, made when missing (roles belong to the whole server,
  /// and another database may have made them first).
  static let roles = ["granska_editor", "granska_viewer"].map { role in
    """
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(role)') THEN
        CREATE ROLE \(role) NOLOGIN;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$
    """
  }
}
