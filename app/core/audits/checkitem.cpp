#include "audits/checkitem.h"

#include "calendar/japanesenumerals.h"

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
    if (paragraphOrdinal > 1)
        ref += QStringLiteral("第") + JapaneseNumerals::inDigitsOf(paragraphOrdinal, articleNumber) + QStringLiteral("項");
    return ref + itemLabel;
}

QString CheckItem::citationOfRow(const QJsonObject &row)
{
    CheckItem item;
    item.articleNumber = row.value(QStringLiteral("article_number")).toString();
    item.paragraphOrdinal = row.value(QStringLiteral("paragraph_ordinal")).toInt();
    item.itemLabel = row.value(QStringLiteral("item_label")).toString();
    if (!item.articleNumber.isEmpty())
        return item.citation();
    return QCoreApplication::translate("Kansa::CheckItem", "check item %1")
        .arg(qint64(row.value(QStringLiteral("ordinal")).toDouble()));
}

} // namespace Kansa
