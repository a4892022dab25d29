#pragma once

#include <QDate>
#include <QString>

namespace Kansa {

/// What a piece of evidence (証跡) is.
enum class EvidenceKind { Photo, Document, Certificate };

namespace EvidenceKinds {
QString key(EvidenceKind k);
EvidenceKind fromKey(const QString &key);
} // namespace EvidenceKinds

/// An ISO/IEC 27001 certificate or third-party audit accepted in place of an inspection
/// (002 第9条).
struct Certificate
{
    QString issuer;
    QString number;
    QString scope;
    QDate validUntil;
    bool operator==(const Certificate &) const = default;

    /// True when the certificate was no longer valid on the given day.
    bool expiredOn(const QDate &day) const { return validUntil.isValid() && validUntil < day; }
};

/// One piece of evidence attached to a check item. Photo and document files live in the
/// evidence store under their SHA-256; a certificate may carry a scan or none.
struct Evidence
{
    qint64 id = 0;
    QString uid; // the same in every installation (the history names the evidence by it)
    qint64 auditId = 0;
    qint64 checkItemId = 0;
    EvidenceKind kind = EvidenceKind::Photo;
    QString sha256; // empty when no file
    QString originalName;
    QString mediaType;
    QString caption;
    int width = 0; // photos, upright
    int height = 0;
    Certificate certificate;
    QString markup; // photos: what is drawn on them, as PhotoMarkup JSON ("" = nothing)
    bool operator==(const Evidence &) const = default;
};

} // namespace Kansa
