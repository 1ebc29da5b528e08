#include "database.h"

#include "logging.h"

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
    qCWarning(lcLibrary).noquote() << m_path << m_lastError;
}

bool Database::open()
{
    if (m_path != u":memory:") {
        const QFileInfo info(m_path);
        if (!QDir().mkpath(info.absolutePath())) {
            fail(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()), {});
            return false;
        }
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    // Waiting on a writer in another thread or process beats failing with "database is locked".
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open()) {
        fail(QStringLiteral("cannot open the library"), m_db.lastError().text());
        return false;
    }
    // A file that is not SQLite opens fine; the first read tells.
    if (!exec(QStringLiteral("PRAGMA foreign_keys = ON")) || schemaVersion() < 0) {
        fail(QStringLiteral("the library file is damaged or not a Daily Papers library"),
             m_lastError);
        m_db.close();
        return false;
    }
    if (m_path != u":memory:")
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (!migrate()) {
        m_db.close();
        return false;
    }
    return true;
}

int Database::schemaVersion()
{
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_lastError = q.lastError().text();
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
        qCInfo(lcLibrary) << "migrated" << m_path << "to schema" << version;
    }
    return true;
}

bool Database::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    fail(QStringLiteral("SQL failed: %1").arg(q.lastQuery().simplified()), q.lastError().text());
    return false;
}

bool Database::exec(const QString &statement)
{
    QSqlQuery q = query();
    if (q.exec(statement))
        return true;
    fail(QStringLiteral("SQL failed: %1").arg(statement.simplified()), q.lastError().text());
    return false;
}

bool Database::beginTransaction()
{
    if (m_db.transaction())
        return true;
    fail(QStringLiteral("cannot start a transaction"), m_db.lastError().text());
    return false;
}

bool Database::commit()
{
    if (m_db.commit())
        return true;
    fail(QStringLiteral("cannot commit"), m_db.lastError().text());
    return false;
}

void Database::rollback()
{
    m_db.rollback();
}
