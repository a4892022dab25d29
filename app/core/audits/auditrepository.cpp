#include "audits/auditrepository.h"
#include "evidence/evidencekeys.h"
#include "search/searchindex.h"
#include "storage/sqlhelpers.h"

#include <QSqlError>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Kansa {

namespace {

const QLatin1String kColumns("clause_set_id, clause_set_title, contractor_name, "
                             "contractor_address, representative, representative_title, "
                             "contract_title, contract_number, contract_start, contract_end, "
                             "client_department, work_place, kind, audit_date, lead_inspector, "
                             "members, attendees, resp_department, resp_manager, resp_workers, "
                             "resp_normal_contact, resp_emergency_contact, resp_work_places, "
                             "status, archived, predecessor_id");

// A checklist one signature stands on is partly signed, also in a database written before
// that status was stored (schema 11 and older kept 'in_progress' until both had signed).
QString statusOf(const QString &table)
{
    return QStringLiteral("CASE WHEN %1.status IN ('preparing', 'in_progress') AND EXISTS (SELECT 1 "
                          "FROM signatures s WHERE s.audit_id = %1.id AND s.voided_at IS NULL) "
                          "THEN 'signing' ELSE %1.status END")
        .arg(table);
}

void bindAudit(QSqlQuery &q, const Audit &a)
{
    using Sql::text;
    q.addBindValue(a.clauseSetId);
    q.addBindValue(text(a.clauseSetTitle));
    q.addBindValue(text(a.contractor.name));
    q.addBindValue(text(a.contractor.address));
    q.addBindValue(text(a.contractor.representative));
    q.addBindValue(text(a.contractor.representativeTitle));
    q.addBindValue(text(a.contract.title));
    q.addBindValue(text(a.contract.number));
    q.addBindValue(Sql::date(a.contract.start));
    q.addBindValue(Sql::date(a.contract.end));
    q.addBindValue(text(a.clientDepartment));
    q.addBindValue(text(a.workPlace));
    q.addBindValue(AuditKinds::key(a.kind));
    q.addBindValue(Sql::date(a.date));
    q.addBindValue(text(a.leadInspector));
    q.addBindValue(text(a.members.join(QLatin1Char('\n'))));
    q.addBindValue(text(a.attendees.join(QLatin1Char('\n'))));
    q.addBindValue(text(a.responsibility.department));
    q.addBindValue(text(a.responsibility.manager));
    q.addBindValue(text(a.responsibility.workers));
    q.addBindValue(text(a.responsibility.normalContact));
    q.addBindValue(text(a.responsibility.emergencyContact));
    q.addBindValue(text(a.responsibility.workPlaces));
    q.addBindValue(AuditStatuses::key(a.status));
    q.addBindValue(a.archived ? 1 : 0);
    q.addBindValue(
        a.predecessorId ? QVariant(a.predecessorId) : QVariant(QMetaType(QMetaType::LongLong)));
}

QStringList lines(const QVariant &v)
{
    return v.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Audit readAudit(const QSqlQuery &q)
{
    Audit a;
    int i = 0;
    a.id = q.value(i++).toLongLong();
    a.clauseSetId = q.value(i++).toLongLong();
    a.clauseSetTitle = q.value(i++).toString();
    a.contractor = { q.value(i).toString(), q.value(i + 1).toString(), q.value(i + 2).toString(),
        q.value(i + 3).toString() };
    i += 4;
    a.contract = { q.value(i).toString(), q.value(i + 1).toString(), Sql::toDate(q.value(i + 2)),
        Sql::toDate(q.value(i + 3)) };
    i += 4;
    a.clientDepartment = q.value(i++).toString();
    a.workPlace = q.value(i++).toString();
    a.kind = AuditKinds::fromKey(q.value(i++).toString()).value_or(AuditKind::Periodic);
    a.date = Sql::toDate(q.value(i++));
    a.leadInspector = q.value(i++).toString();
    a.members = lines(q.value(i++));
    a.attendees = lines(q.value(i++));
    a.responsibility
        = { q.value(i).toString(), q.value(i + 1).toString(), q.value(i + 2).toString(),
              q.value(i + 3).toString(), q.value(i + 4).toString(), q.value(i + 5).toString() };
    i += 6;
    a.status = AuditStatuses::fromKey(q.value(i++).toString());
    a.archived = q.value(i++).toInt() != 0;
    a.predecessorId = q.value(i++).toLongLong();
    return a;
}

QString searchableText(const Audit &a)
{
    QStringList parts { a.contractor.name, a.contractor.address, a.contractor.representative,
        a.contract.title, a.contract.number, a.clientDepartment, a.workPlace, a.leadInspector,
        a.responsibility.department, a.responsibility.manager, a.responsibility.workers,
        a.responsibility.workPlaces };
    parts += a.members;
    parts += a.attendees;
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

} // namespace

AuditRepository::AuditRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<CheckItem> AuditRepository::snapshot(const ClauseDocument &document)
{
    QList<CheckItem> items;
    for (const Article &article : document.articles) {
        for (const Paragraph &paragraph : article.paragraphs) {
            CheckItem c;
            c.articleNumber = article.number;
            c.articleHeading = article.heading;
            c.articleOrdinal = article.ordinal;
            c.paragraphOrdinal = paragraph.ordinal;
            c.paragraphText = paragraph.text;
            c.obligation = paragraph.obligation;
            c.scored = paragraph.obligation;
            if (paragraph.items.isEmpty()) {
                c.ordinal = int(items.size()) + 1;
                items.append(c);
            }
            for (const ClauseItem &item : paragraph.items) {
                c.itemLabel = item.label;
                c.itemText = item.text;
                c.ordinal = int(items.size()) + 1;
                items.append(c);
            }
        }
    }
    return items;
}

bool AuditRepository::insertCheckItems(
    qint64 auditId, const QList<CheckItem> &items, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO check_items (audit_id, ordinal, article_number, article_heading, "
        "article_ordinal, paragraph_ordinal, paragraph_text, item_label, item_text, obligation, "
        "scored) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const CheckItem &c : items) {
        q.addBindValue(auditId);
        q.addBindValue(c.ordinal);
        q.addBindValue(Sql::text(c.articleNumber));
        q.addBindValue(Sql::text(c.articleHeading));
        q.addBindValue(c.articleOrdinal);
        q.addBindValue(c.paragraphOrdinal);
        q.addBindValue(Sql::text(c.paragraphText));
        q.addBindValue(Sql::text(c.itemLabel));
        q.addBindValue(Sql::text(c.itemText));
        q.addBindValue(c.obligation ? 1 : 0);
        q.addBindValue(c.scored ? 1 : 0);
        if (!q.exec())
            return Sql::fail(q, error);
    }
    return true;
}

bool AuditRepository::indexAudit(const Audit &audit, QString *error)
{
    return SearchIndex(m_db).put(
        SearchIndex::Source::Audit, audit.id, audit.id, searchableText(audit), error);
}

qint64 AuditRepository::insertAudit(Audit audit, const QList<CheckItem> &items, QString *error)
{
    qint64 id = 0;
    const bool ok = Sql::inTransaction(m_db, error, [&](QString *why) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO audits (%1, created_at, updated_at) VALUES (%2)")
                      .arg(kColumns, QStringLiteral("?, ").repeated(27) + QStringLiteral("?")));
        bindAudit(q, audit);
        q.addBindValue(Sql::now());
        q.addBindValue(Sql::now());
        if (!q.exec())
            return Sql::fail(q, why);
        audit.id = id = q.lastInsertId().toLongLong();
        return insertCheckItems(id, items, why) && indexAudit(audit, why);
    });
    return ok ? id : 0;
}

qint64 AuditRepository::create(const Audit &audit, const ClauseSet &clauseSet, QString *error)
{
    Audit a = audit;
    a.clauseSetId = clauseSet.id;
    a.clauseSetTitle = clauseSet.document.title;
    return insertAudit(a, snapshot(clauseSet.document), error);
}

bool AuditRepository::update(const Audit &audit, QString *error)
{
    return Sql::inTransaction(m_db, error, [&](QString *why) {
        QString sets = QString(kColumns).replace(QLatin1String(","), QLatin1String(" = ?,"))
            + QStringLiteral(" = ?");
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE audits SET %1, updated_at = ? WHERE id = ?").arg(sets));
        bindAudit(q, audit);
        q.addBindValue(Sql::now());
        q.addBindValue(audit.id);
        if (!q.exec())
            return Sql::fail(q, why);
        return indexAudit(audit, why);
    });
}

std::optional<Audit> AuditRepository::load(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, %1 FROM audits WHERE id = ?")
                  .arg(QString(kColumns).replace(QLatin1String("status,"), statusOf(QStringLiteral("audits")) + u',')));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readAudit(q);
    return std::nullopt;
}

int AuditRepository::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM audits")) && q.next() ? q.value(0).toInt()
                                                                             : 0;
}

QList<AuditSummary> AuditRepository::list() const
{
    QList<AuditSummary> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool ok = q.exec(QLatin1String(
        "WITH c AS (SELECT audit_id, count(*) AS total FROM check_items WHERE scored "
        "  GROUP BY audit_id), "
        "f AS (SELECT f.audit_id, count(f.verdict) AS answered, "
        "  sum(f.verdict = 'conforming') AS conforming, sum(f.verdict = 'major') AS major, "
        "  sum(f.verdict = 'minor') AS minor FROM findings f "
        "  JOIN check_items ci ON ci.id = f.check_item_id WHERE ci.scored GROUP BY f.audit_id) "
        "SELECT a.id, a.contractor_name, a.clause_set_title, a.work_place, a.audit_date, a.kind, ")
        + statusOf(QStringLiteral("a"))
        + QLatin1String(", a.archived, coalesce(f.answered, 0), coalesce(c.total, 0), "
        "  coalesce(f.conforming, 0), coalesce(f.major, 0), coalesce(f.minor, 0) "
        "FROM audits a LEFT JOIN c ON c.audit_id = a.id LEFT JOIN f ON f.audit_id = a.id "
        "ORDER BY a.audit_date DESC, a.id DESC"));
    if (!ok)
        return result;
    while (q.next()) {
        AuditSummary s;
        s.id = q.value(0).toLongLong();
        s.contractor = q.value(1).toString();
        s.clauseSetTitle = q.value(2).toString();
        s.workPlace = q.value(3).toString();
        s.date = Sql::toDate(q.value(4));
        s.kind = AuditKinds::fromKey(q.value(5).toString()).value_or(AuditKind::Periodic);
        s.status = AuditStatuses::fromKey(q.value(6).toString());
        s.archived = q.value(7).toInt() != 0;
        s.answered = q.value(8).toInt();
        s.total = q.value(9).toInt();
        s.conforming = q.value(10).toInt();
        s.major = q.value(11).toInt();
        s.minor = q.value(12).toInt();
        result.append(s);
    }
    return result;
}

std::optional<Audit> AuditRepository::successor(qint64 id, const QDate &date, QString *error) const
{
    std::optional<Audit> a = load(id);
    if (!a) {
        if (error)
            *error = QStringLiteral("no audit %1").arg(id);
        return std::nullopt;
    }
    a->date = date;
    a->status = AuditStatus::Preparing;
    a->archived = false;
    a->predecessorId = id;
    return a;
}

qint64 AuditRepository::duplicate(
    qint64 id, const QDate &date, QString *error, const QSet<qint64> &onlyCheckItems)
{
    const std::optional<Audit> a = successor(id, date, error);
    if (!a)
        return 0;
    QList<CheckItem> items = checkItems(id);
    if (!onlyCheckItems.isEmpty())
        items.removeIf([&](const CheckItem &c) { return !onlyCheckItems.contains(c.id); });
    return insertAudit(*a, items, error);
}

qint64 AuditRepository::reinspect(qint64 id, const QDate &date, const ClauseSet &newer, QString *error)
{
    std::optional<Audit> a = successor(id, date, error);
    if (!a)
        return 0;
    a->clauseSetId = newer.id;
    a->clauseSetTitle = newer.document.title;
    QList<CheckItem> items = snapshot(newer.document);
    const QList<CheckItem> before = checkItems(id);
    // The inspector's scoring of a text checked before is kept.
    QHash<QString, bool> scored;
    for (const CheckItem &c : before)
        scored.insert(c.paragraphText + u'\x1f' + c.itemText, c.scored);
    for (CheckItem &c : items)
        c.scored = scored.value(c.paragraphText + u'\x1f' + c.itemText, c.scored);
    return insertAudit(*a, items, error);
}

bool AuditRepository::setArchived(qint64 id, bool archived, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE audits SET archived = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(archived ? 1 : 0);
    q.addBindValue(Sql::now());
    q.addBindValue(id);
    return q.exec() || Sql::fail(q, error);
}

bool AuditRepository::setStatus(qint64 id, AuditStatus status, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE audits SET status = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(AuditStatuses::key(status));
    q.addBindValue(Sql::now());
    q.addBindValue(id);
    return q.exec() || Sql::fail(q, error);
}

bool AuditRepository::recordEvent(qint64 auditId, const QString &kind, const QString &actor,
    const QString &detail, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO audit_events (audit_id, at, kind, actor, detail) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(auditId);
    q.addBindValue(Sql::now());
    q.addBindValue(kind);
    q.addBindValue(Sql::text(actor));
    q.addBindValue(Sql::text(detail));
    return q.exec() || Sql::fail(q, error);
}

QString AuditRepository::whyNotRemovable(qint64 id) const
{
    // An issued letter is an official record: the audit it belongs to stays (archive it).
    QSqlQuery issued(m_db);
    issued.prepare(QStringLiteral("SELECT document_number FROM advisories WHERE audit_id = ? "
                                  "AND status <> 'draft' ORDER BY id"));
    issued.addBindValue(id);
    if (issued.exec() && issued.next())
        return QCoreApplication::translate("Kansa::AuditRepository",
            "This audit has an issued letter (%1), an official record, and cannot be deleted. "
            "Archive the audit instead.")
            .arg(issued.value(0).toString());
    return {};
}

bool AuditRepository::holdsRecords(qint64 id) const
{
    QSqlQuery held(m_db);
    held.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM findings WHERE audit_id = :a AND (verdict IS NOT NULL OR note <> '' OR problem <> '' "
        "OR improvement <> '')) OR EXISTS (SELECT 1 FROM evidence WHERE audit_id = :a) OR EXISTS (SELECT 1 FROM "
        "signatures WHERE audit_id = :a) OR EXISTS (SELECT 1 FROM advisories WHERE audit_id = :a)")
                     .replace(QStringLiteral(":a"), QString::number(id)));
    const bool holds = held.exec() && held.next() && held.value(0).toBool();
    held.finish(); // no statement may stay open while a disposal truncates the log
    return holds;
}

bool AuditRepository::remove(qint64 id, QString *error)
{
    if (const QString why = whyNotRemovable(id); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    return Sql::inTransaction(m_db, error, [&](QString *why) {
        // The keys of the files it holds go to the audits that share them (or with the files).
        if (!EvidenceKeys(m_db).release(id, why))
            return false;
        QSqlQuery q(m_db);
        // Signatures go first: while they stand, the triggers refuse to delete what they sign.
        q.prepare(QStringLiteral("DELETE FROM signatures WHERE audit_id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return Sql::fail(q, why);
        q.prepare(QStringLiteral("DELETE FROM audits WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() || Sql::fail(q, why);
    });
}

QList<CheckItem> AuditRepository::checkItems(qint64 auditId) const
{
    QList<CheckItem> items;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, ordinal, article_number, article_heading, article_ordinal, "
        "paragraph_ordinal, paragraph_text, item_label, item_text, obligation, scored "
        "FROM check_items WHERE audit_id = ? ORDER BY ordinal"));
    q.addBindValue(auditId);
    if (!q.exec())
        return items;
    while (q.next()) {
        CheckItem c;
        c.id = q.value(0).toLongLong();
        c.auditId = auditId;
        c.ordinal = q.value(1).toInt();
        c.articleNumber = q.value(2).toString();
        c.articleHeading = q.value(3).toString();
        c.articleOrdinal = q.value(4).toInt();
        c.paragraphOrdinal = q.value(5).toInt();
        c.paragraphText = q.value(6).toString();
        c.itemLabel = q.value(7).toString();
        c.itemText = q.value(8).toString();
        c.obligation = q.value(9).toInt() != 0;
        c.scored = q.value(10).toInt() != 0;
        items.append(c);
    }
    return items;
}

bool AuditRepository::setScored(qint64 checkItemId, bool scored, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE check_items SET scored = ? WHERE id = ?"));
    q.addBindValue(scored ? 1 : 0);
    q.addBindValue(checkItemId);
    return q.exec() || Sql::fail(q, error);
}

QString AuditRepository::noSuchAudit(qint64 auditId)
{
    return QCoreApplication::translate("Kansa::AuditRepository", "There is no audit %1.").arg(auditId);
}

} // namespace Kansa
