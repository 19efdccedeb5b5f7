/// The help of the commands that enter an audit by hand: new, add, edit,
/// retire and restore (of a section, question or recommendation).
public enum StructureHelp: CaseIterable, Sendable {
  case newAbstract, newDiscussion, newID, newTitle, newOrganisation, newAuditor, newDate
  case newPeriod, newOrderedBy, newScale, newPriorities, recommendationPriority
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

extension StructureHelp: Wording {
  public var swedish: String {
    switch self {
    case .newAbstract: "Lägg till en ny, tom granskning: dess uppgifter och bedömningsskala."
    case .newDiscussion:
      """
      Skalan är en av ja-nej (Ja, I allt väsentligt, Delvis, Nej), uppfyllt
      (Uppfyllt, Delvis uppfyllt, Ej uppfyllt), assurance (Substantial,
      Reasonable, Limited, No assurance), eller en YAML-fil med en lista av
      nivåer som under scale i utbytesformatet (id, label, role). Exempel:
        granska new --id dataskydd-2025 --title "Granskning av dataskyddsarbetet" \\
          --organisation "Region Exempel" --auditor "Revisionskontoret" \\
          --date 2025-03-14 --period 2024/25 --scale uppfyllt
      Lägg sedan till avsnitt, frågor och rekommendationer med granska add.
      """
    case .newID: "Granskningens id, unikt i databasen, t.ex. dataskydd-2025."
    case .newTitle: "Rapportens rubrik."
    case .newOrganisation: "Den granskade organisationen."
    case .newAuditor: "Vem som har granskat."
    case .newDate: "Rapportens datum; året blir granskningens år."
    case .newPeriod: "Perioden granskningen avser, med ord, t.ex. 2024/25."
    case .newOrderedBy: "Vem som beställde granskningen (t.ex. de förtroendevalda revisorerna)."
    case .newScale: "ja-nej, uppfyllt, assurance eller en fil med skalans nivåer."
    case .newPriorities:
      "Granskningens egna prioriteringar för rekommendationer, högst först, skilda med "
        + "komma (t.ex. Hög,Medel,Låg)."
    case .recommendationPriority: "En av granskningens prioriteringar (\"\" tar bort den)."
    case .newOpenStatuses:
      "Granskningens egna statusar utöver de fyra, för rekommendationer som ännu är öppna, "
        + "skilda med komma (t.ex. \"Delvis genomförd\")."
    case .newClosedStatuses:
      "Granskningens egna statusar för rekommendationer som är avslutade, skilda med komma "
        + "(t.ex. \"Risk accepterad,Ersatt\")."
    case .responseAgreement:
      "Ledningens svar: agreed (instämmer), partly-agreed (instämmer delvis) eller not-agreed "
        + "(instämmer inte)."
    case .responseText: "Ledningens svar med dess ord."
    case .responseDate: "När ledningen svarade."
    case .responseOfficer: "Tjänstepersonen som ansvarar för åtgärden."
    case .addAbstract: "Lägg till ett avsnitt, en fråga eller en rekommendation i en granskning."
    case .editAbstract:
      "Ändra ett avsnitts, en frågas, en rekommendations eller ett nyckeltals text och uppgifter."
    case .retireAbstract:
      "Låt ett avsnitt, en fråga, en rekommendation, ett nyckeltal eller en sektion i en "
        + "utbildningsmätning utgå; det finns kvar med sin historik."
    case .restorePartAbstract:
      "Låt ett utgånget avsnitt, en fråga, en rekommendation, ett nyckeltal eller en sektion i "
        + "en utbildningsmätning gälla igen."
    case .addSection: "Lägg till ett avsnitt i rapporten."
    case .addQuestion: "Lägg till en revisionsfråga, om du vill med revisorns bedömning."
    case .addRecommendation: "Lägg till en rekommendation, kopplad till de frågor den besvarar."
    case .addDiscussion:
      """
      Utan --id föreslås nästa lediga nummer (S1, Q1, R1, …); ett id används
      aldrig två gånger, inte heller efter att något har utgått. Exempel:
        granska add section --id S1 --title "Styrning"
        granska add question --section S1 --text "Finns en policy?" --level uppfyllt
        granska add recommendation --text "Anta en policy" --question Q1 --owner Kommunchef
      """
    case .editSection: "Ändra ett avsnitts rubrik, iakttagelser eller bedömning."
    case .editQuestion:
      "Ändra en frågas text eller avsnitt, eller rätta revisorns nivå och anmärkning."
    case .editRecommendation: "Ändra en rekommendations text eller frågorna den besvarar."
    case .editDiscussion:
      "Exempel: granska edit question Q3 --text \"Finns en aktuell policy?\" --section S2"
    case .retireSection: "Låt ett avsnitt utgå (dess frågor lämnar listorna med det)."
    case .retireQuestion: "Låt en fråga utgå."
    case .retireRecommendation: "Låt en rekommendation utgå."
    case .retireDiscussion:
      """
      Det utgångna lämnar listor, antal, översikten och rapportens öppna
      rekommendationer, men finns kvar med sin historik och kan gälla igen
      med granska restore. Exempel:
        granska retire recommendation R3 --reason "Ersatt av R9"
      """
    case .restorePartDiscussion:
      """
      granska restore section|question|recommendation|key-figure ID låter i
      stället ett utgånget avsnitt, en fråga, en rekommendation eller ett
      nyckeltal gälla igen, och granska restore training-section --date D
      --section S en sektion i en utbildningsmätning (--audit väljer
      granskningen). Exempel: granska restore recommendation R3
      """
    case .restorePartID:
      "Med section, question, recommendation eller key-figure i stället för en fil: dess id."
    case .restorePartKinds:
      "före ett id: section, question, recommendation eller key-figure; training-section med "
        + "--date och --section"
    case .partID: "Dess id, t.ex. S1, Q1 eller R1."
    case .newPartID: "Dess id (förval: nästa lediga nummer)."
    case .reason: "Varför det utgår."
    case .sectionTitle: "Avsnittets rubrik."
    case .sectionText: "Avsnittets iakttagelser (stycken skilda av en tom rad)."
    case .sectionAssessment: "Avsnittets bedömning."
    case .sectionOpinion:
      "Omgångens omdöme om avsnittet: en nivå i skalan, med namn eller id (\"\" tar bort det)."
    case .sectionOpinionRound: "Omgången som omdömet gäller (förval: den senaste)."
    case .questionSection: "Avsnittet frågan hör till."
    case .questionText: "Frågan som rapporten formulerar den."
    case .questionLevel: "Revisorns bedömning: en nivå i skalan, med namn eller id."
    case .questionRemark: "En anmärkning till revisorns bedömning."
    case .recommendationText: "Rekommendationen som rapporten formulerar den."
    case .recommendationQuestion:
      "En fråga som rekommendationen besvarar (upprepa för flera; ersätter listan)."
    case .addKeyFigure: "Lägg till ett nyckeltal som rapporten anger (utan --id: nästa K-nummer)."
    case .keyFigureName: "Vad talet mäter, t.ex. Antal anställda."
    case .keyFigureValue: "Talet, med punkt som decimaltecken."
    case .keyFigureUnit: "Enheten, t.ex. st, % eller tkr."
    case .keyFigurePeriod: "Dagen eller perioden talet gäller, med ord."
    case .keyFigureSource: "Var talet kommer ifrån."
    case .editKeyFigure: "Ändra ett nyckeltals namn, värde, enhet, period eller källa."
    case .keyFigureID: "Nyckeltalets id, t.ex. K1."
    case .editKeyFigureDiscussion:
      """
      Bara det som anges ändras. Exempel:
        granska edit key-figure K1 --value 42,5 --unit st --period 2025
      """
    case .keyFigureValueEdit: "Talet, med komma eller punkt som decimaltecken."
    case .retireKeyFigure: "Låt ett nyckeltal utgå (det lämnar översikten och rapporten)."
    case .retireTrainingSection:
      "Låt en sektion i en utbildningsmätning utgå (den lämnar mätningens summor)."
    case .trainingSectionDate: "Mätningens datum (ÅÅÅÅ-MM-DD)."
    case .trainingSectionName: "Sektionens namn i mätningen."
    case .restoreDate: "Med training-section: mätningens datum."
    case .restoreSection: "Med training-section: sektionens namn."
    case .addTrainingSection: "Lägg till en sektion med sina antal i en utbildningsmätning."
    case .trainingSectionDiscussion:
      """
      Mätningen måste finnas (läs in den med granska training load, eller lägg
      till den med + i vyn Utbildning). Exempel:
        granska add training-section --date 2025-11-01 --section Omsorg \\
          --employees 120 --completed 80 --started 10
      """
    }
  }

  public var english: String {
    switch self {
    case .newAbstract: "Add a new, empty audit: its facts and its assessment scale."
    case .newDiscussion:
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
      """
    case .newID: "The audit's id, unique in the database, e.g. ia-2025."
    case .newTitle: "The report's title."
    case .newOrganisation: "The audited organisation."
    case .newAuditor: "Who performed the audit."
    case .newDate: "The report's date; its year is the audit's year."
    case .newPeriod: "The period the audit covers, in words, e.g. 2024/25."
    case .newOrderedBy: "Who commissioned the audit (e.g. the elected auditors)."
    case .newScale: "ja-nej, uppfyllt, assurance or a file of the scale's levels."
    case .newPriorities:
      "The audit's own priorities for recommendations, highest first, separated by commas "
        + "(e.g. High,Medium,Low)."
    case .recommendationPriority: "One of the audit's priorities (\"\" removes it)."
    case .newOpenStatuses:
      "The audit's own statuses beside the four, for recommendations still open, separated "
        + "by commas (e.g. \"Partly implemented\")."
    case .newClosedStatuses:
      "The audit's own statuses for recommendations that are closed, separated by commas "
        + "(e.g. \"Risk accepted,Superseded\")."
    case .responseAgreement:
      "Management's response: agreed, partly-agreed or not-agreed."
    case .responseText: "Management's response in its words."
    case .responseDate: "When management responded."
    case .responseOfficer: "The officer responsible for the action."
    case .addAbstract: "Add a section, a question or a recommendation to an audit."
    case .editAbstract:
      "Change a section's, a question's, a recommendation's or a key figure's text and facts."
    case .retireAbstract:
      "Retire a section, a question, a recommendation, a key figure or a section of a training "
        + "snapshot; it stays, with its history."
    case .restorePartAbstract:
      "Bring back a retired section, question, recommendation, key figure or section of a "
        + "training snapshot."
    case .addSection: "Add a section of the report."
    case .addQuestion: "Add an audit question, optionally with the auditor's assessment."
    case .addRecommendation: "Add a recommendation, linked to the questions it answers."
    case .addDiscussion:
      """
      Without --id the next free number is suggested (S1, Q1, R1, ...); an id is
      never given twice, not even after something was retired. Example:
        granska add section --id S1 --title "Governance"
        granska add question --section S1 --text "Is there a policy?" --level substantial
        granska add recommendation --text "Adopt a policy" --question Q1 --owner "Chief Executive"
      """
    case .editSection: "Change a section's title, observations or assessment."
    case .editQuestion:
      "Change a question's text or section, or correct the auditor's level and remark."
    case .editRecommendation: "Change a recommendation's text or the questions it answers."
    case .editDiscussion:
      "Example: granska edit question Q3 --text \"Is there a current policy?\" --section S2"
    case .retireSection: "Retire a section (its questions leave the lists with it)."
    case .retireQuestion: "Retire a question."
    case .retireRecommendation: "Retire a recommendation."
    case .retireDiscussion:
      """
      What is retired leaves lists, counts, the overview and the report's open
      recommendations, but stays with its history and can be brought back with
      granska restore. Example:
        granska retire recommendation R3 --reason "Replaced by R9"
      """
    case .restorePartDiscussion:
      """
      granska restore section|question|recommendation|key-figure ID instead
      brings back a retired section, question, recommendation or key figure,
      and granska restore training-section --date D --section S a section of
      a training snapshot (--audit chooses the audit). Example:
      granska restore recommendation R3
      """
    case .restorePartID:
      "With section, question, recommendation or key-figure instead of a file: its id."
    case .restorePartKinds:
      "before an id: section, question, recommendation or key-figure; training-section with "
        + "--date and --section"
    case .partID: "Its id, e.g. S1, Q1 or R1."
    case .newPartID: "Its id (default: the next free number)."
    case .reason: "Why it is retired."
    case .sectionTitle: "The section's title."
    case .sectionText: "The section's observations (paragraphs separated by a blank line)."
    case .sectionAssessment: "The section's assessment."
    case .sectionOpinion:
      "The round's opinion on the section: a level of the scale, by its label or id (\"\" removes it)."
    case .sectionOpinionRound: "The round the opinion is of (default: the latest)."
    case .questionSection: "The section the question belongs to."
    case .questionText: "The question as the report words it."
    case .questionLevel: "The auditor's assessment: a level of the scale, by its label or id."
    case .questionRemark: "A remark on the auditor's assessment."
    case .recommendationText: "The recommendation as the report words it."
    case .recommendationQuestion:
      "A question the recommendation answers (repeat for several; replaces the list)."
    case .addKeyFigure: "Add a key figure the report gives (without --id: the next K number)."
    case .keyFigureName: "What the figure measures, e.g. Number of employees."
    case .keyFigureValue: "The figure, with a point as the decimal mark."
    case .keyFigureUnit: "Its unit, e.g. people, % or k."
    case .keyFigurePeriod: "The day or period it refers to, in words."
    case .keyFigureSource: "Where it comes from."
    case .editKeyFigure: "Change a key figure's name, value, unit, period or source."
    case .keyFigureID: "The key figure's id, e.g. K1."
    case .editKeyFigureDiscussion:
      """
      Only what is given changes. Example:
        granska edit key-figure K1 --value 42,5 --unit people --period 2025
      """
    case .keyFigureValueEdit: "The figure, with a point or a comma as the decimal mark."
    case .retireKeyFigure: "Retire a key figure (it leaves the overview and the report)."
    case .retireTrainingSection:
      "Retire a section of a training snapshot (it leaves the snapshot's totals)."
    case .trainingSectionDate: "The snapshot's date (YYYY-MM-DD)."
    case .trainingSectionName: "The section's name in the snapshot."
    case .restoreDate: "With training-section: the snapshot's date."
    case .restoreSection: "With training-section: the section's name."
    case .addTrainingSection: "Add a section with its counts to a training snapshot."
    case .trainingSectionDiscussion:
      """
      The snapshot must exist (load it with granska training load, or add it
      with + in the Training view). Example:
        granska add training-section --date 2025-11-01 --section "Adult care" \\
          --employees 120 --completed 80 --started 10
      """
    }
  }
}
