#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kansa {

class EvidenceStore;

/// What an audit holds, counted for the confirmation and for the disposal record.
struct DisposalInventory
{
    qint64 auditId = 0;
    QString uid;
    QString contractor;
    QString contractTitle;
    QString contractNumber;
    QString clauseSetTitle;
    QString leadInspector;
    QString members;
    QString status;
    QDate auditDate;
    int checkItems = 0;
    int findings = 0; // items with a verdict or a written text
    int photos = 0;
    int documents = 0;
    int certificates = 0;
    int signatures = 0;
    int letters = 0;
    int followUpEvents = 0;
    int followUpFiles = 0;
    int openAdvisoryItems = 0;
    QStringList files; // SHA-256 of every stored file the audit uses
    int sharedFiles = 0; // of those, files another audit uses too (kept for it)
    int storedFiles = 0; // files on disk for them: originals, thumbnails, print and marked copies
    QStringList exports; // packages exported of it ("file (date)"), from its history
    QList<QDateTime> disposedBefore; // when it was disposed of before (it came back in a package)
    QString manifestSha256; // of everything the audit held (its package record, files by hash)
};

/// What disposal leaves: a signed statement of what was disposed of, when, how, by whom, on
/// whose authority and why. The record's JSON (keys sorted, compact) is what is hashed and
/// signed with the installation's key.
struct DisposalRecord
{
    qint64 id = 0;
    QJsonObject content;
    QByteArray bytes; // the signed JSON
    QByteArray publicKey;
    QByteArray signature;
    QDateTime finishedAt; // key rotated, files deleted, log truncated

    QString auditUid() const;
    QDateTime disposedAt() const;
    bool signatureValid() const;
    QString recordSha256() const;
};

struct DisposalRequest
{
    qint64 auditId = 0;
    QString performedBy;
    QString approvedBy;
    QString reason;
    bool force = false; // dispose of an audit with advisory items still open
};

/// Disposes of an audit for good (issue 13): its data key is destroyed and the storage key
/// rotated (cryptographic erase of its files wherever copies of them lie on the disk), its rows
/// are deleted with secure_delete on, the full-text index rebuilt without them, the write-ahead
/// log checkpointed and truncated, and its files deleted. One transaction decides: a failure or
/// a kill before it commits leaves the audit whole; after it, the audit is gone and
/// finishPending() completes the rest at the next start.
class AuditDisposal
{
public:
    AuditDisposal(QSqlDatabase db, EvidenceStore &store);

    std::optional<DisposalInventory> inventory(qint64 auditId, QString *error) const;
    /// Why the request cannot go ahead (missing names or reason, the same person performing
    /// and approving, open items not confirmed); empty when it can.
    static QString refusal(const DisposalRequest &request, const DisposalInventory &inventory);
    std::optional<DisposalRecord> dispose(const DisposalRequest &request, QString *error);

    /// Completes the disposals a crash interrupted after their commit; how many.
    int finishPending(QString *error = nullptr);

    QList<DisposalRecord> records() const;
    std::optional<DisposalRecord> record(qint64 id) const;

private:
    bool finish(qint64 disposalId, const QStringList &files, QString *error);

    QSqlDatabase m_db;
    EvidenceStore &m_store;
};

} // namespace Kansa
