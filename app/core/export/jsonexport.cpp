#include "jsonexport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace JsonExport {

QJsonObject toJson(const PaperRecord &paper)
{
    QJsonArray dates;
    for (const Appearance &appearance : paper.appearances)
        dates.append(appearance.date.toString(Qt::ISODate));
    QJsonArray sections;
    for (const PaperSection &section : paper.sections)
        sections.append(QJsonObject{{QStringLiteral("label"), section.label},
                                    {QStringLiteral("text"), section.text}});
    const std::optional<int> votes = paper.votes();
    return QJsonObject{
        {QStringLiteral("arxiv_id"), paper.arxivId},
        {QStringLiteral("title"), paper.title},
        {QStringLiteral("url"), paper.url.toString()},
        {QStringLiteral("dates"), dates},
        {QStringLiteral("votes"), votes ? QJsonValue(*votes) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("authors"), QJsonArray::fromStringList(paper.authors)},
        {QStringLiteral("thumbnail_url"), paper.thumbnailUrl.isEmpty()
                                              ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(paper.thumbnailUrl.toString())},
        {QStringLiteral("sections"), sections},
        {QStringLiteral("starred"), paper.starred},
        {QStringLiteral("read"), paper.read},
    };
}

QByteArray toDocument(const QList<PaperRecord> &papers)
{
    QJsonArray array;
    for (const PaperRecord &paper : papers)
        array.append(toJson(paper));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace JsonExport
