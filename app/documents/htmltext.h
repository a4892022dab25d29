#pragma once

#include <QString>

namespace Kansa::HtmlText {

/// Text as HTML: escaped, with line breaks kept.
QString para(const QString &text);

} // namespace Kansa::HtmlText
