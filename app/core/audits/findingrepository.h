#pragma once

#include "audits/checkitem.h"

#include <QHash>
#include <QSqlDatabase>

namespace Kansa {

/// Reads and writes findings. Every write is one transaction that also updates the search
/// index and moves a Preparing audit to In progress, so a write is either wholly there or not.
class FindingRepository
{
public:
    explicit FindingRepository(QSqlDatabase db);

    QHash<qint64, Finding> forAudit(qint64 auditId) const; // by check item id
    Finding load(qint64 checkItemId) const;

    bool setVerdict(qint64 auditId, qint64 checkItemId, Verdict verdict, QString *error = nullptr);
    bool setText(qint64 auditId, qint64 checkItemId, FindingField field, const QString &text,
        QString *error = nullptr);
    /// Writes the finding's search entry (also for a row inserted by a package import).
    bool reindex(qint64 auditId, qint64 checkItemId, QString *error);

private:
    bool touchAudit(qint64 auditId, QString *error);

    QSqlDatabase m_db;
};

} // namespace Kansa
