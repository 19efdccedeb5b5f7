/// What each schema upgrade brings, as messages name it: a person reads
/// "people and their keys", not the migration's id. An id this version
/// does not know (a newer Granska's) can only be shown as it is.
public enum UpgradeWords {
  public static func describe(_ migration: String, in language: Language) -> String {
    guard let words = known[migration] else { return migration }
    return language(words.swedish, words.english)
  }

  public static func describe(_ migrations: [String], in language: Language) -> String {
    migrations.map { describe($0, in: language) }.joined(separator: ", ")
  }

  private static let known: [String: (swedish: String, english: String)] = [
    "v1": ("grundtabellerna", "the base tables"),
    "v2-editors": ("listan över redigerare", "the list of editors"),
    "v3-target-period": ("utbildningsmålets period", "the training target's period"),
    "v4-people": ("personer och deras nycklar", "people and their keys"),
    "v5-training-title": ("utbildningens namn", "the training's name"),
    "v6-revision": ("revisionsnummer för snabbare sparande", "revision numbers for faster saves"),
    "v7-trusted-history": (
      "historik som bara databasen skriver (PostgreSQL)",
      "a history only the database writes (PostgreSQL)"
    ),
    "v8-owners": ("ägarkatalogen för påminnelser", "the owner directory for reminders"),
    "v9-structure": (
      "granskningens period, och utgångna avsnitt, frågor och rekommendationer",
      "the audit's period, and retired sections, questions and recommendations"
    ),
    "v10-earlier-due-dates": (
      "tidigare förfallodatum när ett ändras",
      "the earlier due dates when one is revised"
    ),
    "v11-moves": (
      "avsnitt, frågor och rekommendationer som flyttas (PostgreSQL)",
      "sections, questions and recommendations moved (PostgreSQL)"
    ),
    "v12-own-statuses-and-opinions": (
      "granskningens egna statusord och omdömen per avsnitt",
      "the audit's own status words and opinions per section"
    ),
    "v13-retired-figures": (
      "utgångna nyckeltal och sektioner i utbildningsmätningar",
      "retired key figures and sections of training snapshots"
    ),
    "v15-deferred-references": (
      "referenser prövas när ändringen sparas, som i nya databaser (PostgreSQL)",
      "references checked when a change is saved, as in new databases (PostgreSQL)"
    ),
    "v14-moved-figures": (
      "nyckeltal och sektioner i utbildningsmätningar flyttade (PostgreSQL)",
      "key figures and sections of training snapshots moved (PostgreSQL)"
    ),
    "v16-recommendation-reference": (
      "rekommendationens nummer eller rubrik i rapporten",
      "a recommendation's number or heading in the report"
    ),
  ]
}
