#pragma once

#include "crypto/agekeys.h"
#include "evidence/evidencepreparer.h"

#include <QSqlDatabase>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace Kansa {

class EvidenceStore;
namespace ImportPlan {
struct Plan;
}

/// Reads an encrypted package (PackageFormat) into the database. Everything is checked before
/// anything is stored: the encryption (key or passphrase, every byte authenticated), the
/// layout, every file against its SHA-256, every history chain; then the files are placed as
/// evidence is, and the audits go in in one transaction, so that a bad package, a cancel or a
/// full disk leaves nothing of it behind.
class PackageImport
{
public:
    PackageImport(QSqlDatabase db, EvidenceStore &store);

    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Outcome
    {
        enum Kind {
            Imported, // new here
            Unchanged, // everything it holds is here already
            Conflict, // ours and the package's diverged: it waits for the user (once, however often it comes)
            Updated, // it continues what we hold: applied in place (the audit keeps its id)
        };
        Kind kind = Imported;
        QString uid;
        QString contractor;
        qint64 auditId = 0; // the audit imported, or ours (unchanged, conflict)
        qint64 conflictId = 0;
        QStringList differences;
        QDateTime disposedBefore; // an audit this office disposed of, back from a package
        QString signedBy; // the fingerprint of the key that signed the package's checkpoint of its head
    };
    struct Result
    {
        QString error; // empty on success, else what was wrong and what to do, in the user's language
        bool wrongKey = false; // the key or passphrase given does not open it (ask again)
        QList<Outcome> audits;
        int filesStored = 0; // new evidence files
        int filesKnown = 0; // files this database had already (stored once)
        QStringList newFiles; // SHA-256 of the files stored (their copies are not made yet)
    };
    /// What is wrong with the file before any key is asked for (missing, a folder, unreadable,
    /// not an age file), in the user's language; empty when it may be a package.
    static QString precheck(const QString &path);

    Result read(const QString &path, const QList<AgeIdentity> &identities, const QList<QByteArray> &passphrases,
        const Progress &progress = {});

    /// Makes the thumbnails and print copies of the files an import stored (packages carry
    /// originals only), on every core; returning false from progress stops (the rest are made
    /// when first shown). Touches no database.
    static void makeCopies(EvidenceStore &store, const QStringList &files, const Progress &progress = {});

private:
    QString storeRefusal() const;
    QString planAll(const QList<QJsonObject> &records, QList<ImportPlan::Plan> *plans) const;
    QString store(const QList<PreparedEvidence> &placed, QList<ImportPlan::Plan> &plans, const QJsonObject &manifest,
        const QString &source, int filesStored);

    QSqlDatabase m_db;
    EvidenceStore &m_store;
};

} // namespace Kansa
