-- Schema 4. The search index keeps where each trigram occurs (detail=full): a term of three or
-- more characters is then found as a phrase of its trigrams, which is an exact substring
-- match, without reading every candidate's text again. On 100,000 papers that made a search
-- four times faster, for an index about twice the size.
DROP TABLE paper_search;
CREATE VIRTUAL TABLE paper_search USING fts5(
    content, tokenize = 'trigram case_sensitive 1');

-- Filled again by the application, off the window's thread, like after an import.
INSERT OR IGNORE INTO maintenance (task) VALUES ('rebuild-search');
