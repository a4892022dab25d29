#include "audits/findingrepository.h"
#include "search/searchindex.h"
#include "storage/sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kansa {

namespace {

QString column(FindingField field)
{
    switch (field) {
    case FindingField::Problem:
        return QStringLiteral("problem");
    case FindingField::Improvement:
        return QStringLiteral("improvement");
    case FindingField::Note:
        break;
    }
    return QStringLiteral("note");
}

Finding readFinding(const QSqlQuery &q)
{
    Finding f;
    f.checkItemId = q.value(0).toLongLong();
    f.verdict = Verdicts::fromKey(q.value(1).toString()).value_or(Verdict::Unchecked);
    f.note = q.value(2).toString();
    f.problem = q.value(3).toString();
    f.improvement = q.value(4).toString();
    return f;
}

} // namespace

FindingRepository::FindingRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QHash<qint64, Finding> FindingRepository::forAudit(qint64 auditId) const
{
    QHash<qint64, Finding> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT check_item_id, verdict, note, problem, improvement "
                             "FROM findings WHERE audit_id = ?"));
    q.addBindValue(auditId);
    if (q.exec())
        while (q.next()) {
            const Finding f = readFinding(q);
            result.insert(f.checkItemId, f);
        }
    return result;
}

Finding FindingRepository::load(qint64 checkItemId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT check_item_id, verdict, note, problem, improvement "
                             "FROM findings WHERE check_item_id = ?"));
    q.addBindValue(checkItemId);
    if (q.exec() && q.next())
        return readFinding(q);
    Finding f;
    f.checkItemId = checkItemId;
    return f;
}

bool FindingRepository::touchAudit(qint64 auditId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE audits SET updated_at = ?, status = CASE status "
                             "WHEN 'preparing' THEN 'in_progress' ELSE status END WHERE id = ?"));
    q.addBindValue(Sql::now());
    q.addBindValue(auditId);
    return q.exec() || Sql::fail(q, error);
}

bool FindingRepository::reindex(qint64 auditId, qint64 checkItemId, QString *error)
{
    const Finding f = load(checkItemId);
    QStringList parts { f.note, f.problem, f.improvement };
    parts.removeAll(QString());
    return SearchIndex(m_db).put(
        SearchIndex::Source::Finding, checkItemId, auditId, parts.join(QLatin1Char('\n')), error);
}

bool FindingRepository::setVerdict(
    qint64 auditId, qint64 checkItemId, Verdict verdict, QString *error)
{
    return Sql::inTransaction(m_db, error, [&](QString *why) {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("INSERT INTO findings (check_item_id, audit_id, verdict, updated_at) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (check_item_id) DO UPDATE SET "
                           "verdict = excluded.verdict, updated_at = excluded.updated_at"));
        q.addBindValue(checkItemId);
        q.addBindValue(auditId);
        q.addBindValue(verdict == Verdict::Unchecked ? QVariant(QMetaType(QMetaType::QString))
                                                     : QVariant(Verdicts::key(verdict)));
        q.addBindValue(Sql::now());
        return (q.exec() || Sql::fail(q, why)) && touchAudit(auditId, why);
    });
}

bool FindingRepository::setText(
    qint64 auditId, qint64 checkItemId, FindingField field, const QString &text, QString *error)
{
    return Sql::inTransaction(m_db, error, [&](QString *why) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO findings (check_item_id, audit_id, %1, updated_at) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (check_item_id) DO UPDATE SET "
                                 "%1 = excluded.%1, updated_at = excluded.updated_at")
                      .arg(column(field)));
        q.addBindValue(checkItemId);
        q.addBindValue(auditId);
        q.addBindValue(Sql::text(text));
        q.addBindValue(Sql::now());
        return (q.exec() || Sql::fail(q, why)) && touchAudit(auditId, why)
            && reindex(auditId, checkItemId, why);
    });
}

} // namespace Kansa
