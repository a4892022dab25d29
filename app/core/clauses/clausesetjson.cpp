#include "clauses/clausesetjson.h"

#include <QJsonArray>

namespace Kansa::ClauseSetJson {

namespace {
QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject toJson(const ClauseDocument &document)
{
    QJsonArray articles;
    for (const Article &a : document.articles) {
        QJsonArray paragraphs;
        for (const Paragraph &p : a.paragraphs) {
            QJsonArray items;
            for (const ClauseItem &i : p.items)
                items.append(QJsonObject {
                    { QStringLiteral("label"), i.label }, { QStringLiteral("text"), i.text } });
            paragraphs.append(QJsonObject { { QStringLiteral("ordinal"), p.ordinal },
                { QStringLiteral("text"), p.text }, { QStringLiteral("obligation"), p.obligation },
                { QStringLiteral("items"), items } });
        }
        articles.append(QJsonObject { { QStringLiteral("number"), a.number },
            { QStringLiteral("ordinal"), a.ordinal }, { QStringLiteral("heading"), a.heading },
            { QStringLiteral("paragraphs"), paragraphs } });
    }
    return QJsonObject { { QStringLiteral("title"), document.title },
        { QStringLiteral("edition"), orNull(document.edition) },
        { QStringLiteral("issuer"), orNull(document.issuer) },
        { QStringLiteral("preamble"), QJsonArray::fromStringList(document.preamble) },
        { QStringLiteral("articles"), articles } };
}

} // namespace Kansa::ClauseSetJson
