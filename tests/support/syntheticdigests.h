#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

// Digests in the real format (days, votes, authors, labelled sections, Korean and English
// text of corpus-like length) for tests and benchmarks that need many papers. Deterministic
// for a given seed.
namespace SyntheticDigests {

struct Options
{
    int days = 10;
    int papersPerDay = 30;
    QDate firstDay = QDate(2020, 1, 1);
    quint32 seed = 1;
    // Where thumbnails point; the real CDN by default.
    QString thumbnailBase =
        QStringLiteral("https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/");
};

// One digest file's content for day `dayIndex`.
QByteArray digestForDay(const Options &options, int dayIndex);

// Writes YYYY/MM/DD.md files under `folder`; returns how many papers were written.
int writeTree(const QString &folder, const Options &options);

} // namespace SyntheticDigests
