/// Migration v7, on PostgreSQL only: a history only the database writes, and a
/// writers' turn only editors can take. Frozen text: never computed from
/// today's code, so a database upgraded from v6 gets exactly these objects.
///
/// - Every function runs with `search_path = pg_catalog, public, pg_temp`
///   (temporary objects last, where they cannot stand in for a catalogue
///   table or one of Granska's) and names Granska's objects with `public.`.
/// - `granska_stamp` stamps every history row with `session_user`, the
///   server's time and an id of its own, and merges one person's quick
///   changes of one field (the rule `HistoryWriter.recordChange` keeps on
///   SQLite); no function deletes history on an editor's say.
/// - `granska_raw_change`, at commit, checks every changed row against the
///   history rows its transaction wrote: a changed column needs a row of its
///   own field ending in the value stored, an added or removed row one
///   naming it (or what it belongs to being added or removed, or the audit
///   imported). What no row covers is recorded as the database sees it.
/// - Writers take turns by locking the one row of `granska_turn`, which only
///   editors (through `granska_take_turn_now`) and Granska's triggers can lock.
extension Schema {
  static let v07TrustedHistory = Migration(
    id: "v7-trusted-history", sqlite: "",
    postgres: [
      "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
      // The writers' turn.
      """
      CREATE TABLE public.granska_turn (one boolean PRIMARY KEY DEFAULT true CHECK (one))
      """,
      "INSERT INTO public.granska_turn VALUES (true)",
      "REVOKE ALL ON public.granska_turn FROM PUBLIC",
      """
      CREATE FUNCTION public.granska_take_turn_now() RETURNS bigint LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
      BEGIN
        PERFORM 1 FROM public.granska_turn FOR UPDATE;
        RETURN pg_catalog.txid_current();
      END
      $$
      """,
      "REVOKE EXECUTE ON FUNCTION public.granska_take_turn_now() FROM PUBLIC",
      "GRANT EXECUTE ON FUNCTION public.granska_take_turn_now() TO granska_editor",
      """
      CREATE OR REPLACE FUNCTION public.granska_take_turn() RETURNS trigger LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
      BEGIN
        PERFORM 1 FROM public.granska_turn FOR UPDATE;
        RETURN NULL;
      END
      $$
      """,
      // Who holds the turn: the role (and program) of the transaction that
      // locked its row, while it runs.
      """
      CREATE FUNCTION public.granska_turn_holder() RETURNS text LANGUAGE sql STABLE
      SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT a.usename::text || coalesce(' (' || nullif(a.application_name, '') || ')', '')
        FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'transactionid' AND l.granted AND l.mode = 'ExclusiveLock'
          AND l.transactionid = (SELECT t.xmax FROM public.granska_turn t)
        LIMIT 1
      $$
      """,
      "REVOKE EXECUTE ON FUNCTION public.granska_turn_holder() FROM PUBLIC",
      "GRANT EXECUTE ON FUNCTION public.granska_turn_holder() TO granska_editor",
      // Ids only the database gives: an id chosen by an editor could take
      // one the sequence hands out later, and block every save after it.
      "ALTER TABLE public.history ALTER COLUMN id DROP IDENTITY",
      "CREATE SEQUENCE public.granska_history_id OWNED BY public.history.id",
      """
      SELECT pg_catalog.setval('public.granska_history_id',
        coalesce((SELECT max(id) FROM public.history), 0) + 1, false)
      """,
      "ALTER TABLE public.note ALTER COLUMN id DROP IDENTITY",
      "CREATE SEQUENCE public.granska_note_id OWNED BY public.note.id",
      """
      SELECT pg_catalog.setval('public.granska_note_id',
        coalesce((SELECT max(id) FROM public.note), 0) + 1, false)
      """,
      "REVOKE ALL ON SEQUENCE public.granska_history_id, public.granska_note_id FROM PUBLIC",
      """
      CREATE FUNCTION public.granska_note_id() RETURNS trigger LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
      BEGIN
        NEW.id := pg_catalog.nextval('public.granska_note_id'::pg_catalog.regclass);
        RETURN NEW;
      END
      $$
      """,
      """
      CREATE TRIGGER granska_note_id BEFORE INSERT ON public.note
        FOR EACH ROW EXECUTE FUNCTION public.granska_note_id()
      """,
      // What this transaction's history rows say: the field's last value
      // (and its first, after merging), for `granska_raw_change` at commit.
      "DROP FUNCTION public.granska_forget(bigint)",
      "DROP FUNCTION public.granska_mark(text)",
      "DROP TABLE public.granska_recorded",
      """
      CREATE UNLOGGED TABLE public.granska_recorded (
        tx bigint NOT NULL,
        auditId text COLLATE "C" NOT NULL,
        entity text COLLATE "C" NOT NULL,
        entityId text COLLATE "C" NOT NULL,
        field text COLLATE "C" NOT NULL,
        oldValue text COLLATE "C",
        newValue text COLLATE "C",
        PRIMARY KEY (tx, auditId, entity, entityId, field)
      )
      """,
      "REVOKE ALL ON public.granska_recorded FROM PUBLIC",
      """
      CREATE OR REPLACE FUNCTION public.granska_is_owner() RETURNS boolean LANGUAGE sql STABLE
      SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT pg_catalog.pg_has_role(session_user, c.relowner, 'USAGE')
        FROM pg_catalog.pg_class c WHERE c.oid = 'public.history'::pg_catalog.regclass
      $$
      """,
      """
      CREATE OR REPLACE FUNCTION public.granska_next_at() RETURNS text LANGUAGE plpgsql
      SET search_path = pg_catalog, public, pg_temp AS $$
      DECLARE
        last text;
        moment timestamptz := pg_catalog.clock_timestamp();
      BEGIN
        SELECT h.at INTO last FROM public.history h ORDER BY h.id DESC LIMIT 1;
        IF last IS NOT NULL AND last::timestamptz + interval '1 millisecond' > moment THEN
          moment := last::timestamptz + interval '1 millisecond';
        END IF;
        RETURN pg_catalog.to_char(moment AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
      END
      $$
      """,
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
          "recommendationquestion": "recommendationQuestion"}'::jsonb) ->> name, name)
      $$
      """,
      """
      CREATE OR REPLACE FUNCTION public.granska_stamp() RETURNS trigger LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
      DECLARE
        this_tx bigint := pg_catalog.txid_current();
        sent_old text := NEW.oldValue;
        last record;
        merged boolean := false;
      BEGIN
        NEW.id := pg_catalog.nextval('public.granska_history_id'::pg_catalog.regclass);
        NEW.account := session_user;
        NEW.at := public.granska_next_at();
        -- One person's changes of one field within two minutes are one decision.
        IF NEW.field NOT IN ('note', 'import', 'created', 'removed') THEN
          SELECT h.id, h.account, h.at, h.oldValue INTO last FROM public.history h
          WHERE h.auditId = NEW.auditId AND h.entity = NEW.entity
            AND h.entityId = NEW.entityId AND h.field = NEW.field
          ORDER BY h.id DESC LIMIT 1;
          IF FOUND AND last.account = NEW.account
            AND NEW.at::timestamptz - last.at::timestamptz <= interval '120 seconds'
          THEN
            DELETE FROM public.history WHERE id = last.id;
            NEW.oldValue := last.oldValue;
            merged := true;
          END IF;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM public.granska_recorded r WHERE r.tx = this_tx) THEN
          DELETE FROM public.granska_recorded r
          WHERE r.tx < pg_catalog.txid_snapshot_xmin(pg_catalog.txid_current_snapshot());
        END IF;
        INSERT INTO public.granska_recorded AS r
          (tx, auditId, entity, entityId, field, oldValue, newValue)
        VALUES (this_tx, NEW.auditId, NEW.entity, NEW.entityId, NEW.field, NEW.oldValue,
          NEW.newValue)
        ON CONFLICT (tx, auditId, entity, entityId, field)
          DO UPDATE SET newValue = excluded.newValue;
        IF merged AND NEW.oldValue IS NOT DISTINCT FROM NEW.newValue THEN
          RETURN NULL;  -- back where it started: no change to record
        END IF;
        RETURN NEW;
      END
      $$
      """,
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
      """
      CREATE OR REPLACE FUNCTION public.granska_notify() RETURNS trigger LANGUAGE plpgsql
      SET search_path = pg_catalog, public, pg_temp AS $$
      BEGIN
        -- The committing backend, so that a session ignores its own commits.
        PERFORM pg_catalog.pg_notify('granska', pg_catalog.pg_backend_pid()::text);
        RETURN NULL;
      END
      $$
      """,
      """
      CREATE OR REPLACE FUNCTION public.granska_revise() RETURNS trigger LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
      DECLARE
        before_audit text;
        after_audit text;
      BEGIN
        IF TG_TABLE_NAME = 'audit' THEN
          IF TG_OP <> 'INSERT' THEN before_audit := OLD.id; END IF;
          IF TG_OP <> 'DELETE' THEN after_audit := NEW.id; END IF;
        ELSE
          IF TG_OP <> 'INSERT' THEN before_audit := OLD.auditId; END IF;
          IF TG_OP <> 'DELETE' THEN after_audit := NEW.auditId; END IF;
        END IF;
        INSERT INTO public.revision AS v (auditId, number)
          SELECT DISTINCT audit, pg_catalog.txid_current()
          FROM pg_catalog.unnest(ARRAY[before_audit, after_audit]) audit
          WHERE audit IS NOT NULL
          ON CONFLICT (auditId) DO UPDATE SET number = excluded.number
          WHERE v.number <> excluded.number;
        RETURN NULL;
      END
      $$
      """,
      """
      CREATE OR REPLACE FUNCTION public.granska_revise_all() RETURNS trigger LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
      BEGIN
        INSERT INTO public.revision AS v (auditId, number)
          SELECT a.id, pg_catalog.txid_current() FROM public.audit a
          ON CONFLICT (auditId) DO UPDATE SET number = excluded.number;
        UPDATE public.revision SET number = pg_catalog.txid_current();
        RETURN NULL;
      END
      $$
      """,
    ])
}
