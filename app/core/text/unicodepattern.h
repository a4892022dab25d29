#pragma once

#include <QRegularExpression>

namespace Kansa {

/// A regular expression over document text in which \s, \d and \w follow Unicode, so that \s
/// matches the ideographic space (U+3000) Japanese documents indent with. Qt's default does not.
inline QRegularExpression unicodePattern(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace Kansa
