#include "package/packagecontents.h"

#include "crypto/filecipher.h"
#include "crypto/sha256.h"
#include "evidence/evidencestore.h"
#include "evidence/imagedecoder.h"
#include "package/agedevice.h"
#include "package/auditrecord.h"
#include "package/packageformat.h"
#include "package/piecewriter.h"
#include "package/tararchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Kansa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::PackageContents", text);
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

enum class Unpacked { Ok, Cut, Unwritable };

// One file of the package to the writer, in 1 MiB pieces (memory stays flat), hashed here while
// the writer encrypts and writes the piece before; its first bytes into *head.
Unpacked unpack(TarArchive::Reader &tar, qint64 size, PieceWriter &out, const QString &path, const QByteArray &key,
    QByteArray *head, QString *sha256)
{
    if (!out.begin(path, key))
        return Unpacked::Unwritable;
    Sha256::Hasher hasher;
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

// Only what Kansa takes as evidence: a photo format it decodes, or a PDF; else empty.
QString evidenceType(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    const ImageDecoder::Format format = ImageDecoder::sniff(head);
    return format != ImageDecoder::Format::None ? ImageDecoder::mediaType(format) : QString();
}

} // namespace

struct PackageContents::Reading
{
    explicit Reading(AgeReadDevice &age)
        : tar(age)
    {
    }
    TarArchive::Reader tar;
    PieceWriter writer; // writes the files behind the reading
};

PackageContents::PackageContents(AgeReadDevice &age, EvidenceStore &store, const QString &path)
    : m_age(age)
    , m_store(store)
    , m_path(path)
    , m_reading(std::make_unique<Reading>(age))
{
}

PackageContents::~PackageContents() = default;

QString PackageContents::damaged()
{
    return QCoreApplication::translate("Kansa::PackageImport", "The package is damaged or was altered on the way (a changed byte, or a file cut short). "
              "Nothing was imported. Ask the sender for the package again.");
}

QString PackageContents::diskFull()
{
    return QCoreApplication::translate("Kansa::PackageImport",
        "The files cannot be unpacked (is the disk full?). Nothing was imported.");
}

QString PackageContents::read(const Progress &progress)
{
    if (QString e = readManifest(); !e.isEmpty())
        return e;
    static const QRegularExpression recordName(QStringLiteral("^audits/([0-9a-f]{32})\\.json$"));
    static const QRegularExpression blobName(QStringLiteral("^blobs/([0-9a-f]{64})$"));
    TarArchive::Reader &tar = m_reading->tar;
    qint64 done = 0;
    while (const auto entry = tar.next()) {
        QString e;
        if (const auto m = recordName.match(entry->name); m.hasMatch()) {
            e = readRecord(m.captured(1), entry->size);
        } else if (const auto b = blobName.match(entry->name);
                   b.hasMatch() && m_expectedFiles.value(b.captured(1), -1) == entry->size) {
            m_expectedFiles.remove(b.captured(1));
            e = stageFile(b.captured(1), entry->size);
            done += entry->size;
            if (e.isEmpty() && progress && !progress(done, m_total))
                e = tr("Import cancelled; nothing was imported.");
        } else {
            e = damaged(); // a name no Kansa writes, or a file the manifest does not list as it is
        }
        if (!e.isEmpty())
            return e;
    }
    if (tar.error() != TarArchive::Reader::Error::None || !m_age.complete() || !m_expectedRecords.isEmpty()
        || !m_expectedFiles.isEmpty())
        return damaged();
    if (!m_reading->writer.finish())
        return diskFull();
    return {};
}

QString PackageContents::readManifest()
{
    TarArchive::Reader &tar = m_reading->tar;
    const auto first = tar.next();
    if (!first || first->name != PackageFormat::manifestName())
        return tr("%1 is encrypted, but is not a Kansa audit package. Nothing was imported.").arg(QFileInfo(m_path).fileName());
    const auto bytes = readWhole(tar, first->size, PackageFormat::MaxManifestBytes);
    m_manifest = bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
    if (m_manifest.value(QStringLiteral("format")).toString() != PackageFormat::formatName())
        return damaged();
    const int version = m_manifest.value(QStringLiteral("version")).toInt();
    if (version > PackageFormat::Version)
        return tr("This package was made by a newer version of Kansa (package format %1; this Kansa "
                  "reads format %2). Update Kansa, then import it again. Nothing was imported.")
            .arg(version)
            .arg(PackageFormat::Version);
    if (version < 1)
        return damaged();
    for (const QJsonValue &a : m_manifest.value(QStringLiteral("audits")).toArray())
        m_expectedRecords.insert(a.toObject().value(QStringLiteral("uid")).toString());
    for (const QJsonValue &f : m_manifest.value(QStringLiteral("files")).toArray()) {
        const qint64 size = qint64(f.toObject().value(QStringLiteral("size")).toDouble(-1));
        m_expectedFiles.insert(f.toObject().value(QStringLiteral("sha256")).toString(), size);
        m_total += std::max<qint64>(size, 0);
    }
    return {};
}

QString PackageContents::readRecord(const QString &uid, qint64 size)
{
    const auto bytes = readWhole(m_reading->tar, size, PackageFormat::MaxRecordBytes);
    const QJsonObject record = bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
    if (record.value(QStringLiteral("version")).toInt() > AuditRecord::Version)
        return tr("This package was made by a newer version of Kansa. Update Kansa, then "
                  "import it again. Nothing was imported.");
    if (AuditRecord::uid(record) != uid || !m_expectedRecords.remove(uid))
        return damaged();
    for (const QJsonValue &b : record.value(QStringLiteral("blobs")).toArray())
        m_blobMeta.insert(b.toObject().value(QStringLiteral("sha256")).toString(), b.toObject());
    m_records.append(record);
    return {};
}

QString PackageContents::stageFile(const QString &sha, qint64 size)
{
    // The records come first (the export writes them before the files): a file none of them
    // describes belongs to no audit of this package.
    if (!m_blobMeta.contains(sha))
        return damaged();
    m_present.insert(sha);
    if (m_store.hasBlob(sha)) { // stored once: the package's copy is skipped
        ++m_filesKnown;
        return {};
    }
    if (size > EvidencePreparer::MaxFileBytes)
        return damaged();
    PreparedEvidence p;
    p.sha256 = sha;
    p.size = size;
    p.stagedOriginal = QDir(m_store.stagingDir()).filePath(QStringLiteral("package-") + sha);
    p.fileKey = FileCipher::newKey();
    m_staged.append(p); // before unpacking: a failure discards the partial file too
    QByteArray head;
    QString hash;
    const Unpacked u = unpack(m_reading->tar, size, m_reading->writer, p.stagedOriginal, p.fileKey, &head, &hash);
    if (u != Unpacked::Ok)
        return u == Unpacked::Cut ? damaged() : diskFull();
    if (hash != sha)
        return damaged();
    // A file the records describe otherwise than it is is refused.
    const QString type = evidenceType(head);
    const QJsonObject meta = m_blobMeta.value(sha);
    if (type.isEmpty() || meta.value(QStringLiteral("media_type")).toString() != type)
        return tr("A file in the package is not evidence Kansa accepts (%1). Nothing was imported.").arg(sha.left(12));
    m_staged.last().mediaType = type;
    m_staged.last().width = std::clamp(meta.value(QStringLiteral("width")).toInt(), 0, 1 << 20);
    m_staged.last().height = std::clamp(meta.value(QStringLiteral("height")).toInt(), 0, 1 << 20);
    ++m_filesStored;
    return {};
}

QString PackageContents::missingFile() const
{
    for (const QJsonObject &record : m_records)
        for (const QString &sha : AuditRecord::blobs(record))
            if (!m_present.contains(sha) && !m_store.hasBlob(sha))
                return damaged();
    return {};
}

void PackageContents::discard()
{
    m_reading->writer.finish(); // nothing is written after the files are removed
    for (const PreparedEvidence &p : m_staged)
        m_store.discardStaged(p);
    m_staged.clear();
}

QList<PreparedEvidence> PackageContents::takeStaged()
{
    return std::exchange(m_staged, {});
}

} // namespace Kansa
