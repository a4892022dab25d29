#include "package/packageimport.h"
#include "evidence/imagedecoder.h"
#include "crypto/agearmor.h"

#include "evidence/evidencepreparer.h"
#include "evidence/evidencestore.h"
#include "history/historylog.h"
#include "package/agedevice.h"
#include "package/auditrecord.h"
#include "package/importplan.h"
#include "package/packagecontents.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QScopeGuard>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

namespace Kansa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::PackageImport", text);
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
    default: return PackageContents::damaged();
    }
}

// Why the key or passphrase given does not open it, for the protection the package has.
QString noMatchMessage(Age::Protection protection, bool keysGiven, bool passphrasesGiven)
{
    if (protection == Age::Protection::Passphrase && !passphrasesGiven)
        return QCoreApplication::translate("Kansa::PackageImport", "This package is protected by a passphrase, not by the office's key: give its passphrase. "
                  "Nothing was imported.");
    if (protection == Age::Protection::Keys && !keysGiven)
        return QCoreApplication::translate("Kansa::PackageImport", "This package was encrypted for an office key, not with a passphrase: open it with the "
                  "office's key file. Nothing was imported.");
    if (protection == Age::Protection::Passphrase)
        return QCoreApplication::translate("Kansa::PackageImport", "The passphrase is not the one this package was made with. Nothing was imported.");
    if (protection == Age::Protection::Keys)
        return QCoreApplication::translate("Kansa::PackageImport", "This package was not made for this office's key (or the key file is another one). "
                  "Nothing was imported.");
    return ageMessage(Age::Error::NoMatch, {});
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
        r.wrongKey = e == Age::Error::NoMatch;
        r.error = r.wrongKey ? noMatchMessage(protection, !identities.isEmpty(), !passphrases.isEmpty()) : ageMessage(e, path);
        return r;
    }
    if (r.error = storeRefusal(); !r.error.isEmpty())
        return r;

    // Everything is read and checked before anything is stored: the package whole, then every
    // record against what this database holds.
    PackageContents contents(age, m_store, path);
    QList<ImportPlan::Plan> plans;
    QString error = contents.read(progress);
    if (error.isEmpty())
        error = contents.missingFile();
    if (error.isEmpty())
        error = planAll(contents.records(), &plans);
    if (!error.isEmpty()) {
        contents.discard();
        r.error = age.error() != Age::Error::None ? ageMessage(age.error(), path) : error;
        return r;
    }
    r.filesStored = contents.filesStored();
    r.filesKnown = contents.filesKnown();
    QList<PreparedEvidence> placed = contents.takeStaged();
    if (r.error = store(placed, plans, contents.manifest(), QFileInfo(path).fileName(), r.filesStored); !r.error.isEmpty())
        return r;
    for (const ImportPlan::Plan &plan : plans)
        r.audits.append(plan.outcome);
    for (const PreparedEvidence &p : placed)
        r.newFiles << p.sha256;
    return r;
}

QString PackageImport::storeRefusal() const
{
    // A database that refuses writes (its safeguards are broken) says so, not "disk full".
    if (const QString refused = Sql::writeRefusal(m_db); !refused.isEmpty())
        return refused + QLatin1Char(' ') + tr("Nothing was imported.");
    // Without the storage key nothing could be kept: said as it is, before anything is read.
    if (QString why; !m_store.keys().storageKey(&why))
        return why + QLatin1Char(' ') + tr("Nothing was imported.");
    return {};
}

QString PackageImport::planAll(const QList<QJsonObject> &records, QList<ImportPlan::Plan> *plans) const
{
    // Every record is checked whole (its history, its data against its history).
    for (const QJsonObject &record : records) {
        QString refusal;
        const auto plan = ImportPlan::decide(m_db, record, &refusal);
        if (!plan)
            return refusal;
        plans->append(*plan);
    }
    return {};
}

QString PackageImport::store(const QList<PreparedEvidence> &placed, QList<ImportPlan::Plan> &plans,
    const QJsonObject &manifest, const QString &source, int filesStored)
{
    // Files placed first (as evidence is), then every row in one transaction.
    const QList<PreparedEvidence> &files = placed;
    const auto removeFiles = [&] {
        for (const PreparedEvidence &p : files)
            m_store.discardPlaced(p.sha256);
    };
    if (QString why; !m_store.placeFiles(files, &why)) {
        removeFiles();
        for (const PreparedEvidence &p : files)
            m_store.discardStaged(p); // the ones not moved yet
        return tr("The files cannot be stored (is the disk full?). Nothing was imported.");
    }
    const QJsonValue from = manifest.value(QStringLiteral("installation")).toObject().value(QStringLiteral("origin"));
    QString why, refusal;
    const bool ok = Sql::inTransaction(m_db, &why, [&](QString *e) {
        for (const PreparedEvidence &p : files)
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
                { QStringLiteral("files_stored"), filesStored } },
            e);
    });
    if (!ok) {
        removeFiles();
        return !refusal.isEmpty() ? refusal : tr("The package could not be stored: %1 Nothing was imported.").arg(why);
    }
    return {};
}

void PackageImport::makeCopies(EvidenceStore &store, const QStringList &files, const Progress &progress)
{
    ImageDecoder::loadPluginsHere(); // before the threads make thumbnails (see there)
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
