#include "signoff/signoff.h"
#include "history/historylog.h"

#include "audits/auditrepository.h"
#include "signoff/checklistcontent.h"
#include "evidence/evidencestore.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kansa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::SignOff", text);
}

} // namespace

QString SignatureRoles::key(SignatureRole r)
{
    return r == SignatureRole::Inspector ? QStringLiteral("inspector") : QStringLiteral("contractor");
}

std::optional<SignatureRole> SignatureRoles::fromKey(const QString &key)
{
    if (key == QLatin1String("inspector"))
        return SignatureRole::Inspector;
    if (key == QLatin1String("contractor"))
        return SignatureRole::Contractor;
    return std::nullopt;
}

QString SignatureRoles::label(SignatureRole r)
{
    return r == SignatureRole::Inspector
        ? QCoreApplication::translate("Kansa::SignatureRoles", "Lead inspector")
        : QCoreApplication::translate("Kansa::SignatureRoles", "Contractor's representative");
}

SignOff::SignOff(QSqlDatabase db, EvidenceStore &store)
    : m_db(std::move(db))
    , m_store(store)
{
}

qint64 SignOff::sign(qint64 auditId, SignatureRole role, const QString &name, const QString &title,
    const QByteArray &png, QString *error)
{
    if (name.trimmed().isEmpty()) {
        if (error)
            *error = tr("Enter the name of the person signing.");
        return 0;
    }
    if (png.isEmpty()) {
        if (error)
            *error = tr("The signature is empty. Sign in the box first.");
        return 0;
    }
    qint64 id = 0;
    const bool ok = Sql::inTransaction(m_db, error, [&](QString *why) {
        const QJsonObject content = ChecklistContent::build(m_db, m_store, auditId);
        if (content.isEmpty()) {
            *why = tr("The audit no longer exists.");
            return false;
        }
        const QByteArray bytes = ChecklistContent::serialise(content);
        const QString hash = ChecklistContent::hash(bytes);
        const QList<Signature> standing = select(auditId, true);
        for (const Signature &s : standing) {
            if (s.role == role) {
                *why = tr("%1 has signed already. Reopen the checklist to sign again.")
                           .arg(SignatureRoles::label(role));
                return false;
            }
            // A signature made in an older form is compared in its own form.
            if (s.contentHash != hash && s.contentHash != currentHashInFormOf(s.id, auditId)) {
                *why = tr("The checklist changed after the first signature. Reopen it and sign again.");
                return false;
            }
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO signatures (audit_id, role, name, title, signed_at, image, content_hash, "
            "content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(auditId);
        q.addBindValue(SignatureRoles::key(role));
        q.addBindValue(name.trimmed());
        q.addBindValue(Sql::text(title.trimmed()));
        q.addBindValue(Sql::now());
        q.addBindValue(png);
        q.addBindValue(hash);
        q.addBindValue(QString::fromUtf8(bytes));
        if (!q.exec())
            return Sql::fail(q, why);
        id = q.lastInsertId().toLongLong();
        if (!recordEvent(auditId, QStringLiteral("signed"), name.trimmed(),
                SignatureRoles::key(role) + u' ' + hash, why))
            return false;
        // Roles sign once each, so one earlier signature plus this one makes both.
        const bool both = standing.size() == 1;
        AuditRepository audits(m_db);
        const std::optional<Audit> a = audits.load(auditId);
        // One signature locks the checklist (partly signed); the second completes it.
        const AuditStatus next = both ? AuditStatus::Signed : AuditStatus::Signing;
        if (a && a->status < next && !audits.setStatus(auditId, next, why))
            return false;
        return HistoryLog::checkpoint(m_db, auditId, QStringLiteral("signed"), why);
    });
    return ok ? id : 0;
}

bool SignOff::reopen(qint64 auditId, const QString &actor, const QString &reason, QString *error)
{
    return Sql::inTransaction(m_db, error, [&](QString *why) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE signatures SET voided_at = ?, void_reason = ? "
                                 "WHERE audit_id = ? AND voided_at IS NULL"));
        q.addBindValue(Sql::now());
        q.addBindValue(Sql::text(reason));
        q.addBindValue(auditId);
        if (!q.exec())
            return Sql::fail(q, why);
        if (q.numRowsAffected() == 0) {
            *why = tr("The checklist is not signed, so there is nothing to reopen.");
            return false;
        }
        if (!recordEvent(auditId, QStringLiteral("reopened"), actor, reason, why))
            return false;
        AuditRepository audits(m_db);
        const std::optional<Audit> a = audits.load(auditId);
        if (a && (a->status == AuditStatus::Signed || a->status == AuditStatus::Signing))
            return audits.setStatus(auditId, AuditStatus::InProgress, why);
        return true;
    });
}

bool SignOff::isSigned(QSqlDatabase db, qint64 auditId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT 1 FROM signatures WHERE audit_id = ? AND voided_at IS NULL LIMIT 1"));
    q.addBindValue(auditId);
    return q.exec() && q.next();
}

QList<Signature> SignOff::standing(qint64 auditId) const { return select(auditId, true); }
QList<Signature> SignOff::history(qint64 auditId) const { return select(auditId, false); }

QList<Signature> SignOff::select(qint64 auditId, bool standingOnly) const
{
    QList<Signature> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, role, name, title, signed_at, image, content_hash, "
                             "voided_at, void_reason FROM signatures WHERE audit_id = ? %1 "
                             "ORDER BY id")
                  .arg(standingOnly ? QStringLiteral("AND voided_at IS NULL") : QString()));
    q.addBindValue(auditId);
    if (!q.exec())
        return out;
    while (q.next()) {
        Signature s;
        s.id = q.value(0).toLongLong();
        s.auditId = auditId;
        s.role = SignatureRoles::fromKey(q.value(1).toString()).value_or(SignatureRole::Inspector);
        s.name = q.value(2).toString();
        s.title = q.value(3).toString();
        s.signedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        s.png = q.value(5).toByteArray();
        s.contentHash = q.value(6).toString();
        s.voided = !q.value(7).isNull();
        s.voidedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        s.voidReason = q.value(8).toString();
        out.append(s);
    }
    return out;
}

SignOffCheck SignOff::check(qint64 auditId, bool rehashFiles) const
{
    SignOffCheck result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT content_hash, content FROM signatures WHERE audit_id = ? "
                             "AND voided_at IS NULL ORDER BY id LIMIT 1"));
    q.addBindValue(auditId);
    if (!q.exec() || !q.next())
        return result;
    result.signedOff = true;
    result.signedHash = q.value(0).toString();
    const QByteArray signedBytes = q.value(1).toString().toUtf8();
    const QJsonObject signedContent = QJsonDocument::fromJson(signedBytes).object();
    if (!ChecklistContent::formOf(signedContent)) {
        result.changes << tr("The signed content is in a form this version of Kansa does not "
                             "know. Check it with the newer Kansa that signed it.");
        return result;
    }
    const QJsonObject current
        = ChecklistContent::rebuildLike(m_db, m_store, auditId, signedContent);
    result.currentHash = ChecklistContent::hash(ChecklistContent::serialise(current));
    if (ChecklistContent::hash(signedBytes) != result.signedHash)
        result.changes << tr("The stored copy of the signed content does not match its hash; "
                             "the database was edited outside Kansa.");
    result.changes << ChecklistContent::differences(signedContent, current);
    if (result.currentHash != result.signedHash && result.changes.isEmpty())
        result.changes << tr("The content differs from what was signed.");
    if (rehashFiles)
        result.changes << ChecklistContent::damagedFiles(current, m_store);
    result.unchanged = result.changes.isEmpty();
    return result;
}

QString SignOff::currentHashInFormOf(qint64 signatureId, qint64 auditId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT content FROM signatures WHERE id = ?"));
    q.addBindValue(signatureId);
    if (!q.exec() || !q.next())
        return {};
    const QJsonObject signedContent = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    return ChecklistContent::hash(ChecklistContent::serialise(
        ChecklistContent::rebuildLike(m_db, m_store, auditId, signedContent)));
}

bool SignOff::recordEvent(qint64 auditId, const QString &kind, const QString &actor,
    const QString &detail, QString *error)
{
    return AuditRepository(m_db).recordEvent(auditId, kind, actor, detail, error);
}

} // namespace Kansa
