#include "text/counttext.h"

#include <QCoreApplication>

namespace Kansa::CountText {

QString articles(int n)
{
    return QCoreApplication::translate("Kansa::CountText", "%n article(s)", nullptr, n);
}
QString paragraphs(int n)
{
    return QCoreApplication::translate("Kansa::CountText", "%n paragraph(s)", nullptr, n);
}
QString items(int n)
{
    return QCoreApplication::translate("Kansa::CountText", "%n item(s)", nullptr, n);
}
QString obligations(int n)
{
    return QCoreApplication::translate("Kansa::CountText", "%n obligation(s)", nullptr, n);
}

} // namespace Kansa::CountText
