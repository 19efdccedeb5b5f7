extension Schema {
  /// A section, question or recommendation moved up or down: one history
  /// row, of the part moved ("Fråga Q3 flyttad upp"). On PostgreSQL the
  /// history check (v7's and one rule more) takes the places of the parts it
  /// passed as covered by that row. Nothing on SQLite.
  static let v11Moves = Migration(
    id: "v11-moves",
    sqlite: "",
    postgres: [
      #"""
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
      """#
    ])
}
