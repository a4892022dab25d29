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

} // namespace Kansa
