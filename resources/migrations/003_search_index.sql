-- Schema 3. Substring search over title, authors and summaries: an FTS5 index of trigrams
-- over text that is already case-folded, so matching is exact on folded text (the same rule
-- as a plain case-insensitive substring search, Korean and English alike).
CREATE VIRTUAL TABLE paper_search USING fts5(content, tokenize = 'trigram case_sensitive 1');

-- Work the application does after a migration, in C++ (the index needs markdown rendered to
-- plain text, which SQL cannot do).
CREATE TABLE maintenance (
    task TEXT PRIMARY KEY
) WITHOUT ROWID;
INSERT INTO maintenance (task) VALUES ('rebuild-search');
