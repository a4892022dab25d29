// libFuzzer target for the text import: arbitrary bytes through the text decoder (encodings,
// BOMs) and the clause parser, as ClauseImporter reads a .txt (`./dev fuzz clauses`). Seed corpus:
// tests/fuzz/corpus/clauses (the layout fixtures and the built-in documents).
#include "import/clauseparser.h"
#include "import/textdecoder.h"

#include <QCoreApplication>

#include <cstdint>

using namespace Kansa;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.error.isError()) {
        const ClauseDocument doc = ClauseParser::parse(decoded.text);
        (void)doc.paragraphCount();
    }
    return 0;
}
