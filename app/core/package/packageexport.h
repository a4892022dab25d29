#pragma once

#include "crypto/age.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Kansa {

class EvidenceStore;

/// Writes audits into an encrypted package (PackageFormat). The file appears only when it is
/// complete (written beside it, then renamed); each audit's history gets a checkpoint of the
/// head the package carries and, once the file is there, an "exported" entry.
class PackageExport
{
public:
    PackageExport(QSqlDatabase db, EvidenceStore &store);

    /// done and total in bytes of content; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Result
    {
        QString error; // empty on success, else in the user's language
        qint64 bytes = 0; // the package's size
        int files = 0; // evidence files in it
    };
    Result write(const QList<qint64> &auditIds, const QString &path, const Age::Writer::Recipients &to,
        const Progress &progress = {});

private:
    QSqlDatabase m_db;
    EvidenceStore &m_store;
};

} // namespace Kansa
