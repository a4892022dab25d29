#include "checkitem.h"

#include <QCoreApplication>

namespace Kansa {

QString CheckItem::reference() const
{
    QString ref = articleNumber;
    if (paragraphOrdinal > 1)
        ref += QCoreApplication::translate("Kansa::CheckItem", " paragraph %1")
                   .arg(paragraphOrdinal);
    if (!itemLabel.isEmpty())
        ref += QLatin1Char(' ') + itemLabel;
    return ref;
}

QString CheckItem::citation() const
{
    QString ref = articleNumber;
    if (paragraphOrdinal > 1) {
        bool fullWidth = false;
        for (QChar c : articleNumber)
            fullWidth = fullWidth || (c >= u'０' && c <= u'９');
        QString n = QString::number(paragraphOrdinal);
        if (fullWidth)
            for (QChar &c : n)
                c = QChar(c.unicode() - u'0' + u'０');
        ref += QStringLiteral("第") + n + QStringLiteral("項");
    }
    return ref + itemLabel;
}

} // namespace Kansa
