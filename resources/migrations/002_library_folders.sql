-- Schema 2. Folders the user added to the library: imported recursively and watched.
CREATE TABLE library_folders (
    path TEXT PRIMARY KEY,
    added_at TEXT NOT NULL
) WITHOUT ROWID;
