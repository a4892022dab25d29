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

/// A letter is a draft (editable, no number) until it is issued; an issued letter that a
/// correction replaced is superseded. Issued and superseded letters never change.
enum class AdvisoryStatus { Draft, Issued, Superseded };

namespace AdvisoryStatuses {
QString key(AdvisoryStatus s); // "draft", "issued", "superseded"
std::optional<AdvisoryStatus> fromKey(const QString &key);
QString label(AdvisoryStatus s);
} // namespace AdvisoryStatuses

/// How a closed item ended: improved (verified, then closed) or, for a recommendation, not
/// required (対応不要).
inline const char *kNotRequired = "not_required";

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
    bool included = true; // a draft's item left out stays a row, unprinted; gone once issued
    qint64 replacesItemId = 0; // in a correction: the first letter's item
    QString resolution; // "" or kNotRequired, once closed

    bool notRequired() const { return state == FollowUpState::Closed && resolution == QLatin1String(kNotRequired); }
    /// The state in the UI language, 対応不要 for a recommendation closed as not required.
    QString stateLabel() const;
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
    AdvisoryStatus status = AdvisoryStatus::Draft;
    QString body; // the body text as edited; empty for the standard wording
    QString snapshot; // issued: the settings it was issued with (JSON of settings keys)
    qint64 correctsId = 0; // a correction (訂正): the letter it corrects
    QString issuedBy; // who approved it (決裁); the approval date is issuedOn
    QString draftedBy; // who prepared it (起案)
    QList<AdvisoryItem> items;

    bool isDraft() const { return status == AdvisoryStatus::Draft; }
};

/// One step of an item's follow-up.
struct FollowUpEvent
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString kind; // response, verified, returned, closed
    QString outcome; // for closed: "" or kNotRequired
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
    QDate issuedOn;
    int daysLeft = 0; // negative when overdue
    QDate lastEventOn; // the latest follow-up step's date, invalid when none
    QDate reportedOn; // the contractor's latest report (報告日), invalid when none
    QString report; // what it said (報告内容)
    QDate verifiedOn; // the latest verification (確認日), invalid when none
    QString verifiedBy; // who verified (確認者)
};

} // namespace Kansa
