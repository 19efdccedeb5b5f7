import GRDB

/// The database schema: one migration per released change, each in a
/// file of its own as the text each dialect runs — SQLite's, and
/// PostgreSQL's statements, with what only a server has (functions,
/// triggers, grants) — never computed from today's code, so a database
/// upgraded from any version has exactly what a new one has
/// (`UpgradeCatalogueTests`). Never edit a released migration: add one
/// (`MigrationTextTests` holds each to its text).
enum Schema {
  struct Migration: Sendable {
    let id: String
    /// SQLite's statements, run as one script.
    let sqlite: String
    /// PostgreSQL's statements, one at a time.
    let postgres: [String]
  }

  /// The tables that hold an audit, in the order they can be filled. A
  /// migration that adds one gives it its triggers and grants itself.
  static let auditTables = [
    "audit", "level", "document", "section", "question", "round", "assessment",
    "recommendation", "recommendationQuestion", "evidence", "note", "trainingSnapshot",
    "trainingCount", "keyFigure",
  ]

  static let migrations = [
    v01Tables, v02Editors, v03TargetPeriod, v04People, v05TrainingTitle, v06Revision,
    v07TrustedHistory, v08Owners, v09Structure, v10EarlierDueDates, v11Moves,
    v12OwnStatusesAndOpinions, v13RetiredFigures, v14MovedFigures, v15DeferredReferences,
    v16RecommendationReference,
  ]

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for migration in migrations {
      migrator.registerMigration(migration.id) { db in try db.execute(sql: migration.sqlite) }
    }
    return migrator
  }
}
