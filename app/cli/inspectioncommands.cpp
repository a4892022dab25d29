#include "inspectioncommands.h"

#include "audits/auditrepository.h"
#include "storage/database.h"
#include "demo/demoaudit.h"
#include "evidence/evidencebatch.h"
#include "evidence/evidencestore.h"
#include "searchresults/searchmatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kansa::Cli {

int runEvidence(Context &ctx)
{
    bool missing = false;
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    const auto caption = ctx.takeOption(QStringLiteral("--caption"), &missing);
    const auto auditId = ctx.args.size() >= 3 ? parseId(ctx.args.at(0)) : 0;
    const auto itemId = ctx.args.size() >= 3 ? parseId(ctx.args.at(1)) : 0;
    if (sub != QStringLiteral("add") || missing || !auditId || !itemId)
        return fail(
            ctx, Usage, tr("usage: kansa-cli evidence add AUDIT ITEM FILE... [--caption TEXT]"));
    Database db;
    int code = Ok;
    if (!openAudit(ctx, db, auditId, &code))
        return code;
    const QList<CheckItem> items = AuditRepository(db.connection()).checkItems(auditId);
    if (std::none_of(
            items.begin(), items.end(), [&](const CheckItem &c) { return c.id == itemId; }))
        return fail(ctx, BadInput,
            tr("Audit %1 has no check item %2 (see: kansa-cli audit show %1).")
                .arg(auditId)
                .arg(itemId));
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
    QList<Evidence> added;
    const QList<EvidenceError> errors = EvidenceBatch::runBlocking(db.connection(), store, auditId,
        itemId, ctx.args.mid(2), caption.value_or(QString()), &added);
    for (const Evidence &e : added)
        ctx.out << e.id << QLatin1Char('\t') << e.sha256 << QLatin1Char('\t') << e.originalName
                << Qt::endl;
    for (const EvidenceError &e : errors)
        ctx.err << e.message() << Qt::endl;
    return errors.isEmpty() ? Ok : BadInput;
}

int runSearch(Context &ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const QString query = ctx.args.join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return fail(ctx, Usage, tr("usage: kansa-cli search QUERY [--json]"));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    const QList<SearchMatch> hits = SearchMatches::find(db.connection(), query);
    if (json) {
        QJsonArray array;
        for (const SearchMatch &m : hits) {
            const SearchIndex::Hit &h = m.hit;
            QJsonArray marks;
            for (const SearchMatch::Mark &mark : m.marks)
                marks.append(QJsonArray { mark.start, mark.length });
            array.append(QJsonObject {
                { QStringLiteral("audit"), h.auditId },
                { QStringLiteral("contractor"), h.contractor },
                { QStringLiteral("source"), SearchIndex::sourceKey(h.source) },
                { QStringLiteral("id"), h.refId },
                { QStringLiteral("item"),
                    h.checkItemId ? QJsonValue(h.checkItemId) : QJsonValue() },
                { QStringLiteral("advisory_item"),
                    h.advisoryItemId ? QJsonValue(h.advisoryItemId) : QJsonValue() },
                { QStringLiteral("reference"), h.reference },
                { QStringLiteral("field"), m.field },
                { QStringLiteral("snippet"), m.snippet },
                { QStringLiteral("marks"), marks },
                { QStringLiteral("text"), h.text },
            });
        }
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const SearchMatch &m : hits)
        ctx.out << m.hit.auditId << QLatin1Char('\t') << m.hit.contractor << QLatin1Char('\t')
                << m.hit.reference << QLatin1Char('\t') << m.field << QLatin1Char('\t')
                << m.snippet << Qt::endl;
    if (hits.isEmpty())
        ctx.err << tr("Nothing found for %1.").arg(query) << Qt::endl;
    return Ok;
}

int runDemo(Context &ctx)
{
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
    QString error;
    const qint64 id = DemoAudit::create(db.connection(), store, &error);
    if (!id)
        return fail(ctx, BadInput, tr("The demo audit could not be created: %1").arg(error));
    ctx.out << tr("Kansa demo: audit %1 created in %2").arg(id).arg(ctx.dbPath) << Qt::endl;
    ctx.args = { QStringLiteral("show"), QString::number(id) };
    return Ok;
}

} // namespace Kansa::Cli
