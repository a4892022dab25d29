// libFuzzer target for evidence at rest (`./dev fuzz atrest`): a stored file that is damaged,
// cut, extended or not one of ours at all must be refused, never read past, never crash, and
// the whole-file reader and the streaming device (a package export) must agree. The first byte
// picks what happens: the rest encrypted under a fixed key and then kept, cut, changed at a
// point or extended; or the rest taken as the file itself.
#include "crypto/filecipher.h"
#include "crypto/sha256.h"
#include "evidence/evidencefile.h"
#include "fuzzapplication.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

using namespace Kansa;

namespace {

QString filePath()
{
    static QTemporaryDir dir;
    return dir.filePath(QStringLiteral("fuzzed"));
}

const QByteArray &key()
{
    static const QByteArray k(FileCipher::KeyBytes, '\x5a');
    return k;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Kansa::Fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const int mode = data[0] % 5;
    const int at = data[1] | (data[2] << 8);
    const QByteArray rest(reinterpret_cast<const char *>(data) + 3, qsizetype(size - 3));
    QByteArray file;
    if (mode == 4) {
        file = rest; // taken as the stored file itself
    } else {
        // Chunks small enough for the fuzzer to reach several: the plaintext repeated.
        QByteArray plain;
        for (int i = 0; i < (data[1] & 3) + 1; ++i)
            plain += rest;
        plain = plain.repeated(FileCipher::ChunkSize / qMax<qsizetype>(1, plain.size()) * (data[2] & 1) + 1).left(3 * FileCipher::ChunkSize);
        QBuffer in, out;
        in.setData(plain);
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        if (FileCipher::encrypt(in, out, key()) != FileCipher::Error::None)
            __builtin_trap();
        file = out.data();
        const qsizetype pos = file.isEmpty() ? 0 : at % file.size();
        if (mode == 1)
            file.truncate(pos);
        else if (mode == 2 && !file.isEmpty())
            file[pos] = char(file.at(pos) ^ (1 + (data[1] >> 2)));
        else if (mode == 3)
            file += rest.left(16) + QByteArrayLiteral("x"); // at least one byte after the final chunk
        if (mode == 0) { // untouched: must read back exactly
            QFile f(filePath());
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(file);
            f.close();
            if (EvidenceFile::read(filePath(), key(), 1LL << 30).value_or(QByteArray("\x01")) != plain)
                __builtin_trap();
        }
    }
    QFile f(filePath());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(file) != file.size())
        return 0;
    f.close();
    const auto whole = EvidenceFile::read(filePath(), key(), 1LL << 30);
    EvidenceFile::Reader reader(filePath(), key());
    QByteArray streamed;
    bool streamOk = reader.open(QIODevice::ReadOnly);
    if (streamOk) {
        for (;;) {
            const QByteArray piece = reader.read(7777);
            if (piece.isEmpty())
                break;
            streamed += piece;
        }
        streamOk = reader.ok();
    }
    // Both accept the same files and give the same bytes.
    if (bool(whole) != streamOk || (whole && *whole != streamed))
        __builtin_trap();
    if ((mode == 1 || mode == 2 || mode == 3) && whole) // damage is never accepted
        __builtin_trap();
    if (mode == 4 && whole != std::nullopt && !FileCipher::isEncrypted(file)) // nor a file in clear
        __builtin_trap();
    return 0;
}
