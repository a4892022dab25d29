#include "documentnames.h"

namespace Kansa::DocumentNames {

QString baseName(const QString &kind, const QString &contractor, const QDate &date)
{
    QString who = contractor.simplified();
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : who)
        if (forbidden.contains(c) || c.isSpace() || c.unicode() < 0x20)
            c = u'_';
    QString name = kind;
    if (!who.isEmpty())
        name += u'_' + who.left(40);
    if (date.isValid())
        name += u'_' + date.toString(QStringLiteral("yyyyMMdd"));
    return name;
}

} // namespace Kansa::DocumentNames
