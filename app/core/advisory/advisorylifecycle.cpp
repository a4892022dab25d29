#include "advisory/advisorylifecycle.h"
#include "history/historylog.h"
#include "calendar/today.h"

#include "advisory/advisoryrepository.h"
#include "settings/documentsettings.h"
#include "audits/auditrepository.h"
#include "audits/findingrepository.h"
#include "calendar/businesscalendar.h"
#include "signoff/signoff.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kansa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::AdvisoryLifecycle", text);
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

bool insertLetter(QSqlDatabase db, const Advisory &a, qint64 *id, QString *why)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO advisories (audit_id, sequence, document_number, issued_on, addressee, "
        "honorific, body, corrects_id, status, created_at) VALUES (?, 0, '', ?, ?, ?, ?, ?, 'draft', ?)"));
    q.addBindValue(a.auditId);
    q.addBindValue(Sql::date(a.issuedOn));
    q.addBindValue(Sql::text(a.addressee));
    q.addBindValue(Sql::text(a.honorific));
    q.addBindValue(Sql::text(a.body));
    q.addBindValue(a.correctsId ? QVariant(a.correctsId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(Sql::now());
    if (!q.exec())
        return Sql::fail(q, why);
    *id = q.lastInsertId().toLongLong();
    return true;
}

bool insertItem(QSqlDatabase db, qint64 advisoryId, const AdvisoryItem &i, QString *why)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO advisory_items (advisory_id, ordinal, check_item_id, severity, clause, finding, "
        "improvement, deadline, state, included, replaces_item_id, resolution, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(advisoryId);
    q.addBindValue(i.ordinal);
    q.addBindValue(i.checkItemId ? QVariant(i.checkItemId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(AdvisorySeverities::key(i.severity));
    q.addBindValue(Sql::text(i.clause));
    q.addBindValue(Sql::text(i.finding));
    q.addBindValue(Sql::text(i.improvement));
    q.addBindValue(Sql::date(i.deadline));
    q.addBindValue(FollowUpStates::key(i.state));
    q.addBindValue(int(i.included));
    q.addBindValue(i.replacesItemId ? QVariant(i.replacesItemId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(Sql::text(i.resolution));
    q.addBindValue(Sql::now());
    return q.exec() || Sql::fail(q, why);
}

std::optional<qint64> draftOf(QSqlDatabase db, qint64 auditId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM advisories WHERE audit_id = ? AND status = 'draft'"));
    q.addBindValue(auditId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QString draftExists(qint64 id)
{
    return QCoreApplication::translate("Kansa::AdvisoryLifecycle",
        "The audit already has a draft letter (advisory %1); edit or issue it first.")
        .arg(id);
}

QString beforeTheAudit(const QDate &letterDate, const Audit &audit)
{
    return QCoreApplication::translate("Kansa::AdvisoryLifecycle",
        "The letter's date %1 is before the audit it reports (%2); date the letter on or after the audit.")
        .arg(letterDate.toString(Qt::ISODate), audit.date.toString(Qt::ISODate));
}

} // namespace

AdvisoryLifecycle::AdvisoryLifecycle(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 AdvisoryLifecycle::create(qint64 auditId, const QDate &issuedOn, bool includeObservations,
    bool allowUnsigned, QString *error)
{
    auto failWith = [&](const QString &why) {
        if (error)
            *error = why;
        return qint64(0);
    };
    AuditRepository audits(m_db);
    const std::optional<Audit> audit = audits.load(auditId);
    if (!audit)
        return failWith(AuditRepository::noSuchAudit(auditId));
    if (!issuedOn.isValid())
        return failWith(tr("The letter's date is not a valid date."));
    if (issuedOn < audit->date)
        return failWith(beforeTheAudit(issuedOn, *audit));
    if (!allowUnsigned && !SignOff::isSigned(m_db, auditId))
        return failWith(tr("The checklist of audit %1 is not signed. Sign it first, or create the "
                           "letter from the unsigned checklist on purpose (--unsigned).")
                            .arg(auditId));
    if (const auto draft = draftOf(m_db, auditId))
        return failWith(draftExists(*draft));
    // One letter per audit: a second original would list every finding twice in the ledger.
    for (const Advisory &a : AdvisoryRepository(m_db).forAudit(auditId))
        if (a.status == AdvisoryStatus::Issued)
            return failWith(tr("The audit already has the issued letter %1 (advisory %2). A change to it is "
                               "a correction: Correct… in the letter, or kansa-cli advisory correct %2.")
                                .arg(a.documentNumber)
                                .arg(a.id));
    const QHash<qint64, Finding> findings = FindingRepository(m_db).forAudit(auditId);
    const DocumentSettings settings = DocumentSettings::load(m_db);
    const QList<CheckItem> checkItems = audits.checkItems(auditId);
    QList<AdvisoryItem> items;
    // Majors first, then minors, then recommendations, each in checklist order.
    for (Verdict wanted : { Verdict::Major, Verdict::Minor, Verdict::Observation }) {
        for (const CheckItem &c : checkItems) {
            const Finding f = findings.value(c.id);
            if (f.verdict != wanted)
                continue;
            AdvisoryItem i;
            i.severity = wanted == Verdict::Major ? AdvisorySeverity::Major
                : wanted == Verdict::Minor        ? AdvisorySeverity::Minor
                                                  : AdvisorySeverity::Recommendation;
            i.ordinal = int(items.size()) + 1;
            i.checkItemId = c.id;
            i.clause = c.citation();
            i.finding = f.problem.trimmed().isEmpty() ? f.note.trimmed() : f.problem.trimmed();
            i.improvement = f.improvement.trimmed();
            if (i.severity == AdvisorySeverity::Recommendation)
                i.included = includeObservations && !i.finding.isEmpty();
            else
                i.deadline = BusinessCalendar::deadline(issuedOn,
                    i.severity == AdvisorySeverity::Major ? settings.majorDays : settings.minorDays);
            items.append(i);
        }
    }
    if (std::none_of(items.begin(), items.end(),
            [](const AdvisoryItem &i) { return i.severity != AdvisorySeverity::Recommendation; })
        && !includeObservations)
        return failWith(tr("The audit has no non-conformity, so there is nothing to advise."));
    if (items.isEmpty())
        return failWith(tr("The audit has no non-conformity and no observation, so there is nothing to advise."));
    Advisory letter;
    letter.auditId = auditId;
    letter.issuedOn = issuedOn;
    letter.addressee = addresseeOf(*audit);
    letter.honorific = settings.honorific;
    qint64 id = 0;
    const bool ok = Sql::inTransaction(m_db, error, [&](QString *why) {
        if (!insertLetter(m_db, letter, &id, why))
            return false;
        for (const AdvisoryItem &i : items)
            if (!insertItem(m_db, id, i, why))
                return false;
        return true;
    });
    return ok ? id : 0;
}

bool AdvisoryLifecycle::issue(qint64 advisoryId, const QString &actor, QString *error)
{
    const std::optional<Advisory> a = AdvisoryRepository(m_db).load(advisoryId);
    return issue(advisoryId, { actor, actor, a ? a->issuedOn : QDate() }, error);
}

bool AdvisoryLifecycle::issue(qint64 advisoryId, const Approval &approval, QString *error)
{
    auto failWith = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    AdvisoryRepository letters(m_db);
    std::optional<Advisory> a = letters.load(advisoryId);
    if (!a)
        return failWith(tr("There is no advisory %1.").arg(advisoryId));
    if (!a->isDraft())
        return failWith(tr("The letter %1 is already issued.").arg(a->documentNumber));
    if (approval.draftedBy.trimmed().isEmpty())
        return failWith(tr("Who drafted the letter (起案者) is not given."));
    if (approval.approvedBy.trimmed().isEmpty())
        return failWith(tr("Who approved the letter (決裁者) is not given."));
    if (!approval.approvedOn.isValid())
        return failWith(tr("The approval date (決裁日) is not a valid date."));
    // The letter is dated the day it was approved.
    a->issuedOn = approval.approvedOn;
    // Numbers are given in order, so a later number never carries an earlier date.
    if (const std::optional<Advisory> last = latestIssued(); last && last->issuedOn > a->issuedOn)
        return failWith(tr("The letter would be dated %1, before %2, which was issued on %3. A later "
                           "number cannot carry an earlier date: date it %3 or later.")
                            .arg(a->issuedOn.toString(Qt::ISODate), last->documentNumber,
                                last->issuedOn.toString(Qt::ISODate)));
    const QStringList missing = DocumentSettings::load(m_db).missingIssuer();
    if (!missing.isEmpty())
        return failWith(tr("The letter cannot be issued without its issuer. Set %1 in Edit ▸ "
                           "Settings… (or kansa-cli settings set issuer.municipality / "
                           "issuer.head_title / issuer.head_name).")
                            .arg(missing.join(tr(", "))));
    if (const std::optional<Audit> audit = AuditRepository(m_db).load(a->auditId);
        audit && a->issuedOn < audit->date)
        return failWith(beforeTheAudit(a->issuedOn, *audit));
    // Issued on its date, not before: a letter dated tomorrow would block today's follow-up.
    if (a->issuedOn > Today::date())
        return failWith(tr("The letter is dated %1, after today (%2). Issue it on that day, or date it today.")
                            .arg(a->issuedOn.toString(Qt::ISODate), Today::date().toString(Qt::ISODate)));
    QList<AdvisoryItem> kept;
    for (const AdvisoryItem &i : a->items)
        if (i.included)
            kept.append(i);
    if (kept.isEmpty())
        return failWith(tr("No item is included in the letter."));
    for (qsizetype k = 0; k < kept.size(); ++k) {
        const AdvisoryItem &i = kept.at(k);
        if (i.finding.trimmed().isEmpty())
            return failWith(tr("Item %1 (%2) has no finding; write what was found, or leave the item out.")
                                .arg(k + 1)
                                .arg(i.clause));
        if (i.severity != AdvisorySeverity::Recommendation && !i.deadline.isValid())
            return failWith(tr("Item %1 (%2) has no deadline.").arg(k + 1).arg(i.clause));
        if (i.deadline.isValid() && i.deadline < a->issuedOn)
            return failWith(tr("Item %1 (%2): the deadline %3 is before the letter's date %4.")
                                .arg(k + 1)
                                .arg(i.clause, i.deadline.toString(Qt::ISODate),
                                    a->issuedOn.toString(Qt::ISODate)));
    }
    return Sql::inTransaction(m_db, error, [&](QString *why) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM advisory_items WHERE advisory_id = ? AND included = 0"));
        q.addBindValue(advisoryId);
        if (!q.exec())
            return Sql::fail(q, why);
        // Two passes, so the new numbers never meet the old ones in UNIQUE (advisory_id, ordinal).
        for (int pass = 0; pass < 2; ++pass)
            for (qsizetype k = 0; k < kept.size(); ++k) {
                q.prepare(QStringLiteral("UPDATE advisory_items SET ordinal = ? WHERE id = ?"));
                q.addBindValue(pass == 0 ? -int(k) - 1 : int(k) + 1);
                q.addBindValue(kept.at(k).id);
                if (!q.exec())
                    return Sql::fail(q, why);
            }
        // Read the settings inside the transaction, so two letters never share a number.
        DocumentSettings settings = DocumentSettings::load(m_db);
        const int sequence = qMax(1, settings.nextNumber);
        const QString number = settings.documentNumber(sequence);
        settings.nextNumber = sequence + 1;
        // A number is given once: the next number may have been set back in the settings.
        // Digits of either width alike: 第15号 is 第１５号 issued under the other setting.
        if (AdvisoryRepository(m_db).letterNumbered(number, advisoryId)) {
            if (why)
                *why = tr("The document number %1 was already given to another letter. Set the next "
                      "number in Edit ▸ Settings… (advisory.next_number) past the numbers used.")
                       .arg(number);
            return false;
        }
        q.prepare(QStringLiteral("UPDATE advisories SET sequence = ?, document_number = ?, snapshot = ?, "
                                 "issued_at = ?, issued_on = ?, issued_by = ?, drafted_by = ?, "
                                 "status = 'issued' WHERE id = ?"));
        q.addBindValue(sequence);
        q.addBindValue(number);
        q.addBindValue(settings.toJson());
        q.addBindValue(Sql::now());
        q.addBindValue(Sql::date(a->issuedOn));
        q.addBindValue(approval.approvedBy.trimmed());
        q.addBindValue(approval.draftedBy.trimmed());
        q.addBindValue(advisoryId);
        if (!q.exec())
            return Sql::fail(q, why);
        if (!DocumentSettings::set(m_db, QStringLiteral("advisory.next_number"),
                QString::number(sequence + 1), why))
            return false;
        if (a->correctsId) {
            q.prepare(QStringLiteral("UPDATE advisories SET status = 'superseded' WHERE id = ?"));
            q.addBindValue(a->correctsId);
            if (!q.exec())
                return Sql::fail(q, why);
        }
        AuditRepository audits(m_db);
        const std::optional<Audit> audit = audits.load(a->auditId);
        if (!audits.recordEvent(a->auditId, QStringLiteral("advisory_issued"), approval.approvedBy.trimmed(),
                QStringLiteral("%1 起案 %2 決裁 %3").arg(number, approval.draftedBy.trimmed(), approval.approvedBy.trimmed()),
                why))
            return false;
        if (audit && audit->status < AuditStatus::Advised && !audits.setStatus(a->auditId, AuditStatus::Advised, why))
            return false;
        // The letter's paper copy prints the head this checkpoint signs.
        return HistoryLog::checkpoint(m_db, a->auditId, QStringLiteral("advisory issued:%1").arg(advisoryId), why);
    });
}

std::optional<Advisory> AdvisoryLifecycle::latestIssued() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM advisories WHERE status <> 'draft' "
                             "ORDER BY issued_on DESC, sequence DESC LIMIT 1"));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return AdvisoryRepository(m_db).load(q.value(0).toLongLong());
}

qint64 AdvisoryLifecycle::correct(qint64 advisoryId, const QDate &issuedOn, QString *error)
{
    auto failWith = [&](const QString &why) {
        if (error)
            *error = why;
        return qint64(0);
    };
    const std::optional<Advisory> a = AdvisoryRepository(m_db).load(advisoryId);
    if (!a)
        return failWith(tr("There is no advisory %1.").arg(advisoryId));
    if (a->status != AdvisoryStatus::Issued)
        return failWith(a->isDraft() ? tr("A draft is edited, not corrected.")
                                     : tr("The letter %1 was already corrected.").arg(a->documentNumber));
    if (!issuedOn.isValid())
        return failWith(tr("The letter's date is not a valid date."));
    if (issuedOn < a->issuedOn)
        return failWith(tr("A correction cannot be dated %1, before the letter %2 it corrects (%3).")
                            .arg(issuedOn.toString(Qt::ISODate), a->documentNumber,
                                a->issuedOn.toString(Qt::ISODate)));
    if (const auto draft = draftOf(m_db, a->auditId))
        return failWith(draftExists(*draft));
    Advisory correction = *a;
    correction.issuedOn = issuedOn;
    correction.correctsId = a->id;
    qint64 id = 0;
    const bool ok = Sql::inTransaction(m_db, error, [&](QString *why) {
        if (!insertLetter(m_db, correction, &id, why))
            return false;
        for (AdvisoryItem i : a->items) {
            i.replacesItemId = i.id;
            if (!insertItem(m_db, id, i, why))
                return false;
        }
        return true;
    });
    return ok ? id : 0;
}

QString AdvisoryLifecycle::reopenNotice(qint64 auditId) const
{
    QStringList numbers;
    for (const Advisory &a : AdvisoryRepository(m_db).forAudit(auditId))
        if (a.status == AdvisoryStatus::Issued)
            numbers << a.documentNumber;
    if (numbers.isEmpty())
        return {};
    return tr("The letter %1 was issued from this checklist. It does not change with the "
              "checklist: if a finding changes, sign the checklist again and issue a correction "
              "of the letter (訂正).")
        .arg(numbers.join(tr(", ")));
}

} // namespace Kansa
