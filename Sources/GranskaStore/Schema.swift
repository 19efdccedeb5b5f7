import GRDB

/// The database schema, one migration per released change, as SQL that
/// SQLite runs as it is and `PostgresSchema` translates (types, identity
/// columns, byte-order text), so both backends have one set of tables.
/// Never edit a migration once released: add a new one.
enum Schema {
  struct Migration {
    let id: String
    let sql: String
    /// PostgreSQL's own statements, where translating `sql` cannot do (triggers).
    var postgres: [String]? = nil
  }

  /// The tables that hold an audit, in the order they can be filled. A
  /// migration that adds one gives it its triggers (see `Revision`) itself:
  /// those of earlier migrations name the tables of their day.
  static let auditTables = [
    "audit", "level", "document", "section", "question", "round", "assessment",
    "recommendation", "recommendationQuestion", "evidence", "note", "trainingSnapshot",
    "trainingCount", "keyFigure",
  ]

  static let migrations = [
    Migration(id: "v1", sql: version1),
    // Who may edit a shared database; empty means everyone who can write the file.
    Migration(
      id: "v2-editors",
      sql: """
        CREATE TABLE editor (
          kind TEXT NOT NULL CHECK (kind IN ('account', 'group')),
          name TEXT NOT NULL,
          PRIMARY KEY (kind, name)
        );
        """),
    // When a training target is to be met ("mål 75 % under 2024").
    Migration(
      id: "v3-target-period", sql: "ALTER TABLE trainingSnapshot ADD COLUMN targetPeriod TEXT;"),
    // Service-account mode: people known by their SSH keys, each with a role.
    Migration(
      id: "v4-people",
      sql: """
        CREATE TABLE person (
          name TEXT PRIMARY KEY NOT NULL,
          role TEXT NOT NULL CHECK (role IN ('viewer', 'editor')),
          fullName TEXT               -- how notes are signed; the name when NULL
        );
        CREATE TABLE personKey (
          name TEXT NOT NULL REFERENCES person(name) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          type TEXT NOT NULL,
          data TEXT NOT NULL UNIQUE,  -- base64, as in the .pub file
          comment TEXT NOT NULL,
          fingerprint TEXT NOT NULL,  -- SHA256:…, as ssh-keygen -l shows it
          PRIMARY KEY (name, position)
        );
        """),
    // The report's own name for the training it follows up.
    Migration(id: "v5-training-title", sql: "ALTER TABLE audit ADD COLUMN trainingTitle TEXT;"),
    // A number per audit that every change to its rows raises, by any path
    // (see `Revision`): a save re-reads the audit only when it moved. And,
    // on SQLite, the indexes a save's reads need so that they read a few
    // pages from the file, not thousands: a field's latest history row
    // (PostgreSQL has it since v1), and the list of audits without their texts.
    Migration(
      id: "v6-revision",
      sql: Revision.sqlite + """

        CREATE INDEX history_field ON history(auditId, entity, entityId, field, id);
        CREATE INDEX audit_list ON audit(position, id, title, organisation, year);
        """,
      postgres: Revision.postgres),
    // PostgreSQL: a history only the database writes (see `PostgresTrust`).
    PostgresTrust.migration,
    // The owner directory: who an owner is, where their reminders go (see `Owners`).
    Owners.migration,
    // Any audit entered by hand: its period in words ("2024/25"), its own
    // priority words (a JSON list, NULL: none) and a recommendation's
    // priority, management's response to it (whether it agrees, NULL: no
    // response; its words, date and officer), and why a section, question
    // or recommendation was retired (NULL: it applies). Lower-case names:
    // PostgreSQL's history check names a field as its column.
    // Retiring is an update of that column, so PostgreSQL's history check
    // (`granska_raw_change`) covers it as any other field, by its name.
    Migration(
      id: "v9-structure",
      sql: """
        ALTER TABLE audit ADD COLUMN period TEXT;
        ALTER TABLE audit ADD COLUMN priorities TEXT;
        ALTER TABLE recommendation ADD COLUMN priority TEXT;
        ALTER TABLE recommendation ADD COLUMN agreement TEXT
          CHECK (agreement IN ('agreed', 'partly-agreed', 'not-agreed'));
        ALTER TABLE recommendation ADD COLUMN response TEXT;
        ALTER TABLE recommendation ADD COLUMN responded TEXT;
        ALTER TABLE recommendation ADD COLUMN officer TEXT;
        ALTER TABLE section ADD COLUMN retired TEXT;
        ALTER TABLE question ADD COLUMN retired TEXT;
        ALTER TABLE recommendation ADD COLUMN retired TEXT;
        """),
    // The due dates a recommendation had before it was revised, oldest
    // first, as its field's value is written ("2025-03-31, 2025-05-31").
    // PostgreSQL folds the name to lower case: its history check learns
    // the field's name (frozen here, the map of v7 and one more).
    Migration(
      id: "v10-earlier-due-dates",
      sql: "ALTER TABLE recommendation ADD COLUMN earlierDueDates TEXT;",
      postgres: [
        #"ALTER TABLE recommendation ADD COLUMN earlierDueDates text COLLATE "C""#,
        """
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
        """,
      ]),
    // A section, question or recommendation moved up or down: one history
    // row, of the part moved ("Fråga Q3 flyttad upp"). On PostgreSQL the
    // history check (frozen here: v7's and one rule more) takes the places
    // of the parts it passed as covered by that row. Nothing on SQLite.
    Migration(
      id: "v11-moves", sql: "",
      postgres: [
        """
        CREATE OR REPLACE FUNCTION public.granska_raw_change() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
          this_tx bigint := pg_catalog.txid_current();
          before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN pg_catalog.to_jsonb(OLD) END;
          after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN pg_catalog.to_jsonb(NEW) END;
          row_now jsonb := coalesce(after, before);
          the_audit text := CASE WHEN TG_TABLE_NAME = 'audit' THEN row_now->>'id'
            ELSE row_now->>'auditid' END;
          the_entity text := public.granska_column(TG_TABLE_NAME);
          the_id text := coalesce(row_now->>'id', row_now->>'position', '');
          owner_kind text;
          owner_id text;
          part_field text;
          column_name text;
          said public.granska_recorded;
          covered boolean;
        BEGIN
          CASE TG_TABLE_NAME
            WHEN 'audit' THEN the_id := row_now->>'id';
            WHEN 'assessment' THEN
              the_id := (row_now->>'roundid') || '/' || (row_now->>'questionid');
              owner_kind := 'round';
              owner_id := row_now->>'roundid';
            WHEN 'trainingcount' THEN
              the_entity := 'training';
              the_id := (row_now->>'snapshotdate') || '/' || (row_now->>'section');
              owner_kind := 'snapshot';
              owner_id := row_now->>'snapshotdate';
            WHEN 'trainingsnapshot' THEN
              the_entity := 'snapshot';
              the_id := row_now->>'date';
            WHEN 'evidence', 'note', 'recommendationquestion' THEN
              the_entity := 'recommendation';
              the_id := row_now->>'recommendationid';
              part_field := CASE TG_TABLE_NAME WHEN 'evidence' THEN 'evidence'
                WHEN 'note' THEN 'note' ELSE 'questions' END;
            ELSE NULL;
          END CASE;
          IF TG_OP = 'UPDATE' AND part_field IS NULL THEN
            -- Each changed column needs a row of its field ending in the value stored.
            FOR column_name IN SELECT k FROM pg_catalog.jsonb_object_keys(after) k
              WHERE k NOT IN ('auditid', 'version') ORDER BY k
            LOOP
              CONTINUE WHEN before->column_name IS NOT DISTINCT FROM after->column_name;
              SELECT * INTO said FROM public.granska_recorded r
              WHERE r.tx = this_tx AND r.auditId = the_audit AND r.entity = the_entity
                AND r.entityId = the_id AND r.field = public.granska_column(column_name);
              covered := FOUND AND (said.newValue IS NOT DISTINCT FROM after->>column_name
                -- A level of the role "none" is no assessment, and history says so.
                OR (said.newValue IS NULL AND column_name = 'level' AND EXISTS (
                  SELECT 1 FROM public.level l WHERE l.auditId = the_audit
                    AND l.id = after->>'level' AND l.role = 'none')));
              -- A move is one row, of the part moved: the parts it passed
              -- take their places with it.
              covered := covered OR (column_name = 'position'
                AND the_entity IN ('section', 'question', 'recommendation')
                AND EXISTS (SELECT 1 FROM public.granska_recorded r
                  WHERE r.tx = this_tx AND r.auditId = the_audit AND r.entity = the_entity
                    AND r.field = 'position'));
              CONTINUE WHEN covered;
              INSERT INTO public.history (auditId, entity, entityId, field, oldValue, newValue)
              VALUES (the_audit, the_entity, the_id, public.granska_column(column_name),
                CASE WHEN said.tx IS NOT NULL THEN said.oldValue ELSE before->>column_name END,
                after->>column_name);
            END LOOP;
            RETURN NULL;
          END IF;
          -- A row added or removed needs a row naming it (a part: its field),
          -- or what it belongs to added or removed, or the audit imported.
          IF TG_OP <> 'UPDATE' AND EXISTS (
            SELECT 1 FROM public.granska_recorded r
            WHERE r.tx = this_tx AND r.auditId = the_audit AND (
              (r.entity = the_entity AND r.entityId = the_id
                AND (part_field IS NULL OR r.field IN (part_field, 'created', 'removed')))
              OR (r.entity = owner_kind AND r.entityId = owner_id
                AND r.field IN ('created', 'removed'))
              OR (r.entity = 'audit' AND r.entityId = the_audit AND r.field = 'import')))
          THEN
            RETURN NULL;
          END IF;
          INSERT INTO public.history (auditId, entity, entityId, field, oldValue, newValue)
          VALUES (the_audit, the_entity, the_id,
            public.granska_column(TG_TABLE_NAME) || ' ' || pg_catalog.lower(TG_OP),
            (before - 'auditid')::text, (after - 'auditid')::text);
          RETURN NULL;
        END
        $$
        """
      ]),
    // An audit's own status words (a JSON list of id, label and whether
    // open; NULL: none), so a recommendation's status is any id the audit
    // declares: SQLite cannot drop the CHECK of v1, so its table is made
    // again (its columns as they are, its index and v6's revision
    // triggers with it), where PostgreSQL drops the constraint. And a
    // round's opinion per section (a JSON list of section and level; NULL:
    // none), each edited as a history row of its own ("opinion",
    // "round/section"): PostgreSQL's history check (frozen here: v11's and
    // one rule more) takes such a row as covering the round's column.
    // Both names are lower case: the map of v10 needs no new entry.
    Migration(
      id: "v12-own-statuses-and-opinions",
      sql: """
        ALTER TABLE audit ADD COLUMN statuses TEXT;
        ALTER TABLE round ADD COLUMN opinions TEXT;
        CREATE TABLE recommendation_v12 (
          auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
          id TEXT NOT NULL,
          position INTEGER NOT NULL,
          text TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status <> ''),
          owner TEXT,
          dueDate TEXT,
          plannedAction TEXT,
          version INTEGER NOT NULL DEFAULT 1,
          priority TEXT,
          agreement TEXT CHECK (agreement IN ('agreed', 'partly-agreed', 'not-agreed')),
          response TEXT,
          responded TEXT,
          officer TEXT,
          retired TEXT,
          earlierDueDates TEXT,
          PRIMARY KEY (auditId, id)
        );
        INSERT INTO recommendation_v12 (auditId, id, position, text, status, owner, dueDate,
          plannedAction, version, priority, agreement, response, responded, officer, retired,
          earlierDueDates)
        SELECT auditId, id, position, text, status, owner, dueDate, plannedAction, version,
          priority, agreement, response, responded, officer, retired, earlierDueDates
        FROM recommendation;
        DROP TABLE recommendation;
        ALTER TABLE recommendation_v12 RENAME TO recommendation;
        CREATE INDEX recommendation_order ON recommendation(auditId, position);
        CREATE TRIGGER recommendation_insert_revision AFTER INSERT ON recommendation BEGIN
          INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
            ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        END;
        CREATE TRIGGER recommendation_update_revision AFTER UPDATE ON recommendation BEGIN
          INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
            ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
          INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
            ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        END;
        CREATE TRIGGER recommendation_delete_revision AFTER DELETE ON recommendation BEGIN
          INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
            ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        END;
        """,
      postgres: [
        #"ALTER TABLE audit ADD COLUMN statuses text COLLATE "C""#,
        #"ALTER TABLE round ADD COLUMN opinions text COLLATE "C""#,
        // v1's CHECK of the four, whatever the server named it.
        """
        DO $$
        DECLARE
          old text;
        BEGIN
          FOR old IN SELECT conname FROM pg_catalog.pg_constraint
            WHERE conrelid = 'recommendation'::pg_catalog.regclass AND contype = 'c'
              AND pg_catalog.pg_get_constraintdef(oid) LIKE '%not-started%'
          LOOP
            EXECUTE pg_catalog.format('ALTER TABLE recommendation DROP CONSTRAINT %I', old);
          END LOOP;
        END
        $$
        """,
        "ALTER TABLE recommendation ADD CONSTRAINT recommendation_status_check CHECK (status <> '')",
        """
        CREATE OR REPLACE FUNCTION public.granska_raw_change() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
          this_tx bigint := pg_catalog.txid_current();
          before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN pg_catalog.to_jsonb(OLD) END;
          after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN pg_catalog.to_jsonb(NEW) END;
          row_now jsonb := coalesce(after, before);
          the_audit text := CASE WHEN TG_TABLE_NAME = 'audit' THEN row_now->>'id'
            ELSE row_now->>'auditid' END;
          the_entity text := public.granska_column(TG_TABLE_NAME);
          the_id text := coalesce(row_now->>'id', row_now->>'position', '');
          owner_kind text;
          owner_id text;
          part_field text;
          column_name text;
          said public.granska_recorded;
          covered boolean;
        BEGIN
          CASE TG_TABLE_NAME
            WHEN 'audit' THEN the_id := row_now->>'id';
            WHEN 'assessment' THEN
              the_id := (row_now->>'roundid') || '/' || (row_now->>'questionid');
              owner_kind := 'round';
              owner_id := row_now->>'roundid';
            WHEN 'trainingcount' THEN
              the_entity := 'training';
              the_id := (row_now->>'snapshotdate') || '/' || (row_now->>'section');
              owner_kind := 'snapshot';
              owner_id := row_now->>'snapshotdate';
            WHEN 'trainingsnapshot' THEN
              the_entity := 'snapshot';
              the_id := row_now->>'date';
            WHEN 'evidence', 'note', 'recommendationquestion' THEN
              the_entity := 'recommendation';
              the_id := row_now->>'recommendationid';
              part_field := CASE TG_TABLE_NAME WHEN 'evidence' THEN 'evidence'
                WHEN 'note' THEN 'note' ELSE 'questions' END;
            ELSE NULL;
          END CASE;
          IF TG_OP = 'UPDATE' AND part_field IS NULL THEN
            -- Each changed column needs a row of its field ending in the value stored.
            FOR column_name IN SELECT k FROM pg_catalog.jsonb_object_keys(after) k
              WHERE k NOT IN ('auditid', 'version') ORDER BY k
            LOOP
              CONTINUE WHEN before->column_name IS NOT DISTINCT FROM after->column_name;
              SELECT * INTO said FROM public.granska_recorded r
              WHERE r.tx = this_tx AND r.auditId = the_audit AND r.entity = the_entity
                AND r.entityId = the_id AND r.field = public.granska_column(column_name);
              covered := FOUND AND (said.newValue IS NOT DISTINCT FROM after->>column_name
                -- A level of the role "none" is no assessment, and history says so.
                OR (said.newValue IS NULL AND column_name = 'level' AND EXISTS (
                  SELECT 1 FROM public.level l WHERE l.auditId = the_audit
                    AND l.id = after->>'level' AND l.role = 'none')));
              -- A move is one row, of the part moved: the parts it passed
              -- take their places with it.
              covered := covered OR (column_name = 'position'
                AND the_entity IN ('section', 'question', 'recommendation')
                AND EXISTS (SELECT 1 FROM public.granska_recorded r
                  WHERE r.tx = this_tx AND r.auditId = the_audit AND r.entity = the_entity
                    AND r.field = 'position'));
              -- A round's opinions are history rows of their own, one a
              -- section ("opinion", "round/section"): one of the round's covers them.
              covered := covered OR (TG_TABLE_NAME = 'round' AND column_name = 'opinions'
                AND EXISTS (SELECT 1 FROM public.granska_recorded r
                  WHERE r.tx = this_tx AND r.auditId = the_audit AND r.entity = 'opinion'
                    AND pg_catalog.left(r.entityId, pg_catalog.length(the_id) + 1)
                      = the_id || '/'));
              CONTINUE WHEN covered;
              INSERT INTO public.history (auditId, entity, entityId, field, oldValue, newValue)
              VALUES (the_audit, the_entity, the_id, public.granska_column(column_name),
                CASE WHEN said.tx IS NOT NULL THEN said.oldValue ELSE before->>column_name END,
                after->>column_name);
            END LOOP;
            RETURN NULL;
          END IF;
          -- A row added or removed needs a row naming it (a part: its field),
          -- or what it belongs to added or removed, or the audit imported.
          IF TG_OP <> 'UPDATE' AND EXISTS (
            SELECT 1 FROM public.granska_recorded r
            WHERE r.tx = this_tx AND r.auditId = the_audit AND (
              (r.entity = the_entity AND r.entityId = the_id
                AND (part_field IS NULL OR r.field IN (part_field, 'created', 'removed')))
              OR (r.entity = owner_kind AND r.entityId = owner_id
                AND r.field IN ('created', 'removed'))
              OR (r.entity = 'audit' AND r.entityId = the_audit AND r.field = 'import')))
          THEN
            RETURN NULL;
          END IF;
          INSERT INTO public.history (auditId, entity, entityId, field, oldValue, newValue)
          VALUES (the_audit, the_entity, the_id,
            public.granska_column(TG_TABLE_NAME) || ' ' || pg_catalog.lower(TG_OP),
            (before - 'auditid')::text, (after - 'auditid')::text);
          RETURN NULL;
        END
        $$
        """,
      ]),
    // Why a key figure, or a section of a training snapshot, no longer
    // applies (NULL: it does): retired, as sections, questions and
    // recommendations are (v9), never deleted. A lower-case name, so
    // PostgreSQL's history check (the map of v10) needs nothing new and
    // this text, translated, is all PostgreSQL runs. Self-contained, so
    // that it can be renumbered if another migration lands first.
    Migration(
      id: "v13-retired-figures",
      sql: """
        ALTER TABLE keyFigure ADD COLUMN retired TEXT;
        ALTER TABLE trainingCount ADD COLUMN retired TEXT;
        """),
    // Key figures, and a training snapshot's sections, are moved as
    // sections are (v11): one history row, of the part moved, covers the
    // places of those it passed. SQLite needs nothing; PostgreSQL's
    // history check (frozen here: v12's, with the two kinds added to the
    // rule of moves) takes such a row as covering their positions.
    Migration(
      id: "v14-moved-figures", sql: "",
      postgres: [
        """
        CREATE OR REPLACE FUNCTION public.granska_raw_change() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
          this_tx bigint := pg_catalog.txid_current();
          before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN pg_catalog.to_jsonb(OLD) END;
          after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN pg_catalog.to_jsonb(NEW) END;
          row_now jsonb := coalesce(after, before);
          the_audit text := CASE WHEN TG_TABLE_NAME = 'audit' THEN row_now->>'id'
            ELSE row_now->>'auditid' END;
          the_entity text := public.granska_column(TG_TABLE_NAME);
          the_id text := coalesce(row_now->>'id', row_now->>'position', '');
          owner_kind text;
          owner_id text;
          part_field text;
          column_name text;
          said public.granska_recorded;
          covered boolean;
        BEGIN
          CASE TG_TABLE_NAME
            WHEN 'audit' THEN the_id := row_now->>'id';
            WHEN 'assessment' THEN
              the_id := (row_now->>'roundid') || '/' || (row_now->>'questionid');
              owner_kind := 'round';
              owner_id := row_now->>'roundid';
            WHEN 'trainingcount' THEN
              the_entity := 'training';
              the_id := (row_now->>'snapshotdate') || '/' || (row_now->>'section');
              owner_kind := 'snapshot';
              owner_id := row_now->>'snapshotdate';
            WHEN 'trainingsnapshot' THEN
              the_entity := 'snapshot';
              the_id := row_now->>'date';
            WHEN 'evidence', 'note', 'recommendationquestion' THEN
              the_entity := 'recommendation';
              the_id := row_now->>'recommendationid';
              part_field := CASE TG_TABLE_NAME WHEN 'evidence' THEN 'evidence'
                WHEN 'note' THEN 'note' ELSE 'questions' END;
            ELSE NULL;
          END CASE;
          IF TG_OP = 'UPDATE' AND part_field IS NULL THEN
            -- Each changed column needs a row of its field ending in the value stored.
            FOR column_name IN SELECT k FROM pg_catalog.jsonb_object_keys(after) k
              WHERE k NOT IN ('auditid', 'version') ORDER BY k
            LOOP
              CONTINUE WHEN before->column_name IS NOT DISTINCT FROM after->column_name;
              SELECT * INTO said FROM public.granska_recorded r
              WHERE r.tx = this_tx AND r.auditId = the_audit AND r.entity = the_entity
                AND r.entityId = the_id AND r.field = public.granska_column(column_name);
              covered := FOUND AND (said.newValue IS NOT DISTINCT FROM after->>column_name
                -- A level of the role "none" is no assessment, and history says so.
                OR (said.newValue IS NULL AND column_name = 'level' AND EXISTS (
                  SELECT 1 FROM public.level l WHERE l.auditId = the_audit
                    AND l.id = after->>'level' AND l.role = 'none')));
              -- A move is one row, of the part moved: the parts it passed
              -- take their places with it.
              covered := covered OR (column_name = 'position'
                AND the_entity IN ('section', 'question', 'recommendation', 'keyFigure',
                  'training')
                AND EXISTS (SELECT 1 FROM public.granska_recorded r
                  WHERE r.tx = this_tx AND r.auditId = the_audit AND r.entity = the_entity
                    AND r.field = 'position'));
              -- A round's opinions are history rows of their own, one a
              -- section ("opinion", "round/section"): one of the round's covers them.
              covered := covered OR (TG_TABLE_NAME = 'round' AND column_name = 'opinions'
                AND EXISTS (SELECT 1 FROM public.granska_recorded r
                  WHERE r.tx = this_tx AND r.auditId = the_audit AND r.entity = 'opinion'
                    AND pg_catalog.left(r.entityId, pg_catalog.length(the_id) + 1)
                      = the_id || '/'));
              CONTINUE WHEN covered;
              INSERT INTO public.history (auditId, entity, entityId, field, oldValue, newValue)
              VALUES (the_audit, the_entity, the_id, public.granska_column(column_name),
                CASE WHEN said.tx IS NOT NULL THEN said.oldValue ELSE before->>column_name END,
                after->>column_name);
            END LOOP;
            RETURN NULL;
          END IF;
          -- A row added or removed needs a row naming it (a part: its field),
          -- or what it belongs to added or removed, or the audit imported.
          IF TG_OP <> 'UPDATE' AND EXISTS (
            SELECT 1 FROM public.granska_recorded r
            WHERE r.tx = this_tx AND r.auditId = the_audit AND (
              (r.entity = the_entity AND r.entityId = the_id
                AND (part_field IS NULL OR r.field IN (part_field, 'created', 'removed')))
              OR (r.entity = owner_kind AND r.entityId = owner_id
                AND r.field IN ('created', 'removed'))
              OR (r.entity = 'audit' AND r.entityId = the_audit AND r.field = 'import')))
          THEN
            RETURN NULL;
          END IF;
          INSERT INTO public.history (auditId, entity, entityId, field, oldValue, newValue)
          VALUES (the_audit, the_entity, the_id,
            public.granska_column(TG_TABLE_NAME) || ' ' || pg_catalog.lower(TG_OP),
            (before - 'auditid')::text, (after - 'auditid')::text);
          RETURN NULL;
        END
        $$
        """
      ]),
    // The first PostgreSQL databases (v4) made four references cascade on
    // delete where every later one defers them to the commit (as SQLite
    // always has): those found cascading are made as a new database's.
    // Found by definition, not name alone; SQLite needs nothing.
    Migration(
      id: "v15-deferred-references", sql: "",
      postgres: [
        """
        DO $$
        DECLARE
          reference record;
        BEGIN
          FOR reference IN
            SELECT c.conrelid::pg_catalog.regclass AS owner, c.conname AS name,
              pg_catalog.pg_get_constraintdef(c.oid) AS definition
            FROM pg_catalog.pg_constraint c
            WHERE c.contype = 'f' AND c.connamespace = 'public'::pg_catalog.regnamespace
              AND c.conname IN ('assessment_auditid_level_fkey',
                'assessment_auditid_questionid_fkey', 'question_auditid_sectionid_fkey',
                'recommendationquestion_auditid_questionid_fkey')
              AND pg_catalog.pg_get_constraintdef(c.oid) LIKE '% ON DELETE CASCADE'
          LOOP
            EXECUTE pg_catalog.format('ALTER TABLE %s DROP CONSTRAINT %I',
              reference.owner, reference.name);
            EXECUTE pg_catalog.format('ALTER TABLE %s ADD CONSTRAINT %I %s', reference.owner,
              reference.name, pg_catalog.replace(reference.definition, 'ON DELETE CASCADE',
                'DEFERRABLE INITIALLY DEFERRED'));
          END LOOP;
        END
        $$
        """
      ]),
  ]

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for migration in migrations {
      migrator.registerMigration(migration.id) { db in try db.execute(sql: migration.sql) }
    }
    return migrator
  }

  private static let version1 = """
    CREATE TABLE audit (
      id TEXT PRIMARY KEY NOT NULL,
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      organisation TEXT NOT NULL,
      auditor TEXT NOT NULL,
      commissionedBy TEXT NOT NULL,
      year INTEGER NOT NULL,
      purpose TEXT NOT NULL,
      overallLevel TEXT NOT NULL,
      overallAssessment TEXT NOT NULL,
      strategicGoals TEXT NOT NULL,   -- JSON array of text
      criteria TEXT NOT NULL,         -- JSON array of text
      replyDecisionDate TEXT,
      replyParagraph TEXT,
      replyDiaryNumber TEXT
    );
    CREATE TABLE level (
      auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position INTEGER NOT NULL,
      label TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('good', 'fair', 'warn', 'bad', 'none')),
      PRIMARY KEY (auditId, id)
    );
    CREATE TABLE document (
      auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      issuedBy TEXT NOT NULL,
      date TEXT,
      reference TEXT,
      note TEXT,
      PRIMARY KEY (auditId, position)
    );
    CREATE TABLE section (
      auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      observations TEXT NOT NULL,
      assessment TEXT NOT NULL,
      PRIMARY KEY (auditId, id)
    );
    CREATE TABLE question (
      auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position INTEGER NOT NULL,
      sectionId TEXT NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (auditId, id),
      FOREIGN KEY (auditId, sectionId) REFERENCES section(auditId, id)
    );
    CREATE TABLE round (
      auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      date TEXT,
      kind TEXT NOT NULL CHECK (kind IN ('audit', 'follow-up')),
      PRIMARY KEY (auditId, id)
    );
    CREATE TABLE assessment (
      auditId TEXT NOT NULL,
      roundId TEXT NOT NULL,
      questionId TEXT NOT NULL,
      position INTEGER NOT NULL,
      level TEXT NOT NULL,
      remark TEXT,
      version INTEGER NOT NULL DEFAULT 1,
      PRIMARY KEY (auditId, roundId, questionId),
      FOREIGN KEY (auditId, roundId) REFERENCES round(auditId, id) ON DELETE CASCADE,
      FOREIGN KEY (auditId, questionId) REFERENCES question(auditId, id),
      FOREIGN KEY (auditId, level) REFERENCES level(auditId, id)
    );
    CREATE TABLE recommendation (
      auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position INTEGER NOT NULL,
      text TEXT NOT NULL,
      status TEXT NOT NULL
        CHECK (status IN ('not-started', 'in-progress', 'done', 'not-applicable')),
      owner TEXT,
      dueDate TEXT,
      plannedAction TEXT,
      version INTEGER NOT NULL DEFAULT 1,
      PRIMARY KEY (auditId, id)
    );
    CREATE INDEX recommendation_order ON recommendation(auditId, position);
    CREATE TABLE recommendationQuestion (
      auditId TEXT NOT NULL,
      recommendationId TEXT NOT NULL,
      questionId TEXT NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (auditId, recommendationId, questionId),
      FOREIGN KEY (auditId, recommendationId) REFERENCES recommendation(auditId, id)
        ON DELETE CASCADE,
      FOREIGN KEY (auditId, questionId) REFERENCES question(auditId, id)
    );
    CREATE INDEX recommendationQuestion_question ON recommendationQuestion(auditId, questionId);
    CREATE TABLE evidence (
      auditId TEXT NOT NULL,
      recommendationId TEXT NOT NULL,
      position INTEGER NOT NULL,
      reference TEXT NOT NULL,
      PRIMARY KEY (auditId, recommendationId, position),
      FOREIGN KEY (auditId, recommendationId) REFERENCES recommendation(auditId, id)
        ON DELETE CASCADE
    );
    CREATE TABLE note (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      auditId TEXT NOT NULL,
      recommendationId TEXT NOT NULL,
      date TEXT NOT NULL,
      author TEXT,
      text TEXT NOT NULL,
      FOREIGN KEY (auditId, recommendationId) REFERENCES recommendation(auditId, id)
        ON DELETE CASCADE
    );
    CREATE INDEX note_recommendation ON note(auditId, recommendationId);
    CREATE TABLE trainingSnapshot (
      auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      source TEXT NOT NULL,
      targetPercent INTEGER NOT NULL CHECK (targetPercent BETWEEN 0 AND 100),
      illustrative INTEGER NOT NULL,
      PRIMARY KEY (auditId, date)
    );
    CREATE TABLE trainingCount (
      auditId TEXT NOT NULL,
      snapshotDate TEXT NOT NULL,
      section TEXT NOT NULL,
      position INTEGER NOT NULL,
      employees INTEGER NOT NULL CHECK (employees >= 0),
      completed INTEGER NOT NULL CHECK (completed >= 0),
      started INTEGER NOT NULL CHECK (started >= 0),
      version INTEGER NOT NULL DEFAULT 1,
      CHECK (completed + started <= employees),
      PRIMARY KEY (auditId, snapshotDate, section),
      FOREIGN KEY (auditId, snapshotDate) REFERENCES trainingSnapshot(auditId, date)
        ON DELETE CASCADE
    );
    CREATE TABLE keyFigure (
      auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      value REAL NOT NULL,
      unit TEXT NOT NULL,
      period TEXT NOT NULL,
      source TEXT NOT NULL,
      PRIMARY KEY (auditId, id)
    );
    -- One row per saved change, written in the same transaction as the change.
    -- Not tied to audit by a foreign key: history outlives what it describes.
    CREATE TABLE history (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,          -- UTC, ISO 8601 with milliseconds
      account TEXT NOT NULL,     -- the Unix account as the OS reports it
      auditId TEXT NOT NULL,
      entity TEXT NOT NULL,      -- audit, recommendation, assessment, round, training, …
      entityId TEXT NOT NULL,
      field TEXT NOT NULL,
      oldValue TEXT,
      newValue TEXT
    );
    CREATE INDEX history_audit ON history(auditId, id);
    """
}
