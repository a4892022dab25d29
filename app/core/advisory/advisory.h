#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Kansa {

/// How binding an advisory item is: non-conformities carry a deadline, recommendations
/// (推奨事項, from observations) do not.
enum class AdvisorySeverity { Major, Minor, Recommendation };

namespace AdvisorySeverities {
QString key(AdvisorySeverity s); // "major", "minor", "recommendation"
std::optional<AdvisorySeverity> fromKey(const QString &key);
QString label(AdvisorySeverity s); // in the UI language
QString japanese(AdvisorySeverity s); // for the letter: 重大な不適合, 軽微な不適合, 推奨事項
} // namespace AdvisorySeverities

/// Where an advisory item stands in follow-up (000 第11 ４).
enum class FollowUpState { Open, Responded, Verified, Returned, Closed };

namespace FollowUpStates {
QString key(FollowUpState s); // "open", "responded", "verified", "returned", "closed"
std::optional<FollowUpState> fromKey(const QString &key);
QString label(FollowUpState s);
} // namespace FollowUpStates

/// One item of the letter: the clause it cites, what was found, what must improve, by when.
struct AdvisoryItem
{
    qint64 id = 0;
    qint64 advisoryId = 0;
    int ordinal = 0; // 1-based, as numbered in the letter
    qint64 checkItemId = 0;
    AdvisorySeverity severity = AdvisorySeverity::Minor;
    QString clause; // 第１１第３項
    QString finding;
    QString improvement;
    QDate deadline; // invalid for recommendations
    FollowUpState state = FollowUpState::Open;
};

/// The improvement recommendation letter (改善勧告書) of one audit.
struct Advisory
{
    qint64 id = 0;
    qint64 auditId = 0;
    int sequence = 0;
    QString documentNumber; // 小諸市情第１２号
    QDate issuedOn;
    QString addressee; // the contractor and representative
    QString honorific; // 様 or 殿
    QList<AdvisoryItem> items;
};

/// One step of an item's follow-up.
struct FollowUpEvent
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString kind; // response, verified, returned, closed
    QDate date;
    QString actor;
    QString text;
    QStringList attachments; // original file names
};

/// A row of the follow-up dashboard.
struct DueItem
{
    AdvisoryItem item;
    qint64 auditId = 0;
    QString contractor;
    QString documentNumber;
    int daysLeft = 0; // negative when overdue
};

} // namespace Kansa
