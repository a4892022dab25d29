#include "htmltext.h"

namespace Kansa::HtmlText {

QString para(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString fullWidthDigits(const QString &text)
{
    QString s = text;
    for (QChar &c : s)
        if (c >= u'0' && c <= u'9')
            c = QChar(c.unicode() - u'0' + u'０');
    return s;
}

} // namespace Kansa::HtmlText
