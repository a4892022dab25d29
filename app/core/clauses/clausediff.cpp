#include "clauses/clausediff.h"

#include <QJsonArray>
#include <QSet>

#include <vector>

namespace Kansa::ClauseDiff {

namespace {

QString paragraphText(const Paragraph &p)
{
    QString t = p.text;
    for (const ClauseItem &i : p.items)
        t += QStringLiteral(" ") + i.label + QStringLiteral(" ") + i.text;
    return t.trimmed();
}

QString articleText(const Article &a)
{
    QStringList parts;
    for (const Paragraph &p : a.paragraphs)
        parts << paragraphText(p);
    return parts.join(u'\n');
}

// Character-level longest common subsequence, as marked segments. Texts past 3,000 characters
// are compared whole (bounded time and memory: 9 million cells at most).
QList<Segment> wordDiff(const QString &a, const QString &b)
{
    QList<Segment> out;
    auto push = [&](Segment::Type t, QChar c) {
        if (!out.isEmpty() && out.last().type == t)
            out.last().text += c;
        else
            out.append({ t, QString(c) });
    };
    if (a.size() > 3000 || b.size() > 3000) {
        if (!a.isEmpty())
            out.append({ Segment::Removed, a });
        if (!b.isEmpty())
            out.append({ Segment::Added, b });
        return out;
    }
    const qsizetype n = a.size(), m = b.size();
    std::vector<quint16> table(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> quint16 & { return table[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(i) == b.at(j) ? quint16(at(i + 1, j + 1) + 1) : qMax(at(i + 1, j), at(i, j + 1));
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            push(Segment::Same, a.at(i));
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            push(Segment::Removed, a.at(i++));
        } else {
            push(Segment::Added, b.at(j++));
        }
    }
    for (; i < n; ++i)
        push(Segment::Removed, a.at(i));
    for (; j < m; ++j)
        push(Segment::Added, b.at(j));
    return out;
}

QList<ParagraphChange> paragraphChanges(const Article &o, const Article &n)
{
    QList<ParagraphChange> out;
    const qsizetype count = qMax(o.paragraphs.size(), n.paragraphs.size());
    for (qsizetype k = 0; k < count; ++k) {
        const Paragraph *op = k < o.paragraphs.size() ? &o.paragraphs.at(k) : nullptr;
        const Paragraph *np = k < n.paragraphs.size() ? &n.paragraphs.at(k) : nullptr;
        ParagraphChange c;
        c.oldOrdinal = op ? op->ordinal : 0;
        c.newOrdinal = np ? np->ordinal : 0;
        c.oldText = op ? paragraphText(*op) : QString();
        c.newText = np ? paragraphText(*np) : QString();
        const bool oldDuty = op && op->obligation, newDuty = np && np->obligation;
        c.obligation = newDuty == oldDuty ? 0 : newDuty ? 1 : -1;
        if (op && np && c.oldText == c.newText && c.obligation == 0)
            continue;
        c.kind = !op ? Kind::Added : !np ? Kind::Removed : Kind::Changed;
        c.segments = wordDiff(c.oldText, c.newText);
        out.append(c);
    }
    return out;
}

} // namespace

QString kindKey(Kind k)
{
    switch (k) {
    case Kind::Added: return QStringLiteral("added");
    case Kind::Removed: return QStringLiteral("removed");
    case Kind::Renumbered: return QStringLiteral("renumbered");
    case Kind::Changed: return QStringLiteral("changed");
    }
    return {};
}

QList<ArticleChange> compare(const ClauseDocument &oldDocument, const ClauseDocument &newDocument)
{
    const QList<Article> &olds = oldDocument.articles;
    QList<int> match(newDocument.articles.size(), -1);
    QSet<int> used;
    // 1. The same text (and heading): unchanged, or renumbered.
    for (qsizetype n = 0; n < newDocument.articles.size(); ++n)
        for (qsizetype o = 0; o < olds.size(); ++o)
            if (!used.contains(int(o)) && articleText(olds.at(o)) == articleText(newDocument.articles.at(n))
                && olds.at(o).heading == newDocument.articles.at(n).heading) {
                match[n] = int(o);
                used.insert(int(o));
                break;
            }
    // 2. The same heading (a heading names an article's subject), else the same number.
    for (const bool byHeading : { true, false })
        for (qsizetype n = 0; n < newDocument.articles.size(); ++n) {
            if (match.at(n) >= 0)
                continue;
            const Article &a = newDocument.articles.at(n);
            for (qsizetype o = 0; o < olds.size(); ++o) {
                if (used.contains(int(o)))
                    continue;
                const bool same = byHeading ? !a.heading.isEmpty() && olds.at(o).heading == a.heading
                                            : olds.at(o).number == a.number;
                if (same) {
                    match[n] = int(o);
                    used.insert(int(o));
                    break;
                }
            }
        }
    QList<ArticleChange> out;
    for (qsizetype n = 0; n < newDocument.articles.size(); ++n) {
        const Article &a = newDocument.articles.at(n);
        ArticleChange c;
        c.newNumber = a.number;
        c.heading = a.heading;
        if (match.at(n) < 0) {
            c.kind = Kind::Added;
            c.paragraphs = paragraphChanges(Article {}, a);
            out.append(c);
            continue;
        }
        const Article &o = olds.at(match.at(n));
        c.oldNumber = o.number;
        c.paragraphs = paragraphChanges(o, a);
        if (c.paragraphs.isEmpty() && o.heading == a.heading && o.number == a.number)
            continue; // unchanged
        c.kind = c.paragraphs.isEmpty() && o.heading == a.heading ? Kind::Renumbered : Kind::Changed;
        out.append(c);
    }
    for (qsizetype o = 0; o < olds.size(); ++o)
        if (!used.contains(int(o))) {
            ArticleChange c;
            c.kind = Kind::Removed;
            c.oldNumber = olds.at(o).number;
            c.heading = olds.at(o).heading;
            c.paragraphs = paragraphChanges(olds.at(o), Article {});
            out.append(c);
        }
    return out;
}

QString marked(const QList<Segment> &segments)
{
    QString s;
    for (const Segment &g : segments)
        s += g.type == Segment::Same ? g.text
            : g.type == Segment::Removed ? QStringLiteral("[-") + g.text + QStringLiteral("-]")
                                         : QStringLiteral("{+") + g.text + QStringLiteral("+}");
    return s;
}

QJsonObject toJson(const QList<ArticleChange> &changes)
{
    QJsonArray articles;
    int appeared = 0, disappeared = 0;
    for (const ArticleChange &c : changes) {
        QJsonArray paragraphs;
        for (const ParagraphChange &p : c.paragraphs) {
            appeared += p.obligation > 0 ? 1 : 0;
            disappeared += p.obligation < 0 ? 1 : 0;
            paragraphs.append(QJsonObject {
                { QStringLiteral("kind"), kindKey(p.kind) },
                { QStringLiteral("old_ordinal"), p.oldOrdinal ? QJsonValue(p.oldOrdinal) : QJsonValue() },
                { QStringLiteral("new_ordinal"), p.newOrdinal ? QJsonValue(p.newOrdinal) : QJsonValue() },
                { QStringLiteral("old_text"), p.oldText },
                { QStringLiteral("new_text"), p.newText },
                { QStringLiteral("marked"), marked(p.segments) },
                { QStringLiteral("obligation"),
                    p.obligation > 0       ? QJsonValue(QStringLiteral("appeared"))
                        : p.obligation < 0 ? QJsonValue(QStringLiteral("disappeared"))
                                           : QJsonValue() },
            });
        }
        articles.append(QJsonObject {
            { QStringLiteral("kind"), kindKey(c.kind) },
            { QStringLiteral("old_number"), c.oldNumber.isEmpty() ? QJsonValue() : QJsonValue(c.oldNumber) },
            { QStringLiteral("new_number"), c.newNumber.isEmpty() ? QJsonValue() : QJsonValue(c.newNumber) },
            { QStringLiteral("heading"), c.heading },
            { QStringLiteral("paragraphs"), paragraphs },
        });
    }
    return QJsonObject { { QStringLiteral("articles"), articles },
        { QStringLiteral("obligations_appeared"), appeared }, { QStringLiteral("obligations_disappeared"), disappeared } };
}

} // namespace Kansa::ClauseDiff
