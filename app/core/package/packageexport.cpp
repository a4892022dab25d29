#include "package/packageexport.h"
#include "audits/auditrepository.h"
#include "package/piecereader.h"

#include "evidence/evidencestore.h"
#include "history/historylog.h"
#include "package/agedevice.h"
#include "package/auditrecord.h"
#include "package/packageformat.h"
#include "package/tararchive.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QFile>
#include <QScopeGuard>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>

namespace Kansa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::PackageExport", text);
}

QString ageMessage(Age::Error e, const QString &path)
{
    switch (e) {
    case Age::Error::BadRecipient: return QCoreApplication::translate("Kansa::PackageExport", "One of the office keys is not a usable age key.");
    case Age::Error::Write:
        return QCoreApplication::translate("Kansa::PackageExport", "The package could not be written to %1 (is the disk full?). Nothing was exported.").arg(path);
    default: return QCoreApplication::translate("Kansa::PackageExport", "The package could not be encrypted.");
    }
}

} // namespace

PackageExport::PackageExport(QSqlDatabase db, EvidenceStore &store)
    : m_db(db)
    , m_store(store)
{
}

PackageExport::Result PackageExport::write(const QList<qint64> &auditIds, const QString &path,
    const Age::Writer::Recipients &to, const Progress &progress)
{
    Result r;
    const auto tidy = qScopeGuard([this] { m_store.releaseStaging(); });
    if (auditIds.isEmpty()) {
        r.error = tr("Choose at least one audit to export.");
        return r;
    }
    QList<QJsonObject> records;
    QMap<QString, qint64> blobs; // sha256 → size, each file once however many audits use it
    QJsonArray audits;
    for (qint64 id : auditIds) {
        QString why;
        if (HistoryLog::auditOrigin(m_db, id).isEmpty()) {
            r.error = AuditRepository::noSuchAudit(id);
            return r;
        }
        // The head the package carries is signed here, so that the receiving office, and this
        // one, can tell later whether a history was cut or rewritten after it left.
        if (!Sql::inTransaction(m_db, &why, [&](QString *e) { return HistoryLog::checkpoint(m_db, id, QStringLiteral("exported"), e); })) {
            r.error = tr("Audit %1 cannot be exported: %2").arg(id).arg(why);
            return r;
        }
        const QJsonObject record = AuditRecord::read(m_db, id, &why);
        if (record.isEmpty()) {
            r.error = why.isEmpty() ? AuditRepository::noSuchAudit(id) : why;
            return r;
        }
        for (const QJsonValue &b : record.value(QStringLiteral("blobs")).toArray())
            blobs.insert(b.toObject().value(QStringLiteral("sha256")).toString(),
                qint64(b.toObject().value(QStringLiteral("size")).toDouble()));
        const QJsonObject row = record.value(QStringLiteral("tables")).toObject().value(QStringLiteral("audits")).toArray().first().toObject();
        const QJsonArray history = record.value(QStringLiteral("tables")).toObject().value(QStringLiteral("history_entries")).toArray();
        audits.append(QJsonObject {
            { QStringLiteral("uid"), AuditRecord::uid(record) },
            { QStringLiteral("contractor"), row.value(QStringLiteral("contractor_name")) },
            { QStringLiteral("audit_date"), row.value(QStringLiteral("audit_date")) },
            { QStringLiteral("history_entries"), history.size() },
            { QStringLiteral("head"), history.isEmpty() ? QJsonValue() : history.last().toObject().value(QStringLiteral("hash")) },
        });
        records.append(record);
    }
    qint64 total = 0;
    QJsonArray files;
    for (auto it = blobs.cbegin(); it != blobs.cend(); ++it) {
        total += it.value();
        files.append(QJsonObject { { QStringLiteral("sha256"), it.key() }, { QStringLiteral("size"), double(it.value()) } });
    }
    const InstallationKey key = HistoryLog::installationKey(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject installation;
    installation.insert(QStringLiteral("origin"), HistoryLog::installationOrigin(m_db));
    installation.insert(QStringLiteral("public_key"), QString::fromLatin1(key.publicKey.toHex()));
    installation.insert(QStringLiteral("fingerprint"), InstallationKey::fingerprint(key.publicKey));
    QJsonObject manifest;
    manifest.insert(QStringLiteral("format"), PackageFormat::formatName());
    manifest.insert(QStringLiteral("version"), PackageFormat::Version);
    manifest.insert(QStringLiteral("created"), now.toString(Qt::ISODate));
    manifest.insert(QStringLiteral("program"),
        QString(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()));
    manifest.insert(QStringLiteral("installation"), installation);
    manifest.insert(QStringLiteral("audits"), audits);
    manifest.insert(QStringLiteral("files"), files);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        r.error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return r;
    }
    AgeWriteDevice age(file);
    if (const Age::Error e = age.begin(to); e != Age::Error::None) {
        r.error = ageMessage(e, path);
        return r;
    }
    TarArchive::Writer tar(age);
    bool ok = tar.add(PackageFormat::manifestName(), QJsonDocument(manifest).toJson(QJsonDocument::Indented), now);
    for (const QJsonObject &record : records)
        ok = ok && tar.add(PackageFormat::recordName(AuditRecord::uid(record)), QJsonDocument(record).toJson(QJsonDocument::Compact), now);
    qint64 done = 0;
    for (auto it = blobs.cbegin(); ok && it != blobs.cend(); ++it) {
        const auto fileKey = m_store.keys().fileKey(it.key());
        PieceReader original(m_store.originalPath(it.key()), fileKey.value_or(QByteArray()), m_store.plainAccepted());
        if (!original.open(QIODevice::ReadOnly)) {
            r.error = tr("The evidence file %1 is missing or changed on this computer; the package was not written.")
                          .arg(it.key().left(12));
            file.cancelWriting();
            return r;
        }
        ok = tar.add(PackageFormat::blobName(it.key()), original, it.value(), now);
        if (original.damaged() || (ok && (!original.read(1).isEmpty() || !original.ok()))) { // longer, cut or damaged
            r.error = tr("The evidence file %1 is missing or changed on this computer; the package was not written.")
                          .arg(it.key().left(12));
            file.cancelWriting();
            return r;
        }
        done += it.value();
        if (ok && progress && !progress(done, total)) {
            file.cancelWriting();
            r.error = tr("Export cancelled; nothing was written.");
            return r;
        }
        ++r.files;
    }
    ok = ok && tar.finish();
    const Age::Error sealed = age.finish();
    if (!ok || sealed != Age::Error::None || !file.commit()) {
        file.cancelWriting();
        r.error = ageMessage(Age::Error::Write, path);
        return r;
    }
    r.bytes = QFileInfo(path).size();
    QString why;
    const bool recorded = Sql::inTransaction(m_db, &why, [&](QString *e) {
        for (qint64 id : auditIds)
            if (!HistoryLog::record(m_db, id, QStringLiteral("exported"), QStringLiteral("audit"),
                    { { QStringLiteral("file"), QFileInfo(path).fileName() }, { QStringLiteral("bytes"), double(r.bytes) },
                        { QStringLiteral("to"), to.keys.isEmpty() ? QStringLiteral("passphrase") : QString::number(to.keys.size()) + QStringLiteral(" keys") } },
                    e))
                return false;
        return true;
    });
    if (!recorded)
        r.error = tr("The package was written, but its export could not be recorded in the history: %1").arg(why);
    return r;
}

} // namespace Kansa
