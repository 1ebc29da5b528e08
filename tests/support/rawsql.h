#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// One statement on a library file through a connection of its own, the way another program
// (or an older version) would touch it. The first column of the first row, an invalid QVariant
// when there is none; nullopt when the statement failed.
inline std::optional<QVariant> rawSql(const QString &path, const QString &statement)
{
    const QString name = QStringLiteral("rawSql");
    std::optional<QVariant> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement))
                result = q.next() ? q.value(0) : QVariant();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
