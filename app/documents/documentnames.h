#pragma once

#include <QDate>
#include <QString>

namespace Kansa::DocumentNames {

/// A file name a municipality can file by: "<kind>_<contractor>_<yyyymmdd>", with characters
/// that file systems refuse replaced.
QString baseName(const QString &kind, const QString &contractor, const QDate &date);

} // namespace Kansa::DocumentNames
