extension Schema {
  /// A number per audit that every change to its rows raises, by any path
  /// (see `Revision`): a save re-reads the audit only when it moved. SQLite
  /// counts up, by a trigger per table and kind of change; PostgreSQL stamps
  /// the writing transaction's id, and every statement that changes an audit
  /// takes the writers' turn first. And, on SQLite, the indexes a save's reads
  /// need: a field's latest history row (PostgreSQL has it since v4), and the
  /// list of audits without their texts.
  static let v06Revision = Migration(
    id: "v6-revision",
    sqlite: #"""
      CREATE TABLE revision (
        auditId TEXT PRIMARY KEY NOT NULL,
        number INTEGER NOT NULL
      );
      CREATE TRIGGER audit_insert_revision AFTER INSERT ON audit BEGIN
        INSERT INTO revision (auditId, number) VALUES (NEW.id, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER audit_update_revision AFTER UPDATE ON audit BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.id, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        INSERT INTO revision (auditId, number) VALUES (NEW.id, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER audit_delete_revision AFTER DELETE ON audit BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.id, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER level_insert_revision AFTER INSERT ON level BEGIN
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER level_update_revision AFTER UPDATE ON level BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER level_delete_revision AFTER DELETE ON level BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER document_insert_revision AFTER INSERT ON document BEGIN
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER document_update_revision AFTER UPDATE ON document BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER document_delete_revision AFTER DELETE ON document BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER section_insert_revision AFTER INSERT ON section BEGIN
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER section_update_revision AFTER UPDATE ON section BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER section_delete_revision AFTER DELETE ON section BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER question_insert_revision AFTER INSERT ON question BEGIN
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER question_update_revision AFTER UPDATE ON question BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER question_delete_revision AFTER DELETE ON question BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER round_insert_revision AFTER INSERT ON round BEGIN
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER round_update_revision AFTER UPDATE ON round BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER round_delete_revision AFTER DELETE ON round BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER assessment_insert_revision AFTER INSERT ON assessment BEGIN
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER assessment_update_revision AFTER UPDATE ON assessment BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER assessment_delete_revision AFTER DELETE ON assessment BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
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
      CREATE TRIGGER recommendationQuestion_insert_revision AFTER INSERT ON recommendationQuestion BEGIN
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER recommendationQuestion_update_revision AFTER UPDATE ON recommendationQuestion BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER recommendationQuestion_delete_revision AFTER DELETE ON recommendationQuestion BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER evidence_insert_revision AFTER INSERT ON evidence BEGIN
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER evidence_update_revision AFTER UPDATE ON evidence BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER evidence_delete_revision AFTER DELETE ON evidence BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER note_insert_revision AFTER INSERT ON note BEGIN
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER note_update_revision AFTER UPDATE ON note BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER note_delete_revision AFTER DELETE ON note BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER trainingSnapshot_insert_revision AFTER INSERT ON trainingSnapshot BEGIN
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER trainingSnapshot_update_revision AFTER UPDATE ON trainingSnapshot BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER trainingSnapshot_delete_revision AFTER DELETE ON trainingSnapshot BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER trainingCount_insert_revision AFTER INSERT ON trainingCount BEGIN
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER trainingCount_update_revision AFTER UPDATE ON trainingCount BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER trainingCount_delete_revision AFTER DELETE ON trainingCount BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER keyFigure_insert_revision AFTER INSERT ON keyFigure BEGIN
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER keyFigure_update_revision AFTER UPDATE ON keyFigure BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER keyFigure_delete_revision AFTER DELETE ON keyFigure BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER history_insert_revision AFTER INSERT ON history BEGIN
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER history_update_revision AFTER UPDATE ON history BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
        INSERT INTO revision (auditId, number) VALUES (NEW.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE TRIGGER history_delete_revision AFTER DELETE ON history BEGIN
        INSERT INTO revision (auditId, number) VALUES (OLD.auditId, 1)
          ON CONFLICT (auditId) DO UPDATE SET number = number + 1;
      END;
      CREATE INDEX history_field ON history(auditId, entity, entityId, field, id);
      CREATE INDEX audit_list ON audit(position, id, title, organisation, year);
      """#,
    postgres: [
      #"""
      CREATE TABLE revision (
        auditId text COLLATE "C" PRIMARY KEY NOT NULL,
        number BIGINT NOT NULL
      )
      """#,
      #"""
      CREATE FUNCTION granska_revise() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path FROM CURRENT AS $$
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
        INSERT INTO revision (auditId, number)
          SELECT DISTINCT audit, txid_current() FROM unnest(ARRAY[before_audit, after_audit]) audit
          WHERE audit IS NOT NULL
          ON CONFLICT (auditId) DO UPDATE SET number = excluded.number
          WHERE revision.number <> excluded.number;
        RETURN NULL;
      END
      $$
      """#,
      #"""
      CREATE FUNCTION granska_revise_all() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path FROM CURRENT AS $$
      BEGIN
        INSERT INTO revision (auditId, number) SELECT id, txid_current() FROM audit
          ON CONFLICT (auditId) DO UPDATE SET number = excluded.number;
        UPDATE revision SET number = txid_current();
        RETURN NULL;
      END
      $$
      """#,
      #"""
      CREATE FUNCTION granska_take_turn() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(29117685391649633);
        RETURN NULL;
      END
      $$
      """#,
      #"REVOKE ALL ON revision FROM PUBLIC"#,
      #"GRANT SELECT ON revision TO granska_viewer, granska_editor"#,
      #"""
      CREATE TRIGGER granska_revise AFTER INSERT OR UPDATE OR DELETE ON audit
        FOR EACH ROW EXECUTE FUNCTION granska_revise()
      """#,
      #"""
      CREATE TRIGGER granska_revise_all AFTER TRUNCATE ON audit
        FOR EACH STATEMENT EXECUTE FUNCTION granska_revise_all()
      """#,
      #"""
      CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON audit FOR EACH STATEMENT EXECUTE FUNCTION granska_take_turn()
      """#,
      #"""
      CREATE TRIGGER granska_revise AFTER INSERT OR UPDATE OR DELETE ON level
        FOR EACH ROW EXECUTE FUNCTION granska_revise()
      """#,
      #"""
      CREATE TRIGGER granska_revise_all AFTER TRUNCATE ON level
        FOR EACH STATEMENT EXECUTE FUNCTION granska_revise_all()
      """#,
      #"""
      CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON level FOR EACH STATEMENT EXECUTE FUNCTION granska_take_turn()
      """#,
      #"""
      CREATE TRIGGER granska_revise AFTER INSERT OR UPDATE OR DELETE ON document
        FOR EACH ROW EXECUTE FUNCTION granska_revise()
      """#,
      #"""
      CREATE TRIGGER granska_revise_all AFTER TRUNCATE ON document
        FOR EACH STATEMENT EXECUTE FUNCTION granska_revise_all()
      """#,
      #"""
      CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON document FOR EACH STATEMENT EXECUTE FUNCTION granska_take_turn()
      """#,
      #"""
      CREATE TRIGGER granska_revise AFTER INSERT OR UPDATE OR DELETE ON section
        FOR EACH ROW EXECUTE FUNCTION granska_revise()
      """#,
      #"""
      CREATE TRIGGER granska_revise_all AFTER TRUNCATE ON section
        FOR EACH STATEMENT EXECUTE FUNCTION granska_revise_all()
      """#,
      #"""
      CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON section FOR EACH STATEMENT EXECUTE FUNCTION granska_take_turn()
      """#,
      #"""
      CREATE TRIGGER granska_revise AFTER INSERT OR UPDATE OR DELETE ON question
        FOR EACH ROW EXECUTE FUNCTION granska_revise()
      """#,
      #"""
      CREATE TRIGGER granska_revise_all AFTER TRUNCATE ON question
        FOR EACH STATEMENT EXECUTE FUNCTION granska_revise_all()
      """#,
      #"""
      CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON question FOR EACH STATEMENT EXECUTE FUNCTION granska_take_turn()
      """#,
      #"""
      CREATE TRIGGER granska_revise AFTER INSERT OR UPDATE OR DELETE ON round
        FOR EACH ROW EXECUTE FUNCTION granska_revise()
      """#,
      #"""
      CREATE TRIGGER granska_revise_all AFTER TRUNCATE ON round
        FOR EACH STATEMENT EXECUTE FUNCTION granska_revise_all()
      """#,
      #"""
      CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON round FOR EACH STATEMENT EXECUTE FUNCTION granska_take_turn()
      """#,
      #"""
      CREATE TRIGGER granska_revise AFTER INSERT OR UPDATE OR DELETE ON assessment
        FOR EACH ROW EXECUTE FUNCTION granska_revise()
      """#,
      #"""
      CREATE TRIGGER granska_revise_all AFTER TRUNCATE ON assessment
        FOR EACH STATEMENT EXECUTE FUNCTION granska_revise_all()
      """#,
      #"""
      CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON assessment FOR EACH STATEMENT EXECUTE FUNCTION granska_take_turn()
      """#,
      #"""
      CREATE TRIGGER granska_revise AFTER INSERT OR UPDATE OR DELETE ON recommendation
        FOR EACH ROW EXECUTE FUNCTION granska_revise()
      """#,
      #"""
      CREATE TRIGGER granska_revise_all AFTER TRUNCATE ON recommendation
        FOR EACH STATEMENT EXECUTE FUNCTION granska_revise_all()
      """#,
      #"""
      CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON recommendation FOR EACH STATEMENT EXECUTE FUNCTION granska_take_turn()
      """#,
      #"""
      CREATE TRIGGER granska_revise AFTER INSERT OR UPDATE OR DELETE ON recommendationQuestion
        FOR EACH ROW EXECUTE FUNCTION granska_revise()
      """#,
      #"""
      CREATE TRIGGER granska_revise_all AFTER TRUNCATE ON recommendationQuestion
        FOR EACH STATEMENT EXECUTE FUNCTION granska_revise_all()
      """#,
      #"""
      CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON recommendationQuestion FOR EACH STATEMENT EXECUTE FUNCTION granska_take_turn()
      """#,
      #"""
      CREATE TRIGGER granska_revise AFTER INSERT OR UPDATE OR DELETE ON evidence
        FOR EACH ROW EXECUTE FUNCTION granska_revise()
      """#,
      #"""
      CREATE TRIGGER granska_revise_all AFTER TRUNCATE ON evidence
        FOR EACH STATEMENT EXECUTE FUNCTION granska_revise_all()
      """#,
      #"""
      CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON evidence FOR EACH STATEMENT EXECUTE FUNCTION granska_take_turn()
      """#,
      #"""
      CREATE TRIGGER granska_revise AFTER INSERT OR UPDATE OR DELETE ON note
        FOR EACH ROW EXECUTE FUNCTION granska_revise()
      """#,
      #"""
      CREATE TRIGGER granska_revise_all AFTER TRUNCATE ON note
        FOR EACH STATEMENT EXECUTE FUNCTION granska_revise_all()
      """#,
      #"""
      CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON note FOR EACH STATEMENT EXECUTE FUNCTION granska_take_turn()
      """#,
      #"""
      CREATE TRIGGER granska_revise AFTER INSERT OR UPDATE OR DELETE ON trainingSnapshot
        FOR EACH ROW EXECUTE FUNCTION granska_revise()
      """#,
      #"""
      CREATE TRIGGER granska_revise_all AFTER TRUNCATE ON trainingSnapshot
        FOR EACH STATEMENT EXECUTE FUNCTION granska_revise_all()
      """#,
      #"""
      CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON trainingSnapshot FOR EACH STATEMENT EXECUTE FUNCTION granska_take_turn()
      """#,
      #"""
      CREATE TRIGGER granska_revise AFTER INSERT OR UPDATE OR DELETE ON trainingCount
        FOR EACH ROW EXECUTE FUNCTION granska_revise()
      """#,
      #"""
      CREATE TRIGGER granska_revise_all AFTER TRUNCATE ON trainingCount
        FOR EACH STATEMENT EXECUTE FUNCTION granska_revise_all()
      """#,
      #"""
      CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON trainingCount FOR EACH STATEMENT EXECUTE FUNCTION granska_take_turn()
      """#,
      #"""
      CREATE TRIGGER granska_revise AFTER INSERT OR UPDATE OR DELETE ON keyFigure
        FOR EACH ROW EXECUTE FUNCTION granska_revise()
      """#,
      #"""
      CREATE TRIGGER granska_revise_all AFTER TRUNCATE ON keyFigure
        FOR EACH STATEMENT EXECUTE FUNCTION granska_revise_all()
      """#,
      #"""
      CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON keyFigure FOR EACH STATEMENT EXECUTE FUNCTION granska_take_turn()
      """#,
      #"""
      CREATE TRIGGER granska_revise AFTER INSERT OR UPDATE OR DELETE ON history
        FOR EACH ROW EXECUTE FUNCTION granska_revise()
      """#,
      #"""
      CREATE TRIGGER granska_revise_all AFTER TRUNCATE ON history
        FOR EACH STATEMENT EXECUTE FUNCTION granska_revise_all()
      """#,
      #"""
      CREATE TRIGGER granska_take_turn BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON history FOR EACH STATEMENT EXECUTE FUNCTION granska_take_turn()
      """#,
    ])
}
