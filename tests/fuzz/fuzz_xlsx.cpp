// libFuzzer target for Excel checklists and photo markup (`./dev fuzz xlsx`). The input's first
// byte chooses the path: the whole workbook through ClauseImporter (zip checks, part limits,
// header detection, rows into articles); the parts' XML straight into the sheet reader (shared
// strings, styles and sheet split at NUL bytes), where mutations reach what a zip's CRC would
// shield; or photo markup JSON (it comes in packages), drawn onto a small image.
// Seed corpus: tests/fuzz/corpus/xlsx.
#include "evidence/markuppainter.h"
#include "evidence/photomarkup.h"
#include "fuzzapplication.h"
#include "clauseimport/checklistsheet.h"
#include "clauseimport/clauseimporter.h"
#include "clauseimport/xlsxworkbook.h"

#include <QImage>

#include <cstdint>

using namespace Kansa;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Kansa::Fuzz::startApplication(argc, argv, true); // text labels need fonts, as in kansa-cli
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0:
        (void)ClauseImporter::readBytes(bytes, QStringLiteral("fuzz.xlsx"));
        return 0;
    case 1: {
        const QList<QByteArray> parts = bytes.split('\0');
        const XlsxWorkbook::Result book = XlsxWorkbook::readXml(parts.value(0), parts.value(1), parts.value(2));
        if (!book.error.isError()) {
            const ChecklistSheet::Result r = ChecklistSheet::read(book.sheets, {}, QStringLiteral("fuzz"));
            if (!r.error.isError() && r.document.articles.isEmpty())
                __builtin_trap(); // a checklist is never stored without articles
        }
        return 0;
    }
    default: {
        const std::optional<PhotoMarkup> m = PhotoMarkup::fromJson(QString::fromUtf8(bytes));
        if (m) {
            // Accepted markup stays within its bounds, and its JSON (points rounded) reads back as written.
            const auto again = PhotoMarkup::fromJson(m->toJson());
            if (m->shapes.size() > PhotoMarkup::MaxShapes || !again || again->toJson() != m->toJson())
                __builtin_trap();
            QImage image(64, 48, QImage::Format_RGB32);
            image.fill(Qt::gray);
            (void)MarkupPainter::flattened(image, *m);
        }
        return 0;
    }
    }
}
