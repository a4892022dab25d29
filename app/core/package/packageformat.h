#pragma once

#include <QString>

/// The layout of an audit package (docs/package-format.md): an age file whose content is a
/// ustar archive holding, in this order, the manifest, one record per audit and the evidence
/// files under their SHA-256.
namespace Kansa::PackageFormat {

constexpr int Version = 1;
inline QString formatName() { return QStringLiteral("kansa-package"); }
inline QString manifestName() { return QStringLiteral("kansa-package.json"); }
inline QString recordName(const QString &uid) { return QStringLiteral("audits/%1.json").arg(uid); }
inline QString blobName(const QString &sha256) { return QStringLiteral("blobs/%1").arg(sha256); }

constexpr qint64 MaxManifestBytes = 4 * 1024 * 1024;
constexpr qint64 MaxRecordBytes = 512LL * 1024 * 1024; // signatures carry their images and content

} // namespace Kansa::PackageFormat
