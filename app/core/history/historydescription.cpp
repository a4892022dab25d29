#include "history/historydescription.h"

#include "audits/verdict.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kansa::HistoryDescription {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kansa::HistoryDescription", text, disambiguation, n);
}

QString quoted(const QString &text)
{
    const QString one = text.simplified();
    return one.isEmpty() ? tr("(empty)") : QStringLiteral("「%1」").arg(one.size() > 60 ? one.left(60) + u'…' : one);
}

QString verdictLabel(const QJsonValue &v)
{
    const auto verdict = Verdicts::fromKey(v.toString());
    return verdict && *verdict != Verdict::Unchecked ? Verdicts::label(*verdict) : tr("no verdict");
}

} // namespace

Described describe(const HistoryLog::StoredEntry &stored, const QHash<QString, QString> &items)
{
    const HistoryEntry &e = stored.entry;
    const QJsonObject c = QJsonDocument::fromJson(stored.content.toUtf8()).object();
    const QString item = e.entity.startsWith(QLatin1String("item:"))
        ? items.value(e.entity.mid(5), tr("check item %1").arg(e.entity.mid(5)))
        : QString();
    const QString a = e.action;
    Described d;
    if (a == QStringLiteral("created")) {
        d.what = tr("Audit created: %1").arg(c.value(QStringLiteral("contractor_name")).toString());
    } else if (a == QStringLiteral("history.started")) {
        d.what = tr("History started (the audit existed before Kansa kept histories)");
    } else if (a == QStringLiteral("header.edited")) {
        d.what = tr("Audit details edited");
    } else if (a == QStringLiteral("item.edited")) {
        d.what = tr("%1: check item changed (scored: %2)").arg(item, c.value(QStringLiteral("scored")).toInt() ? tr("yes") : tr("no"));
    } else if (a == QStringLiteral("verdict")) {
        d.what = tr("%1: verdict %2").arg(item, verdictLabel(c.value(QStringLiteral("verdict"))));
    } else if (a == QStringLiteral("note")) {
        QStringList parts;
        for (const char *k : { "note", "problem", "improvement" })
            if (const QString t = c.value(QLatin1String(k)).toString(); !t.isEmpty())
                parts << quoted(t);
        d.what = tr("%1: finding's text %2").arg(item, parts.isEmpty() ? tr("(empty)") : parts.join(QStringLiteral(" / ")));
    } else if (a == QStringLiteral("finding.cleared")) {
        d.what = tr("%1: finding cleared").arg(item);
    } else if (a == QStringLiteral("evidence.added")) {
        const QString name = c.value(QStringLiteral("original_name")).toString();
        const QString caption = c.value(QStringLiteral("caption")).toString();
        d.what = caption.isEmpty() ? tr("Evidence added: %1").arg(name) : tr("Evidence added: %1 (%2)").arg(name, caption);
    } else if (a == QStringLiteral("evidence.removed")) {
        d.what = tr("Evidence removed");
    } else if (a == QStringLiteral("caption")) {
        d.what = tr("Evidence caption: %1").arg(quoted(c.value(QStringLiteral("caption")).toString()));
    } else if (a == QStringLiteral("signed")) {
        d.what = tr("Signed by %1 (%2)").arg(c.value(QStringLiteral("name")).toString(),
            c.value(QStringLiteral("role")).toString() == QStringLiteral("contractor") ? tr("contractor") : tr("inspector"));
    } else if (a == QStringLiteral("reopened")) {
        d.what = tr("Reopened: %1").arg(quoted(c.value(QStringLiteral("reason")).toString()));
    } else if (a == QStringLiteral("advisory.drafted")) {
        d.what = tr("Letter drafted");
    } else if (a == QStringLiteral("advisory.issued")) {
        d.what = tr("Letter issued: %1, dated %2").arg(c.value(QStringLiteral("document_number")).toString(),
            c.value(QStringLiteral("issued_on")).toString());
    } else if (a == QStringLiteral("advisory.edited")) {
        d.what = tr("Letter edited");
    } else if (a == QStringLiteral("advisory.removed")) {
        d.what = tr("Draft letter removed");
    } else if (a == QStringLiteral("advisory.item")) {
        d.what = tr("Letter item %1: %2").arg(c.value(QStringLiteral("clause")).toString(), quoted(c.value(QStringLiteral("finding")).toString()));
    } else if (a.startsWith(QLatin1String("followup."))) {
        d.what = tr("Follow-up (%1) on %2: %3").arg(a.mid(9), c.value(QStringLiteral("on_date")).toString(),
            quoted(c.value(QStringLiteral("text")).toString()));
    } else if (a == QStringLiteral("exported")) {
        d.what = tr("Exported in a package");
    } else if (a == QStringLiteral("imported")) {
        const QString source = c.value(QStringLiteral("source")).toString();
        const QString kind = c.value(QStringLiteral("kind")).toString();
        if (kind == QStringLiteral("replace")) {
            const QJsonArray changes = c.value(QStringLiteral("changes")).toArray();
            d.what = tr("Replaced by the version in %1 (%2 entries replaced; the replaced version is kept here)")
                         .arg(source)
                         .arg(changes.size());
            for (const QJsonValue &v : changes) {
                const QJsonObject o = v.toObject();
                d.details << tr("%1 — %2: was %3, now %4")
                                 .arg(o.value(QStringLiteral("where")).toString(), o.value(QStringLiteral("what")).toString(),
                                     o.value(QStringLiteral("replaced")).toString(), o.value(QStringLiteral("now")).toString());
            }
        } else if (kind == QStringLiteral("update")) {
            d.what = tr("Updated from %1 (the package continued this audit)").arg(source);
        } else {
            d.what = tr("Imported from %1").arg(source);
        }
        // What this office did that the package's history does not continue: kept here, shown
        // entry by entry (and what those held in turn, after an earlier replacement).
        const QJsonArray kept = c.value(QStringLiteral("kept")).toArray();
        if (!kept.isEmpty()) {
            d.details << tr("%n entries of the history here that the package's does not continue are kept in this entry:",
                nullptr, int(kept.size()));
            for (const HistoryLog::StoredEntry &k : HistoryLog::entriesFromRows(kept)) {
                const Described inner = describe(k, items);
                d.details << QStringLiteral("  %1  %2  %3")
                                 .arg(k.entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), k.entry.actor, inner.what);
                for (const QString &line : inner.details)
                    d.details << QStringLiteral("    ") + line;
            }
        }
    } else if (a == QStringLiteral("conflict.received")) {
        d.what = tr("Another version received in %1 (a conflict to decide)").arg(c.value(QStringLiteral("source")).toString());
    } else if (a == QStringLiteral("conflict.kept")) {
        d.what = tr("Kept this version over the one in %1").arg(c.value(QStringLiteral("source")).toString());
    } else if (a == QStringLiteral("copied")) {
        d.what = tr("Copied from another version of the audit (both kept); its history is kept in this entry");
    } else if (a == QStringLiteral("item.added")) {
        d.what = tr("%1: check item made (scored: %2)").arg(item, c.value(QStringLiteral("scored")).toInt() ? tr("yes") : tr("no"));
    } else if (a == QStringLiteral("installation.created")) {
        d.what = tr("This installation's key made");
    } else if (a == QStringLiteral("checkpoint")) {
        d.what = tr("Checkpoint held for %1 at entry %2").arg(e.entity).arg(c.value(QStringLiteral("sequence")).toInteger());
    } else if (a == QStringLiteral("package.imported")) {
        d.what = tr("Package imported: %1").arg(c.value(QStringLiteral("source")).toString());
    } else if (a == QStringLiteral("conflict.resolved")) {
        d.what = tr("Conflict resolved (%1): %2").arg(c.value(QStringLiteral("resolution")).toString(), c.value(QStringLiteral("source")).toString());
    } else if (a == QStringLiteral("permissions.tightened")) {
        d.what = tr("Files made readable by their owner only");
    } else if (a == QStringLiteral("audit.disposed")) {
        d.what = tr("Audit disposed of (approved by %1)").arg(c.value(QStringLiteral("approved_by")).toString());
    } else {
        d.what = a;
    }
    return d;
}

} // namespace Kansa::HistoryDescription
