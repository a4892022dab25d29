#include "history/historystate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Kansa::HistoryState {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::HistoryState", text);
}

// A JSON value as the database gives it back (numbers as integers, null as null).
QString text(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("<null>");
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

QString text(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("<null>") : v.toString();
}

const QStringList kTexts = { QStringLiteral("note"), QStringLiteral("problem"), QStringLiteral("improvement") };

} // namespace

QString differences(QSqlDatabase db, qint64 auditId, const QList<HistoryLog::StoredEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    // Replayed from the entries: what each check item (by its number) and the audit hold.
    const QString start = entries.first().entry.action;
    const bool complete = start == QStringLiteral("created"); // else the state before is unknown
    QHash<QString, QString> verdicts; // "17" → verdict
    QHash<QString, QStringList> texts; // "17" → note, problem, improvement
    QHash<QString, int> files; // sha256 → how many evidence rows
    QJsonObject header;
    bool filesKnown = complete;
    for (const HistoryLog::StoredEntry &s : entries) {
        const QString &action = s.entry.action;
        const QJsonObject c = QJsonDocument::fromJson(s.content.toUtf8()).object();
        const QString item = s.entry.entity.startsWith(QLatin1String("item:")) ? s.entry.entity.mid(5) : QString();
        if (action == QStringLiteral("verdict"))
            verdicts.insert(item, text(c.value(QStringLiteral("verdict"))));
        else if (action == QStringLiteral("note"))
            texts.insert(item, { c.value(kTexts[0]).toString(), c.value(kTexts[1]).toString(), c.value(kTexts[2]).toString() });
        else if (action == QStringLiteral("finding.cleared")) {
            verdicts.insert(item, QStringLiteral("<null>"));
            texts.insert(item, { {}, {}, {} });
        } else if (action == QStringLiteral("evidence.added"))
            ++files[c.value(QStringLiteral("sha256")).toString()];
        else if (action == QStringLiteral("evidence.removed"))
            --files[c.value(QStringLiteral("sha256")).toString()];
        else if (action == QStringLiteral("created") || action == QStringLiteral("header.edited"))
            for (auto it = c.begin(); it != c.end(); ++it)
                header.insert(it.key(), it.value());
    }
    // Against the rows.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.ordinal, f.verdict, f.note, f.problem, f.improvement FROM check_items c "
                             "LEFT JOIN findings f ON f.check_item_id = c.id WHERE c.audit_id = ? ORDER BY c.ordinal"));
    q.addBindValue(auditId);
    if (!q.exec())
        return {};
    QStringList verdictItems, textItems; // every check item that differs, not only the first
    while (q.next()) {
        const QString item = q.value(0).toString();
        const QString verdict = text(q.value(1));
        if (verdicts.contains(item) ? verdicts.value(item) != verdict : complete && verdict != QStringLiteral("<null>"))
            verdictItems << item;
        const QStringList now { q.value(2).toString(), q.value(3).toString(), q.value(4).toString() };
        const bool written = !now.join(QString()).isEmpty();
        if (texts.contains(item) ? texts.value(item) != now : complete && written)
            textItems << item;
    }
    QStringList found;
    if (!verdictItems.isEmpty())
        found << tr("the verdict of check items %1").arg(verdictItems.join(QStringLiteral(", ")));
    if (!textItems.isEmpty())
        found << tr("the finding's text of check items %1").arg(textItems.join(QStringLiteral(", ")));
    if (filesKnown) {
        QHash<QString, int> stored;
        q.prepare(QStringLiteral("SELECT sha256 FROM evidence WHERE audit_id = ?"));
        q.addBindValue(auditId);
        if (q.exec())
            while (q.next())
                ++stored[q.value(0).toString()];
        for (auto it = files.begin(); it != files.end();)
            it = it.value() == 0 ? files.erase(it) : std::next(it);
        if (stored != files)
            found << tr("the evidence files");
    }
    if (!header.isEmpty()) {
        q.prepare(QStringLiteral("SELECT * FROM audits WHERE id = ?"));
        q.addBindValue(auditId);
        if (q.exec() && q.next())
            for (auto it = header.begin(); it != header.end(); ++it) {
                const int column = q.record().indexOf(it.key());
                // Ids are this database's own (a clause set, a predecessor): not compared.
                if (column < 0 || it.key().endsWith(QLatin1String("_id")) || it.key() == QStringLiteral("clause_set_title"))
                    continue;
                if (text(it.value()) != text(q.value(column))) {
                    found << tr("the audit's details (%1)").arg(it.key());
                    break;
                }
            }
    }
    return found.join(QStringLiteral("; "));
}

} // namespace Kansa::HistoryState
