import GranskaDomain

/// Why a command stopped, as facts from the command line's own checks.
/// Store and format errors are their own types; a batch line wraps any of
/// them with its place (`atLine`).
public indirect enum CommandFailure: Error, Sendable, Worded {
  case notADate(option: String, text: String)
  case cannotRead(file: String, SystemError)
  case notUTF8(file: String)
  /// Input past the command's limit: it stopped reading there, nothing saved.
  case tooLarge(file: String, megabytes: Int)
  /// A line longer than a line may be (a batch's, a CSV row).
  case lineTooLong(file: String, line: Int, megabytes: Int)
  case notValidCSV(file: String, detail: String)
  case missingColumn(file: String, column: String, needed: [String])
  case emptySection(file: String, line: Int)
  case notACount(file: String, line: Int, column: String, text: String)
  case badRow(file: String, line: Int, ValidationIssue)
  case noRows(file: String)
  case batchInBatch(file: String, line: Int)
  case unfinishedQuote(file: String, line: Int)
  /// A batch line that failed: its own failure, with its place.
  case atLine(file: String, line: Int, any Worded)
  /// The command line's parser refused a batch line, in its own words.
  case badArguments(file: String, line: Int, detail: String)
  case csvNeedsTableOrDirectory
  case notADirectory(path: String)
  case cannotWrite(path: String, SystemError)
  case cannotWriteStandardOutput(SystemError)
  case outputIsADirectory(path: String)
  case outputDirectoryMissing(path: String)
  /// Writing into an existing file failed midway; the whole text is in `copy`.
  case partlyWritten(path: String, SystemError, copy: String)
  case chooseAudit(ids: [String])
  case noAudit
  case unknownTheme(name: String, builtIn: [String])
  case unknownLanguage(variable: String, value: String)
  case nameOneEditor
  case copyNeedsOneDirection
  case cannotCreateDataDirectory(path: String, SystemError)
  /// `--scale` names neither a preset nor a file that exists.
  case unknownScale(String, presets: [String])

  public func message(in language: Language) -> String {
    let q = { quoted($0, language) }
    return switch self {
    case .notADate(let option, let text):
      language(
        "\(option) \(text): inget datum (ÅÅÅÅ-MM-DD, en riktig dag)",
        "\(option) \(text): not a date (YYYY-MM-DD, a real day)")
    case .cannotRead(let file, let reason):
      language(
        "\(file): kan inte läsas: \(reason.message(in: .sv))",
        "\(file): cannot read: \(reason.message(in: .en))")
    case .notUTF8(let file): language("\(file): ingen UTF-8-text", "\(file): not UTF-8 text")
    case .tooLarge(let file, let megabytes):
      language(
        "\(file == "-" ? "standard in" : file): större än \(megabytes) MB, gränsen för det här "
          + "kommandot; läsningen avbröts och inget mer sparades",
        "\(file == "-" ? "standard input" : file): larger than \(megabytes) MB, this command's "
          + "limit; reading stopped and nothing more was saved")
    case .lineTooLong(let file, let line, let megabytes):
      language(
        "\(file):\(line): raden är längre än \(megabytes) MB, gränsen för en rad; läsningen "
          + "avbröts och inget mer sparades",
        "\(file):\(line): the line is longer than \(megabytes) MB, the limit for one line; "
          + "reading stopped and nothing more was saved")
    case .notValidCSV(let file, let detail):
      language("\(file): ingen giltig CSV: \(detail)", "\(file): not valid CSV: \(detail)")
    case .missingColumn(let file, let column, let needed):
      language(
        "\(file):1: kolumnen \(q(column)) saknas (behövs: \(needed.joined(separator: ",")))",
        "\(file):1: missing column \(q(column)) (needed: \(needed.joined(separator: ",")))")
    case .emptySection(let file, let line):
      language("\(file):\(line): sektionen saknar namn", "\(file):\(line): the section is empty")
    case .notACount(let file, let line, let column, let text):
      language(
        "\(file):\(line): \(column) \(q(text)) är inget heltal ≥ 0",
        "\(file):\(line): \(column) \(q(text)) is not a whole number ≥ 0")
    case .noRows(let file):
      language("\(file): inga rader efter rubrikraden", "\(file): no rows after the header")
    case .batchInBatch(let file, let line):
      language(
        "\(file):\(line): batch kan inte köra batch", "\(file):\(line): batch cannot run batch")
    case .unfinishedQuote(let file, let line):
      language("\(file):\(line): citattecknet avslutas aldrig", "\(file):\(line): unfinished quote")
    case .badArguments(let file, let line, let detail):
      language("\(file):\(line): \(detail)", "\(file):\(line): \(detail)")
    case .csvNeedsTableOrDirectory:
      language(
        "csv: välj en tabell med --table, eller en katalog med -o",
        "csv: choose a table with --table, or a directory with -o")
    case .notADirectory(let path):
      language(
        "\(path): ingen katalog (csv utan --table skriver en fil per tabell)",
        "\(path): not a directory (csv without --table writes one file per table)")
    case .cannotWrite(let path, let reason):
      language(
        "\(path): kan inte skrivas: \(reason.message(in: .sv))",
        "\(path): cannot write: \(reason.message(in: .en))")
    case .cannotWriteStandardOutput(let reason):
      language(
        "standard output kan inte skrivas: \(reason.message(in: .sv)); utdata är ofullständiga",
        "cannot write standard output: \(reason.message(in: .en)); the output is incomplete")
    case .outputIsADirectory(let path): language("\(path) är en katalog", "\(path) is a directory")
    case .outputDirectoryMissing(let path):
      language("katalogen \(path) finns inte", "the directory \(path) does not exist")
    case .partlyWritten(let path, let reason, let copy):
      language(
        "\(path): kunde inte skrivas färdigt (\(reason.message(in: .sv))); "
          + "hela texten finns i \(copy)",
        "\(path): could not be written completely (\(reason.message(in: .en))); "
          + "the whole text is in \(copy)")
    case .chooseAudit(let ids):
      language(
        "databasen har \(ids.count) granskningar; välj en med --audit (\(listed(ids)))",
        "the database holds \(ids.count) audits; name one with --audit (\(listed(ids)))")
    case .noAudit:
      language(
        "databasen har ingen granskning; lägg till en med ”granska new” eller ”granska import”",
        "the database holds no audit; add one with 'granska new' or 'granska import'")
    case .unknownScale(let name, let presets):
      language(
        "--scale \(name): ingen skala Granska har (\(listed(presets))) och ingen fil",
        "--scale \(name): no scale Granska has (\(listed(presets))) and no file")
    case .unknownTheme(let name, let builtIn):
      language(
        "okänt tema \(q(name)) (inbyggda: \(listed(builtIn)); eller sökvägen till en .theme-fil)",
        "unknown theme \(q(name)) (built in: \(listed(builtIn)); or the path of a .theme file)")
    case .unknownLanguage(let variable, let value):
      language(
        "\(variable): okänt språk \(q(value)); ange sv (svenska) eller en (engelska)",
        "\(variable): unknown language \(q(value)); give sv (Swedish) or en (English)")
    case .nameOneEditor:
      language(
        "ange precis ett --account eller en --group", "name exactly one --account or --group")
    case .copyNeedsOneDirection: language("ange antingen --to eller --from", "give --to or --from")
    case .cannotCreateDataDirectory(let path, let reason):
      language(
        "\(path): datakatalogen kan inte skapas: \(reason.message(in: .sv))",
        "\(path): cannot create the data directory: \(reason.message(in: .en))")
    case .badRow(let file, let line, let issue):
      language(
        "\(file):\(line): \(issue.problem.message(in: .sv))",
        "\(file):\(line): \(issue.problem.message(in: .en))")
    case .atLine(let file, let line, let failure):
      language(
        "\(file):\(line): \(failure.message(in: .sv))",
        "\(file):\(line): \(failure.message(in: .en))")
    }
  }
}

/// What a command tells a person it did.
public enum CommandNotice: Hashable, Sendable, Worded {
  case added(audit: String)
  case replaced(audit: String)
  case unchanged(audit: String)
  case addedRound(title: String, on: Day)
  case loadedSections(Int, on: Day)
  case wroteTables(Int, directory: String)
  case lineSaved(Int)
  case everyoneMayEdit(path: String)
  case editors(accounts: [String], groups: [String])
  case mayEdit(account: String, Bool)
  case warning(String)
  case addedPart(StructureKind, id: String)
  case addedKeyFigure(id: String)
  case addedTrainingSection(String, on: Day)

  public func message(in language: Language) -> String {
    switch self {
    case .added(let title):
      language("lade till granskningen ”\(title)”", "added the audit “\(title)”")
    case .replaced(let title):
      language("ersatte granskningen ”\(title)”", "replaced the audit “\(title)”")
    case .unchanged(let title):
      language("granskningen ”\(title)” är oförändrad", "the audit “\(title)” is unchanged")
    case .addedRound(let title, let day):
      language("lade till omgången ”\(title)”, \(day)", "added the round “\(title)”, \(day)")
    case .loadedSections(let count, let day):
      language("läste in \(count) sektioner för \(day)", "loaded \(count) sections for \(day)")
    case .wroteTables(let count, let directory):
      language("skrev \(count) tabeller till \(directory)", "wrote \(count) tables to \(directory)")
    case .lineSaved(let line): language("rad \(line): ok", "line \(line): ok")
    case .everyoneMayEdit(let path):
      language("alla som kan skriva i \(path) får ändra", "everyone who can write \(path) may edit")
    case .editors(let accounts, let groups):
      language(
        "får ändra: " + listed(accounts.map { "kontot \($0)" } + groups.map { "gruppen \($0)" }),
        "may edit: " + listed(accounts.map { "account \($0)" } + groups.map { "group \($0)" }))
    case .mayEdit(let account, let may):
      language(
        may ? "\(account) får ändra" : "\(account) får inte ändra",
        may ? "\(account) may edit" : "\(account) may not edit")
    case .warning(let text): language("varning: \(text)", "warning: \(text)")
    case .addedPart(.section, let id): language("lade till avsnittet \(id)", "added section \(id)")
    case .addedPart(.question, let id): language("lade till frågan \(id)", "added question \(id)")
    case .addedPart(.recommendation, let id):
      language("lade till rekommendationen \(id)", "added recommendation \(id)")
    case .addedKeyFigure(let id): language("lade till nyckeltalet \(id)", "added key figure \(id)")
    case .addedTrainingSection(let section, let day):
      language(
        "lade till sektionen \(section) i mätningen \(day)",
        "added section \(section) to the snapshot of \(day)")
    }
  }
}
