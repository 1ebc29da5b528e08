#include "library.h"

#include "logging.h"
#include "search/searchtext.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSqlRecord>
#include <QVariant>

namespace {

QString isoDay(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QVariant nullableInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

// QtSql binds a null QString as SQL NULL; the schema's text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// What a digest says about a paper apart from its day and votes; equal hashes mean a
// re-import has nothing to write.
QByteArray contentHash(const ParsedPaper &paper)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const QString &text) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    add(paper.title);
    add(paper.url.toString());
    add(paper.thumbnailUrl.toString());
    for (const QString &author : paper.authors)
        add(author);
    add(QStringLiteral("\x1e"));
    for (const PaperSection &section : paper.sections) {
        add(section.label);
        add(section.text);
    }
    return hash.result().toHex();
}

const QString defaultOrder =
    QStringLiteral(" ORDER BY p.latest_votes IS NULL, p.latest_votes DESC, p.latest_day DESC, "
                   "p.title COLLATE NOCASE");

} // namespace

namespace {

// A term of the FTS5 query language, matched literally.
QString ftsPhrase(const QString &text)
{
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// Beyond this many trigrams, looking a two-character term up in the text is as quick.
constexpr qsizetype maxTermExpansion = 256;

} // namespace

ImportSummary &ImportSummary::operator+=(const ImportSummary &other)
{
    added += other.added;
    updated += other.updated;
    unchanged += other.unchanged;
    return *this;
}

Library::Library(const QString &path)
    : m_db(path)
{}

bool Library::open()
{
    return m_db.open() && (m_db.isReadOnly() || runMaintenance());
}

bool Library::runMaintenance()
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT 1 FROM maintenance WHERE task = 'rebuild-search'"));
    if (!m_db.exec(q))
        return false;
    const bool rebuild = q.next();
    q.finish();
    // Only marks the papers: indexing 100,000 of them takes a minute, and open() runs on the
    // window's thread. The index catches up in the background, or before the first search.
    return !rebuild || rebuildSearchIndex();
}

bool Library::rebuildSearchIndex()
{
    // A rebuild is every paper marked stale: updateSearchIndex() then indexes them in batches,
    // the same way an import does.
    Transaction transaction(m_db);
    return transaction.isActive() && m_db.exec(QStringLiteral("DELETE FROM paper_search")) &&
           m_db.exec(
               QStringLiteral("INSERT OR IGNORE INTO search_pending SELECT id FROM papers")) &&
           m_db.exec(QStringLiteral("DELETE FROM maintenance WHERE task = 'rebuild-search'")) &&
           transaction.commit();
}

bool Library::markForSearch(qint64 paperId)
{
    return m_db.run(QStringLiteral("INSERT OR IGNORE INTO search_pending (paper_id) VALUES (?)"),
                    {paperId});
}

bool Library::updateSearchIndex(const std::atomic_bool *cancel)
{
    if (m_db.isReadOnly())
        return true;
    QSqlQuery *pending = m_db.run(QStringLiteral("SELECT COUNT(*) FROM search_pending"), {});
    const bool any = pending && pending->next() && pending->value(0).toInt() > 0;
    if (pending)
        pending->finish();
    if (!any)
        return pending != nullptr;

    // In small batches, each its own transaction: another writer (a star from the window)
    // waits for one batch at most, not for the whole index.
    if (!m_db.exec(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS search_batch (paper_id INTEGER PRIMARY KEY)")))
        return false;
    for (;;) {
        if (cancel && cancel->load())
            return true; // the rest stays pending for next time
        Transaction transaction(m_db);
        if (!transaction.isActive() || !m_db.exec(QStringLiteral("DELETE FROM search_batch")) ||
            !m_db.exec(QStringLiteral("INSERT INTO search_batch SELECT paper_id FROM "
                                      "search_pending ORDER BY paper_id LIMIT 256")))
            return false;
        QSqlQuery *batch = m_db.run(QStringLiteral("SELECT COUNT(*) FROM search_batch"), {});
        const int size = batch && batch->next() ? batch->value(0).toInt() : -1;
        if (batch)
            batch->finish();
        if (size < 0)
            return false;
        if (size == 0)
            return transaction.commit();
        if (!indexBatch() || !transaction.commit())
            return false;
    }
}

bool Library::indexBatch()
{
    struct Entry
    {
        QString title;
        QStringList authors;
        QList<PaperSection> sections;
    };
    QHash<qint64, Entry> entries;
    const auto scan = [this](const QString &sql, const auto &take) {
        QSqlQuery q = m_db.query();
        q.setForwardOnly(true);
        q.prepare(sql);
        if (!m_db.exec(q))
            return false;
        while (q.next())
            take(q);
        return true;
    };
    const bool read =
        scan(QStringLiteral(
                 "SELECT p.id, p.title FROM papers p JOIN search_batch s ON s.paper_id = p.id"),
             [&entries](const QSqlQuery &q) {
                 entries[q.value(0).toLongLong()].title = q.value(1).toString();
             }) &&
        scan(QStringLiteral("SELECT paper_id, name FROM paper_authors WHERE paper_id IN "
                            "(SELECT paper_id FROM search_batch) ORDER BY paper_id, position"),
             [&entries](const QSqlQuery &q) {
                 entries[q.value(0).toLongLong()].authors.append(q.value(1).toString());
             }) &&
        scan(QStringLiteral("SELECT paper_id, label, body FROM paper_sections WHERE paper_id IN "
                            "(SELECT paper_id FROM search_batch) ORDER BY paper_id, position"),
             [&entries](const QSqlQuery &q) {
                 entries[q.value(0).toLongLong()].sections.append(
                     {q.value(1).toString(), q.value(2).toString()});
             });
    if (!read || !m_db.exec(QStringLiteral("DELETE FROM paper_search WHERE rowid IN "
                                           "(SELECT paper_id FROM search_batch)")))
        return false;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (!m_db.run(QStringLiteral("INSERT INTO paper_search (rowid, content) VALUES (?, ?)"),
                      {it.key(), SearchText::searchableText(it->title, it->authors, it->sections)}))
            return false;
    }
    return m_db.exec(QStringLiteral(
        "DELETE FROM search_pending WHERE paper_id IN (SELECT paper_id FROM search_batch)"));
}

std::optional<QStringList> Library::trigramsStartingWith(const QString &prefix)
{
    // fts5vocab lists the index's terms in order, so a prefix is a range of them.
    if (!m_db.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocabulary "
                                  "USING fts5vocab(main, paper_search, 'row')")))
        return std::nullopt;
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT term FROM temp.search_vocabulary WHERE term >= "
                                           "? AND term < ? || char(1114111)"),
                            {prefix, prefix});
    if (!q)
        return std::nullopt;
    QStringList trigrams;
    while (q->next())
        trigrams.append(q->value(0).toString());
    q->finish();
    return trigrams;
}

std::optional<QStringList> Library::search(const QString &query)
{
    QStringList ids;
    if (!searchMatches(query, false, [&ids](const QVariant &id) { ids.append(id.toString()); }))
        return std::nullopt;
    return ids;
}

std::optional<QList<qint64>> Library::searchPaperIds(const QString &query)
{
    QList<qint64> ids;
    if (!searchMatches(query, true, [&ids](const QVariant &id) { ids.append(id.toLongLong()); }))
        return std::nullopt;
    return ids;
}

bool Library::searchMatches(const QString &query, bool paperIds,
                            const std::function<void(const QVariant &)> &take)
{
    // Whatever an import left to index is indexed before anyone searches.
    if (!updateSearchIndex())
        return false;
    const QStringList terms = SearchText::terms(query);
    // A term of three or more characters is a phrase of its trigrams: an exact substring match
    // that the index answers alone. A two-character term is any of the trigrams it starts
    // (every occurrence starts one: the text ends in a newline). A one-character term has too
    // many; instr() looks for it in the text of the rows the other terms left.
    QStringList phrases;
    QStringList conditions;
    QVariantList values;
    for (const QString &term : terms) {
        const qsizetype length = term.toUcs4().size();
        std::optional<QStringList> trigrams;
        if (length == 2 && !(trigrams = trigramsStartingWith(term)))
            return false;
        if (length >= 3) {
            phrases.append(ftsPhrase(term));
        } else if (trigrams && trigrams->isEmpty()) {
            return true; // in no paper at all
        } else if (trigrams && trigrams->size() <= maxTermExpansion) {
            QStringList alternatives;
            for (const QString &trigram : std::as_const(*trigrams))
                alternatives.append(ftsPhrase(trigram));
            phrases.append(u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
        } else {
            conditions.append(QStringLiteral("instr(s.content, ?) > 0"));
            values.append(term);
        }
    }
    if (!phrases.isEmpty()) {
        conditions.prepend(QStringLiteral("paper_search MATCH ?"));
        values.prepend(phrases.join(QStringLiteral(" AND ")));
    }
    // The index's rowid is the paper's id: only arXiv ids need the papers table.
    QString sql = paperIds ? QStringLiteral("SELECT s.rowid FROM paper_search s")
                           : QStringLiteral("SELECT p.arxiv_id FROM paper_search s "
                                            "JOIN papers p ON p.id = s.rowid");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!m_db.exec(q))
        return false;
    while (q.next())
        take(q.value(0));
    return true;
}

QList<QPair<QDate, int>> Library::dayCounts()
{
    QList<QPair<QDate, int>> days;
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT day, COUNT(*) FROM appearances GROUP BY day ORDER BY day DESC"));
    if (!m_db.exec(q))
        return days;
    while (q.next())
        days.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt()});
    return days;
}

QList<qint64> Library::paperIdsBetween(const QDate &first, const QDate &last)
{
    QList<qint64> ids;
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT DISTINCT paper_id FROM appearances "
                                           "WHERE day BETWEEN ? AND ?"),
                            {isoDay(first), isoDay(last)});
    if (!q)
        return ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    q->finish();
    return ids;
}

QStringList Library::papersBetween(const QDate &first, const QDate &last)
{
    QStringList ids;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT p.arxiv_id FROM appearances a JOIN papers p "
                             "ON p.id = a.paper_id WHERE a.day BETWEEN ? AND ?"));
    q.addBindValue(isoDay(first));
    q.addBindValue(isoDay(last));
    if (!m_db.exec(q))
        return ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

bool Library::isAlreadyImported(const QString &sourceFile, const QByteArray &hash)
{
    if (hash.isEmpty())
        return false;
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT content_hash FROM source_files WHERE path = ?"),
                            {sourceFile});
    const bool same = q && q->next() && q->value(0).toByteArray() == hash;
    if (q)
        q->finish();
    return same;
}

std::optional<ImportSummary> Library::importDigest(const ParsedDigest &digest,
                                                   const QByteArray &hash)
{
    ImportSummary summary;
    if (isAlreadyImported(digest.sourceFile, hash)) {
        summary.fileUnchanged = true;
        return summary;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return std::nullopt;
    for (const ParsedPaper &paper : digest.papers) {
        switch (storePaper(paper, digest.sourceFile)) {
        case Change::Added:
            ++summary.added;
            break;
        case Change::Updated:
            ++summary.updated;
            break;
        case Change::Unchanged:
            ++summary.unchanged;
            break;
        case Change::Failed:
            return std::nullopt;
        }
    }
    if (!hash.isEmpty()) {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral(
            "INSERT INTO source_files (path, content_hash, imported_at) VALUES (?, ?, ?) "
            "ON CONFLICT(path) DO UPDATE SET content_hash = excluded.content_hash, "
            "imported_at = excluded.imported_at"));
        q.addBindValue(digest.sourceFile);
        q.addBindValue(QString::fromLatin1(hash));
        q.addBindValue(nowUtc());
        if (!m_db.exec(q))
            return std::nullopt;
    }
    if (!transaction.commit())
        return std::nullopt;
    return summary;
}

Library::Change Library::storePaper(const ParsedPaper &paper, const QString &sourceFile)
{
    const QByteArray hash = contentHash(paper);
    const QString day = isoDay(paper.date);
    const QVariant thumbnail =
        paper.thumbnailUrl.isEmpty() ? QVariant() : QVariant(paper.thumbnailUrl.toString());
    QSqlQuery *find = m_db.run(
        QStringLiteral("SELECT id, content_day, content_hash FROM papers WHERE arxiv_id = ?"),
        {paper.arxivId});
    if (!find)
        return Change::Failed;

    if (!find->next()) {
        find->finish();
        QSqlQuery *insert =
            m_db.run(QStringLiteral(
                         "INSERT INTO papers (arxiv_id, title, url, thumbnail_url, content_day, "
                         "content_hash, latest_day, latest_votes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {paper.arxivId, text(paper.title), paper.url.toString(), thumbnail, day,
                      QString::fromLatin1(hash), day, nullableInt(paper.votes)});
        if (!insert)
            return Change::Failed;
        const qint64 id = insert->lastInsertId().toLongLong();
        if (!m_db.run(QStringLiteral("INSERT INTO appearances (paper_id, day, votes, source_file) "
                                     "VALUES (?, ?, ?, ?)"),
                      {id, day, nullableInt(paper.votes), sourceFile}) ||
            !replaceContent(id, paper) || !markForSearch(id))
            return Change::Failed;
        return Change::Added;
    }

    const qint64 id = find->value(0).toLongLong();
    const QDate contentDay = QDate::fromString(find->value(1).toString(), Qt::ISODate);
    const bool contentDiffers = find->value(2).toByteArray() != hash;
    find->finish();
    bool changed = false;

    QSqlQuery *existing = m_db.run(
        QStringLiteral("SELECT votes FROM appearances WHERE paper_id = ? AND day = ?"), {id, day});
    if (!existing)
        return Change::Failed;
    const bool known = existing->next();
    const std::optional<int> knownVotes = known ? optionalInt(existing->value(0)) : std::nullopt;
    existing->finish();
    if (!known || knownVotes != paper.votes) {
        if (!m_db.run(
                QStringLiteral("INSERT INTO appearances (paper_id, day, votes, source_file) VALUES "
                               "(?, ?, ?, ?) ON CONFLICT(paper_id, day) DO UPDATE SET votes = "
                               "excluded.votes, source_file = excluded.source_file"),
                {id, day, nullableInt(paper.votes), sourceFile}))
            return Change::Failed;
        changed = true;
    }
    // The newest digest entry describes the paper; an older digest read later does not.
    if (paper.date >= contentDay && contentDiffers) {
        if (!m_db.run(QStringLiteral("UPDATE papers SET title = ?, url = ?, thumbnail_url = ?, "
                                     "content_day = ?, content_hash = ? WHERE id = ?"),
                      {text(paper.title), paper.url.toString(), thumbnail, day,
                       QString::fromLatin1(hash), id}) ||
            !replaceContent(id, paper) || !markForSearch(id))
            return Change::Failed;
        changed = true;
    }
    if (changed && !refreshLatest(id))
        return Change::Failed;
    return changed ? Change::Updated : Change::Unchanged;
}

bool Library::replaceContent(qint64 paperId, const ParsedPaper &paper)
{
    if (!m_db.run(QStringLiteral("DELETE FROM paper_authors WHERE paper_id = ?"), {paperId}) ||
        !m_db.run(QStringLiteral("DELETE FROM paper_sections WHERE paper_id = ?"), {paperId}))
        return false;
    for (int i = 0; i < paper.authors.size(); ++i) {
        if (!m_db.run(QStringLiteral(
                          "INSERT INTO paper_authors (paper_id, position, name) VALUES (?, ?, ?)"),
                      {paperId, i, text(paper.authors.at(i))}))
            return false;
    }
    for (int i = 0; i < paper.sections.size(); ++i) {
        if (!m_db.run(
                QStringLiteral("INSERT INTO paper_sections (paper_id, position, label, body) "
                               "VALUES (?, ?, ?, ?)"),
                {paperId, i, text(paper.sections.at(i).label), text(paper.sections.at(i).text)}))
            return false;
    }
    return true;
}

bool Library::refreshLatest(qint64 paperId)
{
    return m_db.run(QStringLiteral("UPDATE papers SET (latest_day, latest_votes) = (SELECT day, "
                                   "votes FROM appearances WHERE paper_id = papers.id ORDER BY day "
                                   "DESC LIMIT 1) WHERE id = ?"),
                    {paperId});
}

bool Library::isEmpty()
{
    return !hasMorePapersThan(0);
}

bool Library::hasMorePapersThan(int count)
{
    // Counts no further than it must: a full COUNT(*) reads every row of a big library.
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM papers LIMIT ?)"),
                            {count + 1});
    const bool more = q && q->next() && q->value(0).toInt() > count;
    if (q)
        q->finish();
    return more;
}

int Library::paperCount()
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM papers"));
    return m_db.exec(q) && q.next() ? q.value(0).toInt() : 0;
}

QList<PaperRow> Library::paperRows()
{
    QList<PaperRow> rows;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT p.arxiv_id, p.title, p.latest_day, p.latest_votes, "
                       "s.arxiv_id IS NOT NULL, r.arxiv_id IS NOT NULL, p.thumbnail_url, p.id "
                       "FROM papers p "
                       "LEFT JOIN stars s ON s.arxiv_id = p.arxiv_id "
                       "LEFT JOIN read_marks r ON r.arxiv_id = p.arxiv_id") +
        defaultOrder);
    if (!m_db.exec(q))
        return rows;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(),
                     QDate::fromString(q.value(2).toString(), Qt::ISODate), optionalInt(q.value(3)),
                     q.value(4).toBool(), q.value(5).toBool(), QUrl(q.value(6).toString()),
                     q.value(7).toLongLong()});
    }
    return rows;
}

std::optional<PaperRecord> Library::paper(const QString &arxivId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT p.id, p.title, p.url, p.thumbnail_url, "
                             "EXISTS (SELECT 1 FROM stars WHERE arxiv_id = p.arxiv_id), "
                             "EXISTS (SELECT 1 FROM read_marks WHERE arxiv_id = p.arxiv_id) "
                             "FROM papers p WHERE p.arxiv_id = ?"));
    q.addBindValue(arxivId);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    PaperRecord record;
    record.arxivId = arxivId;
    record.title = q.value(1).toString();
    record.url = QUrl(q.value(2).toString());
    record.thumbnailUrl = QUrl(q.value(3).toString());
    record.starred = q.value(4).toBool();
    record.read = q.value(5).toBool();
    if (!loadDetails(record, q.value(0).toLongLong()))
        return std::nullopt;
    return record;
}

bool Library::loadDetails(PaperRecord &record, qint64 paperId)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT name FROM paper_authors WHERE paper_id = ? ORDER BY position"));
    q.addBindValue(paperId);
    if (!m_db.exec(q))
        return false;
    while (q.next())
        record.authors.append(q.value(0).toString());

    q.prepare(QStringLiteral(
        "SELECT label, body FROM paper_sections WHERE paper_id = ? ORDER BY position"));
    q.addBindValue(paperId);
    if (!m_db.exec(q))
        return false;
    while (q.next())
        record.sections.append({q.value(0).toString(), q.value(1).toString()});

    q.prepare(QStringLiteral(
        "SELECT day, votes, source_file FROM appearances WHERE paper_id = ? ORDER BY day"));
    q.addBindValue(paperId);
    if (!m_db.exec(q))
        return false;
    while (q.next()) {
        record.appearances.append({QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                   optionalInt(q.value(1)), q.value(2).toString()});
    }
    return true;
}

QList<PaperRecord> Library::papers(bool starredOnly)
{
    // Four scans instead of four queries per paper: exports of whole libraries stay fast.
    QList<PaperRecord> records;
    QHash<qint64, qsizetype> indexById;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id, p.arxiv_id, p.title, p.url, p.thumbnail_url, "
                             "s.arxiv_id IS NOT NULL, r.arxiv_id IS NOT NULL FROM papers p "
                             "LEFT JOIN stars s ON s.arxiv_id = p.arxiv_id "
                             "LEFT JOIN read_marks r ON r.arxiv_id = p.arxiv_id") +
              (starredOnly ? QStringLiteral(" WHERE s.arxiv_id IS NOT NULL") : QString()) +
              defaultOrder);
    if (!m_db.exec(q))
        return records;
    while (q.next()) {
        PaperRecord record;
        record.arxivId = q.value(1).toString();
        record.title = q.value(2).toString();
        record.url = QUrl(q.value(3).toString());
        record.thumbnailUrl = QUrl(q.value(4).toString());
        record.starred = q.value(5).toBool();
        record.read = q.value(6).toBool();
        indexById.insert(q.value(0).toLongLong(), records.size());
        records.append(record);
    }

    const auto forEachRow = [&](const QString &sql, const auto &take) {
        QSqlQuery rows = m_db.query();
        rows.setForwardOnly(true);
        rows.prepare(sql);
        if (!m_db.exec(rows))
            return;
        while (rows.next()) {
            const auto found = indexById.constFind(rows.value(0).toLongLong());
            if (found != indexById.cend())
                take(records[*found], rows);
        }
    };
    // Only the chosen papers' details: a starred export of a big library reads a few rows.
    const QString chosen =
        starredOnly ? QStringLiteral(" WHERE paper_id IN (SELECT p.id FROM papers p JOIN "
                                     "stars s ON s.arxiv_id = p.arxiv_id)")
                    : QString();
    forEachRow(
        QStringLiteral("SELECT paper_id, name FROM paper_authors") + chosen +
            QStringLiteral(" ORDER BY paper_id, position"),
        [](PaperRecord &r, const QSqlQuery &row) { r.authors.append(row.value(1).toString()); });
    forEachRow(QStringLiteral("SELECT paper_id, label, body FROM paper_sections") + chosen +
                   QStringLiteral(" ORDER BY paper_id, position"),
               [](PaperRecord &r, const QSqlQuery &row) {
                   r.sections.append({row.value(1).toString(), row.value(2).toString()});
               });
    forEachRow(QStringLiteral("SELECT paper_id, day, votes, source_file FROM appearances") +
                   chosen + QStringLiteral(" ORDER BY paper_id, day"),
               [](PaperRecord &r, const QSqlQuery &row) {
                   r.appearances.append({QDate::fromString(row.value(1).toString(), Qt::ISODate),
                                         optionalInt(row.value(2)), row.value(3).toString()});
               });
    return records;
}

bool Library::setMark(const QString &table, const QString &timeColumn, const QStringList &arxivIds,
                      bool on)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    QSqlQuery q = m_db.query();
    q.prepare(on ? QStringLiteral("INSERT OR IGNORE INTO %1 (arxiv_id, %2) VALUES (?, ?)")
                       .arg(table, timeColumn)
                 : QStringLiteral("DELETE FROM %1 WHERE arxiv_id = ?").arg(table));
    const QString now = nowUtc();
    for (const QString &id : arxivIds) {
        q.bindValue(0, id);
        if (on)
            q.bindValue(1, now);
        if (!m_db.exec(q))
            return false;
    }
    return transaction.commit();
}

bool Library::setStarred(const QStringList &arxivIds, bool starred)
{
    return setMark(QStringLiteral("stars"), QStringLiteral("starred_at"), arxivIds, starred);
}

bool Library::setRead(const QStringList &arxivIds, bool read)
{
    return setMark(QStringLiteral("read_marks"), QStringLiteral("read_at"), arxivIds, read);
}

bool Library::setAllRead()
{
    Transaction transaction(m_db); // in turn with other writers, like every write
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO read_marks (arxiv_id, read_at) "
                             "SELECT arxiv_id, ? FROM papers"));
    q.addBindValue(nowUtc());
    return transaction.isActive() && m_db.exec(q) && transaction.commit();
}

QStringList Library::knownPapers(const QStringList &arxivIds)
{
    QStringList known;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT 1 FROM papers WHERE arxiv_id = ?"));
    for (const QString &id : arxivIds) {
        q.bindValue(0, id);
        if (m_db.exec(q) && q.next())
            known.append(id);
    }
    return known;
}

QStringList Library::folders()
{
    QStringList paths;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT path FROM library_folders ORDER BY path"));
    if (!m_db.exec(q))
        return paths;
    while (q.next())
        paths.append(q.value(0).toString());
    return paths;
}

bool Library::addFolder(const QString &path)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO library_folders (path, added_at) VALUES (?, ?)"));
    q.addBindValue(path);
    q.addBindValue(nowUtc());
    return m_db.exec(q) && transaction.commit();
}

std::optional<int> Library::removeFolder(const QString &path)
{
    QString prefix = path;
    if (!prefix.endsWith(u'/'))
        prefix += u'/';
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return std::nullopt;
    const int before = paperCount();
    const auto run = [this, &prefix](const QString &sql) {
        QSqlQuery q = m_db.query();
        q.prepare(sql);
        for (qsizetype i = 0; i < sql.count(u'?'); ++i)
            q.addBindValue(prefix);
        return m_db.exec(q);
    };
    QSqlQuery forget = m_db.query();
    forget.prepare(QStringLiteral("DELETE FROM library_folders WHERE path = ?"));
    forget.addBindValue(path);
    // substr() instead of LIKE: folder names may contain % and _.
    const bool ok =
        m_db.exec(forget) &&
        run(QStringLiteral("DELETE FROM appearances WHERE substr(source_file, 1, length(?)) = ? "
                           "AND paper_id IN (SELECT id FROM papers WHERE arxiv_id NOT IN "
                           "(SELECT arxiv_id FROM stars))")) &&
        run(QStringLiteral("DELETE FROM papers WHERE NOT EXISTS "
                           "(SELECT 1 FROM appearances WHERE paper_id = papers.id)")) &&
        run(QStringLiteral(
            "DELETE FROM paper_search WHERE rowid NOT IN (SELECT id FROM papers)")) &&
        run(QStringLiteral("DELETE FROM source_files WHERE substr(path, 1, length(?)) = ?")) &&
        run(QStringLiteral(
            "UPDATE papers SET (latest_day, latest_votes) = (SELECT day, votes FROM appearances "
            "WHERE paper_id = papers.id ORDER BY day DESC LIMIT 1)"));
    if (!ok || !transaction.commit())
        return std::nullopt;
    return before - paperCount();
}
