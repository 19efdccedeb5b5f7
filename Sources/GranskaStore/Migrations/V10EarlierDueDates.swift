extension Schema {
  /// The due dates a recommendation had before it was revised, oldest
  /// first, as its field's value is written ("2025-03-31, 2025-05-31").
  /// PostgreSQL folds the name to lower case: its history check learns the
  /// field's name (v7's map and one more).
  static let v10EarlierDueDates = Migration(
    id: "v10-earlier-due-dates",
    sqlite: #"ALTER TABLE recommendation ADD COLUMN earlierDueDates TEXT;"#,
    postgres: [
      #"ALTER TABLE recommendation ADD COLUMN earlierDueDates text COLLATE "C""#,
      #"""
      CREATE OR REPLACE FUNCTION public.granska_column(name text) RETURNS text LANGUAGE sql
      IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT coalesce(('{"duedate": "dueDate", "plannedaction": "plannedAction",
          "targetpercent": "targetPercent", "targetperiod": "targetPeriod",
          "commissionedby": "commissionedBy", "overalllevel": "overallLevel",
          "overallassessment": "overallAssessment", "strategicgoals": "strategicGoals",
          "replydecisiondate": "replyDecisionDate", "replyparagraph": "replyParagraph",
          "replydiarynumber": "replyDiaryNumber", "issuedby": "issuedBy",
          "sectionid": "sectionId", "trainingsnapshot": "trainingSnapshot",
          "trainingcount": "trainingCount", "keyfigure": "keyFigure",
          "trainingtitle": "trainingTitle",
          "recommendationquestion": "recommendationQuestion",
          "earlierduedates": "earlierDueDates"}'::jsonb) ->> name, name)
      $$
      """#,
    ])
}
