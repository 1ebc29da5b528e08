#include "database.h"

#include "logging.h"
#include "writeturnstile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

namespace {

// Migrations are the resource files ":/migrations/NNN_name.sql", numbered from 1 without gaps.
QStringList migrationFiles()
{
    QStringList files = QDir(QStringLiteral(":/migrations"))
                            .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files;
}

QString migrationScript(int version)
{
    const QStringList files = migrationFiles();
    if (version <= 0 || version > files.size())
        return {};
    const QString name = files.at(version - 1);
    if (name.section(u'_', 0, 0).toInt() != version)
        return {};
    QFile file(QStringLiteral(":/migrations/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QStringLiteral("--")))
            continue;
        current += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace

Database::Database(const QString &path)
    : m_path(path)
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("dailypapers-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    m_statements.clear(); // statements go before their connection
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

void Database::fail(const QString &what, const QString &detail)
{
    m_lastError = detail.isEmpty() ? what : what + QStringLiteral(": ") + detail;
    // Callers tell the user; the log is for whoever debugs.
    qCDebug(lcLibrary).noquote() << m_path << m_lastError;
}

bool Database::open()
{
    const bool inMemory = m_path == u":memory:";
    if (!inMemory) {
        const QFileInfo info(m_path);
        if (!QDir().mkpath(info.absolutePath())) {
            fail(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()), {});
            return false;
        }
        // A library the user may not write is still worth reading.
        m_readOnly = info.exists() && !info.isWritable();
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    // Waiting on a writer in another thread or process beats failing with "database is locked".
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000") +
                           (m_readOnly ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString()));
    if (!m_db.open()) {
        fail(QStringLiteral("cannot open the library"), m_db.lastError().databaseText());
        return false;
    }
    // A file that is not SQLite opens fine; the first read tells.
    const int version = schemaVersion();
    if (version < 0 || !exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        fail(QStringLiteral("the library file is damaged or not a Daily Papers library"),
             m_lastError);
        m_db.close();
        return false;
    }
    if (version == 0 && !isBlank()) {
        fail(QStringLiteral("the file is an SQLite database of another program, not a Daily "
                            "Papers library"),
             {});
        m_db.close();
        return false;
    }
    if (m_readOnly) {
        if (version != latestSchemaVersion()) {
            fail(QStringLiteral("the library is read-only and needs an upgrade to be read"), {});
            m_db.close();
            return false;
        }
        return true;
    }
    if (!inMemory)
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (!migrate()) {
        m_db.close();
        return false;
    }
    return true;
}

bool Database::isBlank()
{
    QSqlQuery q = query();
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) && q.next() &&
           q.value(0).toInt() == 0;
}

int Database::schemaVersion()
{
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_lastError = q.lastError().databaseText();
        return -1;
    }
    return q.value(0).toInt();
}

bool Database::migrate()
{
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        fail(QStringLiteral("the library was written by a newer Daily Papers (schema %1; this "
                            "version knows %2)")
                 .arg(current)
                 .arg(latestSchemaVersion()),
             {});
        return false;
    }
    for (int version = current + 1; version <= latestSchemaVersion(); ++version) {
        const QString script = migrationScript(version);
        if (script.isEmpty()) {
            fail(QStringLiteral("migration %1 is missing").arg(version), {});
            return false;
        }
        Transaction transaction(*this);
        if (!transaction.isActive())
            return false;
        const QStringList statements = splitStatements(script);
        for (const QString &statement : statements) {
            if (!exec(statement))
                return false;
        }
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !transaction.commit())
            return false;
        qCDebug(lcLibrary) << "migrated" << m_path << "to schema" << version;
    }
    return true;
}

void Database::failQuery(const QSqlQuery &q, const QString &statement)
{
    const QSqlError error = q.lastError();
    // SQLite's primary result codes, for the failures a user can act on.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 13) { // SQLITE_FULL
        fail(QStringLiteral("the disk is full; nothing of this change was stored"), {});
    } else if (code == 8) { // SQLITE_READONLY
        fail(QStringLiteral("the library is read-only; nothing of this change was stored"), {});
    } else if (code == 11 || code == 26) { // SQLITE_CORRUPT, SQLITE_NOTADB
        fail(QStringLiteral("the library file is damaged"), error.databaseText());
    } else {
        fail(QStringLiteral("SQL failed: %1").arg(statement.simplified()), error.databaseText());
    }
}

bool Database::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    failQuery(q, q.lastQuery());
    return false;
}

QSqlQuery *Database::run(const QString &sql, const QVariantList &values)
{
    std::unique_ptr<QSqlQuery> &statement = m_statements[sql];
    if (!statement) {
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        if (!prepared->prepare(sql)) {
            failQuery(*prepared, sql);
            m_statements.erase(sql);
            return nullptr;
        }
        statement = std::move(prepared);
    }
    for (int i = 0; i < values.size(); ++i)
        statement->bindValue(i, values.at(i));
    return exec(*statement) ? statement.get() : nullptr;
}

bool Database::exec(const QString &statement)
{
    QSqlQuery q = query();
    if (q.exec(statement))
        return true;
    failQuery(q, statement);
    return false;
}

bool Database::beginTransaction()
{
    if (m_readOnly) {
        fail(QStringLiteral("the library is read-only; nothing can be changed"), {});
        return false;
    }
    if (m_inTransaction) {
        fail(QStringLiteral("a transaction is already open on this connection"), {});
        return false;
    }
    // In turn with this process's other writers; then IMMEDIATE takes SQLite's write lock
    // now, so a second instance waits here (busy timeout) instead of failing halfway through.
    WriteTurnstile::instance().enter();
    if (exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_inTransaction = true;
        return true;
    }
    WriteTurnstile::instance().leave();
    return false;
}

void Database::endTransaction()
{
    if (m_inTransaction) {
        m_inTransaction = false;
        WriteTurnstile::instance().leave();
    }
}

bool Database::commit()
{
    // COMMIT through a query, so a full disk at the last moment reports as one.
    const bool committed = exec(QStringLiteral("COMMIT"));
    if (!committed)
        m_db.rollback();
    endTransaction();
    return committed;
}

void Database::rollback()
{
    QSqlQuery q = query();
    q.exec(QStringLiteral("ROLLBACK"));
    endTransaction();
}
