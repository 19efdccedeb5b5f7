/// Granska's tables in PostgreSQL: the same tables and columns as in SQLite
/// (names unquoted, so PostgreSQL folds them to lower case), text compared
/// byte by byte (`COLLATE "C"`, as SQLite does), and what only a server
/// can do:
///
/// - group roles `granska_editor` and `granska_viewer`, granted on these
///   tables: a viewer may read every table and change none, by any path;
/// - every history row names `session_user` and the server's time, stamped
///   by a trigger (`granska_stamp`), except for the schema's owner, who may
///   write history as it was (`granska copy`);
/// - a change to an audit's tables in a transaction that wrote no history
///   row for that audit gets one from the database at commit
///   (`granska_raw_change`), so an edit in `psql` still leaves history;
/// - an editor deletes history only through `granska_forget`: their own
///   latest row of a field, from the last two minutes (one decision merged);
/// - each commit that writes history notifies channel `granska`, which
///   every open dashboard listens on.
enum PostgresSchema {
  /// What `statements` create: SQLite's first migrations, in one.
  static let base = ["v1", "v2-editors", "v3-target-period", "v4-people"]

  /// SQLite's later migrations, each with its PostgreSQL twin. A new
  /// SQLite migration needs one here (`schemaVersion` is compared in the
  /// tests); applied in order by the schema's owner when it opens.
  static let upgrades: [(id: String, statements: [String])] = [
    ("v5-training-title", ["ALTER TABLE audit ADD COLUMN trainingTitle text COLLATE \"C\""])
  ]

  /// The same migration names as SQLite's, so `schemaVersion` means one thing.
  static var migrations: [String] { base + upgrades.map(\.id) }

  /// The tables that hold an audit, each with its primary key, in the
  /// order they can be filled.
  static let auditTables = [
    "audit", "level", "document", "section", "question", "round", "assessment",
    "recommendation", "recommendationQuestion", "evidence", "note", "trainingSnapshot",
    "trainingCount", "keyFigure",
  ]

  /// Advisory lock every writer holds until it commits: writers take turns,
  /// as SQLite's write lock makes them, so history times and ids follow
  /// the order of saving.
  static let writeLock: Int64 = 0x6772_616e_736b_61  // "granska"

  /// Creates everything; run once, in the first run's transaction.
  static var statements: [String] {
    tables.map { $0.replacingOccurrences(of: " TEXT", with: " text COLLATE \"C\"") } + functions
      + triggers + grants
  }

  private static let tables = [
    """
    CREATE TABLE granska_migrations (identifier TEXT PRIMARY KEY NOT NULL)
    """,
    """
    CREATE TABLE audit (
      id TEXT PRIMARY KEY NOT NULL,
      position BIGINT NOT NULL,
      title TEXT NOT NULL,
      organisation TEXT NOT NULL,
      auditor TEXT NOT NULL,
      commissionedBy TEXT NOT NULL,
      year BIGINT NOT NULL,
      purpose TEXT NOT NULL,
      overallLevel TEXT NOT NULL,
      overallAssessment TEXT NOT NULL,
      strategicGoals TEXT NOT NULL,
      criteria TEXT NOT NULL,
      replyDecisionDate TEXT,
      replyParagraph TEXT,
      replyDiaryNumber TEXT
    )
    """,
    """
    CREATE TABLE level (
      auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position BIGINT NOT NULL,
      label TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('good', 'fair', 'warn', 'bad', 'none')),
      PRIMARY KEY (auditId, id)
    )
    """,
    """
    CREATE TABLE document (
      auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      position BIGINT NOT NULL,
      title TEXT NOT NULL,
      issuedBy TEXT NOT NULL,
      date TEXT,
      reference TEXT,
      note TEXT,
      PRIMARY KEY (auditId, position)
    )
    """,
    """
    CREATE TABLE section (
      auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position BIGINT NOT NULL,
      title TEXT NOT NULL,
      observations TEXT NOT NULL,
      assessment TEXT NOT NULL,
      PRIMARY KEY (auditId, id)
    )
    """,
    """
    CREATE TABLE question (
      auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position BIGINT NOT NULL,
      sectionId TEXT NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (auditId, id),
      FOREIGN KEY (auditId, sectionId) REFERENCES section(auditId, id) ON DELETE CASCADE
    )
    """,
    """
    CREATE TABLE round (
      auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position BIGINT NOT NULL,
      title TEXT NOT NULL,
      date TEXT,
      kind TEXT NOT NULL CHECK (kind IN ('audit', 'follow-up')),
      PRIMARY KEY (auditId, id)
    )
    """,
    """
    CREATE TABLE assessment (
      auditId TEXT NOT NULL,
      roundId TEXT NOT NULL,
      questionId TEXT NOT NULL,
      position BIGINT NOT NULL,
      level TEXT NOT NULL,
      remark TEXT,
      version BIGINT NOT NULL DEFAULT 1,
      PRIMARY KEY (auditId, roundId, questionId),
      FOREIGN KEY (auditId, roundId) REFERENCES round(auditId, id) ON DELETE CASCADE,
      FOREIGN KEY (auditId, questionId) REFERENCES question(auditId, id) ON DELETE CASCADE,
      FOREIGN KEY (auditId, level) REFERENCES level(auditId, id) ON DELETE CASCADE
    )
    """,
    """
    CREATE TABLE recommendation (
      auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position BIGINT NOT NULL,
      text TEXT NOT NULL,
      status TEXT NOT NULL
        CHECK (status IN ('not-started', 'in-progress', 'done', 'not-applicable')),
      owner TEXT,
      dueDate TEXT,
      plannedAction TEXT,
      version BIGINT NOT NULL DEFAULT 1,
      PRIMARY KEY (auditId, id)
    )
    """,
    "CREATE INDEX recommendation_order ON recommendation(auditId, position)",
    """
    CREATE TABLE recommendationQuestion (
      auditId TEXT NOT NULL,
      recommendationId TEXT NOT NULL,
      questionId TEXT NOT NULL,
      position BIGINT NOT NULL,
      PRIMARY KEY (auditId, recommendationId, questionId),
      FOREIGN KEY (auditId, recommendationId) REFERENCES recommendation(auditId, id)
        ON DELETE CASCADE,
      FOREIGN KEY (auditId, questionId) REFERENCES question(auditId, id) ON DELETE CASCADE
    )
    """,
    """
    CREATE INDEX recommendationQuestion_question
      ON recommendationQuestion(auditId, questionId)
    """,
    """
    CREATE TABLE evidence (
      auditId TEXT NOT NULL,
      recommendationId TEXT NOT NULL,
      position BIGINT NOT NULL,
      reference TEXT NOT NULL,
      PRIMARY KEY (auditId, recommendationId, position),
      FOREIGN KEY (auditId, recommendationId) REFERENCES recommendation(auditId, id)
        ON DELETE CASCADE
    )
    """,
    """
    CREATE TABLE note (
      id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
      auditId TEXT NOT NULL,
      recommendationId TEXT NOT NULL,
      date TEXT NOT NULL,
      author TEXT,
      text TEXT NOT NULL,
      FOREIGN KEY (auditId, recommendationId) REFERENCES recommendation(auditId, id)
        ON DELETE CASCADE
    )
    """,
    "CREATE INDEX note_recommendation ON note(auditId, recommendationId)",
    """
    CREATE TABLE trainingSnapshot (
      auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      source TEXT NOT NULL,
      targetPercent BIGINT NOT NULL CHECK (targetPercent BETWEEN 0 AND 100),
      illustrative BIGINT NOT NULL,
      targetPeriod TEXT,
      PRIMARY KEY (auditId, date)
    )
    """,
    """
    CREATE TABLE trainingCount (
      auditId TEXT NOT NULL,
      snapshotDate TEXT NOT NULL,
      section TEXT NOT NULL,
      position BIGINT NOT NULL,
      employees BIGINT NOT NULL CHECK (employees >= 0),
      completed BIGINT NOT NULL CHECK (completed >= 0),
      started BIGINT NOT NULL CHECK (started >= 0),
      version BIGINT NOT NULL DEFAULT 1,
      CHECK (completed + started <= employees),
      PRIMARY KEY (auditId, snapshotDate, section),
      FOREIGN KEY (auditId, snapshotDate) REFERENCES trainingSnapshot(auditId, date)
        ON DELETE CASCADE
    )
    """,
    """
    CREATE TABLE keyFigure (
      auditId TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position BIGINT NOT NULL,
      name TEXT NOT NULL,
      value DOUBLE PRECISION NOT NULL,
      unit TEXT NOT NULL,
      period TEXT NOT NULL,
      source TEXT NOT NULL,
      PRIMARY KEY (auditId, id)
    )
    """,
    """
    CREATE TABLE history (
      id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
      at TEXT NOT NULL,
      account TEXT NOT NULL,
      auditId TEXT NOT NULL,
      entity TEXT NOT NULL,
      entityId TEXT NOT NULL,
      field TEXT NOT NULL,
      oldValue TEXT,
      newValue TEXT
    )
    """,
    "CREATE INDEX history_audit ON history(auditId, id)",
    "CREATE INDEX history_field ON history(auditId, entity, entityId, field, id)",
    """
    CREATE TABLE editor (
      kind TEXT NOT NULL CHECK (kind IN ('account', 'group')),
      name TEXT NOT NULL,
      PRIMARY KEY (kind, name)
    )
    """,
    """
    CREATE TABLE person (
      name TEXT PRIMARY KEY NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('viewer', 'editor')),
      fullName TEXT
    )
    """,
    """
    CREATE TABLE personKey (
      name TEXT NOT NULL REFERENCES person(name) ON DELETE CASCADE,
      position BIGINT NOT NULL,
      type TEXT NOT NULL,
      data TEXT NOT NULL UNIQUE,
      comment TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      PRIMARY KEY (name, position)
    )
    """,
    // Which audits the running transactions have written history for;
    // only Granska's own functions touch it.
    """
    CREATE UNLOGGED TABLE granska_recorded (
      tx BIGINT NOT NULL,
      auditId TEXT NOT NULL,
      PRIMARY KEY (tx, auditId)
    )
    """,
  ]

  private static let functions = [
    // The schema's owner (and superusers) may write history as it was.
    """
    CREATE FUNCTION granska_is_owner() RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT pg_has_role(session_user, relowner, 'USAGE') FROM pg_class
      WHERE oid = 'history'::regclass
    $$
    """,
    // History's time: UTC, ISO 8601 with milliseconds, never at or before the last row's.
    """
    CREATE FUNCTION granska_next_at() RETURNS text LANGUAGE plpgsql AS $$
    DECLARE
      last text;
      moment timestamptz := clock_timestamp();
    BEGIN
      SELECT at INTO last FROM history ORDER BY id DESC LIMIT 1;
      IF last IS NOT NULL AND last::timestamptz + interval '1 millisecond' > moment THEN
        moment := last::timestamptz + interval '1 millisecond';
      END IF;
      RETURN to_char(moment AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    END
    $$
    """,
    """
    CREATE FUNCTION granska_mark(audit text) RETURNS void LANGUAGE sql AS $$
      DELETE FROM granska_recorded WHERE tx < txid_snapshot_xmin(txid_current_snapshot());
      INSERT INTO granska_recorded VALUES (txid_current(), audit) ON CONFLICT DO NOTHING;
    $$
    """,
    """
    CREATE FUNCTION granska_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock(\(writeLock));
      IF NOT granska_is_owner() THEN
        NEW.account := session_user;
        NEW.at := granska_next_at();
      END IF;
      IF current_setting('granska.raw', true) IS DISTINCT FROM 'on' THEN
        PERFORM granska_mark(NEW.auditId);
      END IF;
      RETURN NEW;
    END
    $$
    """,
    """
    CREATE FUNCTION granska_forget(row_id bigint) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
    DECLARE
      h history;
    BEGIN
      SELECT * INTO h FROM history WHERE id = row_id;
      IF NOT FOUND THEN RETURN; END IF;
      IF NOT granska_is_owner() AND (h.account <> session_user
        OR h.at::timestamptz < clock_timestamp() - interval '120 seconds'
        OR EXISTS (SELECT 1 FROM history later WHERE later.auditId = h.auditId
          AND later.entity = h.entity AND later.entityId = h.entityId
          AND later.field = h.field AND later.id > h.id))
      THEN
        RAISE EXCEPTION 'only one''s own latest change of a field, from the last two minutes, can be merged'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      DELETE FROM history WHERE id = row_id;
      PERFORM granska_mark(h.auditId);
    END
    $$
    """,
    // Names in history as the Granska code writes them, not folded.
    """
    CREATE FUNCTION granska_column(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT coalesce(('{"duedate": "dueDate", "plannedaction": "plannedAction",
        "targetpercent": "targetPercent", "targetperiod": "targetPeriod",
        "commissionedby": "commissionedBy", "overalllevel": "overallLevel",
        "overallassessment": "overallAssessment", "strategicgoals": "strategicGoals",
        "replydecisiondate": "replyDecisionDate", "replyparagraph": "replyParagraph",
        "replydiarynumber": "replyDiaryNumber", "issuedby": "issuedBy",
        "sectionid": "sectionId", "trainingsnapshot": "trainingSnapshot",
        "trainingcount": "trainingCount", "keyfigure": "keyFigure",
        "recommendationquestion": "recommendationQuestion"}'::jsonb) ->> name, name)
    $$
    """,
    // A change no history row of its transaction covers: recorded as the
    // database sees it, one row per changed column (or the whole row when
    // one is added or removed), naming the role.
    """
    CREATE FUNCTION granska_raw_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
    DECLARE
      before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
      after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
      row_now jsonb := coalesce(after, before);
      audit text := CASE WHEN TG_TABLE_NAME = 'audit' THEN row_now->>'id'
        ELSE row_now->>'auditid' END;
      entity text := granska_column(TG_TABLE_NAME);
      entity_id text;
      key text;
    BEGIN
      PERFORM pg_advisory_xact_lock(\(writeLock));
      IF EXISTS (SELECT 1 FROM granska_recorded
        WHERE tx = txid_current() AND auditId = audit) THEN
        RETURN NULL;
      END IF;
      entity_id := CASE TG_TABLE_NAME
        WHEN 'assessment' THEN (row_now->>'roundid') || '/' || (row_now->>'questionid')
        WHEN 'trainingcount' THEN (row_now->>'snapshotdate') || '/' || (row_now->>'section')
        WHEN 'trainingsnapshot' THEN row_now->>'date'
        WHEN 'evidence' THEN row_now->>'recommendationid'
        WHEN 'note' THEN row_now->>'recommendationid'
        WHEN 'recommendationquestion' THEN row_now->>'recommendationid'
        WHEN 'audit' THEN row_now->>'id'
        ELSE coalesce(row_now->>'id', row_now->>'position', '')
      END;
      entity := CASE TG_TABLE_NAME
        WHEN 'trainingcount' THEN 'training'
        WHEN 'trainingsnapshot' THEN 'snapshot'
        WHEN 'evidence' THEN 'recommendation'
        WHEN 'note' THEN 'recommendation'
        WHEN 'recommendationquestion' THEN 'recommendation'
        ELSE entity
      END;
      PERFORM set_config('granska.raw', 'on', true);
      IF TG_OP = 'UPDATE' AND TG_TABLE_NAME NOT IN ('evidence', 'note', 'recommendationquestion')
      THEN
        FOR key IN SELECT k FROM jsonb_object_keys(after) k
          WHERE k NOT IN ('auditid', 'version') ORDER BY k
        LOOP
          IF before->key IS DISTINCT FROM after->key THEN
            INSERT INTO history (at, account, auditId, entity, entityId, field, oldValue, newValue)
            VALUES (granska_next_at(), session_user, audit, entity, entity_id,
              granska_column(key), before->>key, after->>key);
          END IF;
        END LOOP;
      ELSE
        INSERT INTO history (at, account, auditId, entity, entityId, field, oldValue, newValue)
        VALUES (granska_next_at(), session_user, audit, entity, entity_id,
          granska_column(TG_TABLE_NAME) || ' ' || lower(TG_OP),
          (before - 'auditid')::text, (after - 'auditid')::text);
      END IF;
      PERFORM set_config('granska.raw', 'off', true);
      RETURN NULL;
    END
    $$
    """,
    """
    CREATE FUNCTION granska_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('granska', '');
      RETURN NULL;
    END
    $$
    """,
  ]

  private static var triggers: [String] {
    [
      """
      CREATE TRIGGER granska_stamp BEFORE INSERT ON history
        FOR EACH ROW EXECUTE FUNCTION granska_stamp()
      """,
      """
      CREATE TRIGGER granska_notify AFTER INSERT OR DELETE ON history
        FOR EACH STATEMENT EXECUTE FUNCTION granska_notify()
      """,
    ]
      + auditTables.map { table in
        """
        CREATE CONSTRAINT TRIGGER granska_raw_change AFTER INSERT OR UPDATE OR DELETE ON \(table)
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION granska_raw_change()
        """
      }
  }

  /// The group roles, made when missing (roles belong to the whole server,
  /// and another database may have made them first).
  static let roles = ["granska_editor", "granska_viewer"].map { role in
    """
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(role)') THEN
        CREATE ROLE \(role) NOLOGIN;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$
    """
  }

  private static var grants: [String] {
    let audit = auditTables.joined(separator: ", ")
    let everything = audit + ", history, editor, person, personKey, granska_migrations"
    return [
      "REVOKE ALL ON \(everything), granska_recorded FROM PUBLIC",
      "REVOKE EXECUTE ON FUNCTION granska_forget(bigint) FROM PUBLIC",
      "GRANT USAGE ON SCHEMA public TO granska_viewer, granska_editor",
      "GRANT SELECT ON \(everything) TO granska_viewer, granska_editor",
      "GRANT INSERT, UPDATE, DELETE ON \(audit) TO granska_editor",
      "GRANT INSERT ON history TO granska_editor",
      "GRANT USAGE ON SEQUENCE note_id_seq, history_id_seq TO granska_editor",
      "GRANT EXECUTE ON FUNCTION granska_forget(bigint) TO granska_editor",
    ]
  }
}
