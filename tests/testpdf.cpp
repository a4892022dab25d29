#include "testpdf.h"

#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

namespace TestPdf {

namespace {
QString mincho()
{
    static const QString family = [] {
        const int id = QFontDatabase::addApplicationFont(
            QStringLiteral("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"));
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        return families.isEmpty() ? QStringLiteral("serif") : families.first();
    }();
    return family;
}
} // namespace

bool writeText(const QString &text, const QString &path, int charsPerLine)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont font(mincho());
    font.setPointSizeF(10.5);
    painter.setFont(font);
    const int lineHeight = painter.fontMetrics().height() * 3 / 2;
    const int pageHeight = writer.height();
    const int bottom = pageHeight - 4 * lineHeight;
    int y = lineHeight;
    int page = 1;
    auto footer = [&] {
        painter.drawText(QRect(0, pageHeight - 2 * lineHeight, writer.width(), lineHeight),
            Qt::AlignCenter, QStringLiteral("- %1 -").arg(page));
    };
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        QStringList pieces;
        for (qsizetype i = 0; i < line.size(); i += charsPerLine)
            pieces << line.mid(i, charsPerLine);
        if (pieces.isEmpty())
            pieces << QString();
        for (const QString &piece : std::as_const(pieces)) {
            if (y > bottom) {
                footer();
                writer.newPage();
                ++page;
                y = lineHeight;
            }
            painter.drawText(0, y, piece);
            y += lineHeight;
        }
    }
    footer();
    return painter.end();
}

bool writeImageOnly(const QString &path)
{
    QPdfWriter writer(path);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QImage scan(600, 800, QImage::Format_Grayscale8);
    scan.fill(Qt::white);
    for (int y = 100; y < 700; y += 20)
        for (int x = 50; x < 550; ++x)
            scan.setPixel(x, y, qRgb(0, 0, 0));
    painter.drawImage(QRect(0, 0, writer.width(), writer.height()), scan);
    return painter.end();
}

} // namespace TestPdf
