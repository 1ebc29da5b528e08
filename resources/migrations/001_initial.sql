-- Schema 1. Statements end with ";" at the end of a line (the migration runner splits there).
-- Imported data: rebuilt from digests at will.
CREATE TABLE papers (
    id INTEGER PRIMARY KEY,
    arxiv_id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    url TEXT NOT NULL,
    thumbnail_url TEXT,
    -- the day whose digest entry supplied title, authors and sections
    content_day TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    -- denormalised from the newest appearance so the list needs one plain scan
    latest_day TEXT NOT NULL,
    latest_votes INTEGER
);

CREATE TABLE paper_authors (
    paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (paper_id, position)
) WITHOUT ROWID;

CREATE TABLE paper_sections (
    paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (paper_id, position)
) WITHOUT ROWID;

CREATE TABLE appearances (
    paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    votes INTEGER,
    source_file TEXT NOT NULL,
    PRIMARY KEY (paper_id, day)
) WITHOUT ROWID;

CREATE INDEX appearances_by_day ON appearances(day);

CREATE TABLE source_files (
    path TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    imported_at TEXT NOT NULL
) WITHOUT ROWID;

-- User data: keyed by arXiv id, never by a row id, so that no re-import, rebuild or
-- removal of imported rows can take a star or a read mark away.
CREATE TABLE stars (
    arxiv_id TEXT PRIMARY KEY,
    starred_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE read_marks (
    arxiv_id TEXT PRIMARY KEY,
    read_at TEXT NOT NULL
) WITHOUT ROWID;
