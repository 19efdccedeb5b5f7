/// The words of the manual pages (`granska generate-manual`) that are not
/// already the help's: the pages' own headings, and the hidden command that
/// writes them. ARGUMENT, FLAGGOR and UNDERKOMMANDON, "värden" and "förval"
/// are `ParserWord`'s, as in `--help`.
public enum ManualWord: CaseIterable, Sendable {
  case name, synopsis, description, seeAlso, environment
  /// The manual's title in each page's header and footer.
  case title
  /// What `GRANSKA_DB`, `GRANSKA_LANG`, `GRANSKA_THEME` and `NO_COLOR` do.
  case database, language, theme, noColor
  case generateAbstract, generateDiscussion, generateOutput
}

extension ManualWord: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .name: language("NAMN", "NAME")
    case .synopsis: language("SYNOPSIS", "SYNOPSIS")
    case .description: language("BESKRIVNING", "DESCRIPTION")
    case .seeAlso: language("SE ÄVEN", "SEE ALSO")
    case .environment: language("MILJÖVARIABLER", "ENVIRONMENT")
    case .title: language("Granskas handbok", "Granska Manual")
    case .database:
      language(
        "Databasen när --db inte anges: en sökväg eller en postgresql://-adress.",
        "The database when --db is not given: a path or a postgresql:// address.")
    case .language:
      language(
        "Språket när --lang inte anges: sv eller en.",
        "The language when --lang is not given: sv or en.")
    case .theme: language("Temat när --theme inte anges.", "The theme when --theme is not given.")
    case .noColor:
      language(
        "Satt till något annat än tomt: ingen färg.",
        "Set to anything but the empty string: no colour.")
    case .generateAbstract:
      language(
        "Skriv manualsidorna (roff) för alla kommandon på ett språk.",
        "Write the manual pages (roff) of every command in one language.")
    case .generateDiscussion:
      language(
        """
        Sidorna görs av samma texter som --help, på det språk som --lang anger,
        en sida per kommando: granska.1, granska-export.1, granska-set-recommendation.1, …
        (man granska export hittar den andra). Datumet i sidhuvudet är
        $SOURCE_DATE_EPOCH när den är satt, annars i dag.
        """,
        """
        The pages are made from the same texts as --help, in the language --lang
        names, one page per command: granska.1, granska-export.1,
        granska-set-recommendation.1, … (man granska export finds the second).
        The date in the page header is $SOURCE_DATE_EPOCH when set, else today.
        """)
    case .generateOutput:
      language(
        "Katalogen som sidorna skrivs till (skapas vid behov).",
        "The directory the pages are written to (made when missing).")
    }
  }
}
