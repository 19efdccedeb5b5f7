import GranskaDomain

// The words of the domain's facts: broken rules, refused edits.

extension AuditProblem: Worded, Wording {
  public var swedish: String {
    let q = { quoted($0, .sv) }
    return switch self {
    case .emptyID(let kind): "\(kind.swedish.definite) saknar id"
    case .duplicateID(let kind, let id): "id:t \(q(id)) används av två \(kind.swedish.plural)"
    case .emptyTitle: "rubriken är tom"
    case .noLevels: "bedömningsskalan har inga nivåer"
    case .unknownLevel(let id, let scale): "okänd nivå \(q(id)) (skalan har: \(listed(scale)))"
    case .emptyQuestionText: "frågans text är tom"
    case .unknownSection(let id): "okänt avsnitt \(q(id))"
    case .auditRoundNotFirst: "bara den första omgången kan vara revisorns"
    case .followUpNeedsDate: "en uppföljningsomgång behöver ett datum"
    case .noRounds: "granskningen har inga bedömningsomgångar"
    case .remarkNeedsLevel: "välj en nivå för att kunna spara en anmärkning"
    case .unknownQuestion(let id): "okänd fråga \(q(id))"
    case .assessedTwice(let id): "frågan \(q(id)) bedöms två gånger i samma omgång"
    case .opinionTwice(let id): "avsnittet \(q(id)) har två omdömen i samma omgång"
    case .emptyText: "texten är tom"
    case .snapshotExists(let day): "det finns redan en utbildningsmätning för \(day)"
    case .targetOutOfRange(let value): "målet måste vara 0–100 %, inte \(value)"
    case .emptySectionName: "sektionens namn är tomt"
    case .sectionTwice(let name): "sektionen \(q(name)) finns två gånger"
    case .negativeCount(let field, let value):
      "\(Language.sv.strings[field.label]) (\(field.rawValue)) kan inte vara negativt (\(value))"
    case .countsExceedEmployees(let completed, let started, let employees):
      "genomfört (\(completed)) + påbörjat (\(started)) är fler än anställda (\(employees))"
    case .unknownStatus(let text, let declared):
      "okänd status \(q(text)) (\(listed(Self.statuses(.sv) + declared)))"
    case .emptyNote: "anteckningen är tom"
    case .notADate(let text): "\(q(text)) är inget datum (ÅÅÅÅ-MM-DD, en riktig dag)"
    case .notACount(let text): "\(q(text)) är inget heltal ≥ 0"
    case .notANumber(let text): "\(q(text)) är inget tal (t.ex. 12,5 eller 12.5)"
    case .idTaken(let id):
      "id:t \(q(id)) är redan använt (också utgångnas id är upptagna); välj ett annat"
    case .retiredItem(let kind, let id): "\(kind.swedish.definite) \(q(id)) har utgått"
    case .emptyReason: "ange varför (--reason)"
    case .noLinkedQuestion: "ange minst en fråga som rekommendationen besvarar"
    case .undeclaredPriority(let word, let declared):
      declared.isEmpty
        ? "granskningen anger inga prioriteringar (\(q(word)))"
        : "okänd prioritering \(q(word)) (granskningen har: \(listed(declared)))"
    case .responseNeedsAgreement:
      "ange först om ledningen instämmer (--response agreed, partly-agreed eller not-agreed)"
    case .unknownAgreement(let word):
      "okänt ställningstagande \(q(word)) (instämmer, instämmer delvis, instämmer inte)"
    case .controlCharacter(let scalar):
      "styrtecknet \(ControlCharacters.name(scalar)) hör inte hemma i en text (en terminal "
        + "skulle lyda det); ta bort det"
    }
  }

  public var english: String {
    let q = { quoted($0, .en) }
    return switch self {
    case .emptyID(let kind): "\(kind.english) id is empty"
    case .duplicateID(let kind, let id): "duplicate \(kind.english) id \(q(id))"
    case .emptyTitle: "title is empty"
    case .noLevels: "the assessment scale has no levels"
    case .unknownLevel(let id, let scale):
      "unknown level \(q(id)) (the scale has: \(listed(scale)))"
    case .emptyQuestionText: "question text is empty"
    case .unknownSection(let id): "unknown section \(q(id))"
    case .auditRoundNotFirst: "only the first round can be the auditor's"
    case .followUpNeedsDate: "a follow-up round needs a date"
    case .noRounds: "the audit has no rounds"
    case .remarkNeedsLevel: "choose a level to keep a remark"
    case .unknownQuestion(let id): "unknown question \(q(id))"
    case .assessedTwice(let id): "question \(q(id)) is assessed twice in this round"
    case .opinionTwice(let id): "section \(q(id)) has two opinions in this round"
    case .emptyText: "text is empty"
    case .snapshotExists(let day): "a training snapshot for \(day) already exists"
    case .targetOutOfRange(let value): "target must be 0–100 %, not \(value)"
    case .emptySectionName: "section name is empty"
    case .sectionTwice(let name): "section \(q(name)) appears twice"
    case .negativeCount(let field, let value): "\(field.rawValue) cannot be negative (\(value))"
    case .countsExceedEmployees(let completed, let started, let employees):
      "completed (\(completed)) + started (\(started)) exceeds employees (\(employees))"
    case .unknownStatus(let text, let declared):
      "unknown status \(q(text)) (\(listed(Self.statuses(.en) + declared)))"
    case .emptyNote: "the note is empty"
    case .notADate(let text): "\(q(text)) is not a date (YYYY-MM-DD, a real calendar day)"
    case .notACount(let text): "\(q(text)) is not a whole number ≥ 0"
    case .notANumber(let text): "\(q(text)) is not a number (e.g. 12.5)"
    case .idTaken(let id): "id \(q(id)) is already taken (retired ones' ids too); choose another"
    case .retiredItem(let kind, let id): "\(kind.english) \(q(id)) is retired"
    case .emptyReason: "say why (--reason)"
    case .noLinkedQuestion: "name at least one question the recommendation answers"
    case .undeclaredPriority(let word, let declared):
      declared.isEmpty
        ? "the audit declares no priorities (\(q(word)))"
        : "unknown priority \(q(word)) (the audit has: \(listed(declared)))"
    case .responseNeedsAgreement:
      "say first whether management agrees (--response agreed, partly-agreed or not-agreed)"
    case .unknownAgreement(let word):
      "unknown agreement \(q(word)) (agreed, partly agreed, not agreed)"
    case .controlCharacter(let scalar):
      "the control character \(ControlCharacters.name(scalar)) has no place in a text (a "
        + "terminal would obey it); remove it"
    }
  }

  private static func statuses(_ language: Language) -> [String] {
    [.statusNotStarted, .statusInProgress, .statusDone, .statusNotApplicable].map {
      language.strings[$0].lowercased()
    }
  }
}

extension AuditProblem.Kind {
  fileprivate var swedish: (definite: String, plural: String) {
    switch self {
    case .audit: ("granskningen", "granskningar")
    case .level: ("nivån", "nivåer")
    case .section: ("avsnittet", "avsnitt")
    case .question: ("frågan", "frågor")
    case .round: ("omgången", "omgångar")
    case .recommendation: ("rekommendationen", "rekommendationer")
    case .keyFigure: ("nyckeltalet", "nyckeltal")
    case .priority: ("prioriteringen", "prioriteringar")
    case .status: ("statusen", "statusar")
    }
  }

  fileprivate var english: String {
    switch self {
    case .audit: "audit"
    case .level: "level"
    case .section: "section"
    case .question: "question"
    case .round: "round"
    case .recommendation: "recommendation"
    case .keyFigure: "key figure"
    case .priority: "priority"
    case .status: "status"
    }
  }
}

extension AuditItem: Worded {
  /// The item named: "rekommendationen ”R1”" / "recommendation "R1"".
  public func message(in language: Language) -> String {
    let q = { quoted($0, language) }
    return switch (self, language) {
    case (.audit(let id), .sv): "granskningen \(q(id))"
    case (.recommendation(let id), .sv): "rekommendationen \(q(id))"
    case (.question(let id), .sv): "frågan \(q(id))"
    case (.section(let id), .sv): "avsnittet \(q(id))"
    case (.round(let id), .sv): "omgången \(q(id))"
    case (.snapshot(let day), .sv): "utbildningsmätningen \(day)"
    case (.trainingSection(let name, let day), .sv): "sektionen \(q(name)) i mätningen \(day)"
    case (.keyFigure(let id), .sv): "nyckeltalet \(q(id))"
    case (.audit(let id), .en): "audit \(q(id))"
    case (.recommendation(let id), .en): "recommendation \(q(id))"
    case (.question(let id), .en): "question \(q(id))"
    case (.section(let id), .en): "section \(q(id))"
    case (.round(let id), .en): "round \(q(id))"
    case (.snapshot(let day), .en): "training snapshot \(day)"
    case (.trainingSection(let name, let day), .en): "section \(q(name)) on \(day)"
    case (.keyFigure(let id), .en): "key figure \(q(id))"
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
    switch (self, language) {
    case (.notFound(let item), .sv): "\(item.message(in: .sv)) finns inte"
    case (.notFound(let item), .en): "\(item.message(in: .en)) does not exist"
    case (.auditorsRound(let id), .sv): "revisorns omgång \(quoted(id, .sv)) kan inte ändras"
    case (.auditorsRound(let id), .en): "the auditor's round \(quoted(id, .en)) is read-only"
    case (.invalid(let field, let problem), _): placed(field, problem.message(in: language))
    }
  }
}
