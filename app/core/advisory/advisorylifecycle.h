#pragma once

#include "advisory/advisory.h"

#include <QSqlDatabase>

namespace Kansa {

/// The life of a letter: a draft made from the audit's findings, edited (AdvisoryRepository),
/// then issued — its number taken and the issuer, contact and wording stored with it — and,
/// if it was wrong, corrected by a new letter that refers to it (訂正), never edited.
class AdvisoryLifecycle
{
public:
    explicit AdvisoryLifecycle(QSqlDatabase db);

    /// A draft letter of the audit's non-conformities (major, then minor, in checklist order)
    /// and its observations as recommendations: those with text are included when
    /// includeObservations, the others are listed, left out. Each non-conformity gets the
    /// default deadline of its severity, moved to a business day. An audit whose checklist is
    /// not signed is refused unless allowUnsigned; so is a second draft.
    qint64 create(qint64 auditId, const QDate &issuedOn, bool includeObservations,
        bool allowUnsigned, QString *error = nullptr);

    /// Issues a draft in one transaction: refuses a letter without issuer settings, without
    /// items, with an item lacking its finding or (for a non-conformity) its deadline; drops
    /// the items left out and numbers the rest; takes the next document number; stores the
    /// settings; marks the audit 勧告済 and records who issued it. A correction supersedes
    /// the letter it corrects.
    /// The office's 起案 → 決裁: who prepared the letter, who approved it and on which day
    /// (the letter's date). Refused when an issued letter carries a later date: numbers are
    /// given in order, and a later number never carries an earlier date.
    struct Approval
    {
        QString draftedBy;
        QString approvedBy;
        QDate approvedOn;
    };
    bool issue(qint64 advisoryId, const Approval &approval, QString *error = nullptr);
    /// Drafted and approved by actor, dated as the draft is.
    bool issue(qint64 advisoryId, const QString &actor, QString *error = nullptr);
    /// The issued letter with the latest date (of any audit), if any.
    std::optional<Advisory> latestIssued() const;

    /// A draft correcting an issued letter: its items copied (with their follow-up state, each
    /// naming the item it replaces), dated the given day. Returns the new draft's id.
    qint64 correct(qint64 advisoryId, const QDate &issuedOn, QString *error = nullptr);

    /// What reopening the audit's checklist means for its issued letter, shown before a
    /// reopen (GUI) and after it (CLI); empty when no letter was issued.
    QString reopenNotice(qint64 auditId) const;

private:
    QSqlDatabase m_db;
};

} // namespace Kansa
