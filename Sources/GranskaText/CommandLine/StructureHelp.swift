/// The help of the commands that enter an audit by hand: new, add, edit,
/// retire and restore (of a section, question or recommendation).
public enum StructureHelp: CaseIterable, Sendable {
  case newAbstract, newDiscussion, newID, newTitle, newOrganisation, newAuditor, newDate
  case newPeriod, newOrderedBy, newScale, newPriorities, recommendationPriority
  case recommendationReference
  case newOpenStatuses, newClosedStatuses
  case responseAgreement, responseText, responseDate, responseOfficer
  case addAbstract, editAbstract, retireAbstract, restorePartAbstract
  case addSection, addQuestion, addRecommendation, addDiscussion
  case editSection, editQuestion, editRecommendation, editDiscussion
  case retireSection, retireQuestion, retireRecommendation, retireDiscussion
  case restorePartDiscussion, restorePartID, restorePartKinds
  case partID, newPartID, reason
  case sectionTitle, sectionText, sectionAssessment, sectionOpinion, sectionOpinionRound
  case questionSection, questionText, questionLevel, questionRemark
  case recommendationText, recommendationQuestion
  case addKeyFigure, keyFigureName, keyFigureValue, keyFigureUnit, keyFigurePeriod
  case keyFigureSource, addTrainingSection, trainingSectionDiscussion
  case editKeyFigure, keyFigureID, keyFigureValueEdit, retireKeyFigure, retireTrainingSection
  case trainingSectionDate, trainingSectionName, restoreDate, restoreSection
  case editKeyFigureDiscussion
}

extension StructureHelp: Worded {
  public func message(in language: Language) -> String {
    switch self {
    case .newAbstract:
      language(
        "Lägg till en ny, tom granskning: dess uppgifter och bedömningsskala.",
        "Add a new, empty audit: its facts and its assessment scale.")
    case .newDiscussion:
      language(
        """
        Skalan är en av ja-nej (Ja, I allt väsentligt, Delvis, Nej), uppfyllt
        (Uppfyllt, Delvis uppfyllt, Ej uppfyllt), assurance (Substantial,
        Reasonable, Limited, No assurance), eller en YAML-fil med en lista av
        nivåer som under scale i utbytesformatet (id, label, role). Exempel:
          granska new --id dataskydd-2025 --title "Granskning av dataskyddsarbetet" \\
            --organisation "Region Exempel" --auditor "Revisionskontoret" \\
            --date 2025-03-14 --period 2024/25 --scale uppfyllt
        Lägg sedan till avsnitt, frågor och rekommendationer med granska add.
        """,
        """
        The scale is one of ja-nej (the built-in audit's four levels, Ja to Nej),
        uppfyllt (Uppfyllt, Delvis uppfyllt, Ej uppfyllt), assurance
        (Substantial, Reasonable, Limited, No assurance), or a YAML file holding
        a list of levels as under scale in the interchange format (id, label,
        role). Example:
          granska new --id ia-2025 --title "Internal audit of cyber security" \\
            --organisation "Example Council" --auditor "Internal Audit" \\
            --date 2025-03-14 --period 2024/25 --scale assurance
        Then add sections, questions and recommendations with granska add.
        """)
    case .newID:
      language(
        "Granskningens id, unikt i databasen, t.ex. dataskydd-2025.",
        "The audit's id, unique in the database, e.g. ia-2025.")
    case .newTitle: language("Rapportens rubrik.", "The report's title.")
    case .newOrganisation: language("Den granskade organisationen.", "The audited organisation.")
    case .newAuditor: language("Vem som har granskat.", "Who performed the audit.")
    case .newDate:
      language(
        "Rapportens datum; året blir granskningens år.",
        "The report's date; its year is the audit's year.")
    case .newPeriod:
      language(
        "Perioden granskningen avser, med ord, t.ex. 2024/25.",
        "The period the audit covers, in words, e.g. 2024/25.")
    case .newOrderedBy:
      language(
        "Vem som beställde granskningen (t.ex. de förtroendevalda revisorerna).",
        "Who commissioned the audit (e.g. the elected auditors).")
    case .newScale:
      language(
        "ja-nej, uppfyllt, assurance eller en fil med skalans nivåer.",
        "ja-nej, uppfyllt, assurance or a file of the scale's levels.")
    case .newPriorities:
      language(
        "Granskningens egna prioriteringar för rekommendationer, högst först, skilda med "
          + "komma (t.ex. Hög,Medel,Låg).",
        "The audit's own priorities for recommendations, highest first, separated by commas "
          + "(e.g. High,Medium,Low).")
    case .recommendationPriority:
      language(
        "En av granskningens prioriteringar (\"\" tar bort den).",
        "One of the audit's priorities (\"\" removes it).")
    case .recommendationReference:
      language(
        "Rekommendationens nummer eller rubrik i rapporten, t.ex. 3.2 (\"\" tar bort det).",
        "The recommendation's number or heading in the report, e.g. 3.2 (\"\" removes it).")
    case .newOpenStatuses:
      language(
        "Granskningens egna statusar utöver de fyra, för rekommendationer som ännu är öppna, "
          + "skilda med komma (t.ex. \"Delvis genomförd\").",
        "The audit's own statuses beside the four, for recommendations still open, separated "
          + "by commas (e.g. \"Partly implemented\").")
    case .newClosedStatuses:
      language(
        "Granskningens egna statusar för rekommendationer som är avslutade, skilda med komma "
          + "(t.ex. \"Risk accepterad,Ersatt\").",
        "The audit's own statuses for recommendations that are closed, separated by commas "
          + "(e.g. \"Risk accepted,Superseded\").")
    case .responseAgreement:
      language(
        "Ledningens svar: agreed (instämmer), partly-agreed (instämmer delvis) eller not-agreed "
          + "(instämmer inte).",
        "Management's response: agreed, partly-agreed or not-agreed.")
    case .responseText:
      language("Ledningens svar med dess ord.", "Management's response in its words.")
    case .responseDate: language("När ledningen svarade.", "When management responded.")
    case .responseOfficer:
      language(
        "Tjänstepersonen som ansvarar för åtgärden.", "The officer responsible for the action.")
    case .addAbstract:
      language(
        "Lägg till ett avsnitt, en fråga eller en rekommendation i en granskning.",
        "Add a section, a question or a recommendation to an audit.")
    case .editAbstract:
      language(
        "Ändra ett avsnitts, en frågas, en rekommendations eller ett nyckeltals text och uppgifter.",
        "Change a section's, a question's, a recommendation's or a key figure's text and facts.")
    case .retireAbstract:
      language(
        "Låt ett avsnitt, en fråga, en rekommendation, ett nyckeltal eller en sektion i en "
          + "utbildningsmätning utgå; det finns kvar med sin historik.",
        "Retire a section, a question, a recommendation, a key figure or a section of a training "
          + "snapshot; it stays, with its history.")
    case .restorePartAbstract:
      language(
        "Låt ett utgånget avsnitt, en fråga, en rekommendation, ett nyckeltal eller en sektion i "
          + "en utbildningsmätning gälla igen.",
        "Bring back a retired section, question, recommendation, key figure or section of a "
          + "training snapshot.")
    case .addSection: language("Lägg till ett avsnitt i rapporten.", "Add a section of the report.")
    case .addQuestion:
      language(
        "Lägg till en revisionsfråga, om du vill med revisorns bedömning.",
        "Add an audit question, optionally with the auditor's assessment.")
    case .addRecommendation:
      language(
        "Lägg till en rekommendation, kopplad till de frågor den besvarar.",
        "Add a recommendation, linked to the questions it answers.")
    case .addDiscussion:
      language(
        """
        Utan --id föreslås nästa lediga nummer (S1, Q1, R1, …); ett id används
        aldrig två gånger, inte heller efter att något har utgått. Exempel:
          granska add section --id S1 --title "Styrning"
          granska add question --section S1 --text "Finns en policy?" --level uppfyllt
          granska add recommendation --text "Anta en policy" --question Q1 --owner Kommunchef
        """,
        """
        Without --id the next free number is suggested (S1, Q1, R1, ...); an id is
        never given twice, not even after something was retired. Example:
          granska add section --id S1 --title "Governance"
          granska add question --section S1 --text "Is there a policy?" --level substantial
          granska add recommendation --text "Adopt a policy" --question Q1 --owner "Chief Executive"
        """)
    case .editSection:
      language(
        "Ändra ett avsnitts rubrik, iakttagelser eller bedömning.",
        "Change a section's title, observations or assessment.")
    case .editQuestion:
      language(
        "Ändra en frågas text eller avsnitt, eller rätta revisorns nivå och anmärkning.",
        "Change a question's text or section, or correct the auditor's level and remark.")
    case .editRecommendation:
      language(
        "Ändra en rekommendations text eller frågorna den besvarar.",
        "Change a recommendation's text or the questions it answers.")
    case .editDiscussion:
      language(
        "Exempel: granska edit question Q3 --text \"Finns en aktuell policy?\" --section S2",
        "Example: granska edit question Q3 --text \"Is there a current policy?\" --section S2")
    case .retireSection:
      language(
        "Låt ett avsnitt utgå (dess frågor lämnar listorna med det).",
        "Retire a section (its questions leave the lists with it).")
    case .retireQuestion: language("Låt en fråga utgå.", "Retire a question.")
    case .retireRecommendation: language("Låt en rekommendation utgå.", "Retire a recommendation.")
    case .retireDiscussion:
      language(
        """
        Det utgångna lämnar listor, antal, översikten och rapportens öppna
        rekommendationer, men finns kvar med sin historik och kan gälla igen
        med granska restore. Exempel:
          granska retire recommendation R3 --reason "Ersatt av R9"
        """,
        """
        What is retired leaves lists, counts, the overview and the report's open
        recommendations, but stays with its history and can be brought back with
        granska restore. Example:
          granska retire recommendation R3 --reason "Replaced by R9"
        """)
    case .restorePartDiscussion:
      language(
        """
        granska restore section|question|recommendation|key-figure ID låter i
        stället ett utgånget avsnitt, en fråga, en rekommendation eller ett
        nyckeltal gälla igen, och granska restore training-section --date D
        --section S en sektion i en utbildningsmätning (--audit väljer
        granskningen). Exempel: granska restore recommendation R3
        """,
        """
        granska restore section|question|recommendation|key-figure ID instead
        brings back a retired section, question, recommendation or key figure,
        and granska restore training-section --date D --section S a section of
        a training snapshot (--audit chooses the audit). Example:
        granska restore recommendation R3
        """)
    case .restorePartID:
      language(
        "Med section, question, recommendation eller key-figure i stället för en fil: dess id.",
        "With section, question, recommendation or key-figure instead of a file: its id.")
    case .restorePartKinds:
      language(
        "före ett id: section, question, recommendation eller key-figure; training-section med "
          + "--date och --section",
        "before an id: section, question, recommendation or key-figure; training-section with "
          + "--date and --section")
    case .partID: language("Dess id, t.ex. S1, Q1 eller R1.", "Its id, e.g. S1, Q1 or R1.")
    case .newPartID:
      language("Dess id (förval: nästa lediga nummer).", "Its id (default: the next free number).")
    case .reason: language("Varför det utgår.", "Why it is retired.")
    case .sectionTitle: language("Avsnittets rubrik.", "The section's title.")
    case .sectionText:
      language(
        "Avsnittets iakttagelser (stycken skilda av en tom rad).",
        "The section's observations (paragraphs separated by a blank line).")
    case .sectionAssessment: language("Avsnittets bedömning.", "The section's assessment.")
    case .sectionOpinion:
      language(
        "Omgångens omdöme om avsnittet: en nivå i skalan, med namn eller id (\"\" tar bort det).",
        "The round's opinion on the section: a level of the scale, by its label or id (\"\" removes it)."
      )
    case .sectionOpinionRound:
      language(
        "Omgången som omdömet gäller (förval: den senaste).",
        "The round the opinion is of (default: the latest).")
    case .questionSection:
      language("Avsnittet frågan hör till.", "The section the question belongs to.")
    case .questionText:
      language("Frågan som rapporten formulerar den.", "The question as the report words it.")
    case .questionLevel:
      language(
        "Revisorns bedömning: en nivå i skalan, med namn eller id.",
        "The auditor's assessment: a level of the scale, by its label or id.")
    case .questionRemark:
      language("En anmärkning till revisorns bedömning.", "A remark on the auditor's assessment.")
    case .recommendationText:
      language(
        "Rekommendationen som rapporten formulerar den.",
        "The recommendation as the report words it.")
    case .recommendationQuestion:
      language(
        "En fråga som rekommendationen besvarar (upprepa för flera; ersätter listan).",
        "A question the recommendation answers (repeat for several; replaces the list).")
    case .addKeyFigure:
      language(
        "Lägg till ett nyckeltal som rapporten anger (utan --id: nästa K-nummer).",
        "Add a key figure the report gives (without --id: the next K number).")
    case .keyFigureName:
      language(
        "Vad talet mäter, t.ex. Antal anställda.",
        "What the figure measures, e.g. Number of employees.")
    case .keyFigureValue:
      language(
        "Talet, med punkt som decimaltecken.", "The figure, with a point as the decimal mark.")
    case .keyFigureUnit:
      language("Enheten, t.ex. st, % eller tkr.", "Its unit, e.g. people, % or k.")
    case .keyFigurePeriod:
      language(
        "Dagen eller perioden talet gäller, med ord.", "The day or period it refers to, in words.")
    case .keyFigureSource: language("Var talet kommer ifrån.", "Where it comes from.")
    case .editKeyFigure:
      language(
        "Ändra ett nyckeltals namn, värde, enhet, period eller källa.",
        "Change a key figure's name, value, unit, period or source.")
    case .keyFigureID: language("Nyckeltalets id, t.ex. K1.", "The key figure's id, e.g. K1.")
    case .editKeyFigureDiscussion:
      language(
        """
        Bara det som anges ändras. Exempel:
          granska edit key-figure K1 --value 42,5 --unit st --period 2025
        """,
        """
        Only what is given changes. Example:
          granska edit key-figure K1 --value 42,5 --unit people --period 2025
        """)
    case .keyFigureValueEdit:
      language(
        "Talet, med komma eller punkt som decimaltecken.",
        "The figure, with a point or a comma as the decimal mark.")
    case .retireKeyFigure:
      language(
        "Låt ett nyckeltal utgå (det lämnar översikten och rapporten).",
        "Retire a key figure (it leaves the overview and the report).")
    case .retireTrainingSection:
      language(
        "Låt en sektion i en utbildningsmätning utgå (den lämnar mätningens summor).",
        "Retire a section of a training snapshot (it leaves the snapshot's totals).")
    case .trainingSectionDate:
      language("Mätningens datum (ÅÅÅÅ-MM-DD).", "The snapshot's date (YYYY-MM-DD).")
    case .trainingSectionName:
      language("Sektionens namn i mätningen.", "The section's name in the snapshot.")
    case .restoreDate:
      language(
        "Med training-section: mätningens datum.", "With training-section: the snapshot's date.")
    case .restoreSection:
      language(
        "Med training-section: sektionens namn.", "With training-section: the section's name.")
    case .addTrainingSection:
      language(
        "Lägg till en sektion med sina antal i en utbildningsmätning.",
        "Add a section with its counts to a training snapshot.")
    case .trainingSectionDiscussion:
      language(
        """
        Mätningen måste finnas (läs in den med granska training load, eller lägg
        till den med + i vyn Utbildning). Exempel:
          granska add training-section --date 2025-11-01 --section Omsorg \\
            --employees 120 --completed 80 --started 10
        """,
        """
        The snapshot must exist (load it with granska training load, or add it
        with + in the Training view). Example:
          granska add training-section --date 2025-11-01 --section "Adult care" \\
            --employees 120 --completed 80 --started 10
        """)
    }
  }
}
