#include "evidence/evidence.h"

namespace Kansa {

QString EvidenceKinds::key(EvidenceKind k)
{
    switch (k) {
    case EvidenceKind::Document:
        return QStringLiteral("document");
    case EvidenceKind::Certificate:
        return QStringLiteral("certificate");
    case EvidenceKind::Photo:
        break;
    }
    return QStringLiteral("photo");
}

EvidenceKind EvidenceKinds::fromKey(const QString &k)
{
    if (k == QStringLiteral("document"))
        return EvidenceKind::Document;
    if (k == QStringLiteral("certificate"))
        return EvidenceKind::Certificate;
    return EvidenceKind::Photo;
}

} // namespace Kansa
