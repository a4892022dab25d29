#include "advisory/advisoryrepository.h"

#include "settings/documentsettings.h"
#include "calendar/businesscalendar.h"
#include "calendar/japanesenumerals.h"
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

QString issuedMessage(const QString &number)
{
    return QCoreApplication::translate("Kansa::AdvisoryRepository",
        "The letter %1 is issued and cannot change. A correction is a new letter that "
        "refers to it: “Correct the issued letter…” (kansa-cli advisory correct).")
        .arg(number);
}

} // namespace

qint64 AdvisoryRepository::letterNumbered(const QString &number, qint64 exceptId) const
{
    return DocumentSettings::letterNumbered(m_db, number, exceptId);
}

AdvisoryRepository::AdvisoryRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

AdvisoryItem AdvisoryRepository::clauseInDigitsOf(AdvisoryItem item, const DocumentSettings &settings)
{
    // One rule for clause references everywhere (editor, ledger, exports, letter): the
    // documents' digit setting, whatever widths the clause document mixed (第４第３項, 第11第2項).
    item.clause = settings.digitsOf(item.clause);
    return item;
}

QString AdvisoryRepository::itemColumns()
{
    return QStringLiteral("i.id, i.advisory_id, i.ordinal, i.check_item_id, i.severity, i.clause, "
                          "i.finding, i.improvement, i.deadline, i.state, i.included, "
                          "i.replaces_item_id, i.resolution");
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
    i.included = q.value(10).toInt() != 0;
    i.replacesItemId = q.value(11).toLongLong();
    i.resolution = q.value(12).toString();
    return i;
}

QString AdvisoryRepository::letterColumns()
{
    return QStringLiteral("a.id, a.audit_id, a.sequence, a.document_number, a.issued_on, a.addressee, "
                          "a.honorific, a.status, a.body, a.snapshot, a.corrects_id, a.issued_by, a.drafted_by");
}

Advisory AdvisoryRepository::letterFrom(const QSqlQuery &q, int first)
{
    Advisory a;
    a.id = q.value(first).toLongLong();
    a.auditId = q.value(first + 1).toLongLong();
    a.sequence = q.value(first + 2).toInt();
    a.documentNumber = q.value(first + 3).toString();
    a.issuedOn = Sql::toDate(q.value(first + 4));
    a.addressee = q.value(first + 5).toString();
    a.honorific = q.value(first + 6).toString();
    a.status = AdvisoryStatuses::fromKey(q.value(first + 7).toString()).value_or(AdvisoryStatus::Issued);
    a.body = q.value(first + 8).toString();
    a.snapshot = q.value(first + 9).toString();
    a.correctsId = q.value(first + 10).toLongLong();
    a.issuedBy = q.value(first + 11).toString();
    a.draftedBy = q.value(first + 12).toString();
    return a;
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
    const DocumentSettings settings = DocumentSettings::load(m_db);
    while (q.next())
        out.append(clauseInDigitsOf(itemFrom(q), settings));
    return out;
}

std::optional<Advisory> AdvisoryRepository::load(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM advisories a WHERE a.id = ?").arg(letterColumns()));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Advisory a = letterFrom(q);
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

std::optional<Advisory> AdvisoryRepository::current(qint64 auditId) const
{
    const QList<Advisory> all = forAudit(auditId);
    for (const Advisory &a : all)
        if (a.isDraft())
            return a;
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        if (it->status == AdvisoryStatus::Issued)
            return *it;
    return all.isEmpty() ? std::nullopt : std::optional<Advisory>(all.last());
}

std::optional<AdvisoryItem> AdvisoryRepository::item(qint64 itemId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM advisory_items i WHERE i.id = ?").arg(itemColumns()));
    q.addBindValue(itemId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return clauseInDigitsOf(itemFrom(q), DocumentSettings::load(m_db));
}

bool AdvisoryRepository::draftOfItem(qint64 itemId, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT a.status, a.document_number FROM advisory_items i "
                             "JOIN advisories a ON a.id = i.advisory_id WHERE i.id = ?"));
    q.addBindValue(itemId);
    if (!q.exec())
        return Sql::fail(q, error);
    if (!q.next()) {
        if (error)
            *error = tr("There is no advisory item %1.").arg(itemId);
        return false;
    }
    if (q.value(0).toString() != QLatin1String("draft")) {
        if (error)
            *error = issuedMessage(q.value(1).toString());
        return false;
    }
    return true;
}

bool AdvisoryRepository::setItemColumn(qint64 itemId, const char *column, const QVariant &value, QString *error)
{
    if (!draftOfItem(itemId, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE advisory_items SET %1 = ?, updated_at = ? WHERE id = ?")
                  .arg(QLatin1String(column)));
    q.addBindValue(value);
    q.addBindValue(Sql::now());
    q.addBindValue(itemId);
    return q.exec() || Sql::fail(q, error);
}

bool AdvisoryRepository::setLetterColumn(qint64 advisoryId, const char *column, const QVariant &value, QString *error)
{
    const std::optional<Advisory> a = load(advisoryId);
    if (!a) {
        if (error)
            *error = tr("There is no advisory %1.").arg(advisoryId);
        return false;
    }
    if (!a->isDraft()) {
        if (error)
            *error = issuedMessage(a->documentNumber);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE advisories SET %1 = ? WHERE id = ?").arg(QLatin1String(column)));
    q.addBindValue(value);
    q.addBindValue(advisoryId);
    return q.exec() || Sql::fail(q, error);
}

QDate AdvisoryRepository::setDeadline(qint64 itemId, const QDate &deadline, QString *error)
{
    const QDate stored = BusinessCalendar::onOrAfter(deadline);
    if (!stored.isValid()) {
        if (error)
            *error = tr("The deadline is not a valid date.");
        return {};
    }
    const std::optional<AdvisoryItem> i = item(itemId);
    if (i && i->severity == AdvisorySeverity::Recommendation) {
        if (error)
            *error = tr("A recommendation has no deadline; make it a non-conformity first.");
        return {};
    }
    // Said when it is typed, not only when the letter is issued.
    if (const std::optional<Advisory> a = i ? load(i->advisoryId) : std::nullopt; a && stored < a->issuedOn) {
        if (error)
            *error = tr("The deadline %1 is before the letter's date %2.")
                         .arg(stored.toString(Qt::ISODate), a->issuedOn.toString(Qt::ISODate));
        return {};
    }
    return setItemColumn(itemId, "deadline", Sql::date(stored), error) ? stored : QDate();
}

bool AdvisoryRepository::setFinding(qint64 itemId, const QString &finding, QString *error)
{
    return setItemColumn(itemId, "finding", Sql::text(finding), error);
}

bool AdvisoryRepository::setImprovement(qint64 itemId, const QString &improvement, QString *error)
{
    return setItemColumn(itemId, "improvement", Sql::text(improvement), error);
}

bool AdvisoryRepository::setSeverity(qint64 itemId, AdvisorySeverity severity, QString *error)
{
    const std::optional<AdvisoryItem> i = item(itemId);
    const std::optional<Advisory> a = i ? load(i->advisoryId) : std::nullopt;
    if (!i || !a) {
        if (error)
            *error = tr("There is no advisory item %1.").arg(itemId);
        return false;
    }
    return Sql::inTransaction(m_db, error, [&](QString *why) {
        if (!setItemColumn(itemId, "severity", AdvisorySeverities::key(severity), why))
            return false;
        QDate deadline = i->deadline;
        if (severity == AdvisorySeverity::Recommendation)
            deadline = {};
        else if (!deadline.isValid()) {
            const DocumentSettings s = DocumentSettings::load(m_db);
            deadline = BusinessCalendar::deadline(a->issuedOn,
                severity == AdvisorySeverity::Major ? s.majorDays : s.minorDays);
        }
        return setItemColumn(itemId, "deadline", Sql::date(deadline), why);
    });
}

bool AdvisoryRepository::setIncluded(qint64 itemId, bool included, QString *error)
{
    return setItemColumn(itemId, "included", int(included), error);
}

bool AdvisoryRepository::setIssuedOn(qint64 advisoryId, const QDate &date, QString *error)
{
    if (!date.isValid()) {
        if (error)
            *error = tr("The letter's date is not a valid date.");
        return false;
    }
    return setLetterColumn(advisoryId, "issued_on", Sql::date(date), error);
}

bool AdvisoryRepository::setAddressee(qint64 advisoryId, const QString &addressee, QString *error)
{
    return setLetterColumn(advisoryId, "addressee", Sql::text(addressee), error);
}

bool AdvisoryRepository::setHonorific(qint64 advisoryId, const QString &honorific, QString *error)
{
    const QString why = DocumentSettings::invalid(QStringLiteral("advisory.honorific"), honorific);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    return setLetterColumn(advisoryId, "honorific", honorific, error);
}

bool AdvisoryRepository::setBody(qint64 advisoryId, const QString &body, QString *error)
{
    return setLetterColumn(advisoryId, "body", Sql::text(body), error);
}

bool AdvisoryRepository::remove(qint64 advisoryId, QString *error)
{
    const std::optional<Advisory> a = load(advisoryId);
    if (a && !a->isDraft()) {
        if (error)
            *error = issuedMessage(a->documentNumber);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM advisories WHERE id = ? AND status = 'draft'"));
    q.addBindValue(advisoryId);
    return q.exec() || Sql::fail(q, error);
}

QSet<qint64> AdvisoryRepository::checkItems(qint64 advisoryId) const
{
    QSet<qint64> out;
    for (const AdvisoryItem &i : items(advisoryId))
        if (i.checkItemId && i.included)
            out.insert(i.checkItemId);
    return out;
}

} // namespace Kansa
