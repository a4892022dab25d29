// libFuzzer target for the text import: arbitrary bytes through the text decoder (encodings,
// BOMs) and the clause parser, as ClauseImporter reads a .txt (`./dev fuzz clauses`). Seed corpus:
// tests/fuzz/corpus/clauses (the layout fixtures and the built-in documents).
#include "clauseimport/clauseparser.h"
#include "clauseimport/clausereview.h"
#include "clauseimport/textdecoder.h"
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
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.error.isError()) {
        // The review's invariants: every line read, the parse rebuilt from its readings and from
        // the lines of the stored document, and a correction assembled without fault.
        ClauseReview review = ClauseReview::ofText(decoded.text);
        const ClauseDocument &doc = review.document();
        if (assembleClauses(linesOfDocument(doc)).document != doc)
            __builtin_trap();
        if (!review.lines().isEmpty()) {
            const int row = int(size % size_t(review.lines().size()));
            review.setKind({ row }, LineReading::Kind(size % (LineReading::Omitted + 1)));
            (void)review.problem();
        }
    }
    return 0;
}
