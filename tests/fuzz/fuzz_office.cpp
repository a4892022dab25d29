// libFuzzer target for Word and OpenDocument files (`./dev fuzz office`). The input's first byte
// chooses the path: the whole package through ClauseImporter (zip checks, part limits), or its
// XML straight into the .docx or .odt reader (document, numbering and styles split at NUL
// bytes), where mutations reach the numbering and nesting code that a zip's CRC would shield.
// Seed corpus: tests/fuzz/corpus/office.
#include "clauseimport/clauseimporter.h"
#include "clauseimport/clauseparser.h"
#include "clauseimport/docxtextextractor.h"
#include "clauseimport/odttextextractor.h"
#include "fuzzapplication.h"


#include <cstdint>

using namespace Kansa;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Kansa::Fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QList<QByteArray> parts = bytes.split('\0');
    QString text;
    switch (data[0] % 3) {
    case 0:
        (void)ClauseImporter::readBytes(bytes, QStringLiteral("fuzz.docx"));
        return 0;
    case 1:
        text = DocxTextExtractor::extractXml(parts.value(0), parts.value(1), parts.value(2)).text;
        break;
    default:
        text = OdtTextExtractor::extractXml(parts.value(0), parts.value(1)).text;
        break;
    }
    (void)ClauseParser::parse(text).paragraphCount();
    return 0;
}
