#include "advisory/followup.h"
#include "settings/documentsettings.h"
#include "calendar/today.h"

#include "advisory/advisoryrepository.h"
#include "audits/auditrepository.h"
#include "evidence/evidencepreparer.h"
#include "evidence/evidencestore.h"
#include "search/searchindex.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
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
    QString *why, qint64 *eventId, const QString &outcome)
{
    if (!date.isValid()) {
        *why = tr("Give the date as YYYY-MM-DD.");
        return false;
    }
    if (date > Today::date()) {
        *why = tr("The date %1 is in the future (today is %2); record a step on or after the day it happened.")
                   .arg(date.toString(Qt::ISODate), Today::date().toString(Qt::ISODate));
        return false;
    }
    if (actor.trimmed().isEmpty()) {
        *why = tr("Say who records this step; every step of the follow-up names who did it.");
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT i.state, a.audit_id, a.status, a.document_number, a.issued_on, "
                             "(SELECT MAX(on_date) FROM followup_events WHERE advisory_item_id = i.id) "
                             "FROM advisory_items i JOIN advisories a ON a.id = i.advisory_id WHERE i.id = ?"));
    q.addBindValue(itemId);
    if (!q.exec())
        return Sql::fail(q, why);
    if (!q.next()) {
        *why = tr("There is no advisory item %1.").arg(itemId);
        return false;
    }
    const FollowUpState state = FollowUpStates::fromKey(q.value(0).toString()).value_or(FollowUpState::Open);
    const qint64 auditId = q.value(1).toLongLong();
    const QString letterStatus = q.value(2).toString();
    if (letterStatus == QLatin1String("draft")) {
        *why = tr("Advisory item %1 belongs to a draft letter; issue the letter first.").arg(itemId);
        return false;
    }
    if (letterStatus == QLatin1String("superseded")) {
        *why = tr("The letter %1 was corrected; follow up the item of the correction instead.")
                   .arg(q.value(3).toString());
        return false;
    }
    const QDate issuedOn = Sql::toDate(q.value(4));
    if (issuedOn.isValid() && date < issuedOn) {
        *why = tr("The date %1 is before the letter %2 was issued (%3).")
                   .arg(date.toString(Qt::ISODate), q.value(3).toString(), issuedOn.toString(Qt::ISODate));
        return false;
    }
    QDate lastStep = Sql::toDate(q.value(5));
    if (!lastStep.isValid())
        lastStep = lastStepOn(itemId); // steps recorded before a correction
    if (lastStep.isValid() && date < lastStep) {
        *why = tr("The date %1 is before the item's last step (%2); the history runs in order.")
                   .arg(date.toString(Qt::ISODate), lastStep.toString(Qt::ISODate));
        return false;
    }
    if (std::find(from.begin(), from.end(), state) == from.end()) {
        *why = tr("Advisory item %1 is “%2”; that step is not possible from there.")
                   .arg(itemId)
                   .arg(FollowUpStates::label(state));
        return false;
    }
    q.prepare(QStringLiteral("UPDATE advisory_items SET state = ?, resolution = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(FollowUpStates::key(to));
    q.addBindValue(Sql::text(outcome));
    q.addBindValue(Sql::now());
    q.addBindValue(itemId);
    if (!q.exec())
        return Sql::fail(q, why);
    q.prepare(QStringLiteral("INSERT INTO followup_events (advisory_item_id, kind, on_date, actor, "
                             "text, outcome, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(itemId);
    q.addBindValue(kind);
    q.addBindValue(Sql::date(date));
    q.addBindValue(actor.trimmed());
    q.addBindValue(Sql::text(text));
    q.addBindValue(Sql::text(outcome));
    q.addBindValue(Sql::now());
    if (!q.exec())
        return Sql::fail(q, why);
    const qint64 newEvent = q.lastInsertId().toLongLong();
    if (eventId)
        *eventId = newEvent;
    if (!SearchIndex(m_db).put(SearchIndex::Source::FollowUp, newEvent, auditId, text, why))
        return false;
    if (to != FollowUpState::Closed)
        return true;
    // The audit is complete when every item of its issued letters is closed.
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM advisory_items i JOIN advisories a "
                             "ON a.id = i.advisory_id WHERE a.audit_id = ? AND a.status = 'issued' "
                             "AND i.state <> 'closed'"));
    q.addBindValue(auditId);
    if (!q.exec() || !q.next())
        return Sql::fail(q, why);
    return q.value(0).toInt() > 0 || AuditRepository(m_db).setStatus(auditId, AuditStatus::Completed, why);
}

bool FollowUp::stepWithFiles(qint64 itemId, std::initializer_list<FollowUpState> from,
    FollowUpState to, const QString &kind, const QDate &date, const QString &actor,
    const QString &text, const QStringList &attachments, QString *error)
{
    // Check and stage every file first, so a bad one stores nothing.
    QList<PreparedEvidence> files;
    for (const QString &path : attachments) {
        PreparedEvidence p = EvidencePreparer::prepareFile(path, m_store.stagingDir());
        if (p.isError()) {
            for (const PreparedEvidence &f : files)
                m_store.discardStaged(f);
            if (error)
                *error = QFileInfo(path).fileName() + QStringLiteral(": ") + p.error.message();
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
    const bool ok = Sql::inTransaction(m_db, error, [&](QString *why) {
        qint64 eventId = 0;
        if (!step(itemId, from, to, kind, date, actor, text, why, &eventId))
            return false;
        // A new file is held by the audit whose letter it answers.
        QSqlQuery owner(m_db);
        owner.prepare(QStringLiteral("SELECT a.audit_id FROM advisory_items i JOIN advisories a ON a.id = i.advisory_id WHERE i.id = ?"));
        owner.addBindValue(itemId);
        if (!owner.exec() || !owner.next())
            return Sql::fail(owner, why);
        for (qsizetype k = 0; k < files.size(); ++k) {
            if (placed.at(k) && !m_store.finishBlob(files.at(k), owner.value(0).toLongLong(), why))
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
    if (!ok)
        for (qsizetype k = 0; k < files.size(); ++k)
            if (placed.at(k) && !m_store.hasBlob(files.at(k).sha256))
                m_store.discardPlaced(files.at(k).sha256);
    return ok;
}

bool FollowUp::respond(qint64 itemId, const QDate &date, const QString &actor, const QString &text,
    const QStringList &attachments, QString *error)
{
    if (text.trimmed().isEmpty() && attachments.isEmpty()) {
        if (error)
            *error = tr("Enter what the contractor reported, or attach its report.");
        return false;
    }
    return stepWithFiles(itemId, { FollowUpState::Open, FollowUpState::Returned, FollowUpState::Responded },
        FollowUpState::Responded, QStringLiteral("response"), date, actor, text, attachments, error);
}

bool FollowUp::verify(qint64 itemId, const QDate &date, const QString &actor, const QString &note,
    const QStringList &attachments, QString *error)
{
    return stepWithFiles(itemId, { FollowUpState::Responded }, FollowUpState::Verified,
        QStringLiteral("verified"), date, actor, note, attachments, error);
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

bool FollowUp::close(qint64 itemId, const QDate &date, const QString &actor, const QString &note, QString *error)
{
    const std::optional<AdvisoryItem> item = AdvisoryRepository(m_db).item(itemId);
    const bool recommendation = item && item->severity == AdvisorySeverity::Recommendation;
    return Sql::inTransaction(m_db, error, [&](QString *why) {
        if (recommendation)
            return step(itemId, { FollowUpState::Open, FollowUpState::Responded, FollowUpState::Returned,
                                    FollowUpState::Verified },
                FollowUpState::Closed, QStringLiteral("closed"), date, actor, note.trimmed(), why, nullptr);
        return step(itemId, { FollowUpState::Verified }, FollowUpState::Closed,
            QStringLiteral("closed"), date, actor, note.trimmed(), why, nullptr);
    });
}

bool FollowUp::notRequired(qint64 itemId, const QDate &date, const QString &actor,
    const QString &reason, QString *error)
{
    const std::optional<AdvisoryItem> item = AdvisoryRepository(m_db).item(itemId);
    if (item && item->severity != AdvisorySeverity::Recommendation) {
        if (error)
            *error = tr("Only a recommendation can be closed as not required; a non-conformity "
                        "is closed after its improvement is verified.");
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = tr("Say why no action is required; it is recorded with the item.");
        return false;
    }
    return Sql::inTransaction(m_db, error, [&](QString *why) {
        return step(itemId, { FollowUpState::Open, FollowUpState::Responded, FollowUpState::Returned },
            FollowUpState::Closed, QStringLiteral("closed"), date, actor, reason, why, nullptr,
            QLatin1String(kNotRequired));
    });
}

QDate FollowUp::lastStepOn(qint64 itemId) const
{
    QDate last;
    for (const FollowUpEvent &e : events(itemId))
        last = qMax(last, e.date);
    return last;
}

QList<FollowUpEvent> FollowUp::events(qint64 itemId) const
{
    // The chain of items a correction replaced, oldest first.
    QList<qint64> chain { itemId };
    for (int guard = 0; guard < 100; ++guard) {
        QSqlQuery r(m_db);
        r.prepare(QStringLiteral("SELECT replaces_item_id FROM advisory_items WHERE id = ?"));
        r.addBindValue(chain.first());
        if (!r.exec() || !r.next() || r.value(0).isNull() || chain.contains(r.value(0).toLongLong()))
            break;
        chain.prepend(r.value(0).toLongLong());
    }
    QList<FollowUpEvent> out;
    for (qint64 id : chain) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id, kind, on_date, actor, text, outcome FROM followup_events "
                                 "WHERE advisory_item_id = ? ORDER BY id"));
        q.addBindValue(id);
        if (!q.exec())
            continue;
        while (q.next()) {
            FollowUpEvent e;
            e.id = q.value(0).toLongLong();
            e.itemId = id;
            e.kind = q.value(1).toString();
            e.date = Sql::toDate(q.value(2));
            e.actor = q.value(3).toString();
            e.text = q.value(4).toString();
            e.outcome = q.value(5).toString();
            for (const auto &file : attachmentFiles(e.id))
                e.attachments << file.first;
            out.append(e);
        }
    }
    return out;
}

QList<QPair<QString, QString>> FollowUp::attachmentFiles(qint64 eventId) const
{
    QList<QPair<QString, QString>> out;
    QSqlQuery a(m_db);
    a.prepare(QStringLiteral("SELECT original_name, sha256 FROM followup_attachments WHERE event_id = ? ORDER BY id"));
    a.addBindValue(eventId);
    if (a.exec())
        while (a.next())
            out.append({ a.value(0).toString(), a.value(1).toString() });
    return out;
}

QList<DueItem> FollowUp::rows(const QDate &today, const QString &where, const QVariantList &binds) const
{
    QList<DueItem> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT %1, a.audit_id, au.contractor_name, a.document_number, a.issued_on, "
        "(SELECT MAX(e.on_date) FROM followup_events e WHERE e.advisory_item_id = i.id), "
        // The latest report and verification, also of the item a correction replaces.
        "(SELECT json_array(e.on_date, e.text) FROM followup_events e WHERE e.advisory_item_id IN "
        "  (i.id, i.replaces_item_id) AND e.kind = 'response' ORDER BY e.on_date DESC, e.id DESC LIMIT 1), "
        "(SELECT json_array(e.on_date, e.actor) FROM followup_events e WHERE e.advisory_item_id IN "
        "  (i.id, i.replaces_item_id) AND e.kind = 'verified' ORDER BY e.on_date DESC, e.id DESC LIMIT 1) "
        "FROM advisory_items i JOIN advisories a ON a.id = i.advisory_id "
        "JOIN audits au ON au.id = a.audit_id "
        "WHERE a.status = 'issued' %2 "
        "ORDER BY i.deadline = '', i.deadline, a.id, i.ordinal")
                  .arg(AdvisoryRepository::itemColumns(), where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return out;
    const int c = AdvisoryRepository::kItemColumnCount;
    const DocumentSettings settings = DocumentSettings::load(m_db);
    while (q.next()) {
        DueItem d;
        d.item = AdvisoryRepository::clauseInDigitsOf(AdvisoryRepository::itemFrom(q), settings);
        d.auditId = q.value(c).toLongLong();
        d.contractor = q.value(c + 1).toString();
        d.documentNumber = q.value(c + 2).toString();
        d.issuedOn = Sql::toDate(q.value(c + 3));
        d.lastEventOn = Sql::toDate(q.value(c + 4));
        const QJsonArray report = QJsonDocument::fromJson(q.value(c + 5).toByteArray()).array();
        d.reportedOn = QDate::fromString(report.at(0).toString(), Qt::ISODate);
        d.report = report.at(1).toString();
        const QJsonArray verified = QJsonDocument::fromJson(q.value(c + 6).toByteArray()).array();
        d.verifiedOn = QDate::fromString(verified.at(0).toString(), Qt::ISODate);
        d.verifiedBy = verified.at(1).toString();
        // An item carried into a correction has its steps on the item it replaces.
        if (!d.lastEventOn.isValid() && d.item.replacesItemId)
            d.lastEventOn = lastStepOn(d.item.id);
        d.daysLeft = d.item.deadline.isValid() ? int(today.daysTo(d.item.deadline)) : 0;
        out.append(d);
    }
    return out;
}

QList<DueItem> FollowUp::due(const QDate &today, bool overdueOnly) const
{
    QString where = QStringLiteral("AND i.state IN ('open', 'responded', 'returned') AND i.deadline <> ''");
    QVariantList binds;
    if (overdueOnly) {
        where += QStringLiteral(" AND i.deadline < ?");
        binds << Sql::date(today);
    }
    return rows(today, where, binds);
}

QList<DueItem> FollowUp::ledger(const QDate &today) const
{
    return rows(today, QString(), {});
}

QList<DueItem> FollowUp::ledger(const QDate &today, qint64 auditId) const
{
    return rows(today, QStringLiteral("AND a.audit_id = ?"), { auditId });
}

} // namespace Kansa
