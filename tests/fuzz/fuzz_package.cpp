// libFuzzer target for the inside of audit packages (`./dev fuzz package`): arbitrary bytes
// through the ustar reader, every entry read to its end. Seed corpus: tests/fuzz/corpus/package.
#include "package/tararchive.h"
#include "fuzzapplication.h"

#include <QBuffer>

#include <cstdint>

using namespace Kansa;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Kansa::Fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer in;
    in.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    in.open(QIODevice::ReadOnly);
    TarArchive::Reader reader(in);
    int entries = 0;
    while (const auto e = reader.next()) {
        if (!TarArchive::isValidName(e->name) || e->size < 0)
            __builtin_trap(); // the reader only gives names and sizes it accepts
        while (!reader.read(4096).isEmpty()) {
        }
        if (++entries > 100000)
            break;
    }
    return 0;
}
