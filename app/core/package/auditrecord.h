#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

/// One audit as a package carries it (docs/package-format.md): every row of the audit's tables
/// as JSON objects (column → value; BLOB columns as {"base64": …}), the clause set it was
/// created from, its history and checkpoints. Ids are those of the exporting database; import
/// gives every row a new id and rewrites the references.
namespace Kansa::AuditRecord {

constexpr int Version = 1;

/// The record of auditId; empty when there is no such audit.
QJsonObject read(QSqlDatabase db, qint64 auditId, QString *error);

/// The SHA-256 of every file the record refers to (evidence and follow-up attachments).
QSet<QString> blobs(const QJsonObject &record);

QString uid(const QJsonObject &record);

/// Inserts the record as a new audit (inside the caller's transaction); the blobs it refers to
/// must be stored already. newUid: empty to keep the record's identity (and its history), else
/// the identity of a copy, whose history then starts afresh naming the original. Returns the
/// new audit's id, 0 on failure (*error says why). into: an audit whose rows were cleared
/// (AuditReplacement), which takes the record's content and keeps its id.
qint64 insert(QSqlDatabase db, const QJsonObject &record, const QString &newUid, QString *error, qint64 into = 0,
    const QHash<QString, qint64> &keepIds = {});

/// The ids of a record's check items, evidence, letters and letter items by what identifies
/// them in every version (a check item's number, evidence's uid …), for insert(keepIds): the
/// rows of a version that replaces ours keep the ids users and scripts hold.
QHash<QString, qint64> idsOf(const QJsonObject &record);

/// What differs between two records of the same audit, as lines for the user ("findings: 3
/// differ", "evidence: 2 only in the package"); empty when they hold the same content.
QStringList differences(const QJsonObject &ours, const QJsonObject &theirs);

} // namespace Kansa::AuditRecord
