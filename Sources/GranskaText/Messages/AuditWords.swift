import GranskaDomain

// The words of the domain's facts: broken rules, refused edits.

extension AuditProblem: Worded {
  public func message(in language: Language) -> String {
    let q = { quoted($0, language) }
    return switch self {
    case .emptyID(let kind):
      language("\(kind.noun.definite) saknar id", "\(kind.noun.english) id is empty")
    case .duplicateID(let kind, let id):
      language(
        "id:t \(q(id)) används av två \(kind.noun.plural)",
        "duplicate \(kind.noun.english) id \(q(id))")
    case .emptyTitle: language("rubriken är tom", "title is empty")
    case .noLevels:
      language("bedömningsskalan har inga nivåer", "the assessment scale has no levels")
    case .unknownLevel(let id, let scale):
      language(
        "okänd nivå \(q(id)) (skalan har: \(listed(scale)))",
        "unknown level \(q(id)) (the scale has: \(listed(scale)))")
    case .emptyQuestionText: language("frågans text är tom", "question text is empty")
    case .unknownSection(let id): language("okänt avsnitt \(q(id))", "unknown section \(q(id))")
    case .auditRoundNotFirst:
      language(
        "bara den första omgången kan vara revisorns", "only the first round can be the auditor's")
    case .followUpNeedsDate:
      language("en uppföljningsomgång behöver ett datum", "a follow-up round needs a date")
    case .noRounds: language("granskningen har inga bedömningsomgångar", "the audit has no rounds")
    case .remarkNeedsLevel:
      language("välj en nivå för att kunna spara en anmärkning", "choose a level to keep a remark")
    case .unknownQuestion(let id): language("okänd fråga \(q(id))", "unknown question \(q(id))")
    case .assessedTwice(let id):
      language(
        "frågan \(q(id)) bedöms två gånger i samma omgång",
        "question \(q(id)) is assessed twice in this round")
    case .opinionTwice(let id):
      language(
        "avsnittet \(q(id)) har två omdömen i samma omgång",
        "section \(q(id)) has two opinions in this round")
    case .emptyText: language("texten är tom", "text is empty")
    case .snapshotExists(let day):
      language(
        "det finns redan en utbildningsmätning för \(day)",
        "a training snapshot for \(day) already exists")
    case .targetOutOfRange(let value):
      language("målet måste vara 0–100 %, inte \(value)", "target must be 0–100 %, not \(value)")
    case .emptySectionName: language("sektionens namn är tomt", "section name is empty")
    case .sectionTwice(let name):
      language("sektionen \(q(name)) finns två gånger", "section \(q(name)) appears twice")
    case .negativeCount(let field, let value):
      language(
        "\(Language.sv.strings[field.label]) (\(field.rawValue)) kan inte vara negativt (\(value))",
        "\(field.rawValue) cannot be negative (\(value))")
    case .countsExceedEmployees(let completed, let started, let employees):
      language(
        "genomfört (\(completed)) + påbörjat (\(started)) är fler än anställda (\(employees))",
        "completed (\(completed)) + started (\(started)) exceeds employees (\(employees))")
    case .unknownStatus(let text, let declared):
      language(
        "okänd status \(q(text)) (\(listed(Self.statuses(.sv) + declared)))",
        "unknown status \(q(text)) (\(listed(Self.statuses(.en) + declared)))")
    case .emptyNote: language("anteckningen är tom", "the note is empty")
    // The form's words for the same mistake: one home for both.
    case .notADate(let text): "\(q(text)) \(language.strings[.notADate])"
    case .notACount(let text):
      language("\(q(text)) är inget heltal ≥ 0", "\(q(text)) is not a whole number ≥ 0")
    case .notANumber(let text):
      language(
        "\(q(text)) är inget tal (t.ex. 12,5 eller 12.5)", "\(q(text)) is not a number (e.g. 12.5)")
    case .idTaken(let id):
      language(
        "id:t \(q(id)) är redan använt (också utgångnas id är upptagna); välj ett annat",
        "id \(q(id)) is already taken (retired ones' ids too); choose another")
    case .retiredItem(let kind, let id):
      language(
        "\(kind.noun.definite) \(q(id)) har utgått", "\(kind.noun.english) \(q(id)) is retired")
    case .emptyReason: language("ange varför (--reason)", "say why (--reason)")
    case .noLinkedQuestion:
      language(
        "ange minst en fråga som rekommendationen besvarar",
        "name at least one question the recommendation answers")
    case .undeclaredPriority(let word, let declared):
      language(
        declared.isEmpty
          ? "granskningen anger inga prioriteringar (\(q(word)))"
          : "okänd prioritering \(q(word)) (granskningen har: \(listed(declared)))",
        declared.isEmpty
          ? "the audit declares no priorities (\(q(word)))"
          : "unknown priority \(q(word)) (the audit has: \(listed(declared)))")
    case .responseNeedsAgreement:
      language(
        "ange först om ledningen instämmer (--response agreed, partly-agreed eller not-agreed)",
        "say first whether management agrees (--response agreed, partly-agreed or not-agreed)")
    case .unknownAgreement(let word):
      language(
        "okänt ställningstagande \(q(word)) (instämmer, instämmer delvis, instämmer inte)",
        "unknown agreement \(q(word)) (agreed, partly agreed, not agreed)")
    case .controlCharacter(let scalar):
      language(
        "styrtecknet \(ControlCharacters.name(scalar)) hör inte hemma i en text (en terminal "
          + "skulle lyda det); ta bort det",
        "the control character \(ControlCharacters.name(scalar)) has no place in a text (a "
          + "terminal would obey it); remove it")
    }
  }

  private static func statuses(_ language: Language) -> [String] {
    [.statusNotStarted, .statusInProgress, .statusDone, .statusNotApplicable].map {
      language.strings[$0].lowercased()
    }
  }
}

extension AuditProblem.Kind {
  /// The kind's noun: in Swedish definite and plural, in English.
  fileprivate var noun: (definite: String, plural: String, english: String) {
    switch self {
    case .audit: ("granskningen", "granskningar", "audit")
    case .level: ("nivån", "nivåer", "level")
    case .section: ("avsnittet", "avsnitt", "section")
    case .question: ("frågan", "frågor", "question")
    case .round: ("omgången", "omgångar", "round")
    case .recommendation: ("rekommendationen", "rekommendationer", "recommendation")
    case .keyFigure: ("nyckeltalet", "nyckeltal", "key figure")
    case .priority: ("prioriteringen", "prioriteringar", "priority")
    case .status: ("statusen", "statusar", "status")
    }
  }
}

extension AuditItem: Worded {
  /// The item named: "rekommendationen ”R1”" / "recommendation "R1"".
  public func message(in language: Language) -> String {
    let q = { quoted($0, language) }
    return switch self {
    case .audit(let id): language("granskningen \(q(id))", "audit \(q(id))")
    case .recommendation(let id): language("rekommendationen \(q(id))", "recommendation \(q(id))")
    case .question(let id): language("frågan \(q(id))", "question \(q(id))")
    case .section(let id): language("avsnittet \(q(id))", "section \(q(id))")
    case .round(let id): language("omgången \(q(id))", "round \(q(id))")
    case .snapshot(let day): language("utbildningsmätningen \(day)", "training snapshot \(day)")
    case .trainingSection(let name, let day):
      language("sektionen \(q(name)) i mätningen \(day)", "section \(q(name)) on \(day)")
    case .keyFigure(let id): language("nyckeltalet \(q(id))", "key figure \(q(id))")
    }
  }
}

extension ValidationIssue: Worded {
  /// "path: what is wrong".
  public func message(in language: Language) -> String {
    placed(path, problem.message(in: language))
  }
}

extension EditError: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .notFound(let item):
      language("\(item.message(in: .sv)) finns inte", "\(item.message(in: .en)) does not exist")
    case .auditorsRound(let id):
      language(
        "revisorns omgång \(quoted(id, .sv)) kan inte ändras",
        "the auditor's round \(quoted(id, .en)) is read-only")
    case .invalid(let field, let problem): placed(field, problem.message(in: language))
    }
  }
}
