#include "advisory/followup.h"

#include "advisory/advisoryrepository.h"
#include "audits/auditrepository.h"
#include "evidence/evidencepreparer.h"
#include "evidence/evidencestore.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

namespace Kansa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::FollowUp", text);
}

} // namespace

FollowUp::FollowUp(QSqlDatabase db, EvidenceStore &store)
    : m_db(std::move(db))
    , m_store(store)
{
}

bool FollowUp::step(qint64 itemId, std::initializer_list<FollowUpState> from, FollowUpState to,
    const QString &kind, const QDate &date, const QString &actor, const QString &text,
    QString *why, qint64 *eventId)
{
    if (!date.isValid()) {
        *why = tr("Give the date as YYYY-MM-DD.");
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT i.state, a.audit_id FROM advisory_items i "
                             "JOIN advisories a ON a.id = i.advisory_id WHERE i.id = ?"));
    q.addBindValue(itemId);
    if (!q.exec())
        return Sql::fail(q, why);
    if (!q.next()) {
        *why = tr("There is no advisory item %1.").arg(itemId);
        return false;
    }
    const FollowUpState state = FollowUpStates::fromKey(q.value(0).toString()).value_or(FollowUpState::Open);
    const qint64 auditId = q.value(1).toLongLong();
    if (std::find(from.begin(), from.end(), state) == from.end()) {
        *why = tr("Advisory item %1 is “%2”; that step is not possible from there.")
                   .arg(itemId)
                   .arg(FollowUpStates::label(state));
        return false;
    }
    q.prepare(QStringLiteral("UPDATE advisory_items SET state = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(FollowUpStates::key(to));
    q.addBindValue(Sql::now());
    q.addBindValue(itemId);
    if (!q.exec())
        return Sql::fail(q, why);
    q.prepare(QStringLiteral("INSERT INTO followup_events (advisory_item_id, kind, on_date, actor, "
                             "text, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(itemId);
    q.addBindValue(kind);
    q.addBindValue(Sql::date(date));
    q.addBindValue(Sql::text(actor));
    q.addBindValue(Sql::text(text));
    q.addBindValue(Sql::now());
    if (!q.exec())
        return Sql::fail(q, why);
    if (eventId)
        *eventId = q.lastInsertId().toLongLong();
    if (to != FollowUpState::Closed)
        return true;
    // The audit is complete when every item of its advisories is closed.
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM advisory_items i JOIN advisories a "
                             "ON a.id = i.advisory_id WHERE a.audit_id = ? AND i.state <> 'closed'"));
    q.addBindValue(auditId);
    if (!q.exec() || !q.next())
        return Sql::fail(q, why);
    return q.value(0).toInt() > 0 || AuditRepository(m_db).setStatus(auditId, AuditStatus::Completed, why);
}

bool FollowUp::respond(qint64 itemId, const QDate &date, const QString &text,
    const QStringList &attachments, QString *error)
{
    if (text.trimmed().isEmpty() && attachments.isEmpty()) {
        if (error)
            *error = tr("Enter what the contractor reported, or attach its report.");
        return false;
    }
    // Check and stage every file first, so a bad one stores nothing.
    QList<PreparedEvidence> files;
    for (const QString &path : attachments) {
        PreparedEvidence p = EvidencePreparer::prepareFile(path, m_store.stagingDir());
        if (p.isError()) {
            for (const PreparedEvidence &f : files)
                m_store.discardStaged(f);
            if (error)
                *error = p.error.message();
            return false;
        }
        files.append(p);
    }
    QList<bool> placed;
    for (const PreparedEvidence &p : files) {
        const bool fresh = !m_store.hasBlob(p.sha256);
        if (fresh && !m_store.placeFiles(p, error))
            return false;
        if (!fresh)
            m_store.discardStaged(p);
        placed.append(fresh);
    }
    return Sql::inTransaction(m_db, error, [&](QString *why) {
        qint64 eventId = 0;
        if (!step(itemId, { FollowUpState::Open, FollowUpState::Returned, FollowUpState::Responded },
                FollowUpState::Responded, QStringLiteral("response"), date, QString(), text, why,
                &eventId))
            return false;
        for (qsizetype k = 0; k < files.size(); ++k) {
            if (placed.at(k) && !m_store.finishBlob(files.at(k), why))
                return false;
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO followup_attachments (event_id, sha256, "
                                     "original_name) VALUES (?, ?, ?)"));
            q.addBindValue(eventId);
            q.addBindValue(files.at(k).sha256);
            q.addBindValue(files.at(k).originalName);
            if (!q.exec())
                return Sql::fail(q, why);
        }
        return true;
    });
}

bool FollowUp::verify(qint64 itemId, const QDate &date, const QString &actor, const QString &note,
    QString *error)
{
    return Sql::inTransaction(m_db, error, [&](QString *why) {
        return step(itemId, { FollowUpState::Responded }, FollowUpState::Verified,
            QStringLiteral("verified"), date, actor, note, why, nullptr);
    });
}

bool FollowUp::returnItem(qint64 itemId, const QDate &date, const QString &actor,
    const QString &reason, QString *error)
{
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = tr("Say why the response is returned; the contractor needs to know.");
        return false;
    }
    return Sql::inTransaction(m_db, error, [&](QString *why) {
        return step(itemId, { FollowUpState::Responded }, FollowUpState::Returned,
            QStringLiteral("returned"), date, actor, reason, why, nullptr);
    });
}

bool FollowUp::close(qint64 itemId, const QDate &date, const QString &actor, QString *error)
{
    return Sql::inTransaction(m_db, error, [&](QString *why) {
        return step(itemId, { FollowUpState::Verified }, FollowUpState::Closed,
            QStringLiteral("closed"), date, actor, QString(), why, nullptr);
    });
}

QList<FollowUpEvent> FollowUp::events(qint64 itemId) const
{
    QList<FollowUpEvent> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, kind, on_date, actor, text FROM followup_events "
                             "WHERE advisory_item_id = ? ORDER BY id"));
    q.addBindValue(itemId);
    if (!q.exec())
        return out;
    while (q.next()) {
        FollowUpEvent e;
        e.id = q.value(0).toLongLong();
        e.itemId = itemId;
        e.kind = q.value(1).toString();
        e.date = Sql::toDate(q.value(2));
        e.actor = q.value(3).toString();
        e.text = q.value(4).toString();
        QSqlQuery a(m_db);
        a.prepare(QStringLiteral("SELECT original_name FROM followup_attachments WHERE event_id = ? ORDER BY id"));
        a.addBindValue(e.id);
        if (a.exec())
            while (a.next())
                e.attachments << a.value(0).toString();
        out.append(e);
    }
    return out;
}

QList<DueItem> FollowUp::due(const QDate &today, bool overdueOnly) const
{
    QList<DueItem> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT %1, a.audit_id, au.contractor_name, a.document_number "
        "FROM advisory_items i JOIN advisories a ON a.id = i.advisory_id "
        "JOIN audits au ON au.id = a.audit_id "
        "WHERE i.state IN ('open', 'responded', 'returned') AND i.deadline <> '' %2 "
        "ORDER BY i.deadline, i.id")
                  .arg(AdvisoryRepository::itemColumns(),
                      overdueOnly ? QStringLiteral("AND i.deadline < ?") : QString()));
    if (overdueOnly)
        q.addBindValue(Sql::date(today));
    if (!q.exec())
        return out;
    while (q.next()) {
        DueItem d;
        d.item = AdvisoryRepository::itemFrom(q);
        d.auditId = q.value(10).toLongLong();
        d.contractor = q.value(11).toString();
        d.documentNumber = q.value(12).toString();
        d.daysLeft = int(today.daysTo(d.item.deadline));
        out.append(d);
    }
    return out;
}

} // namespace Kansa
