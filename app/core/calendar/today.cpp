#include "today.h"

#include <QtGlobal>

namespace Kansa::Today {

QDate date()
{
    const QByteArray fixed = qgetenv("KANSA_TODAY");
    if (!fixed.isEmpty()) {
        const QDate d = QDate::fromString(QString::fromLatin1(fixed), Qt::ISODate);
        if (d.isValid())
            return d;
    }
    return QDate::currentDate();
}

} // namespace Kansa::Today
