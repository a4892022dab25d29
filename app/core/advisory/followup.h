#pragma once

#include "advisory/advisory.h"

#include <QSqlDatabase>
#include <QPair>
#include <QStringList>
#include <QVariantList>

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

    /// The contractor's improvement report, recorded by actor; attachments are files (PDF or
    /// images) stored like evidence, under their SHA-256.
    bool respond(qint64 itemId, const QDate &date, const QString &actor, const QString &text,
        const QStringList &attachments, QString *error = nullptr);
    /// Verified on site or on paper: how (note), with the evidence seen.
    bool verify(qint64 itemId, const QDate &date, const QString &actor, const QString &note,
        const QStringList &attachments = {}, QString *error = nullptr);
    bool returnItem(qint64 itemId, const QDate &date, const QString &actor, const QString &reason,
        QString *error = nullptr);
    /// Closes a verified item; a recommendation can be closed at any point. The note (how it
    /// was concluded) is optional.
    bool close(qint64 itemId, const QDate &date, const QString &actor, const QString &note = {},
        QString *error = nullptr);
    /// Closes a recommendation as not required (対応不要), with the reason.
    bool notRequired(qint64 itemId, const QDate &date, const QString &actor, const QString &reason,
        QString *error = nullptr);

    /// The item's history, oldest first, including that of the item it replaces (corrections).
    QList<FollowUpEvent> events(qint64 itemId) const;
    /// The date of the item's last step, its predecessors' before a correction included.
    QDate lastStepOn(qint64 itemId) const;
    /// Items not yet verified or closed that have a deadline, soonest first, across audits.
    /// overdueOnly keeps those whose deadline is before today.
    QList<DueItem> due(const QDate &today, bool overdueOnly = false) const;
    /// Every item of every issued letter, closed ones too, by deadline: the ledger's rows.
    QList<DueItem> ledger(const QDate &today) const;
    /// The same for one audit's letters (the audit's Excel workbook).
    QList<DueItem> ledger(const QDate &today, qint64 auditId) const;

    /// The files attached to an event: (name, SHA-256), read through the evidence store.
    QList<QPair<QString, QString>> attachmentFiles(qint64 eventId) const; // (name, sha256)

private:
    bool step(qint64 itemId, std::initializer_list<FollowUpState> from, FollowUpState to,
        const QString &kind, const QDate &date, const QString &actor, const QString &text,
        QString *why, qint64 *eventId, const QString &outcome = {});
    bool stepWithFiles(qint64 itemId, std::initializer_list<FollowUpState> from, FollowUpState to,
        const QString &kind, const QDate &date, const QString &actor, const QString &text,
        const QStringList &attachments, QString *error);
    QList<DueItem> rows(const QDate &today, const QString &where, const QVariantList &binds) const;

    QSqlDatabase m_db;
    EvidenceStore &m_store;
};

} // namespace Kansa
