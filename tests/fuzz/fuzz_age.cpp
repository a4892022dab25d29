// libFuzzer target for age files (`./dev fuzz age`): arbitrary bytes through the age reader as
// an audit package is read (armor, header, stanzas, MAC, STREAM chunks), with the identity of
// the community test vectors so that their files get past the header. Seed corpus:
// tests/fuzz/corpus/age (vectors of tests/data/age-testkit, their test headers removed).
#include "crypto/age.h"
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
    static const AgeIdentity identity
        = *AgeIdentity::parse(QStringLiteral("AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0"));
    QBuffer in, out;
    in.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    // No passphrase: scrypt at the largest accepted work factor takes seconds and 4 GiB each.
    (void)Age::decrypt(in, out, { identity }, {});
    (void)AgeIdentity::parseFile(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), nullptr);
    return 0;
}
