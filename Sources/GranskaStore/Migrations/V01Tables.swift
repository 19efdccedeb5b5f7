extension Schema {
  /// The tables of an audit and its history, as the first Granska made them.
  /// PostgreSQL: the same tables, its integers 64-bit, text compared byte by
  /// byte (`COLLATE "C"`, as SQLite does) and references checked at commit
  /// (SQLite checks one at the end of the whole delete, cascades included).
  static let v01Tables = Migration(
    id: "v1",
    sqlite: #"""
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
      """#,
    postgres: [
      #"""
      CREATE TABLE audit (
        id text COLLATE "C" PRIMARY KEY NOT NULL,
        position BIGINT NOT NULL,
        title text COLLATE "C" NOT NULL,
        organisation text COLLATE "C" NOT NULL,
        auditor text COLLATE "C" NOT NULL,
        commissionedBy text COLLATE "C" NOT NULL,
        year BIGINT NOT NULL,
        purpose text COLLATE "C" NOT NULL,
        overallLevel text COLLATE "C" NOT NULL,
        overallAssessment text COLLATE "C" NOT NULL,
        strategicGoals text COLLATE "C" NOT NULL,   
        criteria text COLLATE "C" NOT NULL,         
        replyDecisionDate text COLLATE "C",
        replyParagraph text COLLATE "C",
        replyDiaryNumber text COLLATE "C"
      )
      """#,
      #"""
      CREATE TABLE level (
        auditId text COLLATE "C" NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
        id text COLLATE "C" NOT NULL,
        position BIGINT NOT NULL,
        label text COLLATE "C" NOT NULL,
        role text COLLATE "C" NOT NULL CHECK (role IN ('good', 'fair', 'warn', 'bad', 'none')),
        PRIMARY KEY (auditId, id)
      )
      """#,
      #"""
      CREATE TABLE document (
        auditId text COLLATE "C" NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
        position BIGINT NOT NULL,
        title text COLLATE "C" NOT NULL,
        issuedBy text COLLATE "C" NOT NULL,
        date text COLLATE "C",
        reference text COLLATE "C",
        note text COLLATE "C",
        PRIMARY KEY (auditId, position)
      )
      """#,
      #"""
      CREATE TABLE section (
        auditId text COLLATE "C" NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
        id text COLLATE "C" NOT NULL,
        position BIGINT NOT NULL,
        title text COLLATE "C" NOT NULL,
        observations text COLLATE "C" NOT NULL,
        assessment text COLLATE "C" NOT NULL,
        PRIMARY KEY (auditId, id)
      )
      """#,
      #"""
      CREATE TABLE question (
        auditId text COLLATE "C" NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
        id text COLLATE "C" NOT NULL,
        position BIGINT NOT NULL,
        sectionId text COLLATE "C" NOT NULL,
        text text COLLATE "C" NOT NULL,
        PRIMARY KEY (auditId, id),
        FOREIGN KEY (auditId, sectionId) REFERENCES section(auditId, id) DEFERRABLE INITIALLY DEFERRED
      )
      """#,
      #"""
      CREATE TABLE round (
        auditId text COLLATE "C" NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
        id text COLLATE "C" NOT NULL,
        position BIGINT NOT NULL,
        title text COLLATE "C" NOT NULL,
        date text COLLATE "C",
        kind text COLLATE "C" NOT NULL CHECK (kind IN ('audit', 'follow-up')),
        PRIMARY KEY (auditId, id)
      )
      """#,
      #"""
      CREATE TABLE assessment (
        auditId text COLLATE "C" NOT NULL,
        roundId text COLLATE "C" NOT NULL,
        questionId text COLLATE "C" NOT NULL,
        position BIGINT NOT NULL,
        level text COLLATE "C" NOT NULL,
        remark text COLLATE "C",
        version BIGINT NOT NULL DEFAULT 1,
        PRIMARY KEY (auditId, roundId, questionId),
        FOREIGN KEY (auditId, roundId) REFERENCES round(auditId, id) ON DELETE CASCADE,
        FOREIGN KEY (auditId, questionId) REFERENCES question(auditId, id) DEFERRABLE INITIALLY DEFERRED,
        FOREIGN KEY (auditId, level) REFERENCES level(auditId, id) DEFERRABLE INITIALLY DEFERRED
      )
      """#,
      #"""
      CREATE TABLE recommendation (
        auditId text COLLATE "C" NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
        id text COLLATE "C" NOT NULL,
        position BIGINT NOT NULL,
        text text COLLATE "C" NOT NULL,
        status text COLLATE "C" NOT NULL
          CHECK (status IN ('not-started', 'in-progress', 'done', 'not-applicable')),
        owner text COLLATE "C",
        dueDate text COLLATE "C",
        plannedAction text COLLATE "C",
        version BIGINT NOT NULL DEFAULT 1,
        PRIMARY KEY (auditId, id)
      )
      """#,
      #"CREATE INDEX recommendation_order ON recommendation(auditId, position)"#,
      #"""
      CREATE TABLE recommendationQuestion (
        auditId text COLLATE "C" NOT NULL,
        recommendationId text COLLATE "C" NOT NULL,
        questionId text COLLATE "C" NOT NULL,
        position BIGINT NOT NULL,
        PRIMARY KEY (auditId, recommendationId, questionId),
        FOREIGN KEY (auditId, recommendationId) REFERENCES recommendation(auditId, id)
          ON DELETE CASCADE,
        FOREIGN KEY (auditId, questionId) REFERENCES question(auditId, id) DEFERRABLE INITIALLY DEFERRED
      )
      """#,
      #"CREATE INDEX recommendationQuestion_question ON recommendationQuestion(auditId, questionId)"#,
      #"""
      CREATE TABLE evidence (
        auditId text COLLATE "C" NOT NULL,
        recommendationId text COLLATE "C" NOT NULL,
        position BIGINT NOT NULL,
        reference text COLLATE "C" NOT NULL,
        PRIMARY KEY (auditId, recommendationId, position),
        FOREIGN KEY (auditId, recommendationId) REFERENCES recommendation(auditId, id)
          ON DELETE CASCADE
      )
      """#,
      #"""
      CREATE TABLE note (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        auditId text COLLATE "C" NOT NULL,
        recommendationId text COLLATE "C" NOT NULL,
        date text COLLATE "C" NOT NULL,
        author text COLLATE "C",
        text text COLLATE "C" NOT NULL,
        FOREIGN KEY (auditId, recommendationId) REFERENCES recommendation(auditId, id)
          ON DELETE CASCADE
      )
      """#,
      #"CREATE INDEX note_recommendation ON note(auditId, recommendationId)"#,
      #"""
      CREATE TABLE trainingSnapshot (
        auditId text COLLATE "C" NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
        date text COLLATE "C" NOT NULL,
        source text COLLATE "C" NOT NULL,
        targetPercent BIGINT NOT NULL CHECK (targetPercent BETWEEN 0 AND 100),
        illustrative BIGINT NOT NULL,
        PRIMARY KEY (auditId, date)
      )
      """#,
      #"""
      CREATE TABLE trainingCount (
        auditId text COLLATE "C" NOT NULL,
        snapshotDate text COLLATE "C" NOT NULL,
        section text COLLATE "C" NOT NULL,
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
      """#,
      #"""
      CREATE TABLE keyFigure (
        auditId text COLLATE "C" NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
        id text COLLATE "C" NOT NULL,
        position BIGINT NOT NULL,
        name text COLLATE "C" NOT NULL,
        value DOUBLE PRECISION NOT NULL,
        unit text COLLATE "C" NOT NULL,
        period text COLLATE "C" NOT NULL,
        source text COLLATE "C" NOT NULL,
        PRIMARY KEY (auditId, id)
      )
      """#,
      #"""
      CREATE TABLE history (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        at text COLLATE "C" NOT NULL,          
        account text COLLATE "C" NOT NULL,     
        auditId text COLLATE "C" NOT NULL,
        entity text COLLATE "C" NOT NULL,      
        entityId text COLLATE "C" NOT NULL,
        field text COLLATE "C" NOT NULL,
        oldValue text COLLATE "C",
        newValue text COLLATE "C"
      )
      """#,
      #"CREATE INDEX history_audit ON history(auditId, id)"#,
    ])
}
