#include "advisory/advisoryrepository.h"

#include "audits/auditrepository.h"
#include "calendar/businesscalendar.h"
#include "advisory/documentsettings.h"
#include "audits/findingrepository.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace Kansa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::AdvisoryRepository", text);
}

QString addresseeOf(const Audit &a)
{
    QString who = a.contractor.name;
    const QString rep = QString(a.contractor.representativeTitle + QStringLiteral("　")
        + a.contractor.representative).trimmed();
    if (!a.contractor.representative.isEmpty())
        who += QLatin1Char('\n') + rep;
    return who;
}

} // namespace

AdvisoryRepository::AdvisoryRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 AdvisoryRepository::create(
    qint64 auditId, const QDate &issuedOn, bool includeObservations, QString *error)
{
    AuditRepository audits(m_db);
    const std::optional<Audit> audit = audits.load(auditId);
    if (!audit) {
        if (error)
            *error = tr("There is no audit %1.").arg(auditId);
        return 0;
    }
    const QHash<qint64, Finding> findings = FindingRepository(m_db).forAudit(auditId);
    QList<AdvisoryItem> items;
    for (const CheckItem &c : audits.checkItems(auditId)) {
        const Finding f = findings.value(c.id);
        AdvisoryItem i;
        if (f.verdict == Verdict::Major)
            i.severity = AdvisorySeverity::Major;
        else if (f.verdict == Verdict::Minor)
            i.severity = AdvisorySeverity::Minor;
        else if (f.verdict == Verdict::Observation && includeObservations)
            i.severity = AdvisorySeverity::Recommendation;
        else
            continue;
        i.ordinal = int(items.size()) + 1;
        i.checkItemId = c.id;
        i.clause = c.citation();
        i.finding = f.problem.isEmpty() ? f.note : f.problem;
        i.improvement = f.improvement;
        items.append(i);
    }
    if (items.isEmpty()) {
        if (error)
            *error = tr("The audit has no non-conformity, so there is nothing to advise.");
        return 0;
    }
    qint64 id = 0;
    const bool ok = Sql::inTransaction(m_db, error, [&](QString *why) {
        // Read the settings inside the transaction, so two letters never share a number.
        const DocumentSettings settings = DocumentSettings::load(m_db);
        const int sequence = qMax(1, settings.nextNumber);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO advisories (audit_id, sequence, document_number, issued_on, addressee, "
            "honorific, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(auditId);
        q.addBindValue(sequence);
        q.addBindValue(settings.documentNumber(sequence));
        q.addBindValue(Sql::date(issuedOn));
        q.addBindValue(addresseeOf(*audit));
        q.addBindValue(settings.honorific);
        q.addBindValue(Sql::now());
        if (!q.exec())
            return Sql::fail(q, why);
        id = q.lastInsertId().toLongLong();
        for (AdvisoryItem &i : items) {
            if (i.severity != AdvisorySeverity::Recommendation)
                i.deadline = BusinessCalendar::deadline(issuedOn,
                    i.severity == AdvisorySeverity::Major ? settings.majorDays : settings.minorDays);
            q.prepare(QStringLiteral(
                "INSERT INTO advisory_items (advisory_id, ordinal, check_item_id, severity, clause, "
                "finding, improvement, deadline, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(i.ordinal);
            q.addBindValue(i.checkItemId);
            q.addBindValue(AdvisorySeverities::key(i.severity));
            q.addBindValue(i.clause);
            q.addBindValue(Sql::text(i.finding));
            q.addBindValue(Sql::text(i.improvement));
            q.addBindValue(Sql::date(i.deadline));
            q.addBindValue(Sql::now());
            if (!q.exec())
                return Sql::fail(q, why);
        }
        if (!DocumentSettings::set(m_db, QStringLiteral("advisory.next_number"),
                QString::number(sequence + 1), why))
            return false;
        return audit->status >= AuditStatus::Advised
            || audits.setStatus(auditId, AuditStatus::Advised, why);
    });
    return ok ? id : 0;
}

QString AdvisoryRepository::itemColumns()
{
    return QStringLiteral("i.id, i.advisory_id, i.ordinal, i.check_item_id, i.severity, i.clause, "
                          "i.finding, i.improvement, i.deadline, i.state");
}

AdvisoryItem AdvisoryRepository::itemFrom(const QSqlQuery &q)
{
    AdvisoryItem i;
    i.id = q.value(0).toLongLong();
    i.advisoryId = q.value(1).toLongLong();
    i.ordinal = q.value(2).toInt();
    i.checkItemId = q.value(3).toLongLong();
    i.severity = AdvisorySeverities::fromKey(q.value(4).toString()).value_or(AdvisorySeverity::Minor);
    i.clause = q.value(5).toString();
    i.finding = q.value(6).toString();
    i.improvement = q.value(7).toString();
    i.deadline = Sql::toDate(q.value(8));
    i.state = FollowUpStates::fromKey(q.value(9).toString()).value_or(FollowUpState::Open);
    return i;
}

QList<AdvisoryItem> AdvisoryRepository::items(qint64 advisoryId) const
{
    QList<AdvisoryItem> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM advisory_items i WHERE i.advisory_id = ? ORDER BY i.ordinal")
                  .arg(itemColumns()));
    q.addBindValue(advisoryId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(itemFrom(q));
    return out;
}

std::optional<Advisory> AdvisoryRepository::load(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT audit_id, sequence, document_number, issued_on, addressee, "
                             "honorific FROM advisories WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Advisory a;
    a.id = id;
    a.auditId = q.value(0).toLongLong();
    a.sequence = q.value(1).toInt();
    a.documentNumber = q.value(2).toString();
    a.issuedOn = Sql::toDate(q.value(3));
    a.addressee = q.value(4).toString();
    a.honorific = q.value(5).toString();
    a.items = items(id);
    return a;
}

QList<Advisory> AdvisoryRepository::forAudit(qint64 auditId) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM advisories WHERE audit_id = ? ORDER BY id"));
    q.addBindValue(auditId);
    if (q.exec())
        while (q.next())
            ids.append(q.value(0).toLongLong());
    QList<Advisory> out;
    for (qint64 id : ids)
        if (const auto a = load(id))
            out.append(*a);
    return out;
}

std::optional<AdvisoryItem> AdvisoryRepository::item(qint64 itemId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT advisory_id FROM advisory_items WHERE id = ?"));
    q.addBindValue(itemId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    for (const AdvisoryItem &i : items(q.value(0).toLongLong()))
        if (i.id == itemId)
            return i;
    return std::nullopt;
}

bool AdvisoryRepository::setColumn(qint64 itemId, const char *column, const QVariant &value, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE advisory_items SET %1 = ?, updated_at = ? WHERE id = ?")
                  .arg(QLatin1String(column)));
    q.addBindValue(value);
    q.addBindValue(Sql::now());
    q.addBindValue(itemId);
    if (!q.exec())
        return Sql::fail(q, error);
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = tr("There is no advisory item %1.").arg(itemId);
        return false;
    }
    return true;
}

QDate AdvisoryRepository::setDeadline(qint64 itemId, const QDate &deadline, QString *error)
{
    const QDate stored = BusinessCalendar::onOrAfter(deadline);
    if (!stored.isValid()) {
        if (error)
            *error = tr("The deadline is not a valid date.");
        return {};
    }
    return setColumn(itemId, "deadline", Sql::date(stored), error) ? stored : QDate();
}

bool AdvisoryRepository::setFinding(qint64 itemId, const QString &finding, QString *error)
{
    return setColumn(itemId, "finding", Sql::text(finding), error);
}

bool AdvisoryRepository::setImprovement(qint64 itemId, const QString &improvement, QString *error)
{
    return setColumn(itemId, "improvement", Sql::text(improvement), error);
}

bool AdvisoryRepository::remove(qint64 advisoryId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM advisories WHERE id = ?"));
    q.addBindValue(advisoryId);
    return q.exec() || Sql::fail(q, error);
}

QSet<qint64> AdvisoryRepository::checkItems(qint64 advisoryId) const
{
    QSet<qint64> out;
    for (const AdvisoryItem &i : items(advisoryId))
        if (i.checkItemId)
            out.insert(i.checkItemId);
    return out;
}

} // namespace Kansa
