import Testing

@testable import GranskaStore

/// A released migration is never edited, only followed by another
/// (issue 23): each one's text, as SQLite runs it and as PostgreSQL does,
/// is held here by a checksum. A new migration adds its line; a change to
/// a released one fails here, naming it. That a database upgraded from any
/// version then has what a new one has, `UpgradeCatalogueTests` shows.
@Suite struct MigrationTextTests {
  static let released = [
    "v1": "7393c18b655bdc77",
    "v2-editors": "daa05588e01534f0",
    "v3-target-period": "287d61007d309f59",
    "v4-people": "199679f68892d986",
    "v5-training-title": "7b09a0bdfe32b14b",
    "v6-revision": "e1894fcc16ed4475",
    "v7-trusted-history": "4fee301f2add2705",
    "v8-owners": "2465c171caa433cf",
    "v9-structure": "2e8e5018bd797ae7",
    "v10-earlier-due-dates": "3587204b4a9746cf",
    "v11-moves": "1631cfb11e774eec",
    "v12-own-statuses-and-opinions": "c37d29fe36d6fd0e",
    "v13-retired-figures": "7b4abbc7fe4488a3",
    "v14-moved-figures": "9fb3719b7befc725",
    "v15-deferred-references": "7542986c1143b",
    "v16-recommendation-reference": "75a92d42430b3f0b",
  ]

  @Test func noReleasedMigrationChanged() {
    for migration in Schema.migrations {
      let sum = Self.checksum(migration)
      #expect(
        Self.released[migration.id] == sum,
        "\(migration.id): its text is \(sum); a released migration stays as it was")
    }
    #expect(Set(Self.released.keys) == Set(Schema.migrations.map(\.id)))
  }

  @Test func idsAreUniqueAndEachDialectHasItsText() {
    #expect(Set(Schema.migrations.map(\.id)).count == Schema.migrations.count)
    // A migration SQLite needs is one PostgreSQL needs; v7, v11, v14 and
    // v15 are PostgreSQL's own.
    for migration in Schema.migrations where !migration.sqlite.isEmpty {
      #expect(!migration.postgres.isEmpty, "\(migration.id)")
    }
  }

  /// FNV-1a (64 bits) of the texts, as hexadecimal.
  static func checksum(_ migration: Schema.Migration) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in ([migration.sqlite] + migration.postgres).joined(separator: "\u{0}").utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}
