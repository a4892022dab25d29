#pragma once

#include <QString>

namespace Kansa::HtmlText {

/// Text as HTML: escaped, with line breaks kept.
QString para(const QString &text);

/// Half-width ASCII digits to full-width, for body text of Japanese documents.
QString fullWidthDigits(const QString &text);

} // namespace Kansa::HtmlText
