#include "advisoryjson.h"

namespace Kansa::Cli {

QJsonObject advisoryItemJson(const AdvisoryItem &i)
{
    return QJsonObject {
        { QStringLiteral("id"), i.id },
        { QStringLiteral("ordinal"), i.ordinal },
        { QStringLiteral("clause"), i.clause },
        { QStringLiteral("severity"), AdvisorySeverities::key(i.severity) },
        { QStringLiteral("finding"), i.finding },
        { QStringLiteral("improvement"), i.improvement },
        { QStringLiteral("deadline"),
            i.deadline.isValid() ? QJsonValue(i.deadline.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("state"), FollowUpStates::key(i.state) },
        { QStringLiteral("resolution"), i.resolution },
    };
}

} // namespace Kansa::Cli
