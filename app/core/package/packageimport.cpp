#include "package/packageimport.h"
#include "crypto/agearmor.h"
#include "crypto/filecipher.h"

#include "crypto/sha256.h"
#include "evidence/evidencepreparer.h"
#include "evidence/imagedecoder.h"
#include "evidence/evidencestore.h"
#include "history/historylog.h"
#include "package/agedevice.h"
#include "package/auditrecord.h"
#include "package/importplan.h"
#include "package/packageformat.h"
#include "package/piecewriter.h"
#include "package/tararchive.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

namespace Kansa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::PackageImport", text);
}

QString damaged()
{
    return QCoreApplication::translate("Kansa::PackageImport", "The package is damaged or was altered on the way (a changed byte, or a file cut short). "
              "Nothing was imported. Ask the sender for the package again.");
}

QString ageMessage(Age::Error e, const QString &path)
{
    switch (e) {
    case Age::Error::NoMatch:
        return QCoreApplication::translate("Kansa::PackageImport", "The package cannot be opened with this key or passphrase. Check that it was made for "
                  "this office's key, or type the passphrase again. Nothing was imported.");
    case Age::Error::Header:
    case Age::Error::Armor:
        return QCoreApplication::translate("Kansa::PackageImport", "%1 is not a Kansa audit package (not an age-encrypted file). Nothing was imported.")
            .arg(QFileInfo(path).fileName());
    case Age::Error::Read: return QCoreApplication::translate("Kansa::PackageImport", "%1 cannot be read. Nothing was imported.").arg(path);
    default: return damaged();
    }
}

std::optional<QByteArray> readWhole(TarArchive::Reader &tar, qint64 size, qint64 limit)
{
    if (size > limit)
        return std::nullopt;
    QByteArray out;
    out.reserve(size);
    while (out.size() < size) {
        const QByteArray piece = tar.read(1 << 20);
        if (piece.isEmpty())
            return std::nullopt;
        out.append(piece);
    }
    return out;
}

QString diskFull()
{
    return QCoreApplication::translate("Kansa::PackageImport",
        "The files cannot be unpacked (is the disk full?). Nothing was imported.");
}

enum class Unpacked { Ok, Cut, Unwritable };

// The current entry's content into a file, in 1 MiB pieces (memory stays flat), hashed as it
// is written (on the writer's thread); its first bytes into *head.
// One file of the package to the writer, hashed and its head kept here as it passes.
Unpacked unpack(TarArchive::Reader &tar, qint64 size, PieceWriter &out, const QString &path, const QByteArray &key,
    QByteArray *head, QString *sha256)
{
    if (!out.begin(path, key))
        return Unpacked::Unwritable;
    Sha256::Hasher hasher; // here, while the writer encrypts and writes the piece before
    for (qint64 left = size; left > 0;) {
        QByteArray piece = tar.read(1 << 20);
        if (piece.isEmpty())
            return Unpacked::Cut;
        if (head->size() < 64)
            head->append(piece.left(64 - head->size()));
        left -= piece.size();
        hasher.add(piece);
        if (!out.push(std::move(piece)))
            return Unpacked::Unwritable;
    }
    if (!out.end())
        return Unpacked::Unwritable;
    *sha256 = hasher.hex();
    return Unpacked::Ok;
}

} // namespace

PackageImport::PackageImport(QSqlDatabase db, EvidenceStore &store)
    : m_db(db)
    , m_store(store)
{
}

QString PackageImport::precheck(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("There is no file %1. Nothing was imported.").arg(path);
    if (info.isDir())
        return tr("%1 is a folder, not a package. Choose the package file. Nothing was imported.").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2. Nothing was imported.").arg(path, file.errorString());
    const QByteArray head = file.peek(4096);
    if (!head.startsWith("age-encryption.org/v1\n") && !AgeArmor::looksArmored(head))
        return ageMessage(Age::Error::Header, path);
    return {};
}

PackageImport::Result PackageImport::read(const QString &path, const QList<AgeIdentity> &identities,
    const QList<QByteArray> &passphrases, const Progress &progress)
{
    Result r;
    if (r.error = precheck(path); !r.error.isEmpty())
        return r;
    const auto tidy = qScopeGuard([this] { m_store.releaseStaging(); });
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = tr("%1 cannot be read: %2. Nothing was imported.").arg(path, file.errorString());
        return r;
    }
    const Age::Protection protection = Age::protection(file.peek(4096));
    AgeReadDevice age(file);
    if (const Age::Error e = age.begin(identities, passphrases); e != Age::Error::None) {
        r.error = ageMessage(e, path);
        r.wrongKey = e == Age::Error::NoMatch;
        if (e == Age::Error::NoMatch && protection == Age::Protection::Passphrase && passphrases.isEmpty())
            r.error = tr("This package is protected by a passphrase, not by the office's key: give its passphrase. "
                         "Nothing was imported.");
        else if (e == Age::Error::NoMatch && protection == Age::Protection::Keys && identities.isEmpty())
            r.error = tr("This package was encrypted for an office key, not with a passphrase: open it with the "
                         "office's key file. Nothing was imported.");
        else if (e == Age::Error::NoMatch && protection == Age::Protection::Passphrase)
            r.error = tr("The passphrase is not the one this package was made with. Nothing was imported.");
        else if (e == Age::Error::NoMatch && protection == Age::Protection::Keys)
            r.error = tr("This package was not made for this office's key (or the key file is another one). "
                         "Nothing was imported.");
        return r;
    }
    // A database that refuses writes (its safeguards are broken) says so, not "disk full".
    if (const QString refused = Sql::writeRefusal(m_db); !refused.isEmpty()) {
        r.error = refused + QLatin1Char(' ') + tr("Nothing was imported.");
        return r;
    }
    // Without the storage key nothing could be kept: said as it is, before anything is read.
    if (QString why; !m_store.keys().storageKey(&why)) {
        r.error = why + QLatin1Char(' ') + tr("Nothing was imported.");
        return r;
    }
    TarArchive::Reader tar(age);
    QList<PreparedEvidence> staged;
    PieceWriter writer; // writes the files behind the reading
    const auto discard = [&] {
        writer.finish(); // nothing is written after the files are removed
        for (const PreparedEvidence &p : staged)
            m_store.discardStaged(p);
    };
    const auto failWith = [&](const QString &message) {
        discard();
        r.error = age.error() != Age::Error::None ? ageMessage(age.error(), path) : message;
        return r;
    };

    // The manifest comes first: a package from a newer Kansa is refused before anything else.
    const auto first = tar.next();
    if (!first || first->name != PackageFormat::manifestName())
        return failWith(tr("%1 is encrypted, but is not a Kansa audit package. Nothing was imported.").arg(QFileInfo(path).fileName()));
    const auto manifestBytes = readWhole(tar, first->size, PackageFormat::MaxManifestBytes);
    const QJsonObject manifest = manifestBytes ? QJsonDocument::fromJson(*manifestBytes).object() : QJsonObject();
    if (manifest.value(QStringLiteral("format")).toString() != PackageFormat::formatName())
        return failWith(damaged());
    const int version = manifest.value(QStringLiteral("version")).toInt();
    if (version > PackageFormat::Version)
        return failWith(tr("This package was made by a newer version of Kansa (package format %1; this Kansa "
                           "reads format %2). Update Kansa, then import it again. Nothing was imported.")
                            .arg(version)
                            .arg(PackageFormat::Version));
    if (version < 1)
        return failWith(damaged());
    QSet<QString> expectedRecords, expectedFiles;
    qint64 total = 0;
    for (const QJsonValue &a : manifest.value(QStringLiteral("audits")).toArray())
        expectedRecords.insert(a.toObject().value(QStringLiteral("uid")).toString());
    for (const QJsonValue &f : manifest.value(QStringLiteral("files")).toArray()) {
        expectedFiles.insert(f.toObject().value(QStringLiteral("sha256")).toString());
        total += qint64(f.toObject().value(QStringLiteral("size")).toDouble());
    }

    static const QRegularExpression recordName(QStringLiteral("^audits/([0-9a-f]{32})\\.json$"));
    static const QRegularExpression blobName(QStringLiteral("^blobs/([0-9a-f]{64})$"));
    QHash<QString, QJsonObject> blobMeta; // sha256 → what the records say of the file
    QList<QJsonObject> records;
    QSet<QString> present; // files this package holds or this database has
    qint64 done = 0;
    while (const auto entry = tar.next()) {
        if (const auto m = recordName.match(entry->name); m.hasMatch()) {
            const auto bytes = readWhole(tar, entry->size, PackageFormat::MaxRecordBytes);
            const QJsonObject record = bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
            if (record.value(QStringLiteral("version")).toInt() > AuditRecord::Version)
                return failWith(tr("This package was made by a newer version of Kansa. Update Kansa, then "
                                   "import it again. Nothing was imported."));
            if (AuditRecord::uid(record) != m.captured(1) || !expectedRecords.remove(m.captured(1)))
                return failWith(damaged());
            for (const QJsonValue &b : record.value(QStringLiteral("blobs")).toArray())
                blobMeta.insert(b.toObject().value(QStringLiteral("sha256")).toString(), b.toObject());
            records.append(record);
            continue;
        }
        const auto m = blobName.match(entry->name);
        if (!m.hasMatch() || !expectedFiles.remove(m.captured(1)))
            return failWith(damaged());
        const QString sha = m.captured(1);
        present.insert(sha);
        if (m_store.hasBlob(sha)) { // stored once: the package's copy is skipped
            ++r.filesKnown;
        } else {
            if (entry->size > EvidencePreparer::MaxFileBytes)
                return failWith(damaged());
            PreparedEvidence p;
            p.sha256 = sha;
            p.size = entry->size;
            p.stagedOriginal = QDir(m_store.stagingDir()).filePath(QStringLiteral("package-") + sha);
            p.fileKey = FileCipher::newKey();
            staged.append(p); // before unpacking: a failure discards the partial file too
            QByteArray head;
            QString hash;
            const Unpacked u = unpack(tar, entry->size, writer, p.stagedOriginal, p.fileKey, &head, &hash);
            if (u != Unpacked::Ok)
                return failWith(u == Unpacked::Cut ? damaged() : diskFull());
            if (hash != sha)
                return failWith(damaged());
            // Only what Kansa takes as evidence: a photo format it decodes, or a PDF.
            const ImageDecoder::Format format = ImageDecoder::sniff(head);
            const QString type = head.startsWith("%PDF-") ? QStringLiteral("application/pdf")
                : format != ImageDecoder::Format::None     ? ImageDecoder::mediaType(format)
                                                           : QString();
            const QJsonObject meta = blobMeta.value(sha);
            if (type.isEmpty() || meta.value(QStringLiteral("media_type")).toString() != type)
                return failWith(tr("A file in the package is not evidence Kansa accepts (%1). Nothing was imported.")
                                    .arg(sha.left(12)));
            staged.last().mediaType = type;
            staged.last().width = std::clamp(meta.value(QStringLiteral("width")).toInt(), 0, 1 << 20);
            staged.last().height = std::clamp(meta.value(QStringLiteral("height")).toInt(), 0, 1 << 20);
            ++r.filesStored;
        }
        done += entry->size;
        if (progress && !progress(done, total))
            return failWith(tr("Import cancelled; nothing was imported."));
    }
    if (tar.error() != TarArchive::Reader::Error::None || !age.complete() || !expectedRecords.isEmpty()
        || !expectedFiles.isEmpty())
        return failWith(damaged());
    if (!writer.finish())
        return failWith(diskFull());

    // Every file a record names is in the package or here already; every record is checked
    // whole (its history, its data against its history) before anything is stored.
    QList<ImportPlan::Plan> plans;
    for (const QJsonObject &record : records) {
        for (const QString &sha : AuditRecord::blobs(record))
            if (!present.contains(sha) && !m_store.hasBlob(sha))
                return failWith(damaged());
        QString refusal;
        const auto plan = ImportPlan::decide(m_db, record, &refusal);
        if (!plan)
            return failWith(refusal);
        plans.append(*plan);
    }

    // Store: files placed first (as evidence is), then every row in one transaction.
    QList<PreparedEvidence> placed = staged;
    {
        QString why;
        if (!m_store.placeFiles(placed, &why)) {
            for (const PreparedEvidence &q : placed)
                m_store.discardPlaced(q.sha256);
            return failWith(tr("The files cannot be stored (is the disk full?). Nothing was imported."));
        }
    }
    staged.clear();
    const QString source = QFileInfo(path).fileName();
    const QJsonValue from = manifest.value(QStringLiteral("installation")).toObject().value(QStringLiteral("origin"));
    QString why, refusal;
    const bool ok = Sql::inTransaction(m_db, &why, [&](QString *e) {
        for (const PreparedEvidence &p : placed)
            if (!m_store.finishBlob(p, 0, e)) // held by the audit that uses it, below
                return false;
        QJsonArray imported;
        for (ImportPlan::Plan &plan : plans) {
            if (!ImportPlan::store(m_db, m_store, plan, source, from, e, &refusal))
                return false;
            static const char *const outcomes[] = { "imported", "unchanged", "conflict", "updated" };
            imported.append(QJsonObject { { QStringLiteral("uid"), plan.outcome.uid },
                { QStringLiteral("outcome"), QLatin1String(outcomes[plan.outcome.kind]) } });
        }
        return HistoryLog::record(m_db, 0, QStringLiteral("package.imported"), QStringLiteral("package"),
            { { QStringLiteral("source"), source }, { QStringLiteral("audits"), imported },
                { QStringLiteral("files_stored"), r.filesStored } },
            e);
    });
    if (!ok) {
        for (const PreparedEvidence &p : placed)
            m_store.discardPlaced(p.sha256);
        r.error = !refusal.isEmpty() ? refusal : tr("The package could not be stored: %1 Nothing was imported.").arg(why);
        return r;
    }
    for (const ImportPlan::Plan &plan : plans)
        r.audits.append(plan.outcome);
    for (const PreparedEvidence &p : placed)
        r.newFiles << p.sha256;
    return r;
}

void PackageImport::makeCopies(EvidenceStore &store, const QStringList &files, const Progress &progress)
{
    // In batches of a few per core, so that progress is reported and a stop is heard.
    const int batch = std::max(2, QThread::idealThreadCount() * 2);
    for (qsizetype at = 0; at < files.size(); at += batch) {
        const QStringList part = files.mid(at, batch);
        const QHash<QString, QByteArray> keys = store.keys().fileKeys(part); // the database here, not on the threads
        QtConcurrent::blockingMap(part, [&store, &keys](const QString &sha) {
            if (keys.contains(sha))
                store.ensureDerivatives(sha, keys.value(sha));
        });
        if (progress && !progress(at + part.size(), files.size()))
            return;
    }
}

} // namespace Kansa
