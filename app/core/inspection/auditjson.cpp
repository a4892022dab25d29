#include "inspection/auditjson.h"
#include "evidence/evidencerepository.h"
#include "inspection/inspectionsession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kansa::AuditJson {

namespace {

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject evidenceJson(const Evidence &e)
{
    QJsonObject o { { QStringLiteral("id"), e.id },
        { QStringLiteral("kind"), EvidenceKinds::key(e.kind) },
        { QStringLiteral("sha256"), text(e.sha256) }, { QStringLiteral("caption"), e.caption },
        { QStringLiteral("file"), text(e.originalName) } };
    if (!e.markup.isEmpty())
        o.insert(QStringLiteral("markup"), QJsonDocument::fromJson(e.markup.toUtf8()).object());
    if (e.kind == EvidenceKind::Certificate)
        o.insert(QStringLiteral("certificate"),
            QJsonObject { { QStringLiteral("issuer"), e.certificate.issuer },
                { QStringLiteral("number"), e.certificate.number },
                { QStringLiteral("scope"), e.certificate.scope },
                { QStringLiteral("valid_until"), date(e.certificate.validUntil) } });
    return o;
}

} // namespace

QJsonObject audit(QSqlDatabase db, EvidenceStore &store, qint64 auditId)
{
    const InspectionSession session(db, store, auditId);
    if (!session.isValid())
        return {};
    const Audit &a = session.audit();
    QHash<qint64, QJsonArray> evidence;
    const QList<Evidence> all = EvidenceRepository(db, store).forAudit(auditId);
    for (const Evidence &e : all)
        evidence[e.checkItemId].append(evidenceJson(e));

    QJsonArray items;
    for (const CheckItem &c : session.items()) {
        const Finding f = session.finding(c.id);
        items.append(QJsonObject {
            { QStringLiteral("id"), c.id },
            { QStringLiteral("article"), c.articleNumber },
            { QStringLiteral("heading"), c.articleHeading },
            { QStringLiteral("paragraph"), c.paragraphOrdinal },
            { QStringLiteral("item"), text(c.itemLabel) },
            { QStringLiteral("text"), c.text() },
            { QStringLiteral("scored"), c.scored },
            { QStringLiteral("verdict"),
                f.verdict == Verdict::Unchecked ? QJsonValue()
                                                : QJsonValue(Verdicts::key(f.verdict)) },
            { QStringLiteral("note"), f.note },
            { QStringLiteral("problem"), f.problem },
            { QStringLiteral("improvement"), f.improvement },
            { QStringLiteral("evidence"), evidence.value(c.id) },
            { QStringLiteral("since_previous"), session.changeSincePrevious(c.id)
                    ? QJsonValue(CheckItemChanges::key(*session.changeSincePrevious(c.id)))
                    : QJsonValue() },
        });
    }
    const AuditProgress p = session.progress();
    return QJsonObject {
        { QStringLiteral("id"), a.id },
        { QStringLiteral("contractor"), a.contractor.name },
        { QStringLiteral("status"), AuditStatuses::key(a.status) },
        { QStringLiteral("kind"), AuditKinds::key(a.kind) },
        { QStringLiteral("date"), date(a.date) },
        { QStringLiteral("clause_set"),
            QJsonObject { { QStringLiteral("id"), a.clauseSetId },
                { QStringLiteral("title"), a.clauseSetTitle } } },
        { QStringLiteral("work_place"), a.workPlace },
        { QStringLiteral("predecessor"), a.predecessorId ? QJsonValue(a.predecessorId) : QJsonValue() },
        { QStringLiteral("lead_inspector"), a.leadInspector },
        { QStringLiteral("archived"), a.archived },
        { QStringLiteral("progress"),
            QJsonObject { { QStringLiteral("answered"), p.answered },
                { QStringLiteral("total"), p.total },
                { QStringLiteral("conforming"), p.conforming },
                { QStringLiteral("major"), p.major }, { QStringLiteral("minor"), p.minor },
                { QStringLiteral("observation"), p.observation },
                { QStringLiteral("not_applicable"), p.notApplicable } } },
        { QStringLiteral("items"), items },
    };
}

} // namespace Kansa::AuditJson
