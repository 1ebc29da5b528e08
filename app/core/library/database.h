#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <QString>
#include <map>
#include <memory>

// One SQLite connection to a library file, owned by the thread that opened it. Opening sets
// the pragmas every connection needs and brings the schema up to date.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    // ":memory:" gives a private in-memory library (tests, the sample preview).
    explicit Database(const QString &path);
    ~Database();

    bool open();
    bool isOpen() const { return m_db.isOpen(); }
    bool isReadOnly() const { return m_readOnly; }
    const QString &path() const { return m_path; }
    const QString &lastError() const { return m_lastError; }
    int schemaVersion();

    QSqlQuery query() const { return QSqlQuery(m_db); }

    // Runs a prepared query; on failure records the statement and SQLite's message.
    bool exec(QSqlQuery &query);
    // A statement prepared once per connection and reused: imports run the same few
    // statements thousands of times. Values bind by position. Null if it did not prepare.
    QSqlQuery *run(const QString &sql, const QVariantList &values);
    bool exec(const QString &statement);

    bool beginTransaction();
    bool commit();
    void rollback();

    static int latestSchemaVersion();

private:
    bool migrate();
    bool isBlank();
    void fail(const QString &what, const QString &detail);
    void failQuery(const QSqlQuery &query, const QString &statement);
    void endTransaction();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_lastError;
    bool m_readOnly = false;
    bool m_inTransaction = false;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

// Rolls back on scope exit unless committed: an import that fails halfway leaves nothing.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database &db)
        : m_db(db)
        , m_active(db.beginTransaction())
    {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active || !m_db.commit())
            return false;
        m_active = false;
        return true;
    }

private:
    Database &m_db;
    bool m_active;
};
