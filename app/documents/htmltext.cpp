#include "htmltext.h"

namespace Kansa::HtmlText {

QString para(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace Kansa::HtmlText
