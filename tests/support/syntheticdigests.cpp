#include "syntheticdigests.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringList>

namespace {

const QStringList &koreanWords()
{
    static const QStringList words{
        QStringLiteral("모델"),       QStringLiteral("언어모델"), QStringLiteral("학습"),
        QStringLiteral("데이터셋"),   QStringLiteral("성능"),     QStringLiteral("향상"),
        QStringLiteral("제안합니다"), QStringLiteral("방법을"),   QStringLiteral("실험"),
        QStringLiteral("결과"),       QStringLiteral("추론"),     QStringLiteral("효율적인"),
        QStringLiteral("비디오"),     QStringLiteral("이미지"),   QStringLiteral("생성"),
        QStringLiteral("평가에서"),   QStringLiteral("기존"),     QStringLiteral("대비"),
        QStringLiteral("구조를"),     QStringLiteral("활용하여"), QStringLiteral("보여줍니다.")};
    return words;
}

const QStringList &englishWords()
{
    static const QStringList words{
        QStringLiteral("transformer"), QStringLiteral("diffusion"),  QStringLiteral("benchmark"),
        QStringLiteral("attention"),   QStringLiteral("retrieval"),  QStringLiteral("agents"),
        QStringLiteral("LLM"),         QStringLiteral("tokens"),     QStringLiteral("scaling"),
        QStringLiteral("alignment"),   QStringLiteral("multimodal"), QStringLiteral("reasoning"),
        QStringLiteral("latency"),     QStringLiteral("GPU"),        QStringLiteral("dataset")};
    return words;
}

const QStringList &names()
{
    static const QStringList list{
        QStringLiteral("Minji Kim"),   QStringLiteral("Jae Park"),   QStringLiteral("Wei Zhang"),
        QStringLiteral("Ana Silva"),   QStringLiteral("Tom Becker"), QStringLiteral("Yuki Sato"),
        QStringLiteral("Omar Haddad"), QStringLiteral("Lena Novak"), QStringLiteral("Ravi Iyer")};
    return list;
}

QString sentence(QRandomGenerator &random, int words)
{
    QStringList parts;
    for (int i = 0; i < words; ++i) {
        const QStringList &pool = random.bounded(4) == 0 ? englishWords() : koreanWords();
        parts.append(pool.at(random.bounded(int(pool.size()))));
    }
    return parts.join(u' ');
}

} // namespace

namespace SyntheticDigests {

QByteArray digestForDay(const Options &options, int dayIndex)
{
    QRandomGenerator random(options.seed * 7919u + quint32(dayIndex));
    const QDate day = options.firstDay.addDays(dayIndex);
    QString out = QStringLiteral("## Daily Papers (%1)\n").arg(day.toString(Qt::ISODate));
    for (int i = 0; i < options.papersPerDay; ++i) {
        // Ids unique per (day, paper): YYMM from the day, sequence from the index.
        const QString id = QStringLiteral("%1.%2")
                               .arg(day.toString(QStringLiteral("yyMM")))
                               .arg(day.day() * 1000 + i, 5, 10, QLatin1Char('0'));
        QStringList authors;
        for (int a = 0, n = 2 + random.bounded(8); a < n; ++a)
            authors.append(names().at(random.bounded(int(names().size()))));
        out += QStringLiteral("\n### [%1 %2](https://arxiv.org/abs/%3)\n\n")
                   .arg(sentence(random, 3), QString::number(dayIndex * 1000 + i), id);
        out += QStringLiteral("![](%1%2.png)\n\n").arg(options.thumbnailBase, id);
        out += QStringLiteral("Vote: %1\n\n").arg(random.bounded(300));
        out += QStringLiteral("Authors: %1\n\n").arg(authors.join(QStringLiteral(", ")));
        // Real summaries run to about 300-600 characters per labelled bullet.
        out += QStringLiteral("- ***What's New***: %1\n")
                   .arg(sentence(random, 40 + random.bounded(40)));
        out += QStringLiteral("- ***Technical Details***: %1\n")
                   .arg(sentence(random, 50 + random.bounded(50)));
        out += QStringLiteral("- ***Performance Highlights***: %1\n")
                   .arg(sentence(random, 40 + random.bounded(40)));
    }
    return out.toUtf8();
}

int writeTree(const QString &folder, const Options &options)
{
    int papers = 0;
    for (int dayIndex = 0; dayIndex < options.days; ++dayIndex) {
        const QDate day = options.firstDay.addDays(dayIndex);
        const QString path = QDir(folder).filePath(day.toString(QStringLiteral("yyyy/MM/dd")) +
                                                   QStringLiteral(".md"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(digestForDay(options, dayIndex)) < 0)
            return -1;
        papers += options.papersPerDay;
    }
    return papers;
}

} // namespace SyntheticDigests
