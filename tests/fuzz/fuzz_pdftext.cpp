// libFuzzer target for the PDF text import (`./dev fuzz pdftext`): arbitrary bytes through
// Poppler's text extraction, as ClauseImporter reads a PDF, and the parser. Seed corpus:
// tests/fuzz/corpus/pdftext.
#include "clauseimport/clauseparser.h"
#include "clauseimport/pdftextextractor.h"
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
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const PdfTextExtractor::Result r = PdfTextExtractor::extract(bytes);
    if (!r.error.isError())
        (void)ClauseParser::parse(r.text).paragraphCount();
    return 0;
}
