#include "package/recordcomparison.h"

#include "audits/checkitem.h"
#include "audits/verdict.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>

namespace Kansa::RecordComparison {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::RecordComparison", text);
}

QJsonArray rows(const QJsonObject &record, const char *table)
{
    return record.value(QStringLiteral("tables")).toObject().value(QLatin1String(table)).toArray();
}

struct ItemState
{
    QString citation;
    QString verdict, note, problem, improvement;
};

// Check items by their ordinal (the same in both versions: the snapshot of one clause set).
QMap<qint64, ItemState> items(const QJsonObject &record)
{
    QHash<qint64, QJsonObject> findings;
    for (const QJsonValue &v : rows(record, "findings"))
        findings.insert(qint64(v.toObject().value(QStringLiteral("check_item_id")).toDouble()), v.toObject());
    QMap<qint64, ItemState> out;
    for (const QJsonValue &v : rows(record, "check_items")) {
        const QJsonObject row = v.toObject();
        const QJsonObject f = findings.value(qint64(row.value(QStringLiteral("id")).toDouble()));
        out.insert(qint64(row.value(QStringLiteral("ordinal")).toDouble()),
            { CheckItem::citationOfRow(row), f.value(QStringLiteral("verdict")).toString(),
                f.value(QStringLiteral("note")).toString(), f.value(QStringLiteral("problem")).toString(),
                f.value(QStringLiteral("improvement")).toString() });
    }
    return out;
}

QString verdictText(const QString &key)
{
    const auto v = Verdicts::fromKey(key);
    return v && *v != Verdict::Unchecked ? Verdicts::label(*v) : tr("no verdict");
}

QString quoted(const QString &text)
{
    return text.isEmpty() ? tr("(empty)") : QStringLiteral("「%1」").arg(text);
}

// Evidence as "name (caption)" → how many, per side.
QHash<QString, int> evidence(const QJsonObject &record)
{
    QHash<QString, int> out;
    for (const QJsonValue &v : rows(record, "evidence")) {
        const QJsonObject e = v.toObject();
        QString name = e.value(QStringLiteral("original_name")).toString();
        if (name.isEmpty())
            name = e.value(QStringLiteral("sha256")).toString().left(12);
        const QString caption = e.value(QStringLiteral("caption")).toString();
        ++out[caption.isEmpty() ? name : QStringLiteral("%1（%2）").arg(name, caption)];
    }
    return out;
}

} // namespace

QList<Change> changes(const QJsonObject &ours, const QJsonObject &theirs)
{
    QList<Change> out;
    const QMap<qint64, ItemState> a = items(ours), b = items(theirs);
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const ItemState &x = it.value();
        const ItemState y = b.value(it.key());
        if (x.verdict != y.verdict)
            out.append({ x.citation, tr("verdict"), verdictText(x.verdict), verdictText(y.verdict) });
        if (x.note != y.note)
            out.append({ x.citation, tr("note"), quoted(x.note), quoted(y.note) });
        if (x.problem != y.problem)
            out.append({ x.citation, tr("what is wrong"), quoted(x.problem), quoted(y.problem) });
        if (x.improvement != y.improvement)
            out.append({ x.citation, tr("improvement required"), quoted(x.improvement), quoted(y.improvement) });
    }
    const QHash<QString, int> fa = evidence(ours), fb = evidence(theirs);
    QStringList names = fa.keys() + fb.keys();
    names.sort();
    names.removeDuplicates();
    for (const QString &n : std::as_const(names)) {
        const int here = fa.value(n), there = fb.value(n);
        if (here != there)
            out.append({ n, tr("evidence"), here ? tr("present") : tr("absent"), there ? tr("present") : tr("absent") });
    }
    return out;
}

QString line(const Change &c)
{
    return tr("%1 — %2: here %3; in the package %4").arg(c.where, c.what, c.here, c.package);
}

} // namespace Kansa::RecordComparison
