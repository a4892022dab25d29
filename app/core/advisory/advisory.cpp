#include "advisory/advisory.h"

#include <QCoreApplication>

namespace Kansa {

QString AdvisorySeverities::key(AdvisorySeverity s)
{
    switch (s) {
    case AdvisorySeverity::Major: return QStringLiteral("major");
    case AdvisorySeverity::Minor: return QStringLiteral("minor");
    case AdvisorySeverity::Recommendation: return QStringLiteral("recommendation");
    }
    return {};
}

std::optional<AdvisorySeverity> AdvisorySeverities::fromKey(const QString &key)
{
    for (AdvisorySeverity s :
        { AdvisorySeverity::Major, AdvisorySeverity::Minor, AdvisorySeverity::Recommendation })
        if (AdvisorySeverities::key(s) == key)
            return s;
    return std::nullopt;
}

QString AdvisorySeverities::label(AdvisorySeverity s)
{
    switch (s) {
    case AdvisorySeverity::Major:
        return QCoreApplication::translate("Kansa::AdvisorySeverities", "Major non-conformity");
    case AdvisorySeverity::Minor:
        return QCoreApplication::translate("Kansa::AdvisorySeverities", "Minor non-conformity");
    case AdvisorySeverity::Recommendation:
        return QCoreApplication::translate("Kansa::AdvisorySeverities", "Recommendation");
    }
    return {};
}

QString AdvisorySeverities::japanese(AdvisorySeverity s)
{
    switch (s) {
    case AdvisorySeverity::Major: return QStringLiteral("重大な不適合");
    case AdvisorySeverity::Minor: return QStringLiteral("軽微な不適合");
    case AdvisorySeverity::Recommendation: return QStringLiteral("推奨事項");
    }
    return {};
}

QString FollowUpStates::key(FollowUpState s)
{
    switch (s) {
    case FollowUpState::Open: return QStringLiteral("open");
    case FollowUpState::Responded: return QStringLiteral("responded");
    case FollowUpState::Verified: return QStringLiteral("verified");
    case FollowUpState::Returned: return QStringLiteral("returned");
    case FollowUpState::Closed: return QStringLiteral("closed");
    }
    return {};
}

std::optional<FollowUpState> FollowUpStates::fromKey(const QString &key)
{
    for (FollowUpState s : { FollowUpState::Open, FollowUpState::Responded, FollowUpState::Verified,
             FollowUpState::Returned, FollowUpState::Closed })
        if (FollowUpStates::key(s) == key)
            return s;
    return std::nullopt;
}

QString FollowUpStates::label(FollowUpState s)
{
    switch (s) {
    case FollowUpState::Open: return QCoreApplication::translate("Kansa::FollowUpStates", "Open");
    case FollowUpState::Responded:
        return QCoreApplication::translate("Kansa::FollowUpStates", "Response received");
    case FollowUpState::Verified: return QCoreApplication::translate("Kansa::FollowUpStates", "Verified");
    case FollowUpState::Returned: return QCoreApplication::translate("Kansa::FollowUpStates", "Returned");
    case FollowUpState::Closed: return QCoreApplication::translate("Kansa::FollowUpStates", "Closed");
    }
    return {};
}

QString AdvisoryStatuses::key(AdvisoryStatus s)
{
    switch (s) {
    case AdvisoryStatus::Draft: return QStringLiteral("draft");
    case AdvisoryStatus::Issued: return QStringLiteral("issued");
    case AdvisoryStatus::Superseded: return QStringLiteral("superseded");
    }
    return {};
}

std::optional<AdvisoryStatus> AdvisoryStatuses::fromKey(const QString &key)
{
    for (AdvisoryStatus s : { AdvisoryStatus::Draft, AdvisoryStatus::Issued, AdvisoryStatus::Superseded })
        if (AdvisoryStatuses::key(s) == key)
            return s;
    return std::nullopt;
}

QString AdvisoryStatuses::label(AdvisoryStatus s)
{
    switch (s) {
    case AdvisoryStatus::Draft: return QCoreApplication::translate("Kansa::AdvisoryStatuses", "Draft");
    case AdvisoryStatus::Issued: return QCoreApplication::translate("Kansa::AdvisoryStatuses", "Issued");
    case AdvisoryStatus::Superseded:
        return QCoreApplication::translate("Kansa::AdvisoryStatuses", "Superseded by a correction");
    }
    return {};
}

QString AdvisoryItem::stateLabel() const
{
    return notRequired() ? QCoreApplication::translate("Kansa::FollowUpStates", "Not required")
                         : FollowUpStates::label(state);
}

} // namespace Kansa
