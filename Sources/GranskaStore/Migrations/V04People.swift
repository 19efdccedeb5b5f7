extension Schema {
  /// Service-account mode: people known by their SSH keys, each with a role.
  /// PostgreSQL, where Granska began at this version: also everything only a
  /// server has (see `PostgresSchema`): the table of migrations, the history
  /// functions and triggers (`granska_stamp`, `granska_raw_change`,
  /// `granska_notify`), `granska_forget`, and the grants to the group roles.
  static let v04People = Migration(
    id: "v4-people",
    sqlite: #"""
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
      """#,
    postgres: [
      #"""
      CREATE TABLE person (
        name text COLLATE "C" PRIMARY KEY NOT NULL,
        role text COLLATE "C" NOT NULL CHECK (role IN ('viewer', 'editor')),
        fullName text COLLATE "C"               
      )
      """#,
      #"""
      CREATE TABLE personKey (
        name text COLLATE "C" NOT NULL REFERENCES person(name) ON DELETE CASCADE,
        position BIGINT NOT NULL,
        type text COLLATE "C" NOT NULL,
        data text COLLATE "C" NOT NULL UNIQUE,  
        comment text COLLATE "C" NOT NULL,
        fingerprint text COLLATE "C" NOT NULL,  
        PRIMARY KEY (name, position)
      )
      """#,
      #"CREATE TABLE granska_migrations (identifier text COLLATE "C" PRIMARY KEY NOT NULL)"#,
      #"CREATE INDEX history_field ON history(auditId, entity, entityId, field, id)"#,
      #"""
      CREATE UNLOGGED TABLE granska_recorded (
        tx BIGINT NOT NULL,
        auditId text COLLATE "C" NOT NULL,
        PRIMARY KEY (tx, auditId)
      )
      """#,
      #"""
      CREATE FUNCTION granska_is_owner() RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT pg_has_role(session_user, relowner, 'USAGE') FROM pg_class
        WHERE oid = 'history'::regclass
      $$
      """#,
      #"""
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
      """#,
      #"""
      CREATE FUNCTION granska_mark(audit text) RETURNS void LANGUAGE sql AS $$
        DELETE FROM granska_recorded WHERE tx < txid_snapshot_xmin(txid_current_snapshot());
        INSERT INTO granska_recorded VALUES (txid_current(), audit) ON CONFLICT DO NOTHING;
      $$
      """#,
      #"""
      CREATE FUNCTION granska_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path FROM CURRENT AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(29117685391649633);
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
      """#,
      #"""
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
      """#,
      #"""
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
      """#,
      #"""
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
        PERFORM pg_advisory_xact_lock(29117685391649633);
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
      """#,
      #"""
      CREATE FUNCTION granska_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('granska', '');
        RETURN NULL;
      END
      $$
      """#,
      #"""
      CREATE TRIGGER granska_stamp BEFORE INSERT ON history
        FOR EACH ROW EXECUTE FUNCTION granska_stamp()
      """#,
      #"""
      CREATE TRIGGER granska_notify AFTER INSERT OR DELETE ON history
        FOR EACH STATEMENT EXECUTE FUNCTION granska_notify()
      """#,
      #"""
      CREATE CONSTRAINT TRIGGER granska_raw_change AFTER INSERT OR UPDATE OR DELETE ON audit
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION granska_raw_change()
      """#,
      #"""
      CREATE CONSTRAINT TRIGGER granska_raw_change AFTER INSERT OR UPDATE OR DELETE ON level
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION granska_raw_change()
      """#,
      #"""
      CREATE CONSTRAINT TRIGGER granska_raw_change AFTER INSERT OR UPDATE OR DELETE ON document
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION granska_raw_change()
      """#,
      #"""
      CREATE CONSTRAINT TRIGGER granska_raw_change AFTER INSERT OR UPDATE OR DELETE ON section
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION granska_raw_change()
      """#,
      #"""
      CREATE CONSTRAINT TRIGGER granska_raw_change AFTER INSERT OR UPDATE OR DELETE ON question
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION granska_raw_change()
      """#,
      #"""
      CREATE CONSTRAINT TRIGGER granska_raw_change AFTER INSERT OR UPDATE OR DELETE ON round
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION granska_raw_change()
      """#,
      #"""
      CREATE CONSTRAINT TRIGGER granska_raw_change AFTER INSERT OR UPDATE OR DELETE ON assessment
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION granska_raw_change()
      """#,
      #"""
      CREATE CONSTRAINT TRIGGER granska_raw_change AFTER INSERT OR UPDATE OR DELETE ON recommendation
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION granska_raw_change()
      """#,
      #"""
      CREATE CONSTRAINT TRIGGER granska_raw_change AFTER INSERT OR UPDATE OR DELETE ON recommendationQuestion
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION granska_raw_change()
      """#,
      #"""
      CREATE CONSTRAINT TRIGGER granska_raw_change AFTER INSERT OR UPDATE OR DELETE ON evidence
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION granska_raw_change()
      """#,
      #"""
      CREATE CONSTRAINT TRIGGER granska_raw_change AFTER INSERT OR UPDATE OR DELETE ON note
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION granska_raw_change()
      """#,
      #"""
      CREATE CONSTRAINT TRIGGER granska_raw_change AFTER INSERT OR UPDATE OR DELETE ON trainingSnapshot
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION granska_raw_change()
      """#,
      #"""
      CREATE CONSTRAINT TRIGGER granska_raw_change AFTER INSERT OR UPDATE OR DELETE ON trainingCount
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION granska_raw_change()
      """#,
      #"""
      CREATE CONSTRAINT TRIGGER granska_raw_change AFTER INSERT OR UPDATE OR DELETE ON keyFigure
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION granska_raw_change()
      """#,
      #"REVOKE ALL ON audit, level, document, section, question, round, assessment, recommendation, recommendationQuestion, evidence, note, trainingSnapshot, trainingCount, keyFigure, history, editor, person, personKey, granska_migrations, granska_recorded FROM PUBLIC"#,
      #"REVOKE EXECUTE ON FUNCTION granska_forget(bigint) FROM PUBLIC"#,
      #"GRANT USAGE ON SCHEMA public TO granska_viewer, granska_editor"#,
      #"GRANT SELECT ON audit, level, document, section, question, round, assessment, recommendation, recommendationQuestion, evidence, note, trainingSnapshot, trainingCount, keyFigure, history, editor, person, personKey, granska_migrations TO granska_viewer, granska_editor"#,
      #"GRANT INSERT, UPDATE, DELETE ON audit, level, document, section, question, round, assessment, recommendation, recommendationQuestion, evidence, note, trainingSnapshot, trainingCount, keyFigure TO granska_editor"#,
      #"GRANT INSERT ON history TO granska_editor"#,
      #"GRANT USAGE ON SEQUENCE note_id_seq, history_id_seq TO granska_editor"#,
      #"GRANT EXECUTE ON FUNCTION granska_forget(bigint) TO granska_editor"#,
    ])
}
