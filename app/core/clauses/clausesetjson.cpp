#include "clauses/clausesetjson.h"

#include <QCoreApplication>
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

std::optional<ClauseDocument> fromJson(const QJsonObject &json, QString *error)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("Kansa::ClauseSetJson", s); };
    auto fail = [&](const QString &where, const QString &why) {
        *error = where.isEmpty() ? why : where + QStringLiteral(": ") + why;
        return std::nullopt;
    };
    auto isText = [](const QJsonValue &v) { return v.isString() || v.isNull() || v.isUndefined(); };
    ClauseDocument d;
    if (!json.value(QStringLiteral("title")).isString() || json.value(QStringLiteral("title")).toString().trimmed().isEmpty())
        return fail(QStringLiteral("title"), tr("the title is missing or empty"));
    d.title = json.value(QStringLiteral("title")).toString().trimmed();
    for (const char *key : { "edition", "issuer" })
        if (!isText(json.value(QLatin1String(key))))
            return fail(QLatin1String(key), tr("must be text or null"));
    d.edition = json.value(QStringLiteral("edition")).toString().trimmed();
    d.issuer = json.value(QStringLiteral("issuer")).toString().trimmed();
    const QJsonValue preamble = json.value(QStringLiteral("preamble"));
    if (!preamble.isUndefined() && !preamble.isArray())
        return fail(QStringLiteral("preamble"), tr("must be a list of texts"));
    for (const QJsonValue &p : preamble.toArray()) {
        if (!p.isString())
            return fail(QStringLiteral("preamble"), tr("must be a list of texts"));
        d.preamble << p.toString();
    }
    const QJsonArray articles = json.value(QStringLiteral("articles")).toArray();
    if (articles.isEmpty())
        return fail(QStringLiteral("articles"), tr("there must be at least one article"));
    if (articles.size() > 5000)
        return fail(QStringLiteral("articles"), tr("more than 5000 articles"));
    for (qsizetype ai = 0; ai < articles.size(); ++ai) {
        const QString where = QStringLiteral("articles[%1]").arg(ai);
        const QJsonObject a = articles.at(ai).toObject();
        Article article;
        article.ordinal = int(ai) + 1;
        article.number = a.value(QStringLiteral("number")).toString().trimmed();
        if (article.number.isEmpty())
            return fail(where, tr("every article needs its number (第１, 第1条, 1 …)"));
        if (!isText(a.value(QStringLiteral("heading"))))
            return fail(where, tr("the heading must be text"));
        article.heading = a.value(QStringLiteral("heading")).toString().trimmed();
        const QJsonArray paragraphs = a.value(QStringLiteral("paragraphs")).toArray();
        if (paragraphs.isEmpty())
            return fail(where, tr("an article needs at least one paragraph"));
        for (qsizetype pi = 0; pi < paragraphs.size(); ++pi) {
            const QString pwhere = where + QStringLiteral(".paragraphs[%1]").arg(pi);
            const QJsonObject p = paragraphs.at(pi).toObject();
            Paragraph paragraph;
            paragraph.ordinal = int(pi) + 1;
            paragraph.text = p.value(QStringLiteral("text")).toString().trimmed();
            const QJsonValue obligation = p.value(QStringLiteral("obligation"));
            if (!obligation.isBool())
                return fail(pwhere, tr("obligation must be true or false"));
            paragraph.obligation = obligation.toBool();
            for (const QJsonValue &iv : p.value(QStringLiteral("items")).toArray()) {
                const QJsonObject i = iv.toObject();
                ClauseItem item { i.value(QStringLiteral("label")).toString().trimmed(),
                    i.value(QStringLiteral("text")).toString().trimmed() };
                if (item.label.isEmpty() || item.text.isEmpty())
                    return fail(pwhere, tr("every item needs its label and its text"));
                paragraph.items.append(item);
            }
            if (paragraph.text.isEmpty() && paragraph.items.isEmpty())
                return fail(pwhere, tr("a paragraph needs its text or items"));
            article.paragraphs.append(paragraph);
        }
        d.articles.append(article);
    }
    if (const auto twice = d.repeatedNumber())
        return fail(QStringLiteral("articles"),
            tr("the number %1 is given to two articles").arg(d.articles.at(twice->second - 1).number));
    return d;
}

} // namespace Kansa::ClauseSetJson
