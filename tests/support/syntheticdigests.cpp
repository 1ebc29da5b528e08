#include "syntheticdigests.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringList>

namespace {

// A vocabulary of a few hundred words with a skewed frequency, like real summaries: a handful
// of words in most papers, most words in few.
const QStringList &koreanWords()
{
    static const QStringList words = [] {
        QStringList list{QStringLiteral("모델"),   QStringLiteral("학습"),
                         QStringLiteral("성능"),   QStringLiteral("제안합니다"),
                         QStringLiteral("데이터"), QStringLiteral("결과")};
        const QStringList stems{
            QStringLiteral("생성형"),   QStringLiteral("멀티모달"), QStringLiteral("추론"),
            QStringLiteral("비디오"),   QStringLiteral("이미지"),   QStringLiteral("언어"),
            QStringLiteral("강화"),     QStringLiteral("정렬"),     QStringLiteral("압축"),
            QStringLiteral("검색"),     QStringLiteral("요약"),     QStringLiteral("평가"),
            QStringLiteral("효율"),     QStringLiteral("확산"),     QStringLiteral("토큰"),
            QStringLiteral("에이전트"), QStringLiteral("로봇"),     QStringLiteral("음성")};
        const QStringList endings{
            QStringLiteral(""),         QStringLiteral("을"),       QStringLiteral("의"),
            QStringLiteral("에서"),     QStringLiteral("기반"),     QStringLiteral("모델"),
            QStringLiteral("방법"),     QStringLiteral("기법"),     QStringLiteral("과제"),
            QStringLiteral("벤치마크"), QStringLiteral("데이터셋"), QStringLiteral("구조")};
        for (const QString &stem : stems)
            for (const QString &ending : endings)
                list.append(stem + ending);
        return list;
    }();
    return words;
}

const QStringList &englishWords()
{
    static const QStringList words{QStringLiteral("transformer"),  QStringLiteral("diffusion"),
                                   QStringLiteral("benchmark"),    QStringLiteral("attention"),
                                   QStringLiteral("retrieval"),    QStringLiteral("agents"),
                                   QStringLiteral("LLM"),          QStringLiteral("tokens"),
                                   QStringLiteral("scaling"),      QStringLiteral("alignment"),
                                   QStringLiteral("multimodal"),   QStringLiteral("reasoning"),
                                   QStringLiteral("latency"),      QStringLiteral("GPU"),
                                   QStringLiteral("dataset"),      QStringLiteral("quantization"),
                                   QStringLiteral("distillation"), QStringLiteral("sparsity"),
                                   QStringLiteral("RLHF"),         QStringLiteral("LoRA"),
                                   QStringLiteral("ViT"),          QStringLiteral("NeRF"),
                                   QStringLiteral("Gaussian"),     QStringLiteral("speculative"),
                                   QStringLiteral("decoding")};
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
        // Squaring a uniform draw favours the front of the list: a Zipf-like skew.
        const double u = random.generateDouble();
        parts.append(pool.at(qMin(int(pool.size()) - 1, int(u * u * u * pool.size()))));
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
