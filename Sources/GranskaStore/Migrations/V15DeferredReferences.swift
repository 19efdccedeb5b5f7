extension Schema {
  /// The first PostgreSQL databases (v4) made four references cascade on
  /// delete where every later one defers them to the commit (as SQLite
  /// always has): those found cascading are made as a new database's. Found
  /// by definition, not name alone; SQLite needs nothing.
  static let v15DeferredReferences = Migration(
    id: "v15-deferred-references",
    sqlite: "",
    postgres: [
      #"""
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
      """#
    ])
}
