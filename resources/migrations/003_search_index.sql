-- Schema 3. Substring search over title, authors and summaries: an FTS5 index of trigrams
-- over text that is already case-folded. detail=none keeps only which rows hold a trigram (no
-- positions): several times smaller and faster to build; the query narrows rows by trigrams,
-- then checks each term as a substring, so matching stays exact.
CREATE VIRTUAL TABLE paper_search USING fts5(
    content, tokenize = 'trigram case_sensitive 1', detail = none);

-- Work the application does after a migration, in C++ (the index needs markdown rendered to
-- plain text, which SQL cannot do).
CREATE TABLE maintenance (
    task TEXT PRIMARY KEY
) WITHOUT ROWID;
INSERT INTO maintenance (task) VALUES ('rebuild-search');

-- Papers whose index entry is stale. An import only notes them here (cheap, inside its
-- transaction); the index is brought up to date in one batch after the import, before any
-- search, and at the next start if the process died first.
CREATE TABLE search_pending (
    paper_id INTEGER PRIMARY KEY
);
