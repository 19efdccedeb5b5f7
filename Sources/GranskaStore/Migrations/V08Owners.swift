extension Schema {
  /// The owner directory (see `Owners`): who an owner is, where their
  /// reminders go. PostgreSQL: read by both group roles, changed by editors;
  /// writers take turns here too, and a change made in psql without its
  /// history rows gets them from the database.
  static let v08Owners = Migration(
    id: "v8-owners",
    sqlite: #"""
      CREATE TABLE owner (
        name TEXT PRIMARY KEY NOT NULL,  -- as recommendations name the owner
        email TEXT NOT NULL,
        person TEXT                      -- the name in granska keys (or the account) who is the owner
      );
      """#,
    postgres: [
      #"""
      CREATE TABLE public.owner (
        name text COLLATE "C" PRIMARY KEY NOT NULL,
        email text COLLATE "C" NOT NULL,
        person text COLLATE "C"
      )
      """#,
      #"REVOKE ALL ON public.owner FROM PUBLIC"#,
      #"GRANT SELECT ON public.owner TO granska_viewer, granska_editor"#,
      #"GRANT INSERT, UPDATE, DELETE ON public.owner TO granska_editor"#,
      #"""
      CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON public.owner FOR EACH STATEMENT EXECUTE FUNCTION public.granska_take_turn()
      """#,
      #"""
      CREATE FUNCTION public.granska_owner_change() RETURNS trigger LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
      DECLARE
        this_tx bigint := pg_catalog.txid_current();
        before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN pg_catalog.to_jsonb(OLD) END;
        after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN pg_catalog.to_jsonb(NEW) END;
        the_name text := coalesce(before->>'name', after->>'name');
        the_field text;
      BEGIN
        FOREACH the_field IN ARRAY ARRAY['name', 'email', 'person'] LOOP
          CONTINUE WHEN before->>the_field IS NOT DISTINCT FROM after->>the_field;
          -- Granska never renames an owner; its added or removed entry has no name row.
          CONTINUE WHEN the_field = 'name' AND (before IS NULL OR after IS NULL);
          CONTINUE WHEN EXISTS (
            SELECT 1 FROM public.granska_recorded r
            WHERE r.tx = this_tx AND r.auditId = '' AND r.entity = 'owner'
              AND r.entityId = the_name AND r.field = the_field
              AND r.newValue IS NOT DISTINCT FROM after->>the_field);
          INSERT INTO public.history (auditId, entity, entityId, field, oldValue, newValue)
          VALUES ('', 'owner', the_name, the_field, before->>the_field, after->>the_field);
        END LOOP;
        RETURN NULL;
      END
      $$
      """#,
      #"""
      CREATE CONSTRAINT TRIGGER granska_owner_change AFTER INSERT OR UPDATE OR DELETE
        ON public.owner DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION public.granska_owner_change()
      """#,
    ])
}
