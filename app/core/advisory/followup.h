#pragma once

#include "advisory/advisory.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Kansa {

class EvidenceStore;

/// Follow-up of advisory items until each is closed (000 第11 ４):
/// open → responded (the contractor's report, with attachments) → verified or returned;
/// returned → responded again; verified → closed. Each step is one transaction with its event;
/// when the last item of an audit closes, the audit becomes 完了.
class FollowUp
{
public:
    FollowUp(QSqlDatabase db, EvidenceStore &store);

    /// The contractor's improvement report; attachments are files (PDF or images) stored like
    /// evidence, under their SHA-256.
    bool respond(qint64 itemId, const QDate &date, const QString &text,
        const QStringList &attachments, QString *error = nullptr);
    bool verify(qint64 itemId, const QDate &date, const QString &actor, const QString &note,
        QString *error = nullptr);
    bool returnItem(qint64 itemId, const QDate &date, const QString &actor, const QString &reason,
        QString *error = nullptr);
    bool close(qint64 itemId, const QDate &date, const QString &actor, QString *error = nullptr);

    QList<FollowUpEvent> events(qint64 itemId) const;
    /// Items not yet verified or closed that have a deadline, soonest first, across audits.
    /// overdueOnly keeps those whose deadline is before today.
    QList<DueItem> due(const QDate &today, bool overdueOnly = false) const;

private:
    bool step(qint64 itemId, std::initializer_list<FollowUpState> from, FollowUpState to,
        const QString &kind, const QDate &date, const QString &actor, const QString &text,
        QString *why, qint64 *eventId);

    QSqlDatabase m_db;
    EvidenceStore &m_store;
};

} // namespace Kansa
