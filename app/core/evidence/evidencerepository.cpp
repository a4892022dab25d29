#include "evidence/evidencerepository.h"
#include "evidence/evidencepreparer.h"
#include "evidence/evidencestore.h"
#include "search/searchindex.h"
#include "storage/sqlhelpers.h"

#include <QSqlError>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace Kansa {

namespace {

const QLatin1String kSelect(
    "SELECT e.id, e.audit_id, e.check_item_id, e.kind, e.sha256, e.original_name, "
    "coalesce(b.media_type, ''), e.caption, coalesce(b.width, 0), coalesce(b.height, 0), "
    "e.cert_issuer, e.cert_number, e.cert_scope, e.cert_valid_until, e.markup, e.uid "
    "FROM evidence e LEFT JOIN blobs b ON b.sha256 = e.sha256 ");

Evidence readEvidence(const QSqlQuery &q)
{
    Evidence e;
    e.id = q.value(0).toLongLong();
    e.auditId = q.value(1).toLongLong();
    e.checkItemId = q.value(2).toLongLong();
    e.kind = EvidenceKinds::fromKey(q.value(3).toString());
    e.sha256 = q.value(4).toString();
    e.originalName = q.value(5).toString();
    e.mediaType = q.value(6).toString();
    e.caption = q.value(7).toString();
    e.width = q.value(8).toInt();
    e.height = q.value(9).toInt();
    e.certificate = { q.value(10).toString(), q.value(11).toString(), q.value(12).toString(),
        Sql::toDate(q.value(13)) };
    e.markup = q.value(14).toString();
    e.uid = q.value(15).toString();
    return e;
}

QString searchableText(const Evidence &e)
{
    QStringList parts { e.caption, e.certificate.issuer, e.certificate.number,
        e.certificate.scope };
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

} // namespace

EvidenceRepository::EvidenceRepository(QSqlDatabase db, EvidenceStore &store)
    : m_db(std::move(db))
    , m_store(store)
{
}

bool EvidenceRepository::insert(const Evidence &e, bool withId, qint64 *id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO evidence (id, audit_id, check_item_id, kind, sha256, original_name, caption, "
        "cert_issuer, cert_number, cert_scope, cert_valid_until, added_at, markup, uid) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(withId ? QVariant(e.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(e.auditId);
    q.addBindValue(e.checkItemId);
    q.addBindValue(EvidenceKinds::key(e.kind));
    q.addBindValue(
        e.sha256.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.sha256));
    q.addBindValue(Sql::text(e.originalName));
    q.addBindValue(Sql::text(e.caption));
    q.addBindValue(Sql::text(e.certificate.issuer));
    q.addBindValue(Sql::text(e.certificate.number));
    q.addBindValue(Sql::text(e.certificate.scope));
    q.addBindValue(Sql::date(e.certificate.validUntil));
    q.addBindValue(Sql::now());
    q.addBindValue(Sql::text(e.markup));
    // A restored row (undo) keeps its identity; a new one gets its own.
    q.addBindValue(e.uid.isEmpty() ? QUuid::createUuid().toString(QUuid::Id128) : e.uid);
    if (!q.exec())
        return Sql::fail(q, error);
    *id = withId ? e.id : q.lastInsertId().toLongLong();
    return SearchIndex(m_db).put(
        SearchIndex::Source::Evidence, *id, e.auditId, searchableText(e), error);
}

std::optional<Evidence> EvidenceRepository::add(
    Evidence e, const PreparedEvidence *file, QString *error)
{
    const bool newBlob = file && !m_store.hasBlob(file->sha256);
    if (file) {
        e.sha256 = file->sha256;
        e.originalName = file->originalName;
        e.mediaType = file->mediaType;
        e.width = file->width;
        e.height = file->height;
        if (e.kind != EvidenceKind::Certificate)
            e.kind = file->kind;
        if (newBlob && !m_store.placeFiles(*file, error)) {
            m_store.discardStaged(*file);
            return std::nullopt;
        }
        if (!newBlob)
            m_store.discardStaged(*file); // identical file already stored: keep one copy
    }
    const bool ok = Sql::inTransaction(m_db, error, [&](QString *why) {
        if (newBlob && !m_store.finishBlob(*file, e.auditId, why))
            return false;
        return insert(e, false, &e.id, why);
    });
    // On failure the placed files stay under blob_pending; collectGarbage() removes them.
    if (!ok)
        return std::nullopt;
    return e;
}

bool EvidenceRepository::restore(const Evidence &e, QString *error)
{
    qint64 id = 0;
    return Sql::inTransaction(m_db, error, [&](QString *why) { return insert(e, true, &id, why); });
}

bool EvidenceRepository::remove(qint64 id, QString *error)
{
    return Sql::inTransaction(m_db, error, [&](QString *why) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM evidence WHERE id = ?"));
        q.addBindValue(id);
        return (q.exec() || Sql::fail(q, why))
            && SearchIndex(m_db).remove(SearchIndex::Source::Evidence, id, why);
    });
}

bool EvidenceRepository::setCaption(qint64 id, const QString &caption, QString *error)
{
    std::optional<Evidence> e = load(id);
    if (!e)
        return false;
    e->caption = caption;
    return Sql::inTransaction(m_db, error, [&](QString *why) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE evidence SET caption = ? WHERE id = ?"));
        q.addBindValue(Sql::text(caption));
        q.addBindValue(id);
        return (q.exec() || Sql::fail(q, why))
            && SearchIndex(m_db).put(
                SearchIndex::Source::Evidence, id, e->auditId, searchableText(*e), why);
    });
}

bool EvidenceRepository::setMarkup(qint64 id, const PhotoMarkup &markup, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE evidence SET markup = ? WHERE id = ? AND kind = 'photo'"));
    q.addBindValue(Sql::text(markup.toJson()));
    q.addBindValue(id);
    if (!q.exec())
        return Sql::fail(q, error);
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QCoreApplication::translate("Kansa::EvidenceRepository", "There is no photo %1.").arg(id);
        return false;
    }
    return true;
}

bool EvidenceRepository::setCertificate(qint64 id, const Certificate &c, QString *error)
{
    std::optional<Evidence> e = load(id);
    if (!e)
        return false;
    e->certificate = c;
    return Sql::inTransaction(m_db, error, [&](QString *why) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE evidence SET cert_issuer = ?, cert_number = ?, "
                                 "cert_scope = ?, cert_valid_until = ? WHERE id = ?"));
        q.addBindValue(Sql::text(c.issuer));
        q.addBindValue(Sql::text(c.number));
        q.addBindValue(Sql::text(c.scope));
        q.addBindValue(Sql::date(c.validUntil));
        q.addBindValue(id);
        return (q.exec() || Sql::fail(q, why))
            && SearchIndex(m_db).put(
                SearchIndex::Source::Evidence, id, e->auditId, searchableText(*e), why);
    });
}

QList<Evidence> EvidenceRepository::select(const QString &where, qint64 key) const
{
    QList<Evidence> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelect + where);
    q.addBindValue(key);
    if (q.exec())
        while (q.next())
            result.append(readEvidence(q));
    return result;
}

bool EvidenceRepository::reindex(QSqlDatabase db, qint64 id, QString *error)
{
    EvidenceStore files(db, QString()); // only rows are read
    const std::optional<Evidence> e = EvidenceRepository(db, files).load(id);
    return e && SearchIndex(db).put(SearchIndex::Source::Evidence, id, e->auditId, searchableText(*e), error);
}

std::optional<Evidence> EvidenceRepository::load(qint64 id) const
{
    const QList<Evidence> found = select(QStringLiteral("WHERE e.id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Evidence>(found.first());
}

QList<Evidence> EvidenceRepository::forItem(qint64 checkItemId) const
{
    return select(QStringLiteral("WHERE e.check_item_id = ? ORDER BY e.id"), checkItemId);
}

QList<Evidence> EvidenceRepository::forAudit(qint64 auditId) const
{
    return select(QStringLiteral("WHERE e.audit_id = ? ORDER BY e.check_item_id, e.id"), auditId);
}

QHash<qint64, int> EvidenceRepository::countsByItem(qint64 auditId) const
{
    QHash<qint64, int> counts;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT check_item_id, count(*) FROM evidence WHERE audit_id = ? GROUP BY check_item_id"));
    q.addBindValue(auditId);
    if (q.exec())
        while (q.next())
            counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

} // namespace Kansa
