#include "audits/audit.h"

#include <QCoreApplication>

namespace Kansa {

QString AuditStatuses::key(AuditStatus s)
{
    switch (s) {
    case AuditStatus::Preparing:
        break;
    case AuditStatus::InProgress:
        return QStringLiteral("in_progress");
    case AuditStatus::Signing:
        return QStringLiteral("signing");
    case AuditStatus::Signed:
        return QStringLiteral("signed");
    case AuditStatus::Advised:
        return QStringLiteral("advised");
    case AuditStatus::Completed:
        return QStringLiteral("completed");
    }
    return QStringLiteral("preparing");
}

AuditStatus AuditStatuses::fromKey(const QString &k)
{
    for (AuditStatus s : { AuditStatus::InProgress, AuditStatus::Signing, AuditStatus::Signed, AuditStatus::Advised,
             AuditStatus::Completed })
        if (key(s) == k)
            return s;
    return AuditStatus::Preparing;
}

QString AuditStatuses::label(AuditStatus s)
{
    auto tr = [](const char *t) { return QCoreApplication::translate("Kansa::AuditStatuses", t); };
    switch (s) {
    case AuditStatus::Preparing:
        break;
    case AuditStatus::InProgress:
        return tr("In progress");
    case AuditStatus::Signing:
        return tr("Partly signed");
    case AuditStatus::Signed:
        return tr("Signed");
    case AuditStatus::Advised:
        return tr("Advised");
    case AuditStatus::Completed:
        return tr("Completed");
    }
    return tr("Preparing");
}

QString AuditKinds::key(AuditKind k)
{
    return k == AuditKind::Adhoc ? QStringLiteral("adhoc") : QStringLiteral("periodic");
}

std::optional<AuditKind> AuditKinds::fromKey(const QString &k)
{
    if (k == QStringLiteral("periodic"))
        return AuditKind::Periodic;
    if (k == QStringLiteral("adhoc"))
        return AuditKind::Adhoc;
    return std::nullopt;
}

QString AuditKinds::label(AuditKind k)
{
    auto tr = [](const char *t) { return QCoreApplication::translate("Kansa::AuditKinds", t); };
    return k == AuditKind::Adhoc ? tr("Ad hoc") : tr("Periodic");
}

} // namespace Kansa
